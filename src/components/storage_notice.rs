use leptos::prelude::*;

use super::shown_when;
use crate::browser::{download, format_date};
use crate::copy::t;
use crate::state::AppState;
use crate::storage::{self, Fault, Status};

/// Says when answers are not being kept, and what happened to saved data
/// that could not be read.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = AppState::get();
    let status_message = move || match state.status.get() {
        Status::Saving | Status::Private => None,
        Status::MemoryOnly(Fault::Blocked) => Some(t().ui.storage_blocked),
        Status::MemoryOnly(Fault::Full) => Some(t().ui.storage_full),
        Status::ReadOnlyNewer(_) => Some(t().ui.storage_newer),
    };
    let reloaded_empty =
        move || state.private_reload.get() && !state.data.with(|d| d.holds_anything());
    let set_aside = move || {
        let names: Vec<String> = state.set_aside.with(|records| {
            records
                .iter()
                .map(|(kind, date)| t().record_name(*kind, date.map(format_date).as_deref()))
                .collect()
        });
        (!names.is_empty()).then(|| t().set_aside_notice(&names))
    };
    let export = move |_| {
        if let Some(key) = state.backup_key.get_untracked() {
            if let Some(raw) = storage::read_raw(&key) {
                download("fulcrum-unreadable-data.txt", &raw, "text/plain");
            }
        }
    };
    let erase_backup = move |_| {
        if let Some(key) = state.backup_key.get_untracked() {
            if storage::remove(&key).is_ok() {
                state.reload();
            }
        }
    };
    view! {
        {move || {
            status_message()
                .map(|message| {
                    view! {
                        <p class="notice warning" role="status">
                            {message}
                        </p>
                    }
                })
        }}
        {shown_when(move || state.is_private(), move || view! {
            <p class="private-marker" role="status">
                {move || t().private_marker(reloaded_empty())}
            </p>
        })}
        {shown_when(move || state.backup_key.get().is_some(), move || view! {
            <div class="notice warning" role="alert">
                <p>{move || set_aside().unwrap_or_else(|| t().ui.corrupt_notice.to_owned())}</p>
                <div class="actions">
                    <button type="button" class="button secondary" on:click=export>
                        {t().ui.export_backup}
                    </button>
                    <button type="button" class="button secondary" on:click=erase_backup>
                        {t().ui.erase_backup}
                    </button>
                </div>
            </div>
        })}
    }
}
