use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::browser::download;
use crate::checkup::saved::{import, LoadError, SavedData, IMPORT_LIMIT_BYTES};
use crate::copy::t;
use crate::state::{now_ms, AppState};

#[derive(Clone, Debug, PartialEq)]
enum Import {
    Idle,
    Refused(&'static str),
    /// Read and valid; waiting for the person to agree to replace their data.
    Confirm(Box<SavedData>),
    Done(usize),
}

/// Reads the chosen file's text; a file far too large to be ours is refused
/// unread, with the same message `import` gives for it.
async fn read_file(input: &web_sys::HtmlInputElement) -> Result<String, &'static str> {
    let words = &t().results;
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(words.import_unreadable)?;
    if file.size() > IMPORT_LIMIT_BYTES as f64 {
        return Err(words.import_damaged);
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string());
    text.ok_or(words.import_unreadable)
}

/// A date for the export's file name, e.g. 2026-11-23.
fn file_date() -> String {
    let iso: String = js_sys::Date::new(&now_ms().into()).to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Download everything as one JSON file, and bring such a file back in,
/// checked first and never replacing data without asking.
#[component]
pub fn DataTools() -> impl IntoView {
    let state = AppState::get();
    let words = &t().results;
    let status = RwSignal::new(Import::Idle);
    let export = move |_| {
        let text = state.data.with_untracked(SavedData::export);
        download(
            &format!("fulcrum-{}.json", file_date()),
            &text,
            "application/json",
        );
    };
    let apply = move |data: SavedData| {
        let count = data.finished_count();
        state.change(move |d| *d = data);
        status.set(Import::Done(count));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let text = read_file(&input).await;
            // Let the same file be chosen again after a refusal.
            input.set_value("");
            let text = match text {
                Ok(text) => text,
                Err(why) => return status.set(Import::Refused(why)),
            };
            match import(&text) {
                Err(LoadError::Newer(_)) => status.set(Import::Refused(words.import_newer)),
                Err(LoadError::Corrupt(_)) => status.set(Import::Refused(words.import_damaged)),
                Ok(loaded) if state.data.with_untracked(SavedData::holds_anything) => {
                    status.set(Import::Confirm(Box::new(loaded.data)));
                }
                Ok(loaded) => apply(loaded.data),
            }
        });
    };
    let message = move || match status.get() {
        Import::Idle => None,
        Import::Refused(why) => {
            Some(view! { <p class="notice warning" role="alert">{why}</p> }.into_any())
        }
        Import::Done(n) => {
            Some(view! { <p class="notice" role="status">{words.imported(n)}</p> }.into_any())
        }
        Import::Confirm(data) => {
            let count = data.finished_count();
            let data = *data;
            Some(
                view! {
                    <div class="confirm" role="group" aria-label=words.import_label>
                        <p>{words.import_confirm(count)}</p>
                        <div class="actions">
                            <button type="button" class="button danger" on:click=move |_| apply(data.clone())>
                                {words.yes_import}
                            </button>
                            <button type="button" class="button secondary" on:click=move |_| status.set(Import::Idle)>
                                {t().ui.cancel}
                            </button>
                        </div>
                    </div>
                }
                    .into_any(),
            )
        }
    };
    view! {
        <section class="data-tools" aria-labelledby="data-heading">
            <h2 id="data-heading">{words.data_heading}</h2>
            <p>{words.data_intro}</p>
            <div class="actions">
                <button type="button" class="button secondary" on:click=export>{words.export}</button>
                <label class="button secondary file-pick">
                    {words.import_label}
                    <input type="file" accept="application/json,.json" class="visually-hidden" on:change=on_file />
                </label>
            </div>
            {message}
        </section>
    }
}
