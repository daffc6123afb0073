use leptos::prelude::*;

use super::shown_when;
use crate::copy::t;
use crate::state::AppState;
use crate::storage;

/// "Don't keep anything on this device": answers live in memory only.
/// Switching it on when answers are already kept offers to erase them.
#[component]
pub fn PrivateModeToggle() -> impl IntoView {
    let state = AppState::get();
    let ui = &t().ui;
    let offer_erase = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        if event_target_checked(&ev) {
            let stored = storage::holds_anything();
            let _ = state.go_private(false);
            offer_erase.set(stored);
        } else {
            offer_erase.set(false);
            state.stop_private();
        }
    };
    let erase = move |_| {
        let _ = state.go_private(true);
        offer_erase.set(false);
    };
    view! {
        <div class="private-mode">
            <label class="toggle">
                <input type="checkbox" prop:checked=move || state.is_private() on:change=on_change />
                <span>{ui.private_label}</span>
            </label>
            <p class="hint">{ui.private_hint}</p>
            {shown_when(move || offer_erase.get(), move || view! {
                <div class="confirm" role="group" aria-label=ui.private_label>
                    <p>{ui.private_erase_offer}</p>
                    <div class="actions">
                        <button type="button" class="button danger" on:click=erase>
                            {ui.private_yes_erase}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| offer_erase.set(false)>
                            {ui.private_keep_stored}
                        </button>
                    </div>
                </div>
            })}
        </div>
    }
}
