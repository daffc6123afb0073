//! Reads copy structs field by field, in the order they are declared.
//!
//! The app reads a *built* language file (`locales/built/<tag>.lines`): a
//! header naming the order, the fixed words one per line in that order,
//! [`SEPARATOR`], then the words looked up by id (`by_id`). English's
//! served file has only its words by id after the [`SEPARATOR`] line; its
//! built-in file (`locales/built-in/en.lines`) stops at that line. So the
//! WebAssembly carries neither keys nor field names for some four hundred
//! fixed words. Natively the same reading can walk a translator's keyed
//! file instead, which is how the built files are written (`built`).

#[cfg(not(target_arch = "wasm32"))]
use super::keyed::Catalog;
use super::plural::PluralRule;

/// The line between a built file's fixed words and its words by id.
pub const SEPARATOR: &str = "==";

/// A field's name: natively the key part it is read under; nothing in the
/// WebAssembly, which reads by position.
#[cfg(not(target_arch = "wasm32"))]
pub type Name = &'static str;
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy)]
pub struct Name;

/// A [`Name`] from an expression that the WebAssembly never evaluates.
macro_rules! name {
    ($name:expr) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let name: $crate::copy::reader::Name = $name;
        #[cfg(target_arch = "wasm32")]
        let name = $crate::copy::reader::Name;
        name
    }};
}
pub(crate) use name;

/// Something a copy struct's field can be read as.
pub trait FromWords: Sized {
    fn read(words: &mut Reader) -> Self;
}

enum Source {
    /// A built file's fixed words, one per line; `read` lines so far.
    Lines { rest: &'static str, read: usize },
    /// A keyed file, each word under the path of names entered.
    #[cfg(not(target_arch = "wasm32"))]
    Keys {
        catalog: Catalog,
        key: String,
        depths: Vec<usize>,
        read: Vec<(String, &'static str)>,
    },
}

pub struct Reader {
    rule: PluralRule,
    source: Source,
    /// Required words that were empty or absent: their key, or their line.
    missing: Vec<String>,
}

/// A built file's next line, if any.
fn next_line(rest: &mut &'static str) -> Option<&'static str> {
    if rest.is_empty() {
        return None;
    }
    let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
    *rest = after;
    Some(line.strip_suffix('\r').unwrap_or(line))
}

impl Reader {
    /// Reads the fixed words of a built file, `body` being what follows
    /// its header.
    pub fn lines(body: &'static str, rule: PluralRule) -> Reader {
        Reader {
            rule,
            source: Source::Lines {
                rest: body,
                read: 0,
            },
            missing: Vec::new(),
        }
    }

    /// Reads a translator's keyed file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn keys(catalog: Catalog, rule: PluralRule) -> Reader {
        Reader {
            rule,
            source: Source::Keys {
                catalog,
                key: String::new(),
                depths: Vec::new(),
                read: Vec::new(),
            },
            missing: Vec::new(),
        }
    }

    pub fn rule(&self) -> PluralRule {
        self.rule
    }

    /// A field, read under its name.
    #[inline]
    pub fn field<T: FromWords>(&mut self, name: Name) -> T {
        self.enter(name);
        let value = T::read(self);
        self.leave();
        value
    }

    #[inline]
    pub fn enter(&mut self, _name: Name) {
        #[cfg(not(target_arch = "wasm32"))]
        if let Source::Keys { key, depths, .. } = &mut self.source {
            depths.push(key.len());
            if !key.is_empty() {
                key.push('.');
            }
            key.push_str(_name);
        }
    }

    #[inline]
    pub fn leave(&mut self) {
        #[cfg(not(target_arch = "wasm32"))]
        if let Source::Keys { key, depths, .. } = &mut self.source {
            key.truncate(depths.pop().unwrap_or(0));
        }
    }

    /// The next word, noted as missing when empty.
    #[inline(never)]
    pub fn word(&mut self) -> &'static str {
        let word = self.optional_word();
        if word.is_empty() {
            let missing = self.position();
            self.missing.push(missing);
        }
        word
    }

    /// The next word, which a language may leave empty.
    #[inline(never)]
    pub fn optional_word(&mut self) -> &'static str {
        match &mut self.source {
            Source::Lines { rest, read } => {
                *read += 1;
                next_line(rest).unwrap_or("")
            }
            #[cfg(not(target_arch = "wasm32"))]
            Source::Keys {
                catalog, key, read, ..
            } => {
                let word = catalog.optional(key).unwrap_or("");
                read.push((key.clone(), word));
                word
            }
        }
    }

    /// Where the last word was read: its line in a built file (after the
    /// header), or its key.
    fn position(&self) -> String {
        match &self.source {
            Source::Lines { read, .. } => format!("line {}", read + 1),
            #[cfg(not(target_arch = "wasm32"))]
            Source::Keys { key, .. } => key.clone(),
        }
    }

    /// After the fixed words of a built file: what was missing, then the
    /// words by id with the line they start on, or the line where the
    /// separator should have been.
    pub fn finish_lines(self) -> Result<(Vec<String>, &'static str, usize), usize> {
        match self.source {
            Source::Lines { mut rest, read } => match next_line(&mut rest) {
                Some(SEPARATOR) => Ok((self.missing, rest, read + 3)),
                _ => Err(read + 2),
            },
            #[cfg(not(target_arch = "wasm32"))]
            Source::Keys { .. } => Err(0),
        }
    }

    /// After a keyed file: every word read with its key, in order, the
    /// catalog, and the keys of required words it lacks.
    #[cfg(not(target_arch = "wasm32"))]
    #[allow(clippy::type_complexity)]
    pub fn finish_keys(self) -> Option<(Vec<(String, &'static str)>, Catalog, Vec<String>)> {
        match self.source {
            Source::Keys { read, catalog, .. } => Some((read, catalog, self.missing)),
            Source::Lines { .. } => None,
        }
    }
}

impl FromWords for &'static str {
    fn read(words: &mut Reader) -> Self {
        words.word()
    }
}

/// A fixed list of words, as `key.1`, `key.2`, …
impl<const N: usize> FromWords for [&'static str; N] {
    fn read(words: &mut Reader) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        const INDEX: [&str; 12] = [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
        ];
        std::array::from_fn(|_i| words.field(name!(INDEX[_i])))
    }
}
