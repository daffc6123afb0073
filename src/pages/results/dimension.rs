use leptos::prelude::*;

use super::overview::band_words;
use crate::checkup::advice::Strategy;
use crate::checkup::bank::{item, ItemKind};
use crate::checkup::scoring::{Contribution, DimensionScore};
use crate::checkup::Answer;
use crate::components::charts::BalanceBeam;
use crate::components::PracticeToggle;
use crate::t;

/// One dimension: its beam, figures and concern, and a button that opens
/// everything behind them.
#[component]
pub fn DimensionCard(
    /// One dimension's scores.
    score: DimensionScore,
    /// A sign of a partner's control came up, so "even" must say so.
    control_came_up: bool,
    /// What to try here, most fitting first.
    strategies: Vec<Strategy>,
    /// Whether conversation starters fit this result.
    starters: bool,
    /// Whether its detail is open.
    #[prop(into)]
    expanded: Signal<bool>,
    /// Opens or closes the detail.
    on_toggle: Callback<()>,
) -> impl IntoView {
    let ui = &t().ui;
    let name = t().dimension(score.dimension).name;
    let id = score.dimension.id();
    let band = score.band().map(|position| {
        let near = position
            .near_edge(3)
            .map(|(band, points)| format!(" — {}", (ui.near_band)(t().band(band), points)));
        format!(
            "{}{}",
            t().band_given(position.band, control_came_up),
            near.unwrap_or_default()
        )
    });
    let fairness = score.fairness.map(|f| t().fairness(f));
    let reasons: Vec<String> = score.reasons.iter().map(|r| t().reason(r)).collect();
    let side = t().side_given(score.side(), control_came_up);
    let summary = (t().results.beam_summary)(
        name,
        side,
        band_words(&score, control_came_up),
        score.balance.unwrap_or(0),
    );
    let balance = score.balance;
    let detail_score = score.clone();
    view! {
        <article class="dimension-card" aria-labelledby=format!("dimension-{id}") data-dimension=id>
            <h2 id=format!("dimension-{id}")>{name}</h2>
            <BalanceBeam balance summary />
            <p class="side">{side}</p>
            <dl>
                {score.balance.map(|b| view! { <dt>{ui.balance_label}</dt><dd class="balance">{t().signed(Some(b))}</dd> })}
                {band.map(|b| view! { <dt>{ui.band_label}</dt><dd class="band">{b}</dd> })}
                {fairness.map(|f| view! { <dt>{ui.fairness_label}</dt><dd>{f}</dd> })}
                <dt>{ui.concern_label}</dt>
                <dd class=format!("concern level-{}", score.concern as u8)>{t().concern(score.concern)}</dd>
            </dl>
            <p class="why">
                <span class="label">{ui.why_label}": "</span>
                {if reasons.is_empty() { ui.no_concern_reason.to_owned() } else { reasons.join(" ") }}
            </p>
            <button
                type="button"
                class="button secondary details-toggle"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=format!("detail-{id}")
                on:click=move |_| on_toggle.run(())
            >
                {(t().results.details_for)(name)}
            </button>
            <Show when=move || expanded.get()>
                <DimensionDetail score=detail_score.clone() strategies=strategies.clone() starters />
            </Show>
        </article>
    }
}

/// The words for one given answer.
fn answer_words(contribution: &Contribution) -> &'static str {
    let kind = item(&contribution.item).map(|i| i.kind);
    match (contribution.answer, kind) {
        (Answer::NotApplicable, _) => t().not_applicable,
        (Answer::Choice(n), Some(ItemKind::Fairness { .. })) => {
            t().fairness_scale[usize::from(n.min(4))]
        }
        (Answer::Choice(n), _) => t().balance_scale[usize::from(n.min(4))],
    }
}

#[component]
fn DimensionDetail(
    /// One dimension's scores.
    score: DimensionScore,
    /// What to try here.
    strategies: Vec<Strategy>,
    /// Whether conversation starters fit this result.
    starters: bool,
) -> impl IntoView {
    let words = &t().results;
    let id = score.dimension.id();
    let rows = score
        .contributions
        .iter()
        .map(|c| {
            let effect = c.points.map_or(words.not_counted.to_owned(), words.effect);
            view! {
                <tr>
                    <td>{t().question(&c.item)}</td>
                    <td>{answer_words(c)}</td>
                    <td>{effect}</td>
                </tr>
            }
        })
        .collect_view();
    let meaning = score.band().map(|position| {
        let stronger = position.to_stronger.map(|(b, p)| (t().band(b), p));
        let weaker = position.to_weaker.map(|(b, p)| (t().band(b), p));
        view! {
            <p>{words.band_meaning[position.band as usize]}</p>
            <p>{(words.band_distance)(stronger, weaker)}</p>
        }
    });
    let reasons: Vec<String> = score.reasons.iter().map(|r| t().reason(r)).collect();
    let strategies = strategies
        .into_iter()
        .filter_map(|s| t().strategy(s).map(|words| (s, words)))
        .map(|(strategy, copy)| {
            view! {
                <li class="strategy">
                    <h4>{copy.name}</h4>
                    <p>{copy.why}</p>
                    {strategy.practices().map(|p| view! { <PracticeToggle id=p /> }).collect_view()}
                </li>
            }
        })
        .collect_view();
    let starters = starters.then(|| {
        let items = t()
            .starters(score.dimension)
            .iter()
            .map(|s| view! { <li>{*s}</li> })
            .collect_view();
        view! {
            <h3>{words.talk_heading}</h3>
            <ul class="starters">{items}</ul>
        }
    });
    view! {
        <div class="detail" id=format!("detail-{id}") tabindex="-1" role="region" aria-label=(words.details_for)(t().dimension(score.dimension).name)>
            <h3>{words.answers_heading}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=words.answers_heading>
                <table class="data contributions">
                    <thead>
                        <tr>
                            <th scope="col">{words.column_question}</th>
                            <th scope="col">{words.column_answer}</th>
                            <th scope="col">{words.column_effect}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3>{words.meaning_heading}</h3>
            {meaning.map_or_else(|| view! { <p>{t().ui.not_enough_answers}</p> }.into_any(), IntoAny::into_any)}
            <h3>{words.concern_heading}</h3>
            <p>
                <strong>{t().concern(score.concern)}". "</strong>
                {if reasons.is_empty() { t().ui.no_concern_reason.to_owned() } else { reasons.join(" ") }}
            </p>
            <h3>{words.try_heading}</h3>
            <ul class="strategies">{strategies}</ul>
            {starters}
        </div>
    }
}
