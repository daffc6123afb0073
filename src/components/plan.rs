use leptos::prelude::*;

use crate::browser::format_date;
use crate::checkup::saved::SavedData;
use crate::components::ConfirmButton;
use crate::copy::t;
use crate::location::Link;
use crate::routes;
use crate::state::{now_ms, AppState};

/// A checkbox that puts one practice in the plan of one check-up or takes
/// it out. A plan from another check-up does not count as chosen here.
#[component]
pub fn PracticeToggle(
    /// The practice's stable id.
    id: &'static str,
    /// The check-up the plan is made from.
    checkup: String,
) -> impl IntoView {
    let state = AppState::get();
    let own = checkup.clone();
    // Whether this practice is in the plan, and whether the plan refuses it.
    let status = Memo::new(move |_| {
        state
            .data
            .with(|d| (d.plan_holds(&own, id), d.plan_refuses(&own, id)))
    });
    let on_change = move |ev: leptos::ev::Event| {
        let wanted = event_target_checked(&ev);
        state.change(|d| {
            d.set_practice(id, wanted, now_ms(), &checkup);
        });
    };
    view! {
        <label class="practice toggle">
            <input
                type="checkbox"
                data-practice=id
                prop:checked=move || status.get().0
                disabled=move || status.get().1
                on:change=on_change
            />
            <span>{t().practice(id)}</span>
        </label>
    }
}

/// A strategy's practices that fit the check-up: support and safety
/// practices as words to read (never ticked, so never stored, exported or
/// shown on home), the others as checkboxes for the plan.
#[component]
pub fn Practices(
    /// The strategy whose practices to offer.
    strategy: crate::checkup::advice::Strategy,
    /// The practices that fit the check-up.
    practices: Vec<&'static str>,
    /// The check-up the plan is made from.
    checkup: String,
) -> impl IntoView {
    if strategy.read_only() {
        return view! {
            <ul class="practices read-only">
                {practices.into_iter().map(|p| view! { <li data-practice=p>{t().practice(p)}</li> }).collect_view()}
            </ul>
            <p class="note read-only-note">{t().results.read_only_note}</p>
        }
        .into_any();
    }
    practices
        .into_iter()
        .map(|p| view! { <PracticeToggle id=p checkup=checkup.clone() /> })
        .collect_view()
        .into_any()
}

/// The chosen practices with their date, and a way to clear them. A plan
/// belongs to its check-up: scored with the whole history, practices that
/// are no longer safe are hidden, with one line saying why (on the results
/// page; home shows only what is safe, and nothing when nothing is).
#[component]
pub fn PlanSummary(
    /// The check-up on show; `None` on home, which follows the plan's own.
    #[prop(optional)]
    checkup: Option<String>,
    /// Show a link to the results page, where the plan is changed.
    #[prop(optional)]
    with_change_link: bool,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().results;
    let on_home = checkup.is_none();
    let plan = Memo::new(move |_| state.data.with(|d| d.plan_on_show(checkup.as_deref())));
    let clear = Callback::new(move |()| state.change(SavedData::clear_plan));
    view! {
        {move || match plan.get() {
            None if on_home => ().into_any(),
            None => view! {
                <section class="plan" aria-labelledby="plan-heading">
                    <h2 id="plan-heading">{words.plan_heading}</h2>
                    <p class="note">{words.plan_empty}</p>
                </section>
            }.into_any(),
            Some((shown, _, _)) if on_home && shown.practices.is_empty() => ().into_any(),
            Some((shown, chosen_at, id)) => {
                view! {
                    <section class="plan" aria-labelledby="plan-heading">
                        <h2 id="plan-heading">{words.plan_heading}</h2>
                        {(!shown.practices.is_empty()).then(|| view! {
                            <p class="meta plan-date">{words.plan_chosen_on(&format_date(chosen_at))}</p>
                            <ul class="plan-list">
                                {shown
                                    .practices
                                    .iter()
                                    .map(|id| view! { <li>{t().practice(id)}</li> })
                                    .collect_view()}
                            </ul>
                        })}
                        {(!on_home && shown.hidden > 0).then(|| view! {
                            <p class="note plan-hidden">{words.plan_hidden(shown.hidden)}</p>
                        })}
                        <div class="actions">
                            {with_change_link
                                .then(|| {
                                    view! {
                                        <Link href=routes::result(routes::ResultView::Plan, Some(&id)) class="button secondary">
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
                    </section>
                }
                    .into_any()
            }
        }}
    }
}
