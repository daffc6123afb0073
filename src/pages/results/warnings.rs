use leptos::prelude::*;

use crate::checkup::advice::recommended;
use crate::checkup::scoring::{CheckupResult, SignScore};
use crate::components::{use_country, EmergencyLine, FirstHelpline, OwnBehaviourLines};
use crate::copy::t;
use crate::location::Link;
use crate::routes::{self, ResultView};

/// The one next step under the wheel. When a partner's control came up,
/// support comes first: the emergency number, the country's main helpline
/// and the way to every line, advocates and counselling of one's own.
/// Otherwise, what the two of them could try first.
#[component]
pub fn NextStep(
    /// The scored check-up.
    result: CheckupResult,
    /// The check-up's id for addresses (none for the latest).
    id: Option<String>,
) -> impl IntoView {
    let safety = &t().safety;
    let words = &t().results;
    if result.danger() {
        // The stronger notice: the emergency number first, then a medical
        // check after choking, and leaving planned with an advocate.
        let country = use_country();
        return view! {
            <section class="notice safety danger next-step" id="safety" role="region" aria-labelledby="safety-heading">
                <h2 id="safety-heading">{safety.danger_title}</h2>
                <EmergencyLine country />
                <p>{safety.danger_body}</p>
                {result.strangled().then(|| view! { <p class="strangled">{safety.strangled}</p> })}
                <p>{safety.danger_leaving}</p>
                <FirstHelpline country />
                <p><Link href=routes::support()>{safety.more_support}</Link></p>
            </section>
        }
        .into_any();
    }
    if result.safety_rules() {
        let country = use_country();
        let (title, body) = if result.safety_notice() {
            (safety.notice_title, safety.next_step_body)
        } else {
            (safety.support_first_title, safety.support_first_body)
        };
        return view! {
            <section class="notice safety next-step" id="safety" role="region" aria-labelledby="safety-heading">
                <h2 id="safety-heading">{title}</h2>
                <p>{body}</p>
                <EmergencyLine country />
                <FirstHelpline country />
                <p><Link href=routes::support()>{safety.more_support}</Link></p>
            </section>
        }
        .into_any();
    }
    let first = recommended(&result)
        .into_iter()
        .find_map(|(strategy, _)| t().strategy(strategy));
    view! {
        <section class="notice next-step" aria-labelledby="next-heading">
            <h2 id="next-heading">{words.strategies_heading}</h2>
            {first.map(|copy| view! {
                <p><strong>{copy.name}</strong></p>
                <p>{copy.why}</p>
            })}
            <Link href=routes::result(ResultView::Plan, id.as_deref()) class="button primary">
                {words.see_what_to_try}
            </Link>
        </section>
    }
    .into_any()
}

/// A table of signs that came up, with how often.
#[component]
fn SignTable(
    /// The signs to list.
    signs: Vec<SignScore>,
    /// The table's caption.
    caption: &'static str,
) -> impl IntoView {
    let words = &t().safety;
    let rows = signs
        .into_iter()
        .map(|s| {
            view! {
                <tr data-sign=s.sign.clone()>
                    <th scope="row">{t().sign_name(&s.sign)}</th>
                    <td>{t().sign_how_often(&s)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data signs">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{words.column_sign}</th>
                    <th scope="col">{words.column_how_often}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Control on its own terms, not as a balance: which signs came up and
/// whose behaviour each is about, and a calm reflection on one's own.
#[component]
pub fn ControlSigns(
    /// The scored check-up.
    result: CheckupResult,
) -> impl IntoView {
    let words = &t().safety;
    let partner: Vec<SignScore> = result.partner_signs().into_iter().cloned().collect();
    let own: Vec<SignScore> = result.own_signs().into_iter().cloned().collect();
    let nothing = partner.is_empty() && own.is_empty();
    let skipped_partner = result.declined_about_partner();
    let skipped_self = result.declined_about_self();
    let not_asked: Vec<&str> = result
        .signs_not_asked()
        .into_iter()
        .map(|s| t().sign_name(s))
        .collect();
    let country = use_country();
    view! {
        <section class="control-signs" aria-labelledby="control-heading">
            <h2 id="control-heading">{words.control_heading}</h2>
            {result.asked_fewer_control_questions().then(|| view! {
                <p class="notice">{words.fewer_questions}</p>
                {(!not_asked.is_empty()).then(|| view! { <p class="note not-asked">{words.not_asked(&t().list_of(&not_asked))}</p> })}
            })}
            {(result.unread_answers > 0).then(|| view! { <p class="note">{words.unread_answers(result.unread_answers)}</p> })}
            {(skipped_partner > 0).then(|| view! { <p class="notice declined">{words.declined_partner(skipped_partner)}</p> })}
            {(skipped_self > 0).then(|| view! { <p class="note declined">{words.declined_self(skipped_self)}</p> })}
            {(nothing && skipped_partner == 0).then(|| view! { <p>{words.none_came_up}</p> })}
            {(!nothing).then(|| view! {
                <details class="signs-details">
                    <summary>{words.which_signs}</summary>
                    {(!partner.is_empty()).then(|| view! { <SignTable signs=partner caption=words.about_partner_heading /> })}
                    {(!own.is_empty()).then(|| view! { <SignTable signs=own caption=words.about_you_heading /> })}
                </details>
            })}
            {result.self_reflection.then(|| view! {
                <div class="notice reflection">
                    <h3>{words.reflection_title}</h3>
                    <p>{words.reflection_body}</p>
                    <OwnBehaviourLines country />
                    <Link href=routes::support()>{words.more_support}</Link>
                </div>
            })}
        </section>
    }
}
