use leptos::prelude::*;

use crate::browser::format_date;
use crate::checkup::advice::PLAN_LIMIT;
use crate::components::ConfirmButton;
use crate::copy::t;
use crate::location::Link;
use crate::routes;
use crate::state::{now_ms, AppState};

/// A checkbox that puts one practice in the plan or takes it out.
#[component]
pub fn PracticeToggle(
    /// The practice's stable id.
    id: &'static str,
) -> impl IntoView {
    let state = AppState::get();
    let chosen = Memo::new(move |_| {
        state.data.with(|d| {
            d.plan
                .as_ref()
                .is_some_and(|p| p.practices.iter().any(|p| p == id))
        })
    });
    let full = Memo::new(move |_| {
        state.data.with(|d| {
            d.plan
                .as_ref()
                .is_some_and(|p| p.practices.len() >= PLAN_LIMIT)
        })
    });
    let on_change = move |ev: leptos::ev::Event| {
        let wanted = event_target_checked(&ev);
        state.change(|d| {
            d.set_practice(id, wanted, now_ms());
        });
    };
    view! {
        <label class="practice toggle">
            <input
                type="checkbox"
                data-practice=id
                prop:checked=move || chosen.get()
                disabled=move || full.get() && !chosen.get()
                on:change=on_change
            />
            <span>{t().practice(id)}</span>
        </label>
    }
}

/// The chosen practices with their date, and a way to clear them.
#[component]
pub fn PlanSummary(
    /// Show a link to the results page, where the plan is changed.
    #[prop(optional)]
    with_change_link: bool,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().results;
    let plan = Memo::new(move |_| state.data.with(|d| d.plan.clone()));
    let clear = Callback::new(move |()| state.change(|d| d.plan = None));
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{words.plan_heading}</h2>
            {move || match plan.get() {
                None => view! { <p class="note">{words.plan_empty}</p> }.into_any(),
                Some(plan) => {
                    view! {
                        <p class="meta plan-date">{words.plan_chosen_on(&format_date(plan.chosen_at))}</p>
                        <ul class="plan-list">
                            {plan
                                .practices
                                .iter()
                                .map(|id| view! { <li>{t().practice(id)}</li> })
                                .collect_view()}
                        </ul>
                        <div class="actions">
                            {with_change_link
                                .then(|| {
                                    view! {
                                        <Link href=routes::result(routes::ResultView::Plan, None) class="button secondary">
                                            {words.plan_change}
                                        </Link>
                                    }
                                })}
                            <ConfirmButton
                                label=words.plan_clear
                                question=words.plan_clear_confirm
                                confirm_label=words.plan_yes_clear
                                on_confirm=clear
                                class="secondary"
                            />
                        </div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
