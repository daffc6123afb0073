use leptos::prelude::*;

use crate::checkup::scoring::{CheckupResult, SOMETIMES};
use crate::t;

/// Calm words and where to find help; shown before anything else when a
/// sign of control came up often.
#[component]
pub fn SafetyNotice() -> impl IntoView {
    let ui = &t().ui;
    view! {
        <section class="notice safety" role="region" aria-labelledby="safety-heading">
            <h2 id="safety-heading">{ui.safety_title}</h2>
            <p>{ui.safety_body}</p>
            <h3>{ui.support_heading}</h3>
            <p>{ui.support_helplines}</p>
            <p>{ui.support_counselling}</p>
        </section>
    }
}

/// The warning signs that came up at least sometimes, and how often.
#[component]
pub fn WarningSigns(
    /// The scored check-up.
    result: CheckupResult,
) -> impl IntoView {
    let ui = &t().ui;
    let shown: Vec<_> = result
        .warnings
        .iter()
        .filter(|w| w.frequency >= SOMETIMES)
        .cloned()
        .collect();
    let body = if shown.is_empty() {
        view! { <p>{ui.warnings_none}</p> }.into_any()
    } else {
        let rows = shown
            .into_iter()
            .map(|w| {
                let who = if w.about_partner {
                    ui.about_partner
                } else {
                    ui.about_you
                };
                view! {
                    <tr>
                        <th scope="row">{t().sign_name(&w.sign)}</th>
                        <td>{who}</td>
                        <td>{t().frequency_scale[usize::from(w.frequency.min(4))]}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{ui.sign_column}</th>
                        <th scope="col">{ui.who_column}</th>
                        <th scope="col">{ui.how_often_column}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="warnings" aria-labelledby="warnings-heading">
            <h2 id="warnings-heading">{ui.warnings_heading}</h2>
            {result.self_flag.then(|| view! { <p class="notice">{ui.self_reflection}</p> })}
            {body}
        </section>
    }
}
