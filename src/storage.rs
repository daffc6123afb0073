//! The one place Fulcrum touches the browser's storage. Everything is one
//! versioned JSON document under [`KEY`] in local storage; unreadable text is
//! moved aside under a backup key, never overwritten; blocked or full storage
//! leaves the app working in memory. Private mode keeps nothing: its only mark
//! is a flag in this tab's session storage, so a reload can say plainly that
//! nothing was kept; closing the tab forgets it.
//!
//! Storage is reached through gloo-storage, only behind `local()` or
//! `session()`, which check that the browser allows it at all: gloo-storage
//! stops the page where it does not.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::JsCast;

use crate::checkup::saved::{self, LoadError, RecordKind, SavedData};

/// Every key Fulcrum owns starts with this.
pub const PREFIX: &str = "fulcrum";
pub const KEY: &str = "fulcrum";
pub const BACKUP_KEY: &str = "fulcrum.backup";
/// In session storage: this tab is in private mode. Holds no answers.
pub const PRIVATE_KEY: &str = "fulcrum.private";

thread_local! {
    /// The text under [`KEY`] as this page last read or wrote it. While the
    /// stored text still equals it, no other tab has written since, and the
    /// copy in memory is the latest: a change need not read and decode the
    /// whole document again.
    static LAST_SEEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn remember(text: Option<String>) {
    LAST_SEEN.with(|seen| *seen.borrow_mut() = text);
}

/// Whether the saved document is exactly what this page last read or wrote.
/// False when storage cannot be read: then the caller takes the careful path.
pub fn unchanged_since_seen() -> bool {
    let Some(storage) = local() else {
        return false;
    };
    match storage.get_item(KEY) {
        Ok(stored) => LAST_SEEN.with(|seen| *seen.borrow() == stored),
        Err(_) => false,
    }
}

/// Why answers are only kept in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The browser refuses access (private mode, site data blocked).
    Blocked,
    /// The browser's storage quota is used up.
    Full,
}

/// Whether changes reach the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Saving,
    MemoryOnly(Fault),
    /// A newer version of Fulcrum saved here; nothing is overwritten.
    ReadOnlyNewer(u32),
    /// The person chose to keep nothing on this device.
    Private,
}

impl Status {
    /// Changes are kept in memory only.
    pub fn keeps_nothing(self) -> bool {
        self != Status::Saving
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub data: SavedData,
    pub status: Status,
    /// Key under which unreadable saved text was kept aside, if any.
    pub backup_key: Option<String>,
    pub migrated_from: Option<u32>,
    /// Records that could not be read this time (the rest loaded).
    pub set_aside: Vec<(RecordKind, Option<f64>)>,
    /// The tab was already in private mode before this page load.
    pub private_before: bool,
}

/// The browser's local storage, or `None` when access throws or is absent
/// (then gloo-storage would throw too).
fn local() -> Option<web_sys::Storage> {
    let allowed = web_sys::window()?.local_storage().ok().flatten().is_some();
    allowed.then(LocalStorage::raw)
}

fn session() -> Option<web_sys::Storage> {
    let allowed = web_sys::window()?.session_storage().ok().flatten();
    allowed.is_some().then(SessionStorage::raw)
}

/// Whether this tab is in private mode.
pub fn is_private() -> bool {
    session().is_some_and(|s| s.get_item(PRIVATE_KEY).ok().flatten().is_some())
}

/// Marks this tab as private, or not. Where session storage is blocked the
/// mode still holds for this page; only a reload will not know of it.
pub fn set_private(on: bool) {
    if session().is_some() {
        if on {
            let _ = SessionStorage::set(PRIVATE_KEY, true);
        } else {
            SessionStorage::delete(PRIVATE_KEY);
        }
    }
}

/// Whether Fulcrum holds anything in local storage (data or backups).
pub fn holds_anything() -> bool {
    local().is_some_and(|s| !owned_keys(&s).is_empty())
}

fn fault_of(error: &wasm_bindgen::JsValue) -> Fault {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => Fault::Full,
        _ => Fault::Blocked,
    }
}

