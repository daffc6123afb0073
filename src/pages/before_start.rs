use leptos::prelude::*;

use crate::checkup::saved::SavedData;
use crate::components::PrivateModeToggle;
use crate::copy::t;
use crate::state::AppState;

/// One short, calm screen before the first question: if someone may check
/// this device, keep nothing or use another; what Fulcrum keeps and how to
/// erase it. It can be skipped next time.
#[component]
pub fn BeforeStart(
    /// Goes on to the first question.
    on_start: Callback<()>,
) -> impl IntoView {
    let state = AppState::get();
    let ui = &t().ui;
    view! {
        <section class="page before-start">
            <h1>{ui.intro_title}</h1>
            <p>{ui.intro_watched}</p>
            <PrivateModeToggle />
            <p>{ui.intro_kept}</p>
            <label class="toggle">
                <input
                    type="checkbox"
                    prop:checked=move || state.data.with(SavedData::skips_intro)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.change(|d| d.set_skip_intro(on));
                    }
                />
                <span>{ui.intro_skip_next_time}</span>
            </label>
            <div class="actions">
                <button type="button" class="button primary" on:click=move |_| on_start.run(())>
                    {ui.intro_start}
                </button>
            </div>
        </section>
    }
}
