use leptos::prelude::*;

use crate::charts::round2;
use crate::charts::scale::{linear, runs, spread};
use crate::t;

/// One finished check-up's figures for one dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    /// The check-up's date, as shown to the person.
    pub date: String,
    pub balance: Option<i32>,
    pub fairness: Option<i8>,
}

const LEFT: f64 = 104.0;
const RIGHT: f64 = 290.0;
const BALANCE_Y: (f64, f64) = (24.0, 100.0);
const FAIRNESS_Y: (f64, f64) = (136.0, 186.0);

fn polylines(points: Vec<Option<(f64, f64)>>, class: &'static str) -> impl IntoView {
    let lines = runs(&points)
        .into_iter()
        .map(|run| {
            let d = run
                .iter()
                .map(|(x, y)| format!("{},{}", round2(*x), round2(*y)))
                .collect::<Vec<_>>()
                .join(" ");
            view! { <polyline class=format!("trend-line {class}") points=d /> }
        })
        .collect_view();
    let marks = points
        .into_iter()
        .flatten()
        .map(|(x, y)| view! { <circle class=format!("trend-mark {class}") cx=round2(x) cy=round2(y) r="4" /> })
        .collect_view();
    (lines, marks)
}

/// How one dimension's balance (top) and felt fairness (bottom) moved across
/// check-ups, oldest on the left.
#[component]
pub fn TrendChart(
    /// The check-ups, oldest first.
    points: Vec<TrendPoint>,
    /// What the chart shows, in words, for screen readers.
    summary: String,
) -> impl IntoView {
    let words = &t().results;
    let xs = spread(points.len(), LEFT + 8.0, RIGHT - 8.0);
    let balance: Vec<_> = points
        .iter()
        .zip(&xs)
        .map(|(p, x)| {
            p.balance.map(|b| {
                (
                    *x,
                    linear(f64::from(b), (-100.0, 100.0), (BALANCE_Y.1, BALANCE_Y.0)),
                )
            })
        })
        .collect();
    let fairness: Vec<_> = points
        .iter()
        .zip(&xs)
        .map(|(p, x)| {
            p.fairness.map(|f| {
                (
                    *x,
                    linear(f64::from(f), (-2.0, 2.0), (FAIRNESS_Y.1, FAIRNESS_Y.0)),
                )
            })
        })
        .collect();
    let mid = |(top, bottom): (f64, f64)| (top + bottom) / 2.0;
    view! {
        <svg class="trend" viewBox="0 0 300 194" role="img" aria-label=summary>
            <text class="axis-title" x=LEFT y=BALANCE_Y.0 - 8.0>{words.trend_balance}</text>
            <text class="axis" x=LEFT - 4.0 y=BALANCE_Y.0 + 4.0 text-anchor="end">{words.trend_you_top}</text>
            <text class="axis" x=LEFT - 4.0 y=BALANCE_Y.1 + 4.0 text-anchor="end">{words.trend_partner_bottom}</text>
            <rect class="panel" x=LEFT y=BALANCE_Y.0 width=RIGHT - LEFT height=BALANCE_Y.1 - BALANCE_Y.0 />
            <line class="zero" x1=LEFT x2=RIGHT y1=mid(BALANCE_Y) y2=mid(BALANCE_Y) />
            {polylines(balance, "balance")}
            <text class="axis-title" x=LEFT y=FAIRNESS_Y.0 - 8.0>{words.trend_fairness}</text>
            <text class="axis" x=LEFT - 4.0 y=FAIRNESS_Y.0 + 4.0 text-anchor="end">{words.trend_unfair_partner_top}</text>
            <text class="axis" x=LEFT - 4.0 y=FAIRNESS_Y.1 + 4.0 text-anchor="end">{words.trend_unfair_me_bottom}</text>
            <rect class="panel" x=LEFT y=FAIRNESS_Y.0 width=RIGHT - LEFT height=FAIRNESS_Y.1 - FAIRNESS_Y.0 />
            <line class="zero" x1=LEFT x2=RIGHT y1=mid(FAIRNESS_Y) y2=mid(FAIRNESS_Y) />
            {polylines(fairness, "fairness")}
        </svg>
    }
}
