use leptos::prelude::*;

use crate::checkup::advice::recommended;
use crate::checkup::scoring::CheckupResult;
use crate::components::{PlanSummary, PracticeToggle};
use crate::t;

/// Strategies for the dimensions that most need attention, each with
/// practices that can go straight into the plan.
#[component]
pub fn StrategiesAndPlan(
    /// The scored check-up.
    result: CheckupResult,
) -> impl IntoView {
    let words = &t().results;
    let suggested = recommended(&result);
    let intro = if result.control_came_up() {
        words.strategies_controlled
    } else if suggested.iter().all(|(_, dims)| dims.is_empty()) {
        words.strategies_calm
    } else {
        words.strategies_intro
    };
    let items = suggested
        .into_iter()
        .filter_map(|(strategy, dims)| t().strategy(strategy).map(|c| (strategy, dims, c)))
        .map(|(strategy, dims, copy)| {
            let names: Vec<&str> = dims.iter().map(|d| t().dimension(*d).name).collect();
            view! {
                <li class="strategy" data-strategy=strategy.id()>
                    <h3>{copy.name}</h3>
                    {(!names.is_empty()).then(|| view! { <p class="meta">{(words.for_parts)(&names.join(", "))}</p> })}
                    <p>{copy.why}</p>
                    {strategy.practices().map(|p| view! { <PracticeToggle id=p /> }).collect_view()}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="advice" id="plan-picker" aria-labelledby="strategies-heading">
            <h2 id="strategies-heading">{words.strategies_heading}</h2>
            <p>{intro}</p>
            <p class="hint">{words.plan_intro}</p>
            <ul class="strategies">{items}</ul>
            <PlanSummary />
        </section>
    }
}
