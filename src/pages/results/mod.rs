//! The result of a finished check-up, as small views that each fit a phone:
//! the overview (`/results`), one view per part (`/results/part/money`), and
//! the plan, sharing and history views. Which check-up is on show lives in
//! the address (`?id=…`, the latest without it), so reload and links agree.

mod advice;
mod dimension;
mod history;
mod overview;
mod share;
mod warnings;

use leptos::prelude::*;

use crate::checkup::history::scored;
use crate::checkup::scoring::CheckupResult;
use crate::components::shown_when;
use crate::copy::t;
use crate::location::{Link, Location};
use crate::routes;
use crate::state::AppState;

pub use advice::ResultPlan;
pub use dimension::ResultPart;
pub use history::ResultHistory;
pub use overview::Results;
pub use share::ResultShare;

/// The check-up on show.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub id: String,
    pub finished_at: f64,
    pub result: CheckupResult,
    /// Whether it is the latest readable one (its address needs no id).
    pub latest: bool,
}

impl Shown {
    /// The id to put in addresses: none for the latest.
    pub fn id_param(&self) -> Option<&str> {
        (!self.latest).then_some(self.id.as_str())
    }
}

/// The check-up asked for by `?id=`, or the latest readable one, scored
/// with the whole history: control that came up in any kept check-up keeps
/// the safety rules here too.
pub fn use_shown() -> Memo<Option<Shown>> {
    let state = AppState::get();
    let location = Location::get();
    Memo::new(move |_| {
        let id = location.with(routes::id_param);
        state.data.with(|d| {
            let (entry, result) = scored(d, id.as_deref())?;
            Some(Shown {
                id: entry.id.clone(),
                finished_at: entry.finished_at,
                result,
                latest: d.is_latest(&entry.id),
            })
        })
    })
}

/// Renders a result view for the check-up on show, or says there is none.
#[component]
pub fn WithResult<F, V>(
    /// The view of the check-up on show.
    view_of: F,
) -> impl IntoView
where
    F: Fn(Shown) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    with_result(Box::new(move |shown| view_of(shown).into_any()))
}

/// `WithResult` once for all five result views, not once per view: only
/// the view of the check-up differs.
fn with_result(view_of: Box<dyn Fn(Shown) -> AnyView + Send + Sync>) -> impl IntoView {
    let shown = use_shown();
    let location = Location::get();
    let deleted = move || location.with(routes::deleted_param);
    view! {
        {shown_when(deleted, move || view! {
            <p class="notice" role="status">{t().results.deleted}</p>
        })}
        {move || match shown.get() {
            Some(shown) => view_of(shown),
            None => view! {
                <h1>{t().ui.results_title}</h1>
                <p>{t().ui.no_result}</p>
                <Link href=routes::check_up() class="button primary">{t().ui.start}</Link>
            }
            .into_any(),
        }}
    }
}

/// The way back to the overview from any other result view.
#[component]
fn BackToOverview(
    /// The check-up on show.
    shown: Shown,
) -> impl IntoView {
    view! {
        <p class="back-link">
            <Link href=routes::results(shown.id_param())>{t().results.all_parts}</Link>
        </p>
    }
}
