use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::checkup::bank::ItemKind;
use crate::checkup::saved::InProgress;
use crate::checkup::{Answer, Item, Subject, BANK};
use crate::components::answer_group::ChosenBy;
use crate::components::{shown_when, AnswerGroup};
use crate::copy::t;
use crate::language::Language;
use crate::location::{self, Location};
use crate::pages::before_start::BeforeStart;
use crate::routes;
use crate::state::{now_ms, AppState};

/// How long a chosen answer stays on screen before the next question.
const ADVANCE_AFTER: Duration = Duration::from_millis(450);

/// Moves keyboard focus to the chosen option, or the first, of a new question.
fn focus_answer() {
    let found = document()
        .query_selector(".answers input:checked")
        .ok()
        .flatten()
        .or_else(|| document().query_selector(".answers input").ok().flatten());
    if let Some(input) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = input.focus();
    }
}

#[component]
pub fn CheckUp() -> impl IntoView {
    let state = AppState::get();
    let ui = &t().ui;
    let total = BANK.len();
    let location = Location::get();
    let go = location::use_go();

    let first_unanswered = Memo::new(move |_| {
        state.data.with(|d| {
            d.in_progress
                .as_ref()
                .map_or(Some(0), InProgress::first_unanswered)
        })
    });
    // Whether question `i` has an answer (tracked when read reactively).
    let is_answered = move |i: usize| {
        state.data.with(|d| {
            d.in_progress
                .as_ref()
                .is_some_and(|p| p.has_answer(BANK[i].id))
        })
    };
    // The question shown, 0-based: the one in the URL, unless that skips
    // past the first unanswered question.
    let requested = Memo::new(move |_| location.with(routes::question_param));
    let index = Memo::new(move |_| {
        let furthest = first_unanswered.get().unwrap_or(total - 1);
        requested
            .get()
            .filter(|n| (1..=total).contains(n))
            .map_or(furthest, |n| (n - 1).min(furthest))
    });
    // The calm word before the first question, when nothing is answered yet
    // and the person has not asked to skip it.
    // Read once: ticking "don't show this next time" must not close it now.
    let intro_done = RwSignal::new(state.data.with_untracked(|d| d.settings.skip_intro));
    let show_intro = Memo::new(move |_| {
        requested.get().is_none() && !intro_done.get() && !state.data.with(|d| d.has_started())
    });
    // Set once the check-up is finished, so clearing it does not send the
    // page back to question 1 on its way to the results.
    let leaving = StoredValue::new(false);
    {
        let go = go.clone();
        Effect::new(move |_| {
            let shown = index.get() + 1;
            if requested.get() != Some(shown) && !leaving.get_value() && !show_intro.get() {
                go(&routes::question(shown));
            }
        });
    }
    // A redraw in a newly chosen language leaves the focus on the menu.
    let language = Language::get();
    Effect::new(move |_| {
        index.track();
        if !show_intro.get() && !language.changed_by_menu.get_untracked() {
            request_animation_frame(focus_answer);
        }
    });

    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
    };

    let finish = {
        let go = go.clone();
        move || {
            if let Some(i) = first_unanswered.get_untracked() {
                go(&routes::question(i + 1));
                return;
            }
            leaving.set_value(true);
            state.change(|d| {
                d.finish(now_ms());
            });
            go(&routes::results(None));
        }
    };
    let go_next = {
        let go = go.clone();
        move || {
            cancel_pending();
            let i = index.get_untracked();
            if !untrack(|| is_answered(i)) {
                return;
            }
            if i + 1 < total {
                go(&routes::question(i + 2));
            } else {
                finish();
            }
        }
    };
    let go_back = {
        let go = go.clone();
        move || {
            cancel_pending();
            let i = index.get_untracked();
            if i == 0 {
                go(&routes::home());
            } else {
                go(&routes::question(i));
            }
        }
    };

    let choose = {
        let go_next = go_next.clone();
        Callback::new(move |(answer, by): (Answer, ChosenBy)| {
            let item = &BANK[index.get_untracked()];
            if answer == Answer::NotApplicable && !item.allows_not_applicable() {
                return;
            }
            // The bank refuses what it would not accept; nothing else to do then.
            state.change(|d| {
                let _ = d.record_answer(item.id, answer, now_ms());
            });
            if by == ChosenBy::Pointer {
                cancel_pending();
                let go_next = go_next.clone();
                pending.set_value(set_timeout_with_handle(go_next, ADVANCE_AFTER).ok());
            }
        })
    };

    let keys = {
        let go_next = go_next.clone();
        window_event_listener(leptos::ev::keydown, move |event| {
            if event.ctrl_key() || event.alt_key() || event.meta_key() || show_intro.get_untracked()
            {
                return;
            }
            let on_control = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "A"));
            match event.key().as_str() {
                digit @ ("1" | "2" | "3" | "4" | "5") => {
                    let choice = digit.parse::<u8>().unwrap_or(1) - 1;
                    event.prevent_default();
                    choose.run((Answer::Choice(choice), ChosenBy::Pointer));
                }
                "Enter" if !on_control => {
                    event.prevent_default();
                    go_next();
                }
                _ => {}
            }
        })
    };
    on_cleanup(move || {
        keys.remove();
        cancel_pending();
    });

    let question = move || {
        let i = index.get();
        let item = &BANK[i];
        let part_of = |item: &Item| match item.kind {
            ItemKind::Sign { about, .. } => Err(about),
            _ => Ok(item.dimension()),
        };
        let part_starts = i == 0 || part_of(&BANK[i - 1]) != part_of(item);
        let (part, intro, options) = match item.kind {
            ItemKind::Balance { dimension, .. } | ItemKind::Fairness { dimension } => {
                let words = t().dimension(dimension);
                let options = if matches!(item.kind, ItemKind::Fairness { .. }) {
                    t().fairness_scale
                } else {
                    t().balance_scale
                };
                (words.name, words.intro, options)
            }
            ItemKind::Sign {
                about: Subject::Partner,
                ..
            } => (
                t().partner_signs_part,
                t().partner_signs_intro,
                t().frequency_scale,
            ),
            ItemKind::Sign {
                about: Subject::Myself,
                ..
            } => (t().own_signs_part, t().own_signs_intro, t().frequency_scale),
        };
        let selected = Signal::derive(move || {
            state.data.with(|d| {
                d.in_progress
                    .as_ref()
                    .and_then(|p| p.answers.get(item.id).copied())
            })
        });
        view! {
            <p class="part">{part}</p>
            {part_starts.then(|| view! { <p class="interstitial">{intro}</p> })}
            <AnswerGroup
                item_id=item.id
                question=t().question(item.id)
                options=options
                not_applicable=item.allows_not_applicable().then_some(t().not_applicable)
                declined=item.is_sign().then_some(t().declined)
                time_frame=item.is_sign().then_some(t().past_year)
                selected=selected
                on_choose=choose
            />
        }
    };
    let answered_now = move || is_answered(index.get());
    let is_last = move || index.get() + 1 == total;
    let go_next_click = go_next.clone();

    let start = {
        let go = go.clone();
        Callback::new(move |()| {
            intro_done.set(true);
            go(&routes::question(1));
        })
    };
    view! {
        {shown_when(move || show_intro.get(), move || view! {
            <BeforeStart on_start=start />
        })}
        <section class="page checkup" hidden=move || show_intro.get()>
            <div class="progress">
                <p class="count" aria-live="polite">{move || ui.question_of(index.get() + 1, total)}</p>
                <progress max=total value=move || index.get() + 1 aria-label=ui.progress_label></progress>
            </div>
            {question}
            <div class="actions nav-row">
                <button type="button" class="button secondary" on:click=move |_| go_back()>
                    {ui.back}
                </button>
                <button
                    type="button"
                    class="button primary"
                    disabled=move || !answered_now()
                    on:click=move |_| go_next_click()
                >
                    {move || if is_last() { ui.see_results } else { ui.next }}
                </button>
            </div>
            <p class="hint">{ui.keyboard_hint}</p>
        </section>
    }
}
