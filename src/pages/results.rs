use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::checkup::scoring::{score, CheckupResult, DimensionScore, Side};
use crate::pages::format_date;
use crate::state::AppState;
use crate::t;

#[component]
pub fn Results() -> impl IntoView {
    let state = AppState::get();
    let query = use_query_map();
    // The check-up asked for by `?id=`, or the latest one.
    let chosen = Memo::new(move |_| {
        let id = query.with(|q| q.get("id"));
        state.data.with(|d| {
            let entry = match id {
                Some(id) => d.history.iter().find(|h| h.id == id),
                None => d.history.last(),
            }?;
            let answers = entry.validated().ok()?;
            Some((entry.finished_at, score(&answers)))
        })
    });
    view! {
        <section class="page results">
            <h1>{t().ui.results_title}</h1>
            {move || match chosen.get() {
                Some((finished_at, result)) => view! { <ResultView finished_at result /> }.into_any(),
                None => {
                    view! {
                        <p>{t().ui.no_result}</p>
                        <A href="/check-up?q=1" attr:class="button primary">{t().ui.start}</A>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ResultView(
    /// When the check-up was finished, in milliseconds since the epoch.
    finished_at: f64,
    /// The scored check-up.
    result: CheckupResult,
) -> impl IntoView {
    let ui = &t().ui;
    let safety = result.safety_flag.then(|| view! { <SafetyNotice /> });
    let reflection = result
        .self_flag
        .then(|| view! { <p class="notice">{ui.self_reflection}</p> });
    let cards = result
        .dimensions
        .iter()
        .cloned()
        .map(|score| view! { <DimensionCard score /> })
        .collect_view();
    let frequent: Vec<_> = result
        .warnings
        .iter()
        .filter(|w| w.frequency >= 2)
        .cloned()
        .collect();
    let warnings = if frequent.is_empty() {
        view! { <p>{ui.warnings_none}</p> }.into_any()
    } else {
        let rows = frequent
            .into_iter()
            .map(|w| {
                let who = if w.about_partner {
                    ui.about_partner
                } else {
                    ui.about_you
                };
                view! {
                    <tr>
                        <th scope="row">{t().sign_name(&w.sign)}</th>
                        <td>{who}</td>
                        <td>{t().frequency_scale[usize::from(w.frequency.min(4))]}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{ui.sign_column}</th>
                        <th scope="col">{ui.who_column}</th>
                        <th scope="col">{ui.how_often_column}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        {safety}
        <p class="meta">{(ui.finished_on)(&format_date(finished_at))}</p>
        <p>{ui.results_intro}</p>
        <div class="dimension-list">{cards}</div>
        <section aria-labelledby="warnings-heading">
            <h2 id="warnings-heading">{ui.warnings_heading}</h2>
            {reflection}
            {warnings}
        </section>
        <p class="note">{t().not_a_diagnosis}</p>
        <A href="/check-up?q=1" attr:class="button secondary">{ui.new_checkup}</A>
    }
}

#[component]
fn SafetyNotice() -> impl IntoView {
    let ui = &t().ui;
    view! {
        <section class="notice safety" role="region" aria-labelledby="safety-heading">
            <h2 id="safety-heading">{ui.safety_title}</h2>
            <p>{ui.safety_body}</p>
            <h3>{ui.support_heading}</h3>
            <p>{ui.support_helplines}</p>
            <p>{ui.support_counselling}</p>
        </section>
    }
}

#[component]
fn DimensionCard(
    /// One dimension's scores.
    score: DimensionScore,
) -> impl IntoView {
    let ui = &t().ui;
    let words = t().dimension(score.dimension);
    let side = match score.side() {
        Some(Side::You) => ui.side_you,
        Some(Side::Partner) => ui.side_partner,
        Some(Side::Even) => ui.side_even,
        None => ui.not_enough_answers,
    };
    let band = score.band().map(|position| {
        let near = position
            .near_edge(3)
            .map(|(band, points)| format!(" — {}", (ui.near_band)(t().band(band), points)));
        format!("{}{}", t().band(position.band), near.unwrap_or_default())
    });
    let fairness = score
        .fairness
        .map(|f| t().fairness_scale[(f + 2).clamp(0, 4) as usize]);
    let reasons: Vec<String> = score.reasons.iter().map(|r| t().reason(r)).collect();
    let id = format!("dimension-{}", score.dimension.id());
    let labelled_by = id.clone();
    view! {
        <article class="dimension-card" aria-labelledby=labelled_by data-dimension=score.dimension.id()>
            <h2 id=id>{words.name}</h2>
            <p class="side">{side}</p>
            <dl>
                {score.balance.map(|b| view! { <dt>{ui.balance_label}</dt><dd class="balance">{format!("{b:+}")}</dd> })}
                {band.map(|b| view! { <dt>{ui.band_label}</dt><dd class="band">{b}</dd> })}
                {fairness.map(|f| view! { <dt>{ui.fairness_label}</dt><dd>{f}</dd> })}
                <dt>{ui.concern_label}</dt>
                <dd class="concern">{t().concern(score.concern)}</dd>
            </dl>
            <p class="why">
                <span class="label">{ui.why_label}": "</span>
                {if reasons.is_empty() { ui.no_concern_reason.to_owned() } else { reasons.join(" ") }}
            </p>
        </article>
    }
}
