use leptos::prelude::*;

use crate::components::{ConfirmButton, DataTools, PrivateModeToggle};
use crate::copy::t;
use crate::state::AppState;

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
    let setting = move |read: fn(&crate::checkup::saved::Settings) -> bool| {
        move || state.data.with(|d| read(&d.settings))
    };
    view! {
        <section class="page privacy">
            <h1>{ui.privacy_title}</h1>
            <p>{ui.privacy_body}</p>
            <h2>{ui.privacy_private_heading}</h2>
            <PrivateModeToggle />
            <h2>{ui.privacy_exit_heading}</h2>
            <p>{ui.quick_exit_how}</p>
            <p>{ui.quick_exit_limits}</p>
            <label class="toggle">
                <input
                    type="checkbox"
                    prop:checked=setting(|s| s.erase_on_exit)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.change(|d| d.set_erase_on_exit(on));
                    }
                />
                <span>{ui.erase_on_exit_label}</span>
            </label>
            <label class="toggle">
                <input
                    type="checkbox"
                    prop:checked=setting(|s| s.neutral_title)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.change(|d| d.set_neutral_title(on));
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
