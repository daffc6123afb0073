//! A language's words as data: one `key = text` per line, read at run
//! time, so a language that is not chosen is never downloaded. Typed copy
//! structs read their fields from a catalog by key (see `copy_struct!`).

use super::plural::{Category, PluralRule};
use crate::checkup::order::positions_in_order;
use std::cell::RefCell;

/// Why a language file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// A line that is neither blank, a `#` comment nor `key = text`.
    BadLine(usize),
    /// The same key twice.
    Repeated(String),
}

/// A parsed language file. Reading a key that is not there gives an empty
/// text and remembers the key, so a whole struct can be read and then
/// judged complete or not in one go.
pub struct Catalog {
    /// Sorted by key, for binary search (smaller in WebAssembly than a map).
    entries: Vec<(&'static str, &'static str)>,
    rule: PluralRule,
    missing: RefCell<Vec<String>>,
    /// Keys read, so a test can find words nothing uses.
    #[cfg(test)]
    read: RefCell<std::collections::HashSet<&'static str>>,
}

impl Catalog {
    /// Parses `source`, which lives as long as the app (language files are
    /// read once, then kept).
    pub fn parse(source: &'static str, rule: PluralRule) -> Result<Catalog, CatalogError> {
        let mut entries = Vec::with_capacity(1024);
        for (index, line) in source.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, text)) = line.split_once(" = ") else {
                return Err(CatalogError::BadLine(index + 1));
            };
            let key = key.trim();
            if key.is_empty() || key.contains(char::is_whitespace) {
                return Err(CatalogError::BadLine(index + 1));
            }
            entries.push((key, text.trim()));
        }
        // Through the app's one sort, so the WebAssembly has no other.
        let order = positions_in_order(entries.len(), &|a, b| entries[a].0.cmp(entries[b].0));
        let entries: Vec<(&'static str, &'static str)> =
            order.into_iter().map(|at| entries[at]).collect();
        if let Some(pair) = entries.windows(2).find(|pair| pair[0].0 == pair[1].0) {
            return Err(CatalogError::Repeated(pair[0].0.to_owned()));
        }
        Ok(Catalog {
            entries,
            rule,
            missing: RefCell::new(Vec::new()),
            #[cfg(test)]
            read: RefCell::new(std::collections::HashSet::new()),
        })
    }

    fn find(&self, key: &str) -> Option<&'static str> {
        let at = self.entries.binary_search_by_key(&key, |(k, _)| k).ok()?;
        let (_key, text) = self.entries[at];
        #[cfg(test)]
        self.read.borrow_mut().insert(_key);
        Some(text)
    }

    /// The text for `key`, or empty (and noted as missing).
    pub fn text(&self, key: &str) -> &'static str {
        self.find(key).unwrap_or_else(|| {
            self.missing.borrow_mut().push(key.to_owned());
            ""
        })
    }

    /// The text for `key` when the language has it; no note when not.
    pub fn optional(&self, key: &str) -> Option<&'static str> {
        self.find(key)
    }

    pub fn rule(&self) -> PluralRule {
        self.rule
    }

    #[cfg(test)]
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(key, _)| *key)
    }

    /// Keys in the file that nothing has read.
    #[cfg(test)]
    pub fn unread(&self) -> Vec<&'static str> {
        let read = self.read.borrow();
        let mut unread: Vec<_> = self.keys().filter(|k| !read.contains(k)).collect();
        unread.sort_unstable();
        unread
    }

    /// Every key read so far that the file lacks.
    pub fn take_missing(&self) -> Vec<String> {
        std::mem::take(&mut self.missing.borrow_mut())
    }
}

/// `parent.child`, or `child` at the top.
pub fn child_key(parent: &str, child: &str) -> String {
    let mut key = String::with_capacity(parent.len() + child.len() + 1);
    if !parent.is_empty() {
        key.push_str(parent);
        key.push('.');
    }
    key.push_str(child);
    key
}

/// Reads a copy struct's fields in turn, each under `parent.field`. One
/// call per field with a reused key buffer keeps the WebAssembly small (the
/// app reads some six hundred fields).
pub struct Fields<'a> {
    catalog: &'a Catalog,
    key: String,
    parent_len: usize,
}

impl<'a> Fields<'a> {
    pub fn new(catalog: &'a Catalog, parent: &str) -> Fields<'a> {
        // "parent." (or nothing at the top); each field is pushed after it.
        let key = child_key(parent, "");
        let parent_len = key.len();
        Fields {
            catalog,
            key,
            parent_len,
        }
    }

    #[inline(never)]
    pub fn next<T: FromCatalog>(&mut self, field: &str) -> T {
        self.key.truncate(self.parent_len);
        self.key.push_str(field);
        T::read(self.catalog, &self.key)
    }
}

/// Something a copy struct's field can be read as.
pub trait FromCatalog: Sized {
    fn read(catalog: &Catalog, key: &str) -> Self;
}

impl FromCatalog for &'static str {
    fn read(catalog: &Catalog, key: &str) -> Self {
        catalog.text(key)
    }
}

