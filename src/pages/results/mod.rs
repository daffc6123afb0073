//! The results page: overview wheel, one beam per dimension with its detail,
//! warning signs, strategies and plan, trends, and the check-up's own actions.
//! The selected dimension and check-up live in the URL (`?id=…&d=money`) so
//! Back, reload and links all agree.

mod advice;
mod dimension;
mod history;
mod overview;
mod warnings;

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::browser::format_date;
use crate::checkup::advice::{starters_fit, strategies_for};
use crate::checkup::compare::Perspective;
use crate::checkup::scoring::{score, CheckupResult};
use crate::checkup::Dimension;
use crate::components::{ReceivedViews, SharePanel};
use crate::routes::{self, Link};
use crate::state::AppState;
use crate::t;

use advice::StrategiesAndPlan;
use dimension::DimensionCard;
use history::{CheckupActions, Trends};
use overview::Overview;
use warnings::{ControlSigns, SafetyNotice};

/// The check-up on show.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    id: String,
    finished_at: f64,
    result: CheckupResult,
}

/// Moves keyboard focus to an element once the view has caught up.
fn focus_soon(id: String) {
    set_timeout(
        move || {
            if let Some(el) = document().get_element_by_id(&id) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                    el.scroll_into_view();
                }
            }
        },
        Duration::from_millis(80),
    );
}

#[component]
pub fn Results() -> impl IntoView {
    let state = AppState::get();
    let query = use_query_map();
    // The check-up asked for by `?id=`, or the latest one.
    let shown = Memo::new(move |_| {
        let id = query.with(routes::id_param);
        state.data.with(|d| {
            let (entry, answers) = match id {
                Some(id) => d
                    .history
                    .iter()
                    .find(|h| h.id == id)
                    .and_then(|h| Some((h, h.validated().ok()?)))?,
                None => d.latest_readable()?,
            };
            Some(Shown {
                id: entry.id.clone(),
                finished_at: entry.finished_at,
                result: score(&answers),
            })
        })
    });
    let selected = Memo::new(move |_| query.with(routes::dimension_param));
    let go = routes::use_go_in_place();
    // Choosing the open dimension again closes it.
    let select = Callback::new(move |dimension: Dimension| {
        let next = (selected.get_untracked() != Some(dimension)).then_some(dimension);
        let id = query.with_untracked(routes::id_param);
        go(&routes::results(id.as_deref(), next));
    });
    let deleted = move || query.with(routes::deleted_param);
    view! {
        <section class="page results">
            <Show when=deleted>
                <p class="notice" role="status">{t().results.deleted}</p>
            </Show>
            {move || match shown.get() {
                Some(shown) => view! { <ResultView shown selected select /> }.into_any(),
                None => {
                    view! {
                        <h1>{t().ui.results_title}</h1>
                        <p>{t().ui.no_result}</p>
                        <Link href=routes::check_up() class="button primary">{t().ui.start}</Link>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ResultView(
    /// The check-up on show, scored.
    shown: Shown,
    /// The dimension whose detail is open.
    #[prop(into)]
    selected: Signal<Option<Dimension>>,
    /// Opens or closes a dimension's detail.
    select: Callback<Dimension>,
) -> impl IntoView {
    let ui = &t().ui;
    let result = shown.result;
    // From the wheel, focus follows to the detail it opened.
    let select_from_wheel = Callback::new(move |dimension: Dimension| {
        let opening = selected.get_untracked() != Some(dimension);
        select.run(dimension);
        if opening {
            focus_soon(format!("detail-{}", dimension.id()));
        }
    });
    let cards = result
        .dimensions
        .iter()
        .cloned()
        .map(|score| {
            let dimension = score.dimension;
            let strategies = strategies_for(&result, &score);
            view! {
                <DimensionCard
                    score
                    control_came_up=result.control_came_up()
                    strategies
                    starters=starters_fit(&result)
                    expanded=Signal::derive(move || selected.get() == Some(dimension))
                    on_toggle=Callback::new(move |()| select.run(dimension))
                />
            }
        })
        .collect_view();
    view! {
        {result.safety_notice().then(|| view! { <SafetyNotice /> })}
        <h1>{ui.results_title}</h1>
        <p class="meta">{(ui.finished_on)(&format_date(shown.finished_at))}</p>
        <p>{ui.results_intro}</p>
        <Overview result=result.clone() selected on_select=select_from_wheel />
        <div class="dimension-list">{cards}</div>
        <ControlSigns result=result.clone() />
        <StrategiesAndPlan result=result.clone() />
        <ReceivedViews />
        <SharePanel
            perspective=Perspective::of(&result)
            control_came_up=result.control_came_up()
            heading=t().share.heading
            intro=t().share.intro
        />
        <Trends />
        <CheckupActions id=shown.id />
        <p class="note">{t().not_a_diagnosis}</p>
    }
}
