use leptos::prelude::*;

use super::warnings::{ControlSigns, NextStep};
use super::{Shown, WithResult};
use crate::browser::format_date;
use crate::checkup::scoring::{CheckupResult, DimensionScore};
use crate::checkup::Dimension;
use crate::components::charts::{BalanceWheel, WheelEntry};
use crate::components::{Later, ReceivedViews};
use crate::copy::{t, Naming};
use crate::location::{self, Link};
use crate::routes::{self, ResultView};

/// The band's name, or a dash when there were too few answers.
fn band_words(score: &DimensionScore, control: Naming) -> &'static str {
    score
        .band()
        .map_or("—", |b| t().band_given(b.band, control))
}

/// What matters first, on one phone screen: the summary, the wheel and the
/// one next step (support first when a partner's control came up). Below
/// it, the six parts, the signs of control and the ways to the other views.
#[component]
pub fn Results() -> impl IntoView {
    view! {
        <section class="page results overview">
            <WithResult view_of=|shown| view! { <Overview shown /> } />
        </section>
    }
}

#[component]
fn Overview(shown: Shown) -> impl IntoView {
    let ui = &t().ui;
    let words = &t().results;
    let result = shown.result.clone();
    let control = Naming::of(&result);
    let id = shown.id_param().map(str::to_owned);
    let go = location::use_go();
    let to_part = {
        let id = id.clone();
        Callback::new(move |d: Dimension| go(&routes::result(ResultView::Part(d), id.as_deref())))
    };
    let entries: Vec<WheelEntry> = result
        .dimensions
        .iter()
        .map(|d| WheelEntry {
            dimension: d.dimension,
            balance: d.balance,
            label: words.wheel_entry(t().side_given(d.side(), control), band_words(d, control)),
            control_came_up: control.named(),
        })
        .collect();
    let next_first = result.safety_rules();
    view! {
        <h1>{ui.results_title}</h1>
        <p class="meta">{ui.finished_on(&format_date(shown.finished_at))}</p>
        <p class="summary">{t().summary_dated(&result, &format_date)}</p>
        {next_first.then(|| view! { <NextStep result=result.clone() id=id.clone() checkup_id=shown.id.clone() /> })}
        <BalanceWheel entries=entries selected=Signal::stored(None) on_select=to_part />
        <p class="hint">{words.wheel_hint}</p>
        {(!next_first).then(|| view! { <NextStep result=result.clone() id=id.clone() checkup_id=shown.id.clone() /> })}
        <h2 id="parts-heading">{words.parts_heading}</h2>
        <Later>
            <BelowTheWheel result=result.clone() id=id.clone() />
        </Later>
    }
}

/// The rest of the overview, below the first screenful.
#[component]
fn BelowTheWheel(result: CheckupResult, id: Option<String>) -> impl IntoView {
    let words = &t().results;
    let view_link = |view: ResultView, label: &'static str| {
        view! { <li><Link href=routes::result(view, id.as_deref())>{label}</Link></li> }
    };
    view! {
        <PartList result=result.clone() id=id.clone() />
        <FiguresTable result=result.clone() />
        <ControlSigns result=result.clone() />
        <nav class="result-links" aria-label=words.more_heading>
            <h2>{words.more_heading}</h2>
            <ul>
                {view_link(ResultView::Plan, words.view_plan)}
                {view_link(ResultView::Share, words.view_share)}
                {view_link(ResultView::History, words.view_history)}
            </ul>
        </nav>
        <ReceivedViews />
        <p class="note">{t().not_a_diagnosis}</p>
    }
}

/// Each part as one line that opens its view.
#[component]
fn PartList(result: CheckupResult, id: Option<String>) -> impl IntoView {
    let control = Naming::of(&result);
    let items = result
        .dimensions
        .into_iter()
        .map(|d| {
            let href = routes::result(ResultView::Part(d.dimension), id.as_deref());
            let side = t().side_given(d.side(), control);
            let concern_class = format!("concern level-{}", d.concern as u8);
            view! {
                <li data-dimension=d.dimension.id()>
                    <Link href=href class="part-link">
                        <span class="part-name">{t().dimension(d.dimension).name}</span>
                        <span class="part-side">{side}</span>
                        <span class=concern_class>{t().concern_brief(d.concern, control)}</span>
                    </Link>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="part-list" aria-labelledby="parts-heading">{items}</ul> }
}

/// The same figures as a table, with the wheel's legend, closed by default.
#[component]
fn FiguresTable(result: CheckupResult) -> impl IntoView {
    let ui = &t().ui;
    let words = &t().results;
    let control = Naming::of(&result);
    let rows = result
        .dimensions
        .iter()
        .map(|d| {
            let fairness = d.fairness.map_or("—", |f| t().fairness(f));
            view! {
                <tr>
                    <th scope="row">{t().dimension(d.dimension).name}</th>
                    <td>{t().side_given(d.side(), control)}</td>
                    <td>{t().signed(d.balance)}</td>
                    <td>{band_words(d, control)}</td>
                    <td>{fairness}</td>
                    <td>{t().concern_given(d.concern, control)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="figures-details">
            <summary>{words.table_caption}</summary>
            <ul class="legend">
                <li><span class="swatch you" aria-hidden="true"></span>{words.legend_you}</li>
                <li><span class="swatch partner" aria-hidden="true"></span>{words.legend_partner}</li>
                <li><span class="swatch level" aria-hidden="true"></span>{t().legend_even(control)}</li>
                <li><span class="swatch unknown" aria-hidden="true"></span>{words.legend_unknown}</li>
            </ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label=words.table_caption>
                <table class="data overview-table">
                    <caption>{words.table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{words.column_part}</th>
                            <th scope="col">{words.column_who}</th>
                            <th scope="col">{ui.balance_label}</th>
                            <th scope="col">{ui.band_label}</th>
                            <th scope="col">{ui.fairness_label}</th>
                            <th scope="col">{ui.concern_label}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
