use leptos::prelude::*;

use crate::checkup::scoring::{CheckupResult, SignScore};
use crate::components::{use_country, CountryPicker, OwnBehaviourLines, SupportLines};
use crate::routes::{self, Link};
use crate::t;

/// Support first: calm words, the emergency number and the country's
/// helplines, advocates and counselling of one's own. Shown before anything
/// else when the safety notice is up.
#[component]
pub fn SafetyNotice() -> impl IntoView {
    let words = &t().safety;
    let country = use_country();
    view! {
        <section class="notice safety" id="safety" role="region" aria-labelledby="safety-heading">
            <h2 id="safety-heading">{words.notice_title}</h2>
            <p>{words.notice_body}</p>
            <CountryPicker country />
            <SupportLines country />
            <p>{words.advocates}</p>
            <p>{words.own_counselling}</p>
        </section>
    }
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
                    <td>{t().frequency(s.frequency)}</td>
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
    let country = use_country();
    view! {
        <section class="control-signs" aria-labelledby="control-heading">
            <h2 id="control-heading">{words.control_heading}</h2>
            {result.asked_fewer_control_questions().then(|| view! { <p class="notice">{words.fewer_questions}</p> })}
            {(result.unread_answers > 0).then(|| view! { <p class="note">{(words.unread_answers)(result.unread_answers)}</p> })}
            {nothing.then(|| view! { <p>{words.none_came_up}</p> })}
            {(!partner.is_empty()).then(|| view! { <SignTable signs=partner caption=words.about_partner_heading /> })}
            {(!own.is_empty()).then(|| view! { <SignTable signs=own caption=words.about_you_heading /> })}
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
