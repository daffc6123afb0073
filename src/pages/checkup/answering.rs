//! Answering and moving between questions: what a choice, Next and Back do.

use std::time::Duration;

use leptos::prelude::*;

use super::current::CurrentQuestion;
use crate::checkup::saved::SavedData;
use crate::checkup::{Answer, BANK};
use crate::components::answer_group::ChosenBy;
use crate::location::Location;
use crate::routes;
use crate::state::{now_ms, AppState};

/// How long a chosen answer stays on screen before the next question.
const ADVANCE_AFTER: Duration = Duration::from_millis(450);

/// What the check-up's controls do.
#[derive(Clone, Copy)]
pub struct Answering {
    /// Records an answer to the question on show; a tap or a number key
    /// moves on by itself a moment later.
    pub choose: Callback<(Answer, ChosenBy)>,
    /// The next question once this one is answered; after the last, the
    /// first one left unanswered, or the result when there is none.
    pub next: Callback<()>,
    /// The question before, or home from the first.
    pub back: Callback<()>,
}

pub fn use_answering(current: CurrentQuestion) -> Answering {
    let state = AppState::get();
    let location = Location::get();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
    };
    let finish = move || {
        if let Some(n) = state
            .data
            .with_untracked(SavedData::first_unanswered_question)
        {
            location.go(&routes::question(n));
            return;
        }
        current.leave();
        state.change(|d| {
            d.finish(now_ms());
        });
        location.go(&routes::results(None));
    };
    let next = Callback::new(move |()| {
        cancel_pending();
        let n = current.number.get_untracked();
        if !state.data.with_untracked(|d| d.is_answered(n)) {
            return;
        }
        if n < BANK.len() {
            location.go(&routes::question(n + 1));
        } else {
            finish();
        }
    });
    let back = Callback::new(move |()| {
        cancel_pending();
        let n = current.number.get_untracked();
        location.go(&if n > 1 {
            routes::question(n - 1)
        } else {
            routes::home()
        });
    });
    let choose = Callback::new(move |(answer, by): (Answer, ChosenBy)| {
        let item = &BANK[current.number.get_untracked() - 1];
        if answer == Answer::NotApplicable && !item.allows_not_applicable() {
            return;
        }
        // The bank refuses what it would not accept; nothing else to do then.
        state.change(|d| {
            let _ = d.record_answer(item.id, answer, now_ms());
        });
        if by == ChosenBy::Pointer {
            cancel_pending();
            pending.set_value(set_timeout_with_handle(move || next.run(()), ADVANCE_AFTER).ok());
        }
    });
    on_cleanup(cancel_pending);
    Answering { choose, next, back }
}