/// Reads what is saved, keeping unreadable text aside.
pub fn open() -> Opened {
    let private = is_private();
    let mut opened = Opened {
        data: SavedData::empty(),
        status: if private {
            Status::Private
        } else {
            Status::Saving
        },
        backup_key: existing_backup(),
        migrated_from: None,
        set_aside: Vec::new(),
        private_before: private,
    };
    // In private mode nothing is written anyway, so blocked storage changes
    // nothing the person needs to hear about.
    let blocked = |fault| {
        if private {
            Status::Private
        } else {
            Status::MemoryOnly(fault)
        }
    };
    let Some(storage) = local() else {
        opened.status = blocked(Fault::Blocked);
        return opened;
    };
    let raw = match storage.get_item(KEY) {
        Ok(raw) => raw,
        Err(e) => {
            opened.status = blocked(fault_of(&e));
            return opened;
        }
    };
    remember(raw.clone());
    let Some(raw) = raw else {
        return opened;
    };
    match saved::decode(&raw) {
        Ok(loaded) if loaded.set_aside.is_empty() || private => {
            opened.data = loaded.data;
            opened.migrated_from = loaded.migrated_from;
        }
        Ok(loaded) => {
            // Keep the damaged records aside, then store the rest without them.
            let records: Vec<&str> = loaded.set_aside.iter().map(|s| s.raw.as_str()).collect();
            let text = format!("[{}]", records.join(","));
            match keep_aside(&storage, &text) {
                Ok(key) => {
                    opened.backup_key = Some(key);
                    opened.set_aside = loaded.set_aside.iter().map(|s| (s.kind, s.date)).collect();
                    if let Err(fault) = save(&loaded.data) {
                        opened.status = Status::MemoryOnly(fault);
                    }
                }
                Err(fault) => opened.status = Status::MemoryOnly(fault),
            }
            opened.data = loaded.data;
            opened.migrated_from = loaded.migrated_from;
        }
        Err(LoadError::Newer(version)) if !private => {
            opened.status = Status::ReadOnlyNewer(version)
        }
        Err(LoadError::Newer(_)) => {}
        Err(LoadError::Corrupt(_)) if private => {}
        Err(LoadError::Corrupt(_)) => match keep_aside(&storage, &raw) {
            Ok(key) => {
                opened.backup_key = Some(key);
                // The text is safe under the backup key; start afresh.
                if storage.remove_item(KEY).is_ok() {
                    remember(None);
                }
            }
            Err(fault) => opened.status = Status::MemoryOnly(fault),
        },
    }
    opened
}

/// Stores unreadable text under a backup key that holds nothing else.
fn keep_aside(storage: &web_sys::Storage, raw: &str) -> Result<String, Fault> {
    let mut key = BACKUP_KEY.to_owned();
    let mut n = 2;
    loop {
        match storage.get_item(&key) {
            Ok(None) => break,
            Ok(Some(existing)) if existing == raw => return Ok(key),
            Ok(Some(_)) => {
                key = format!("{BACKUP_KEY}.{n}");
                n += 1;
            }
            Err(e) => return Err(fault_of(&e)),
        }
    }
    storage.set_item(&key, raw).map_err(|e| fault_of(&e))?;
    Ok(key)
}

fn existing_backup() -> Option<String> {
    let storage = local()?;
    owned_keys(&storage)
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_KEY))
        .min()
}

fn owned_keys(storage: &web_sys::Storage) -> Vec<String> {
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k == KEY || k.starts_with(&format!("{PREFIX}.")))
        .collect()
}

/// Writes the whole document. Serialized here once rather than by
/// `LocalStorage::set`: the text written is also what `remember` keeps for
/// the multi-tab rule, and reading it back after every answer would copy
/// the whole document twice.
pub fn save(data: &SavedData) -> Result<(), Fault> {
    let storage = local().ok_or(Fault::Blocked)?;
    let text = data.encode();
    storage.set_item(KEY, &text).map_err(|e| fault_of(&e))?;
    remember(Some(text));
    Ok(())
}

/// The raw text kept aside under `key`, for export.
pub fn read_raw(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Removes every key Fulcrum owns, backups included.
pub fn erase_all() -> Result<(), Fault> {
    let storage = local().ok_or(Fault::Blocked)?;
    for key in owned_keys(&storage) {
        LocalStorage::delete(key);
    }
    Ok(())
}

/// Removes one key Fulcrum owns (e.g. a backup the person chose to erase).
pub fn remove(key: &str) -> Result<(), Fault> {
    if !(key == KEY || key.starts_with(&format!("{PREFIX}."))) {
        return Ok(());
    }
    local().ok_or(Fault::Blocked)?;
    LocalStorage::delete(key);
    Ok(())
}
