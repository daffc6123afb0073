use leptos::prelude::*;

use crate::t;

/// Where quick exit goes: an everyday page that draws no attention.
pub const NEUTRAL_URL: &str = "https://www.bbc.com/weather";

/// Replaces the page (and its history entry) with a neutral site.
pub fn leave_now() {
    let _ = window().location().replace(NEUTRAL_URL);
}

/// A button that stays in view on every screen, plus the Esc shortcut.
#[component]
pub fn QuickExit() -> impl IntoView {
    let handle = window_event_listener(leptos::ev::keydown, |event| {
        if event.key() == "Escape" {
            leave_now();
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <button
            type="button"
            class="quick-exit"
            title=t().ui.quick_exit_hint
            aria-keyshortcuts="Escape"
            on:click=|_| leave_now()
        >
            {t().ui.quick_exit}
        </button>
    }
}
