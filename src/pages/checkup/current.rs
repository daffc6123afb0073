//! Which question the check-up shows, kept in step with the address, and
//! the keyboard focus that follows it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::checkup::saved::SavedData;
use crate::language::Language;
use crate::location::Location;
use crate::routes;
use crate::state::AppState;

/// The question on show and whether the calm word before the first
/// question shows instead.
#[derive(Clone, Copy)]
pub struct CurrentQuestion {
    /// The question on show, counted from 1: the one the address asks for,
    /// unless that skips past where the check-up resumes.
    pub number: Memo<usize>,
    /// The calm word before the first question shows: nothing answered yet,
    /// no question asked for, and the person has not asked to skip it.
    pub show_intro: Memo<bool>,
    /// Read once: ticking "don't show this next time" must not close it now.
    intro_done: RwSignal<bool>,
    /// Set once the check-up is finished, so clearing it does not send the
    /// page back to question 1 on its way to the results.
    leaving: StoredValue<bool>,
    location: Location,
}

impl CurrentQuestion {
    /// Leaves the calm word for the first question.
    pub fn start(self) {
        self.intro_done.set(true);
        self.location.go(&routes::question(1));
    }

    /// The check-up is finished: the address no longer follows it.
    pub fn leave(self) {
        self.leaving.set_value(true);
    }
}

/// The question on show, with the address corrected to name it (a
/// skipped-ahead or tampered address shows where the check-up resumes).
pub fn use_current_question() -> CurrentQuestion {
    let state = AppState::get();
    let location = Location::get();
    let requested = Memo::new(move |_| location.with(routes::question_param));
    let number = Memo::new(move |_| {
        let requested = requested.get();
        state.data.with(|d| d.question_shown(requested))
    });
    let intro_done = RwSignal::new(state.data.with_untracked(SavedData::skips_intro));
    let show_intro = Memo::new(move |_| {
        requested.get().is_none() && !intro_done.get() && !state.data.with(SavedData::has_started)
    });
    let leaving = StoredValue::new(false);
    Effect::new(move |_| {
        let shown = number.get();
        if requested.get() != Some(shown) && !leaving.get_value() && !show_intro.get() {
            location.go(&routes::question(shown));
        }
    });
    CurrentQuestion {
        number,
        show_intro,
        intro_done,
        leaving,
        location,
    }
}

/// Moves keyboard focus to the chosen answer, or the first, of each new
/// question. A redraw in a newly chosen language leaves it on the menu.
pub fn use_focus_on_answers(current: CurrentQuestion) {
    let language = Language::get();
    Effect::new(move |_| {
        current.number.track();
        if !current.show_intro.get() && !language.changed_by_menu.get_untracked() {
            request_animation_frame(focus_answer);
        }
    });
}

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
