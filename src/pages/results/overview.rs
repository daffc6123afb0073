use leptos::prelude::*;

use crate::checkup::scoring::{CheckupResult, DimensionScore, Side};
use crate::checkup::Dimension;
use crate::components::charts::{BalanceWheel, WheelEntry};
use crate::copy::results::BySide;
use crate::t;

/// The band's name, or a dash when there were too few answers.
pub fn band_words(score: &DimensionScore) -> &'static str {
    score.band().map_or("—", |b| t().band(b.band))
}

/// The wheel of all six dimensions, its legend, a summary sentence and the
/// same figures as a table.
#[component]
pub fn Overview(
    /// The scored check-up.
    result: CheckupResult,
    /// The dimension whose detail is open.
    #[prop(into)]
    selected: Signal<Option<Dimension>>,
    /// Called when a wedge is chosen.
    on_select: Callback<Dimension>,
) -> impl IntoView {
    let words = &t().results;
    let entries: Vec<WheelEntry> = result
        .dimensions
        .iter()
        .map(|d| WheelEntry {
            dimension: d.dimension,
            balance: d.balance,
            label: format!("{}. {}.", t().side(d.side()), band_words(d)),
        })
        .collect();
    let names_where = |side: Option<Side>| -> Vec<&'static str> {
        result
            .dimensions
            .iter()
            .filter(|d| d.side() == side)
            .map(|d| t().dimension(d.dimension).name)
            .collect()
    };
    let summary = (words.overview_summary)(&BySide {
        you: &names_where(Some(Side::You)),
        partner: &names_where(Some(Side::Partner)),
        even: &names_where(Some(Side::Even)),
        unknown: &names_where(None),
    });
    let rows = result
        .dimensions
        .iter()
        .map(|d| {
            let fairness = d.fairness.map_or("—", |f| t().fairness(f));
            view! {
                <tr>
                    <th scope="row">{t().dimension(d.dimension).name}</th>
                    <td>{t().side(d.side())}</td>
                    <td>{t().signed(d.balance)}</td>
                    <td>{band_words(d)}</td>
                    <td>{fairness}</td>
                    <td>{t().concern(d.concern)}</td>
                </tr>
            }
        })
        .collect_view();
    let ui = &t().ui;
    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{words.overview_heading}</h2>
            <p class="summary">{summary}</p>
            <BalanceWheel entries=entries selected on_select />
            <p class="hint">{words.wheel_hint}</p>
            <ul class="legend">
                <li><span class="swatch you" aria-hidden="true"></span>{words.legend_you}</li>
                <li><span class="swatch partner" aria-hidden="true"></span>{words.legend_partner}</li>
                <li><span class="swatch level" aria-hidden="true"></span>{words.legend_even}</li>
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
        </section>
    }
}
