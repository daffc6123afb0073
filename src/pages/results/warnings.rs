use leptos::prelude::*;

use crate::checkup::advice::recommended;
use crate::checkup::scoring::{CheckupResult, SignScore};
use crate::components::{
    use_country, ConfirmButton, CountryChoice, EmergencyLine, FirstHelpline, OwnBehaviourLines,
};
use crate::copy::t;
use crate::location::{self, Link};
use crate::routes::{self, ResultView};
use crate::state::AppState;

/// The one next step under the wheel. When a partner's control came up,
/// support comes first: the emergency number, the country's main helpline
/// and the way to every line, advocates and counselling of one's own, and
/// beside them one tap (with a confirm) to erase this check-up from the
/// device, landing on home with no Back-button trail. Otherwise, what the
/// two of them could try first.
#[component]
pub fn NextStep(
    /// The scored check-up.
    result: CheckupResult,
    /// The check-up's id for addresses (none for the latest).
    id: Option<String>,
    /// The check-up's own id, to erase it.
    checkup_id: String,
) -> impl IntoView {
    let safety = &t().safety;
    let words = &t().results;
    if result.control_came_up() {
        let country = use_country();
        let state = AppState::get();
        let go = location::use_go();
        let erase = Callback::new(move |()| {
            let id = checkup_id.clone();
            state.change(move |d| {
                d.erase_checkup(&id);
            });
            go(&routes::home_after_checkup_erased());
        });
        let (title, body) = if result.safety_notice() {
            (safety.notice_title, safety.next_step_body)
        } else {
            (safety.support_first_title, safety.support_first_body)
        };
        return view! {
            <section class="notice safety next-step" id="safety" role="region" aria-labelledby="safety-heading">
                <h2 id="safety-heading">{title}</h2>
                <p>{body}</p>
                <CountryChoice country />
                <EmergencyLine country />
                <FirstHelpline country />
                <div class="safety-links">
                    <p><Link href=routes::support()>{safety.more_support}</Link></p>
                    <ConfirmButton
                        label=safety.erase_checkup
                        question=safety.erase_checkup_confirm
                        confirm_label=safety.yes_erase_checkup
                        on_confirm=erase
                        class="quiet erase-checkup"
                    />
                </div>
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
            {(result.unread_answers > 0).then(|| view! { <p class="note">{words.unread_answers(result.unread_answers)}</p> })}
            {nothing.then(|| view! { <p>{words.none_came_up}</p> })}
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
                    <CountryChoice country />
                    <OwnBehaviourLines country />
                    <Link href=routes::support()>{words.more_support}</Link>
                </div>
            })}
        </section>
    }
}
