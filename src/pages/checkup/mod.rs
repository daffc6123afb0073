//! The check-up: one question at a time, answered by touch or keyboard,
//! after a calm word on the first visit. Small hooks hold the behaviour:
//! which question shows (`current`), what the controls do (`answering`),
//! and the keys (`keys`); the question itself is `components::QuestionView`.

mod answering;
mod current;
mod keys;

use leptos::prelude::*;

use crate::checkup::BANK;
use crate::components::{shown_when, QuestionView};
use crate::copy::t;
use crate::pages::before_start::BeforeStart;
use crate::state::AppState;
use answering::use_answering;
use current::{use_current_question, use_focus_on_answers};
use keys::use_answer_keys;

#[component]
pub fn CheckUp() -> impl IntoView {
    let state = AppState::get();
    let ui = &t().ui;
    let total = BANK.len();
    let current = use_current_question();
    use_focus_on_answers(current);
    let answering = use_answering(current);
    use_answer_keys(current, answering);
    let number = current.number;
    let show_intro = current.show_intro;
    let answered_now = move || state.data.with(|d| d.is_answered(number.get()));
    view! {
        {shown_when(move || show_intro.get(), move || view! {
            <BeforeStart on_start=Callback::new(move |()| current.start()) />
        })}
        <section class="page checkup" hidden=move || show_intro.get()>
            <div class="progress">
                <p class="count" aria-live="polite">{move || ui.question_of(number.get(), total)}</p>
                <progress max=total value=move || number.get() aria-label=ui.progress_label></progress>
            </div>
            <QuestionView number=number on_choose=answering.choose />
            <div class="actions nav-row">
                <button type="button" class="button secondary" on:click=move |_| answering.back.run(())>
                    {ui.back}
                </button>
                <button
                    type="button"
                    class="button primary"
                    disabled=move || !answered_now()
                    on:click=move |_| answering.next.run(())
                >
                    {move || if number.get() == total { ui.see_results } else { ui.next }}
                </button>
            </div>
            <p class="hint">{ui.keyboard_hint}</p>
        </section>
    }
}
