//! The app shell: state, title and the screen for the address.

use leptos::prelude::*;

use crate::browser::{next_task, remove_boot_shell};
use crate::checkup::saved::SavedData;
use crate::components::Shell;
use crate::copy::t;
use crate::language::Language;
use crate::location::Location;
use crate::pages::{
    CheckUp, Home, NotFound, Privacy, ResultHistory, ResultPart, ResultPlan, ResultShare, Results,
    SharedView, Support,
};
use crate::routes::{ResultView, Screen};
use crate::state::AppState;
use crate::storage::Opened;

/// The app, starting from what storage held (`storage::open`, read by
/// `main` in a task of its own).
#[component]
pub fn App(opened: Opened) -> impl IntoView {
    let state = AppState::provide(opened);
    let location = Location::provide();
    let first_screen = untrack(|| location.with(|address| address.screen()));
    let earlier_visits = || state.data.with_untracked(|d| d.home_shows_earlier_visits());
    let language = Language::provide(state, first_screen.shows_words_by_id(earlier_visits));
    // The tab title follows the neutral-title setting and the language.
    Effect::new(move |_| {
        language.shown.track();
        let neutral = state.data.with(SavedData::neutral_title);
        document().set_title(if neutral {
            t().neutral_title
        } else {
            t().app_name
        });
    });
    // The frame is drawn first and the screen a task later, so the start is
    // never one long task; both stay hidden behind the plain-HTML page (see
    // main.css) until the screen is there. Only the first screen waits: a
    // screen drawn again in another language comes at once.
    let screen_due = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        next_task().await;
        screen_due.set(true);
    });
    // Effects run before the next paint, so the browser never paints both
    // pages or neither.
    Effect::new(move |_| {
        if language.started.get() && screen_due.get() {
            // Absent when an old cached page lacks it; nothing to do then.
            let _ = remove_boot_shell();
        }
    });
    // Every screen is drawn again in a newly chosen language; answers and
    // the address are kept, so nothing is lost.
    move || {
        language.started.get().then(|| {
            language.shown.track();
            view! {
                <Shell>
                    {move || screen_due.get().then(|| view! { <CurrentScreen /> })}
                </Shell>
            }
        })
    }
}

/// The screen the address names, chosen by `routes::screen_at`. One typed
/// match instead of Leptos's router: its ten-route dispatch was the largest
/// single piece of the WebAssembly, and the app needs no nested routes.
#[component]
fn CurrentScreen() -> impl IntoView {
    let location = Location::get();
    let state = AppState::get();
    let language = Language::get();
    let screen = Memo::new(move |_| location.with(|address| address.screen()));
    let home_shows_earlier = Memo::new(move |_| state.data.with(|d| d.home_shows_earlier_visits()));
    move || match screen.get() {
        // English's words by id are not here yet: nothing until they are
        // (the whole app draws again then).
        screen if screen.shows_words_by_id(|| home_shows_earlier.get()) && !t().has_ids() => {
            language.fetch_words_by_id();
            ().into_any()
        }
        Screen::Home => view! { <Home /> }.into_any(),
        Screen::CheckUp => view! { <CheckUp /> }.into_any(),
        Screen::Result(ResultView::Overview) => view! { <Results /> }.into_any(),
        Screen::Result(ResultView::Part(dimension)) => {
            view! { <ResultPart dimension /> }.into_any()
        }
        Screen::Result(ResultView::Plan) => view! { <ResultPlan /> }.into_any(),
        Screen::Result(ResultView::Share) => view! { <ResultShare /> }.into_any(),
        Screen::Result(ResultView::History) => view! { <ResultHistory /> }.into_any(),
        Screen::Privacy => view! { <Privacy /> }.into_any(),
        Screen::Shared => view! { <SharedView /> }.into_any(),
        Screen::Support => view! { <Support /> }.into_any(),
        Screen::NotFound => view! { <NotFound /> }.into_any(),
    }
}
