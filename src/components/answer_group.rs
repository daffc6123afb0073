use leptos::prelude::*;

use crate::checkup::Answer;

/// Ways an answer can be chosen; a tap or a number key moves on by itself,
/// arrow keys only select (they are how keyboard users browse the options).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChosenBy {
    Pointer,
    Browsing,
}

/// One question as a radio group: large options, real radio inputs.
#[component]
pub fn AnswerGroup(
    /// Stable id of the item, used for element ids.
    item_id: &'static str,
    /// The question; it names the group.
    question: &'static str,
    /// Labels of the five scale points, in order.
    options: [&'static str; 5],
    /// Label of "doesn't apply", when the item offers it.
    not_applicable: Option<&'static str>,
    /// The answer saved for this item, if any.
    #[prop(into)]
    selected: Signal<Option<Answer>>,
    /// Called with each choice and how it was made.
    on_choose: Callback<(Answer, ChosenBy)>,
) -> impl IntoView {
    let name = format!("answer-{}", item_id.replace('.', "-"));
    let choices: Vec<(Answer, &'static str)> = options
        .iter()
        .enumerate()
        .map(|(i, label)| (Answer::Choice(i as u8), *label))
        .chain(not_applicable.map(|label| (Answer::NotApplicable, label)))
        .collect();
    let rows = choices
        .into_iter()
        .enumerate()
        .map(|(i, (answer, label))| {
            let name = name.clone();
            let key = (i < 5).then(|| (i + 1).to_string());
            let class = if answer == Answer::NotApplicable {
                "option not-applicable"
            } else {
                "option"
            };
            view! {
                <label
                    class=class
                    on:pointerup=move |_| on_choose.run((answer, ChosenBy::Pointer))
                >
                    <input
                        type="radio"
                        name=name
                        value=i.to_string()
                        prop:checked=move || selected.get() == Some(answer)
                        on:change=move |_| on_choose.run((answer, ChosenBy::Browsing))
                    />
                    <span class="option-label">{label}</span>
                    {key.map(|k| view! { <span class="option-key" aria-hidden="true">{k}</span> })}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="answers">
            <legend>
                <h1 class="question">{question}</h1>
            </legend>
            {rows}
        </fieldset>
    }
}
