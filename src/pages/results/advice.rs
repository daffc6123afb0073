use leptos::prelude::*;

use super::{BackToOverview, WithResult};
use crate::checkup::advice::{practices_for, recommended, PLAN_LIMIT};
use crate::checkup::scoring::CheckupResult;
use crate::checkup::Dimension;
use crate::components::{PlanSummary, Practices};
use crate::copy::t;

/// Strategies for the parts that most need attention, each with practices
/// that can go straight into the plan, and the plan itself.
#[component]
pub fn ResultPlan() -> impl IntoView {
    view! {
        <section class="page results plan-view">
            <WithResult view_of=|shown| view! {
                <BackToOverview shown=shown.clone() />
                <h1>{t().results.strategies_heading}</h1>
                <Strategies result=shown.result checkup=shown.id.clone() />
                <PlanSummary checkup=shown.id.clone() />
            } />
        </section>
    }
}

#[component]
fn Strategies(
    /// The scored check-up.
    result: CheckupResult,
    /// Its id, which a plan made here belongs to.
    checkup: String,
) -> impl IntoView {
    let words = &t().results;
    let suggested = recommended(&result);
    let intro = if result.safety_rules() {
        words.strategies_controlled
    } else if result.own_behaviour {
        words.strategies_own
    } else if suggested.iter().all(|(_, dims)| dims.is_empty()) {
        words.strategies_calm
    } else {
        words.strategies_intro
    };
    let items = suggested
        .into_iter()
        .filter_map(|(strategy, dims)| t().strategy(strategy).map(|c| (strategy, dims, c)))
        .map(|(strategy, dims, copy)| {
            let names: Vec<&str> = dims.iter().map(|d: &Dimension| t().dimension(*d).name).collect();
            view! {
                <li class="strategy" data-strategy=strategy.id()>
                    <h2>{copy.name}</h2>
                    {(!names.is_empty()).then(|| view! { <p class="meta">{t().for_parts(&names)}</p> })}
                    <p>{copy.why}</p>
                    <Practices strategy practices=practices_for(&result, strategy) checkup=checkup.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="advice" id="plan-picker">
            <p>{intro}</p>
            <p class="hint">{words.plan_intro(PLAN_LIMIT)}</p>
            <ul class="strategies">{items}</ul>
        </div>
    }
}
