use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::checkup::Answer;

/// Ways an answer can be chosen; a tap or a number key moves on by itself,
/// arrow keys only select (they are how keyboard users browse the options).
/// A tap is taken on click, not pointerup: the browser then draws the chosen
/// answer in one frame instead of two.
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
    /// Label of "I'd rather not say", offered on every sign question.
    declined: Option<&'static str>,
    /// The time frame the question asks about, shown above it.
    time_frame: Option<&'static str>,
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
        .chain(declined.map(|label| (Answer::Declined, label)))
        .collect();
    let rows = choices
        .into_iter()
        .enumerate()
        .map(|(i, (answer, label))| {
            let name = name.clone();
            let key = (i < 5).then(|| (i + 1).to_string());
            let class = match answer {
                Answer::NotApplicable => "option not-applicable",
                Answer::Declined => "option declined",
                Answer::Choice(_) => "option",
            };
            view! {
                <label
                    class=class
                    on:click=move |event| {
                        // A tap or click counts at least one press; the clicks
                        // a keyboard causes (arrows, Space) count none, and
                        // their change event below is enough.
                        if event.detail() == 0 {
                            return;
                        }
                        // The label would pass the click on to its radio: a
                        // second click and a second save. The radio follows the
                        // saved answer anyway.
                        let on_radio = event
                            .target()
                            .is_some_and(|t| t.has_type::<web_sys::HtmlInputElement>());
                        if !on_radio {
                            event.prevent_default();
                        }
                        on_choose.run((answer, ChosenBy::Pointer));
                    }
                >
                    <input
                        type="radio"
                        name=name
                        value=i.to_string()
                        prop:checked=move || selected.get() == Some(answer)
                        on:change=move |_| {
                            // A tap on the radio itself has saved it already.
                            if selected.get_untracked() != Some(answer) {
                                on_choose.run((answer, ChosenBy::Browsing));
                            }
                        }
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
                {time_frame.map(|frame| view! { <span class="time-frame">{frame}</span> })}
                <h1 class="question">{question}</h1>
            </legend>
            {rows}
        </fieldset>
    }
}
