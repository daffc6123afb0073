use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::AppState;
use crate::storage::{self, Fault, Status};
use crate::t;

/// Offers text as a file download, without any network request.
pub fn download(filename: &str, text: &str, mime: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement =
        document().create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// Says when answers are not being kept, and what happened to saved data
/// that could not be read.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = AppState::get();
    let status_message = move || match state.status.get() {
        Status::Saving => None,
        Status::MemoryOnly(Fault::Blocked) => Some(t().ui.storage_blocked),
        Status::MemoryOnly(Fault::Full) => Some(t().ui.storage_full),
        Status::ReadOnlyNewer(_) => Some(t().ui.storage_newer),
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
        <Show when=move || state.backup_key.get().is_some()>
            <div class="notice warning" role="alert">
                <p>{t().ui.corrupt_notice}</p>
                <div class="actions">
                    <button type="button" class="button secondary" on:click=export>
                        {t().ui.export_backup}
                    </button>
                    <button type="button" class="button secondary" on:click=erase_backup>
                        {t().ui.erase_backup}
                    </button>
                </div>
            </div>
        </Show>
    }
}
