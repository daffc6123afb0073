//! Writes a built language file (`locales/built/<tag>.txt`) from a
//! translator's keyed one (`locales/<tag>.txt`): a header naming the order,
//! the fixed words in the order the copy structs read them, then the words
//! looked up by id with their keys. Native only; `copy::tests` checks that
//! the built files are current and rewrites them with `UPDATE_WORDS=1`.

use super::catalog::Catalog;
use super::reader::{Reader, SEPARATOR};
use super::{LoadError, Locale};
use std::collections::HashSet;
use std::fmt::Write;

/// The built file for `keyed`, or why the keyed file cannot be used.
pub fn built_file(locale: Locale, keyed: &'static str) -> Result<String, LoadError> {
    let catalog = Catalog::parse(keyed).map_err(LoadError::from)?;
    let mut words = Reader::keys(catalog, locale.plural_rule());
    super::read_fixed(&mut words);
    let (read, catalog, missing) = words.finish_keys().expect("a keyed reader finishes as one");
    if !missing.is_empty() {
        return Err(LoadError::Missing(missing));
    }
    let keys: Vec<&str> = read.iter().map(|(key, _)| key.as_str()).collect();
    let mut out = header(&keys);
    out.push('\n');
    for (_, word) in &read {
        out.push_str(word);
        out.push('\n');
    }
    out.push_str(SEPARATOR);
    out.push('\n');
    let fixed: HashSet<&str> = keys.into_iter().collect();
    for (key, text) in catalog.entries() {
        if !fixed.contains(key) {
            let _ = writeln!(out, "{key} = {text}");
        }
    }
    Ok(out)
}

/// The first line: the same in every language, and different whenever the
/// fixed words or their order change, so the app never reads a file built
/// for another version by position.
pub fn header(keys: &[&str]) -> String {
    // FNV-1a over the keys, each ended by a newline.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in keys.iter().flat_map(|key| key.bytes().chain([b'\n'])) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!(
        "# Fulcrum words {hash:016x}, written from locales/<tag>.txt by \
         `UPDATE_WORDS=1 cargo test --lib copy::tests`: edit that file, not this one."
    )
}
