use leptos::prelude::*;

use super::{BackToOverview, WithResult};
use crate::browser::format_date;
use crate::checkup::saved::SavedData;
use crate::checkup::trend::{enough_to_draw, signs_grew, TrendEntry};
use crate::checkup::Dimension;
use crate::components::charts::{TrendChart, TrendPoint};
use crate::components::{shown_or, shown_when, CheckupLinks, ConfirmButton};
use crate::copy::t;
use crate::location::{self, Link};
use crate::routes;
use crate::state::AppState;

/// Every check-up, how each part has changed across them, and what can be
/// done with the one on show.
#[component]
pub fn ResultHistory() -> impl IntoView {
    view! {
        <section class="page results history-view">
            <WithResult view_of=|shown| view! {
                <BackToOverview shown=shown.clone() />
                <h1>{t().results.other_checkups}</h1>
                <CheckupLinks />
                <Trends />
                <CheckupActions id=shown.id />
            } />
        </section>
    }
}

/// Each part's trend across finished check-ups, once there are two.
pub fn use_trends() -> Memo<Vec<(Dimension, Vec<TrendEntry>)>> {
    let state = AppState::get();
    Memo::new(move |_| state.data.with(SavedData::trends))
}

/// One part's trend: a chart, its words, and the figures as a table.
#[component]
pub fn TrendFigure(
    /// The part.
    dimension: Dimension,
    /// Its figures, oldest first.
    entries: Vec<TrendEntry>,
) -> impl IntoView {
    let words = &t().results;
    let name = t().dimension(dimension).name;
    let points: Vec<TrendPoint> = entries
        .iter()
        .map(|e| TrendPoint {
            date: format_date(e.finished_at),
            balance: e.balance,
            fairness: e.fairness,
        })
        .collect();
    let summary = t().trend_summary(
        name,
        entries.first().and_then(|e| e.balance),
        entries.last().and_then(|e| e.balance),
        entries.len(),
    );
    let rows = points
        .iter()
        .zip(&entries)
        .map(|(p, e)| {
            let fairness = p.fairness.map_or("—", |f| t().fairness(f));
            // Where control came up, and where it grew: a balance line alone
            // can look like improvement while threats begin.
            let control = match (e.control_came_up, e.signs_grew) {
                (true, true) => words.trend_grew,
                (true, false) => words.trend_control,
                _ => "—",
            };
            let class = if e.control_came_up {
                "control-came-up"
            } else {
                ""
            };
            view! {
                <tr class=class>
                    <th scope="row">{p.date.clone()}</th>
                    <td>{t().signed(p.balance)}</td>
                    <td>{fairness}</td>
                    <td>{control}</td>
                </tr>
            }
        })
        .collect_view();
    let grew: Vec<String> = signs_grew(&entries).into_iter().map(format_date).collect();
    view! {
        <figure class="trend-figure" data-dimension=dimension.id()>
            <figcaption>{words.trend_label(name)}</figcaption>
            <TrendChart points summary=summary.clone() />
            <p class="visually-hidden">{summary}</p>
            {(!grew.is_empty()).then(|| view! { <p class="notice signs-grew">{words.signs_grew(&t().list_of(&grew))}</p> })}
            <details>
                <summary>{words.show_table}</summary>
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{words.column_checkup}</th>
                            <th scope="col">{t().ui.balance_label}</th>
                            <th scope="col">{t().ui.fairness_label}</th>
                            <th scope="col">{words.column_control}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

/// A trend per part, for the history view.
#[component]
fn Trends() -> impl IntoView {
    let words = &t().results;
    let all = use_trends();
    let asked_differently =
        move || all.with(|a| a.iter().flat_map(|(_, e)| e).any(|e| !e.same_questions));
    let charts = move || {
        all.get()
            .into_iter()
            .map(|(dimension, entries)| view! { <TrendFigure dimension entries /> })
            .collect_view()
    };
    view! {
        <section class="trends" aria-labelledby="trends-heading">
            <h2 id="trends-heading">{words.trends_heading}</h2>
            {shown_or(
                move || all.with(|a| enough_to_draw(a)),
                move || view! {
                    {shown_when(asked_differently, move || view! {
                        <p class="note">{words.trends_asked_differently}</p>
                    })}
                    <div class="trend-grid">{charts}</div>
                },
                move || view! { <p class="note">{words.trends_need_two}</p> },
            )}
        </section>
    }
}

/// One part's trend, for its own view.
#[component]
pub fn PartTrend(
    /// The part.
    dimension: Dimension,
) -> impl IntoView {
    let words = &t().results;
    let all = use_trends();
    move || {
        all.with(|a| {
            let entries = a
                .iter()
                .find(|(d, _)| *d == dimension)
                .map(|(_, e)| e.clone());
            match entries.filter(|_| enough_to_draw(a)) {
                Some(entries) => view! { <TrendFigure dimension entries /> }.into_any(),
                None => view! { <p class="note">{words.trends_need_two}</p> }.into_any(),
            }
        })
    }
}

/// What can be done with the check-up on show: a new one, print, delete.
#[component]
fn CheckupActions(
    /// The id of the check-up on show.
    id: String,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().results;
    let go = location::use_go();
    let delete = Callback::new(move |()| {
        let id = id.clone();
        state.change(move |d| {
            d.delete_checkup(&id);
        });
        go(&routes::results_after_delete());
    });
    let print = |_| {
        let _ = window().print();
    };
    view! {
        <section class="checkup-actions" aria-label=words.other_checkups>
            <div class="actions">
                <Link href=routes::check_up() class="button primary">{t().ui.new_checkup}</Link>
                <button type="button" class="button secondary" on:click=print>{words.print}</button>
                <ConfirmButton
                    label=words.delete_checkup
                    question=words.delete_confirm
                    confirm_label=words.yes_delete
                    on_confirm=delete
                    class="danger"
                />
            </div>
        </section>
    }
}
