use leptos::prelude::*;

use crate::browser::format_date;
use crate::checkup::trend::trends;
use crate::components::charts::{TrendChart, TrendPoint};
use crate::components::{CheckupLinks, ConfirmButton};
use crate::routes::{self, Link};
use crate::state::AppState;
use crate::t;

/// A trend chart per dimension once there are two finished check-ups.
#[component]
pub fn Trends() -> impl IntoView {
    let state = AppState::get();
    let words = &t().results;
    let all = Memo::new(move |_| state.data.with(|d| trends(&d.history)));
    let enough = move || all.with(|a| a.first().is_some_and(|(_, e)| e.len() >= 2));
    let asked_differently =
        move || all.with(|a| a.iter().flat_map(|(_, e)| e).any(|e| !e.same_questions));
    let charts = move || {
        all.get()
            .into_iter()
            .map(|(dimension, entries)| {
                let name = t().dimension(dimension).name;
                let points: Vec<TrendPoint> = entries
                    .iter()
                    .map(|e| TrendPoint {
                        date: format_date(e.finished_at),
                        balance: e.balance,
                        fairness: e.fairness,
                    })
                    .collect();
                let summary = (words.trend_summary)(
                    name,
                    entries.first().and_then(|e| e.balance),
                    entries.last().and_then(|e| e.balance),
                    entries.len(),
                );
                let rows = points
                    .iter()
                    .map(|p| {
                        let fairness = p.fairness.map_or("—", |f| t().fairness(f));
                        view! {
                            <tr>
                                <th scope="row">{p.date.clone()}</th>
                                <td>{t().signed(p.balance)}</td>
                                <td>{fairness}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <figure class="trend-figure" data-dimension=dimension.id()>
                        <figcaption>{(words.trend_label)(name)}</figcaption>
                        <TrendChart points summary=summary.clone() />
                        <p class="visually-hidden">{summary}</p>
                        <details>
                            <summary>{words.show_table}</summary>
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th scope="col">{words.column_checkup}</th>
                                        <th scope="col">{t().ui.balance_label}</th>
                                        <th scope="col">{t().ui.fairness_label}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </details>
                    </figure>
                }
            })
            .collect_view()
    };
    view! {
        <section class="trends" aria-labelledby="trends-heading">
            <h2 id="trends-heading">{words.trends_heading}</h2>
            <Show when=enough fallback=move || view! { <p class="note">{words.trends_need_two}</p> }>
                <Show when=asked_differently>
                    <p class="note">{words.trends_asked_differently}</p>
                </Show>
                <div class="trend-grid">{charts}</div>
            </Show>
        </section>
    }
}

/// What can be done with the check-up on show: a new one, print, delete,
/// and the way to the others.
#[component]
pub fn CheckupActions(
    /// The id of the check-up on show.
    id: String,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().results;
    let go = routes::use_go();
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
        <section class="checkup-actions" aria-labelledby="other-heading">
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
            <h2 id="other-heading">{words.other_checkups}</h2>
            <CheckupLinks />
        </section>
    }
}
