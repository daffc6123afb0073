use leptos::prelude::*;

use crate::checkup::saved::SavedData;
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
    view! {
        <section class="page privacy">
            <h1>{ui.privacy_title}</h1>
            <p>{ui.privacy_body}</p>
            <h2>{ui.privacy_private_heading}</h2>
            <PrivateModeToggle />
            <h2>{ui.privacy_exit_heading}</h2>
            <p>{ui.quick_exit_how}</p>
            <p>{ui.quick_exit_limits}</p>
            <SettingToggle
                label=ui.erase_on_exit_label
                read=SavedData::erases_on_exit
                write=SavedData::set_erase_on_exit
            />
            <SettingToggle
                label=ui.neutral_title_label
                read=SavedData::neutral_title
                write=SavedData::set_neutral_title
            />
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

/// A checkbox for one yes-or-no setting, changed through its named method.
#[component]
fn SettingToggle(
    /// What the setting does.
    label: &'static str,
    /// Reads the setting.
    read: fn(&SavedData) -> bool,
    /// The named change that sets it.
    write: fn(&mut SavedData, bool),
) -> impl IntoView {
    let state = AppState::get();
    view! {
        <label class="toggle">
            <input
                type="checkbox"
                prop:checked=move || state.data.with(read)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.change(|d| write(d, on));
                }
            />
            <span>{label}</span>
        </label>
    }
}
