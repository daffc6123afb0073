use leptos::prelude::*;

use super::text_label as label;
use crate::charts::scale::runs;
use crate::charts::trend::{Panel, TrendLayout, TrendWords, MARK_RADIUS};
use crate::copy::t;
use crate::lean::num;

/// One finished check-up's figures for one dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    /// The check-up's date, as shown to the person.
    pub date: String,
    pub balance: Option<i32>,
    pub fairness: Option<i8>,
}

fn polylines(points: Vec<Option<(f64, f64)>>, class: &'static str) -> impl IntoView {
    let lines = runs(&points)
        .into_iter()
        .map(|run| {
            let d = run
                .iter()
                .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
                .collect::<Vec<_>>()
                .join(" ");
            view! { <polyline class=format!("trend-line {class}") points=d /> }
        })
        .collect_view();
    let marks = points
        .into_iter()
        .flatten()
        .map(|(x, y)| view! { <circle class=format!("trend-mark {class}") cx=num(x) cy=num(y) r=num(MARK_RADIUS) /> })
        .collect_view();
    (lines, marks)
}

/// A panel's title, edge words, box and dashed middle line.
fn panel(p: &Panel) -> impl IntoView {
    let r = p.rect;
    let (left, right, middle) = (num(r.left), num(r.right), num(p.middle_y()));
    view! {
        {label("axis-title", p.title.clone())}
        {label("axis", p.top.clone())}
        {label("axis", p.bottom.clone())}
        <rect class="panel" x=left.clone() y=num(r.top) width=num(r.width()) height=num(r.height()) />
        <line class="zero" x1=left x2=right y1=middle.clone() y2=middle />
    }
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
    let layout = TrendLayout::new(&TrendWords {
        balance_title: words.trend_balance,
        balance_top: words.trend_you_top,
        balance_bottom: words.trend_partner_bottom,
        fairness_title: words.trend_fairness,
        fairness_top: words.trend_unfair_partner_top,
        fairness_bottom: words.trend_unfair_me_bottom,
    });
    let xs = layout.xs(points.len());
    let balance: Vec<_> = points
        .iter()
        .zip(&xs)
        .map(|(p, x)| p.balance.map(|b| (*x, layout.balance_y(b))))
        .collect();
    let fairness: Vec<_> = points
        .iter()
        .zip(&xs)
        .map(|(p, x)| p.fairness.map(|f| (*x, layout.fairness_y(f))))
        .collect();
    view! {
        <svg class="trend" viewBox=layout.frame.view_box_attr() role="img" aria-label=summary>
            {panel(&layout.balance)}
            {polylines(balance, "balance")}
            {panel(&layout.fairness)}
            {polylines(fairness, "fairness")}
        </svg>
    }
}
