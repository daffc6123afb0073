use leptos::prelude::*;

use crate::browser::format_date;
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
    if result.safety_rules() {
        // Support first, the emergency number before any other words. With a
        // danger sign, the stronger notice: a medical check after choking,
        // and leaving planned with an advocate.
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
        let (title, lines) = if result.danger() {
            let mut lines = vec![safety.danger_body];
            if result.strangled() {
                lines.push(safety.strangled);
            }
            lines.push(safety.danger_leaving);
            (safety.danger_title, lines)
        } else if result.safety_notice() {
            (safety.notice_title, vec![safety.next_step_body])
        } else {
            (safety.support_first_title, vec![safety.support_first_body])
        };
        return view! {
            <section class="notice safety next-step" id="safety" role="region" aria-labelledby="safety-heading">
                <h2 id="safety-heading">{title}</h2>
                <CountryChoice country />
                <EmergencyLine country />
                {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
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
    // What this check-up could not see, each as one line: an earlier
    // question set and the signs it did not ask, answers not counted,
    // questions left unanswered, and control in another kept check-up (so
    // this one alone never reads as "none came up").
    let mut notes: Vec<String> = Vec::new();
    if result.asked_fewer_control_questions() {
        notes.push(words.fewer_questions.to_owned());
        let not_asked: Vec<&str> = result
            .signs_not_asked()
            .into_iter()
            .map(|s| t().sign_name(s))
            .collect();
        if !not_asked.is_empty() {
            notes.push(words.not_asked(&t().list_of(&not_asked)));
        }
    }
    if result.unread_answers > 0 {
        notes.push(words.unread_answers(result.unread_answers));
    }
    let skipped_partner = result.declined_about_partner();
    if skipped_partner > 0 {
        notes.push(words.declined_partner(skipped_partner));
    }
    let skipped_self = result.declined_about_self();
    if skipped_self > 0 {
        notes.push(words.declined_self(skipped_self));
    }
    if !result.elsewhere.is_empty() {
        let earlier: Vec<String> = result
            .elsewhere
            .iter()
            .map(|m| format_date(m.finished_at))
            .collect();
        notes.push(words.lead_history(&t().list_of(&earlier)));
    }
    if nothing && skipped_partner == 0 && result.elsewhere.is_empty() {
        notes.push(words.none_came_up.to_owned());
    }
    let country = use_country();
    view! {
        <section class="control-signs" aria-labelledby="control-heading">
            <h2 id="control-heading">{words.control_heading}</h2>
            {notes.into_iter().map(|note| view! { <p class="note">{note}</p> }).collect_view()}
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
