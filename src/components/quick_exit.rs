use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::checkup::saved::SavedData;
use crate::copy::t;
use crate::state::AppState;
use crate::storage;

/// Where quick exit goes: an everyday page that draws no attention. The same
/// address is in `public/boot.js`, which leaves before the app has started.
pub const NEUTRAL_URL: &str = "https://www.bbc.com/weather";

/// Shift presses further apart than this start the count again.
const SHIFT_WINDOW_MS: f64 = 2000.0;
const SHIFT_PRESSES: u8 = 3;

/// Blanks the page at once, erases what Fulcrum keeps if the person asked
/// for that, and replaces the page (and its history entry) with a neutral
/// site. Nothing here may stop the leaving.
pub fn leave_now(erase: bool) {
    let document = document();
    document.set_title("");
    if let Some(body) = document.body() {
        let _ = body.style().set_property("display", "none");
    }
    if erase {
        let _ = storage::erase_all();
    }
    // Private mode leaves no mark in the tab either.
    storage::set_private(false);
    let _ = window().location().replace(NEUTRAL_URL);
}

/// Text fields take Shift as typing, never as a way out.
fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("radio" | "checkbox" | "button" | "submit" | "file")
        ),
        _ => false,
    }
}

/// The quick exit button, first in keyboard order and always in view, and
/// Shift pressed three times anywhere. A single Escape never exits: people
/// press it to close dialogs and keyboards.
#[component]
pub fn QuickExit() -> impl IntoView {
    let state = AppState::get();
    let erase = move || state.data.with_untracked(SavedData::erases_on_exit);
    let presses = StoredValue::new((0u8, 0.0f64));
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() != "Shift" || typing_in(event.target()) {
            presses.set_value((0, 0.0));
            return;
        }
        if event.repeat() {
            return;
        }
        let now = js_sys::Date::now();
        let (count, last) = presses.get_value();
        let count = if now - last <= SHIFT_WINDOW_MS {
            count + 1
        } else {
            1
        };
        presses.set_value((count, now));
        if count >= SHIFT_PRESSES {
            leave_now(erase());
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <button
            type="button"
            class="quick-exit"
            title=t().ui.quick_exit_hint
            on:click=move |_| leave_now(erase())
        >
            {t().ui.quick_exit}
        </button>
    }
}
