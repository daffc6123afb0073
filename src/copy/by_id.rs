//! The words looked up by id (questions, signs, strategies, countries,
//! helplines…): a built file's last section, one word per line in the
//! order of `check::id_keys`, which also gives each its key again.

use super::check::id_keys;
use super::LoadError;

pub struct IdWords {
    /// Sorted by key (`id_keys`' order), for binary search.
    entries: Vec<(String, &'static str)>,
}

impl IdWords {
    /// No words yet: every lookup answers "" until the served file's come.
    pub fn none() -> IdWords {
        IdWords {
            entries: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Pairs each line of `section` (which starts on line `first_line` of
    /// its file) with its key; refuses a line too many, names each key with
    /// no word.
    pub fn read(section: &'static str, first_line: usize) -> Result<IdWords, LoadError> {
        let keys = id_keys();
        let words: Vec<&'static str> = section.lines().collect();
        if words.len() > keys.len() {
            return Err(LoadError::BadLine(first_line + keys.len()));
        }
        let missing: Vec<String> = keys
            .iter()
            .enumerate()
            .filter(|(at, _)| words.get(*at).is_none_or(|word| word.is_empty()))
            .map(|(_, key)| key.clone())
            .collect();
        if !missing.is_empty() {
            return Err(LoadError::Missing(missing));
        }
        let entries = keys.into_iter().zip(words).collect();
        Ok(IdWords { entries })
    }

    /// The word under `key`, if the app has such an id.
    pub fn find(&self, key: &str) -> Option<&'static str> {
        let at = self
            .entries
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()?;
        Some(self.entries[at].1)
    }
}
