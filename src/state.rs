//! The app's single source of truth, provided as context. Every change goes
//! through [`AppState::change`], which re-reads storage first whenever another
//! tab has written to it, so that its newer answers are built on, not
//! overwritten.

use leptos::prelude::*;

use crate::checkup::saved::{RecordKind, SavedData};
use crate::storage::{self, Fault, Status};

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<SavedData>,
    pub status: RwSignal<Status>,
    /// Key holding saved text that could not be read, until the person deals with it.
    pub backup_key: RwSignal<Option<String>>,
    /// Records set aside at this load, to name them in the notice.
    pub set_aside: RwSignal<Vec<(RecordKind, Option<f64>)>>,
    /// The page was reloaded in private mode: nothing from before was kept.
    pub private_reload: RwSignal<bool>,
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl AppState {
    /// Provides the state read from storage (`storage::open`) as context,
    /// and follows other tabs.
    pub fn provide(opened: storage::Opened) -> AppState {
        let state = AppState {
            data: RwSignal::new(opened.data),
            status: RwSignal::new(opened.status),
            backup_key: RwSignal::new(opened.backup_key),
            set_aside: RwSignal::new(opened.set_aside),
            private_reload: RwSignal::new(opened.private_before),
        };
        provide_context(state);
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let ours = event.key().is_none_or(|k| k.starts_with(storage::PREFIX));
            if ours && state.status.get_untracked() == Status::Saving {
                state.reload();
            }
        });
        on_cleanup(move || handle.remove());
        state
    }

    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    /// Re-reads storage, e.g. after another tab wrote to it.
    pub fn reload(&self) {
        let opened = storage::open();
        self.data.set(opened.data);
        self.status.set(opened.status);
        self.backup_key.set(opened.backup_key);
        self.set_aside.set(opened.set_aside);
    }

    pub fn is_private(&self) -> bool {
        self.status.get() == Status::Private
    }

    /// Keeps nothing on the device from now on; what is on screen stays in
    /// memory. With `erase_stored`, what was kept before is erased too.
    pub fn go_private(&self, erase_stored: bool) -> Result<(), Fault> {
        storage::set_private(true);
        self.status.set(Status::Private);
        if erase_stored {
            storage::erase_all()?;
            self.backup_key.set(None);
            self.set_aside.set(Vec::new());
        }
        Ok(())
    }

    /// Starts keeping answers on the device again, beginning with what is
    /// in memory now.
    pub fn stop_private(&self) {
        storage::set_private(false);
        self.private_reload.set(false);
        // Newer or blocked storage stays as it is; otherwise keep what is here.
        let status = match storage::open().status {
            Status::Saving => match storage::save(&self.data.get_untracked()) {
                Ok(()) => Status::Saving,
                Err(fault) => Status::MemoryOnly(fault),
            },
            other => other,
        };
        self.status.set(status);
    }

    /// Applies a change and writes it to the device before returning.
    pub fn change(&self, apply: impl FnOnce(&mut SavedData)) {
        if self.status.get_untracked() != Status::Saving {
            self.data.update(apply);
            return;
        }
        // No other tab has written since this page last read or wrote: the
        // copy in memory is the latest, so skip reading it back (the cost of
        // every answer otherwise).
        if storage::unchanged_since_seen() {
            self.data.update(apply);
            if let Err(fault) = self.data.with_untracked(storage::save) {
                self.status.set(Status::MemoryOnly(fault));
            }
            return;
        }
        let opened = storage::open();
        if opened.backup_key != self.backup_key.get_untracked() {
            self.backup_key.set(opened.backup_key.clone());
        }
        if opened.status != Status::Saving {
            // Storage changed under us (a newer version, or now blocked):
            // keep the change in memory and touch nothing on the device.
            self.status.set(opened.status);
            self.data.update(apply);
            return;
        }
        let mut latest = opened.data;
        apply(&mut latest);
        if let Err(fault) = storage::save(&latest) {
            self.status.set(Status::MemoryOnly(fault));
        }
        self.data.set(latest);
    }

    /// Wipes everything Fulcrum keeps on this device.
    pub fn erase_everything(&self) -> Result<(), Fault> {
        let result = match self.status.get_untracked() {
            Status::MemoryOnly(Fault::Blocked) => Ok(()),
            _ => storage::erase_all(),
        };
        self.set_aside.set(Vec::new());
        if result.is_ok() {
            self.data.set(SavedData::empty());
            self.backup_key.set(None);
            if matches!(self.status.get_untracked(), Status::ReadOnlyNewer(_)) {
                self.status.set(Status::Saving);
            }
        }
        result
    }
}
