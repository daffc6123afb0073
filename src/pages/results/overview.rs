use leptos::prelude::*;

use crate::checkup::scoring::{CheckupResult, DimensionScore};
use crate::checkup::Dimension;
use crate::components::charts::{BalanceWheel, WheelEntry};
use crate::t;

/// The band's name, or a dash when there were too few answers.
pub fn band_words(score: &DimensionScore, control_came_up: bool) -> &'static str {
    score
        .band()
        .map_or("—", |b| t().band_given(b.band, control_came_up))
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
    let control = result.control_came_up();
    let entries: Vec<WheelEntry> = result
        .dimensions
        .iter()
        .map(|d| WheelEntry {
            dimension: d.dimension,
            balance: d.balance,
            label: format!(
                "{}. {}.",
                t().side_given(d.side(), control),
                band_words(d, control)
            ),
            control_came_up: control,
        })
        .collect();
    let summary = t().summary(&result);
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
                {control.then(|| view! { <li><span class="swatch level" aria-hidden="true"></span>{t().safety.legend_even_control}</li> })}
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
