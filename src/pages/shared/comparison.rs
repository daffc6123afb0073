use leptos::prelude::*;

use crate::checkup::advice::starters_fit;
use crate::checkup::compare::{compare, talk, Perspective, Talk};
use crate::checkup::scoring::CheckupResult;
use crate::checkup::share::Shared;
use crate::components::charts::ComparisonChart;
use crate::components::SharePanel;
use crate::copy::t;

/// Both views per dimension on one line, the gap and whether you agree,
/// under the fixed line saying what the figures cannot show; conversation
/// starters only when the person who shared chose to suggest them; and the
/// reader's own link to share back.
#[component]
pub fn Comparison(
    /// What the partner shared, in their frame.
    shared: Shared,
    /// The reader's own latest result.
    mine: CheckupResult,
) -> impl IntoView {
    let words = &t().share;
    let own = Perspective::of(&mine);
    let all = compare(&own, &shared.perspective);
    let rows = all
        .iter()
        .map(|c| {
            let name = t().dimension(c.dimension).name;
            if !c.same_questions {
                let figures = words.figures_apart(
                    &t().signed(c.mine.balance),
                    &t().signed(c.theirs.balance),
                );
                return view! {
                    <article class="dimension-card compare-card" data-dimension=c.dimension.id() data-agree="unknown">
                        <h2>{name}</h2>
                        <p class="verdict">{words.not_same_questions}</p>
                        <p>{figures}</p>
                    </article>
                }
                .into_any();
            }
            let summary = match c.mine.balance.zip(c.theirs.balance) {
                Some((a, b)) => t().compare_summary(name, a, b),
                None => words.cannot_compare_part(name),
            };
            let verdict = match (c.gap, c.agree_on_direction) {
                (Some(gap), Some(agree)) => words.verdict(gap, agree, c.both_even()),
                _ => words.cannot_compare.to_owned(),
            };
            let fairness = c.mine.fairness.zip(c.theirs.fairness).map(|(a, b)| {
                words.fairness_both(words.fair_to_reader(a), words.fair_to_reader(b))
            });
            view! {
                <article class="dimension-card compare-card" data-dimension=c.dimension.id()
                    data-agree=c.agree_on_direction.map_or("unknown", |a| if a { "yes" } else { "no" })>
                    <h2>{name}</h2>
                    <ComparisonChart mine=c.mine.balance theirs=c.theirs.balance summary=summary />
                    <p class="verdict">{verdict}</p>
                    {fairness.map(|f| view! { <p>{f}</p> })}
                </article>
            }
            .into_any()
        })
        .collect_view();
    let talk = match talk(&all, shared.suggests_starters, starters_fit(&mine)) {
        // Not suggested: nothing at all, so its absence says nothing.
        Talk::NotSuggested => None,
        Talk::SupportFirst => {
            let why = if mine.safety_rules() {
                words.talk_controlled
            } else {
                words.talk_own
            };
            Some(view! { <p>{why}</p> }.into_any())
        }
        Talk::AllClose => Some(view! { <p>{words.all_close}</p> }.into_any()),
        Talk::Starters(parts) => Some(
            view! {
                <p>{words.talk_intro}</p>
                {parts
                    .into_iter()
                    .map(|d| {
                        view! {
                            <h3>{t().dimension(d).name}</h3>
                            <ul class="starters">
                                {t().starters(d).iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()}
            }
            .into_any(),
        ),
    };
    let versions_differ = shared.perspective.bank_version != own.bank_version;
    view! {
        <h1>{words.compare_title}</h1>
        <p>{words.compare_intro}</p>
        <p>{words.reader_need_not}</p>
        <p class="notice framing">{words.framing}</p>
        {versions_differ.then(|| view! { <p class="notice">{words.different_questions}</p> })}
        <div class="dimension-list">{rows}</div>
        {talk.map(|talk| view! {
            <section class="talk" aria-labelledby="talk-heading">
                <h2 id="talk-heading">{words.talk_heading}</h2>
                {talk}
            </section>
        })}
        <SharePanel
            perspective=own
            control_came_up=mine.safety_rules()
            own_caution=mine.own_behaviour
            heading=words.share_back_heading
            intro=words.share_back_intro
        />
    }
}
