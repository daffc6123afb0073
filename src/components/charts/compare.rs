use leptos::prelude::*;

use crate::charts::round2;
use crate::charts::scale::linear;
use crate::t;

const LEFT: f64 = 24.0;
const RIGHT: f64 = 276.0;
const AXIS_Y: f64 = 34.0;

/// Both partners' views of one dimension on one line, in the reader's frame:
/// toward the left the reader holds more, toward the right their partner.
#[component]
pub fn ComparisonChart(
    /// The reader's balance, −100…+100, positive when the reader holds more.
    mine: Option<i32>,
    /// The partner's balance mirrored into the reader's frame.
    theirs: Option<i32>,
    /// What the chart shows, in words, for screen readers.
    summary: String,
) -> impl IntoView {
    let words = &t().share;
    let x = |b: i32| round2(linear(f64::from(b), (100.0, -100.0), (LEFT, RIGHT)));
    let gap_line = mine.zip(theirs).map(|(a, b)| {
        view! { <line class="gap-line" x1=x(a) x2=x(b) y1=AXIS_Y y2=AXIS_Y /> }
    });
    let mine_mark = mine.map(|b| {
        let cx = x(b);
        view! {
            <circle class="mark mine" cx=cx cy=AXIS_Y - 10.0 r="7" />
            <text class="mark-label" x=cx y=AXIS_Y - 22.0 text-anchor="middle">{words.marker_you}</text>
        }
    });
    let theirs_mark = theirs.map(|b| {
        let cx = x(b);
        view! {
            <path class="mark theirs" d=format!("M{cx},{} l8,8 l-8,8 l-8,-8 z", AXIS_Y + 2.0) />
            <text class="mark-label" x=cx y=AXIS_Y + 32.0 text-anchor="middle">{words.marker_them}</text>
        }
    });
    view! {
        <svg
            class="comparison"
            viewBox="0 0 300 88"
            role="img"
            aria-label=summary
            data-mine=mine.map_or("none".to_owned(), |b| b.to_string())
            data-theirs=theirs.map_or("none".to_owned(), |b| b.to_string())
        >
            <line class="axis" x1=LEFT x2=RIGHT y1=AXIS_Y y2=AXIS_Y />
            <line class="centre" x1="150" x2="150" y1=AXIS_Y - 6.0 y2=AXIS_Y + 6.0 />
            {gap_line}
            {mine_mark}
            {theirs_mark}
            <text class="end-label" x=LEFT y="84" text-anchor="start">{t().results.beam_you}</text>
            <text class="end-label" x=RIGHT y="84" text-anchor="end">{t().results.beam_partner}</text>
        </svg>
    }
}
