use leptos::prelude::*;

use crate::components::{ConfirmButton, DataTools};
use crate::state::AppState;
use crate::t;

#[component]
pub fn Privacy() -> impl IntoView {
    let state = AppState::get();
    let ui = &t().ui;
    let outcome = RwSignal::new(None::<&'static str>);
    let erase = Callback::new(move |()| {
        outcome.set(Some(match state.erase_everything() {
            Ok(()) => ui.erased,
            Err(_) => ui.erase_failed,
        }));
    });
    let neutral = move || state.data.with(|d| d.settings.neutral_title);
    view! {
        <section class="page privacy">
            <h1>{ui.privacy_title}</h1>
            <p>{ui.privacy_body}</p>
            <label class="toggle">
                <input
                    type="checkbox"
                    prop:checked=neutral
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.change(|d| d.settings.neutral_title = on);
                    }
                />
                <span>{ui.neutral_title_label}</span>
            </label>
            <DataTools />
            <h2>{ui.erase_everything}</h2>
            <ConfirmButton
                label=ui.erase_everything
                question=ui.erase_confirm
                confirm_label=ui.yes_erase
                on_confirm=erase
                class="danger"
            />
            <p role="status" class="outcome">{move || outcome.get()}</p>
        </section>
    }
}