/// A fixed list of words, as `key.1`, `key.2`, …
impl<const N: usize> FromCatalog for [&'static str; N] {
    fn read(catalog: &Catalog, key: &str) -> Self {
        std::array::from_fn(|i| catalog.text(&format!("{key}.{}", i + 1)))
    }
}

/// A sentence with blanks: `{name}` is filled by [`Template::fill`].
#[derive(Clone, Copy, Debug)]
pub struct Template(pub &'static str);

impl Template {
    /// The text with each `{name}` replaced by its value; a blank with no
    /// value is left as written, so a slip shows instead of vanishing.
    pub fn fill(&self, values: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match values.iter().find(|(n, _)| *n == name) {
                        Some((_, value)) => out.push_str(value),
                        None => out.push_str(&rest[open..open + close + 2]),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The names of the blanks, in order of appearance.
    pub fn blanks(&self) -> Vec<&'static str> {
        blanks_in(self.0)
    }
}

/// The `{names}` in a text.
pub fn blanks_in(text: &'static str) -> Vec<&'static str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

impl FromCatalog for Template {
    fn read(catalog: &Catalog, key: &str) -> Self {
        Template(catalog.text(key))
    }
}

/// One message in the forms a language needs for different counts
/// (`key.one`, `key.other`, …), chosen by the language's plural rule.
#[derive(Clone, Copy, Debug)]
pub struct Plural {
    rule: PluralRule,
    forms: [&'static str; Category::COUNT],
}

impl Plural {
    /// The form for `count`, with `{count}` and `values` filled in.
    pub fn fill(&self, count: u64, values: &[(&str, &str)]) -> String {
        let category = self.rule.category(count);
        let form = match self.forms[category as usize] {
            "" => self.forms[Category::Other as usize],
            form => form,
        };
        let count = count.to_string();
        let mut all = vec![("count", count.as_str())];
        all.extend_from_slice(values);
        Template(form).fill(&all)
    }

    pub fn forms(&self) -> impl Iterator<Item = (Category, &'static str)> + '_ {
        Category::ALL
            .into_iter()
            .map(|c| (c, self.forms[c as usize]))
    }
}

impl FromCatalog for Plural {
    fn read(catalog: &Catalog, key: &str) -> Self {
        let rule = catalog.rule();
        let mut forms = [""; Category::COUNT];
        for category in Category::ALL {
            let form_key = format!("{key}.{}", category.name());
            forms[category as usize] = if rule.categories().contains(&category) {
                catalog.text(&form_key)
            } else {
                catalog.optional(&form_key).unwrap_or("")
            };
        }
        Plural { rule, forms }
    }
}

/// Declares a struct of words whose fields are read from a catalog, each
/// under `prefix.field`.
macro_rules! copy_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $type:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $type, )*
        }

        impl $crate::copy::catalog::FromCatalog for $name {
            fn read(catalog: &$crate::copy::catalog::Catalog, key: &str) -> Self {
                let mut fields = $crate::copy::catalog::Fields::new(catalog, key);
                $name {
                    $( $field: fields.next(stringify!($field)), )*
                }
            }
        }
    };
}
pub(crate) use copy_struct;

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(source: &'static str) -> Catalog {
        Catalog::parse(source, PluralRule::OneIsSingular).expect("parses")
    }

    #[test]
    fn reads_keys_comments_and_blank_lines() {
        let c = catalog("# a comment\n\nhello = Hello, {name}!\n  spaced.key = kept = as is \n");
        assert_eq!(c.text("hello"), "Hello, {name}!");
        assert_eq!(c.text("spaced.key"), "kept = as is");
        assert!(c.take_missing().is_empty());
    }

    #[test]
    fn a_damaged_file_is_refused_not_half_read() {
        let bad = Catalog::parse(
            "fine = yes\nno equals sign here\n",
            PluralRule::OneIsSingular,
        );
        assert_eq!(bad.err(), Some(CatalogError::BadLine(2)));
        let twice = Catalog::parse("a = 1\na = 2\n", PluralRule::OneIsSingular);
        assert_eq!(twice.err(), Some(CatalogError::Repeated("a".into())));
    }

    #[test]
    fn missing_keys_are_noted_and_read_as_empty() {
        let c = catalog("a = 1\n");
        assert_eq!(c.text("b"), "");
        assert_eq!(c.take_missing(), vec!["b".to_owned()]);
    }

    #[test]
    fn templates_fill_blanks_in_any_order_and_keep_unknown_ones() {
        let t = Template("{b} before {a}, then {c}");
        assert_eq!(t.fill(&[("a", "1"), ("b", "2")]), "2 before 1, then {c}");
        assert_eq!(t.blanks(), vec!["b", "a", "c"]);
        assert_eq!(Template("no blanks {").fill(&[]), "no blanks {");
    }

    #[test]
    fn plurals_choose_the_form_for_the_count() {
        let c = catalog("n.one = {count} check-up\nn.other = {count} check-ups\n");
        let n = Plural::read(&c, "n");
        assert_eq!(n.fill(1, &[]), "1 check-up");
        assert_eq!(n.fill(0, &[]), "0 check-ups");
        assert_eq!(n.fill(12, &[]), "12 check-ups");
    }
}
