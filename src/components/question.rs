use leptos::prelude::*;

use super::answer_group::{AnswerGroup, ChosenBy};
use crate::checkup::walk::{opens_part, Part, Scale};
use crate::checkup::{Answer, Subject, BANK};
use crate::copy::t;
use crate::state::AppState;

/// One question of the check-up: the part it belongs to, that part's
/// introduction at its first question, and the answers to choose from.
#[component]
pub fn QuestionView(
    /// The question on show, counted from 1.
    number: Memo<usize>,
    /// Called with each choice and how it was made.
    on_choose: Callback<(Answer, ChosenBy)>,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        let n = number.get();
        let item = &BANK[n - 1];
        let (part, intro) = match item.part() {
            Part::Dimension(dimension) => {
                let words = t().dimension(dimension);
                (words.name, words.intro)
            }
            Part::Signs(Subject::Partner) => (t().partner_signs_part, t().partner_signs_intro),
            Part::Signs(Subject::Myself) => (t().own_signs_part, t().own_signs_intro),
        };
        let options = match item.scale() {
            Scale::Balance => t().balance_scale,
            Scale::Fairness => t().fairness_scale,
            Scale::Frequency => t().frequency_scale,
        };
        let selected = Signal::derive(move || state.data.with(|d| d.answer_to(item.id)));
        view! {
            <p class="part">{part}</p>
            {opens_part(n).then(|| view! { <p class="interstitial">{intro}</p> })}
            <AnswerGroup
                item_id=item.id
                question=t().question(item.id)
                options=options
                not_applicable=item.allows_not_applicable().then_some(t().not_applicable)
                declined=item.is_sign().then_some(t().declined)
                time_frame=item.is_sign().then_some(t().past_year)
                selected=selected
                on_choose=on_choose
            />
        }
    }
}
