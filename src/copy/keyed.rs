//! A translator's language file (`locales/<tag>.txt`): one `key = text`
//! per line. Read natively only, to write the built files the app reads
//! (`built`) and to check translations against English.

use crate::lean::positions_in_order;

/// Why a language file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// A line that is neither blank, a `#` comment nor `key = text`.
    BadLine(usize),
    /// The same key twice.
    Repeated(String),
}

/// Parsed `key = text` lines.
pub struct Catalog {
    /// Sorted by key, for binary search.
    entries: Vec<(&'static str, &'static str)>,
}

impl Catalog {
    /// Parses `source`, a language file included whole (native only: the
    /// app reads the built files by position).
    pub fn parse(source: &'static str) -> Result<Catalog, CatalogError> {
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
        // Through the project's one sort, as the rest of `copy` sorts.
        let order = positions_in_order(entries.len(), &|a, b| entries[a].0.cmp(entries[b].0));
        let entries: Vec<(&'static str, &'static str)> =
            order.into_iter().map(|at| entries[at]).collect();
        if let Some(pair) = entries.windows(2).find(|pair| pair[0].0 == pair[1].0) {
            return Err(CatalogError::Repeated(pair[0].0.to_owned()));
        }
        Ok(Catalog { entries })
    }

    /// The text for `key` when the file has it.
    pub fn optional(&self, key: &str) -> Option<&'static str> {
        let at = self.entries.binary_search_by_key(&key, |(k, _)| k).ok()?;
        Some(self.entries[at].1)
    }

    pub fn entries(&self) -> &[(&'static str, &'static str)] {
        &self.entries
    }

    #[cfg(test)]
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(key, _)| *key)
    }
}
