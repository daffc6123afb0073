use leptos::prelude::*;

use super::history::PartTrend;
use super::{BackToOverview, Shown, WithResult};
use crate::checkup::advice::{practices_for, starters_fit, strategies_for};
use crate::checkup::bank::{item, ItemKind};
use crate::checkup::scoring::{Contribution, DimensionScore, MIN_ANSWERS};
use crate::checkup::{Answer, Dimension};
use crate::components::charts::BalanceBeam;
use crate::components::Practices;
use crate::copy::{t, Naming};
use crate::location::Link;
use crate::pages::NotFound;
use crate::routes::{self, ResultView};

/// One part of the relationship on its own view: its beam and figures, why
/// the concern is what it is, each answer, what to try and its trend, with
/// one tap to the parts on either side.
#[component]
pub fn ResultPart(dimension: Dimension) -> impl IntoView {
    view! {
        <section class="page results part-view" data-dimension=dimension.id()>
            <WithResult view_of=move |shown| view! { <Part shown dimension /> } />
        </section>
    }
}

/// The words for one given answer.
fn answer_words(contribution: &Contribution) -> &'static str {
    let kind = item(&contribution.item).map(|i| i.kind);
    match (contribution.answer, kind) {
        (Answer::NotApplicable, _) => t().not_applicable,
        (Answer::Declined, _) => t().declined,
        (Answer::Choice(n), Some(ItemKind::Fairness { .. })) => {
            t().fairness_scale[usize::from(n.min(4))]
        }
        (Answer::Choice(n), _) => t().balance_scale[usize::from(n.min(4))],
    }
}

#[component]
fn Part(shown: Shown, dimension: Dimension) -> impl IntoView {
    let result = &shown.result;
    let Some(score) = result.dimension(dimension).cloned() else {
        return view! { <NotFound /> }.into_any();
    };
    let ui = &t().ui;
    let words = &t().results;
    let control = Naming::of(result);
    let name = t().dimension(dimension).name;
    let side = t().side_given(score.side(), control);
    let band = score.band();
    let band_name = band.map(|b| t().band_given(b.band, control));
    let summary = t().beam_summary(
        name,
        side,
        band_name.unwrap_or("—"),
        score.balance.unwrap_or(0),
    );
    let position = Dimension::ALL
        .iter()
        .position(|d| *d == dimension)
        .unwrap_or(0);
    let link_to = |d: Dimension| routes::result(ResultView::Part(d), shown.id_param());
    let previous = position.checked_sub(1).map(|i| Dimension::ALL[i]);
    let next = Dimension::ALL.get(position + 1).copied();
    let strategies = strategies_for(result, &score);
    let starters = starters_fit(result);
    view! {
        <BackToOverview shown=shown.clone() />
        <p class="meta">{words.part_of(position + 1, Dimension::ALL.len())}</p>
        <h1>{name}</h1>
        <BalanceBeam balance=score.balance summary />
        <p class="side">{side}</p>
        <dl class="figures">
            {score.balance.map(|b| view! { <dt>{ui.balance_label}</dt><dd class="balance">{t().signed(Some(b))}</dd> })}
            {band_name.map(|b| view! { <dt>{ui.band_label}</dt><dd class="band">{b}</dd> })}
            {score.fairness.map(|f| view! { <dt>{ui.fairness_label}</dt><dd>{t().fairness(f)}</dd> })}
            <dt>{ui.concern_label}</dt>
            <dd class=format!("concern level-{}", score.concern as u8)>{t().concern_given(score.concern, control)}</dd>
        </dl>
        <h2>{words.concern_heading}</h2>
        <Reasons score=score.clone() control />
        <h2>{words.meaning_heading}</h2>
        {match band {
            // Under control a band's meaning and the distance to the next
            // one would read as reassurance: say what the figure cannot show.
            Some(_) if control.named() => view! { <p>{words.band_meaning_control}</p> }.into_any(),
            Some(position) => {
                let stronger = position.to_stronger.map(|(b, p)| (t().band(b), p));
                let weaker = position.to_weaker.map(|(b, p)| (t().band(b), p));
                view! {
                    <p>{words.band_meaning[position.band as usize]}</p>
                    <p>{t().band_distance(stronger, weaker)}</p>
                }
                .into_any()
            }
            None => view! { <p>{ui.needs_answers(MIN_ANSWERS)}</p> }.into_any(),
        }}
        <h2>{words.answers_heading}</h2>
        <Answers score=score.clone() />
        <h2>{words.try_heading}</h2>
        <ul class="strategies">
            {strategies
                .into_iter()
                .filter_map(|s| t().strategy(s).map(|copy| (s, copy)))
                .map(|(strategy, copy)| view! {
                    <li class="strategy" data-strategy=strategy.id()>
                        <h3>{copy.name}</h3>
                        <p>{copy.why}</p>
                        <Practices strategy practices=practices_for(result, strategy) checkup=shown.id.clone() />
                    </li>
                })
                .collect_view()}
        </ul>
        {starters.then(|| view! {
            <h2>{words.talk_heading}</h2>
            <ul class="starters">
                {t().starters(dimension).iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ul>
        })}
        <h2>{words.trends_heading}</h2>
        <PartTrend dimension />
        <nav class="part-nav" aria-label=words.parts_heading>
            {previous.map(|d| view! {
                <Link href=link_to(d) class="button secondary previous">{words.previous_part(t().dimension(d).name)}</Link>
            })}
            {next.map(|d| view! {
                <Link href=link_to(d) class="button secondary next">{words.next_part(t().dimension(d).name)}</Link>
            })}
        </nav>
    }
    .into_any()
}

/// Each reason for the concern level, said once; never "nothing raised
/// concern" alone when signs of control came up.
#[component]
fn Reasons(score: DimensionScore, control: Naming) -> impl IntoView {
    let concern = t().concern_given(score.concern, control);
    if score.reasons.is_empty() {
        let none = t().no_concern(control);
        return view! {
            <p><strong>{concern}</strong></p>
            <p>{none}</p>
        }
        .into_any();
    }
    view! {
        <p><strong>{concern}</strong></p>
        <ul class="reasons">
            {score.reasons.iter().map(|r| view! { <li>{t().reason(r)}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Every answer in this part and how it moved the balance.
#[component]
fn Answers(score: DimensionScore) -> impl IntoView {
    let words = &t().results;
    let rows = score
        .contributions
        .iter()
        .map(|c| {
            let effect = c
                .points
                .map_or(words.not_counted.to_owned(), |p| t().effect(p));
            view! {
                <tr>
                    <td>{t().question(&c.item)}</td>
                    <td>{answer_words(c)}</td>
                    <td>{effect}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
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
    }
}
