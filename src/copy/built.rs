//! Writes a built language file (`locales/built/<tag>.lines`) from a
//! translator's keyed one (`locales/<tag>.txt`): a header naming the order,
//! the fixed words in the order the copy structs read them, a separator,
//! then the words looked up by id in `check::id_keys` order. No keys: the
//! app knows the order. English's served file keeps only the header, the
//! separator and the words by id (`words_by_id_only`); its fixed words go
//! into `locales/built-in/en.lines` (`fixed_words_only`). Native only;
//! `copy::tests` checks that the built files are current and rewrites them
//! with `UPDATE_WORDS=1` (one of the steps of `scripts/regenerate.sh`).

use super::check::id_keys;
use super::keyed::Catalog;
use super::reader::{Reader, SEPARATOR};
use super::{LoadError, Locale};
use std::collections::HashSet;

/// The built file for `keyed`, or why the keyed file cannot be used.
pub fn built_file(locale: Locale, keyed: &'static str) -> Result<String, LoadError> {
    let catalog = Catalog::parse(keyed).map_err(LoadError::from)?;
    let mut words = Reader::keys(catalog, locale.plural_rule());
    super::read_fixed(&mut words);
    let (read, catalog, mut missing) = words.finish_keys().expect("a keyed reader finishes as one");
    let ids = id_keys();
    let mut id_words = Vec::with_capacity(ids.len());
    for key in &ids {
        match catalog.optional(key) {
            Some(word) => id_words.push(word),
            None => missing.push(key.clone()),
        }
    }
    if !missing.is_empty() {
        return Err(LoadError::Missing(missing));
    }
    let fixed: Vec<&str> = read.iter().map(|(key, _)| key.as_str()).collect();
    let known: HashSet<&str> = fixed
        .iter()
        .copied()
        .chain(ids.iter().map(String::as_str))
        .collect();
    let unread: Vec<String> = catalog
        .entries()
        .iter()
        .filter(|(key, _)| !known.contains(key))
        .map(|(key, _)| (*key).to_owned())
        .collect();
    if !unread.is_empty() {
        return Err(LoadError::Unread(unread));
    }
    let mut order = fixed.clone();
    order.push(SEPARATOR);
    order.extend(ids.iter().map(String::as_str));
    let mut out = header(&order);
    out.push('\n');
    for word in read
        .iter()
        .map(|(_, word)| *word)
        .chain([SEPARATOR])
        .chain(id_words)
    {
        out.push_str(word);
        out.push('\n');
    }
    Ok(out)
}

/// The first line: the same in every language, and different whenever the
/// words or their order change, so the app never reads a file built for
/// another version by position.
pub fn header(keys: &[&str]) -> String {
    // FNV-1a over the keys, each ended by a newline.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in keys.iter().flat_map(|key| key.bytes().chain([b'\n'])) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!(
        "# Fulcrum words {hash:016x}, written from locales/<tag>.txt by \
         scripts/regenerate.sh: edit that file, not this one."
    )
}

/// English's served file: the header, the `==` line and the words by id.
/// Its fixed words are built into the WebAssembly (`fixed_words_only`), so
/// serving them again would only lengthen the first screen's wait.
pub fn words_by_id_only(built: &str) -> String {
    match built.split_once("\n==\n") {
        Some((fixed, by_id)) => {
            let header = fixed.split_once('\n').map_or(fixed, |(header, _)| header);
            format!("{header}\n==\n{by_id}")
        }
        None => built.to_owned(),
    }
}

/// A built file without its words by id: the header, the fixed words and
/// the `==` line, which the WebAssembly builds in for English.
pub fn fixed_words_only(built: &str) -> String {
    match built.split_once("\n==\n") {
        Some((fixed, _)) => format!("{fixed}\n==\n"),
        None => built.to_owned(),
    }
}
