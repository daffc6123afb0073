use leptos::prelude::*;

use super::text_label as label;
use crate::charts::compare::{ComparisonLayout, ComparisonWords, MINE_RADIUS, SCALE, TICK};
use crate::copy::t;
use crate::lean::num;

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
    let words = ComparisonWords {
        mine: t().share.marker_you,
        theirs: t().share.marker_them,
        left: t().results.beam_you,
        right: t().results.beam_partner,
    };
    let layout = ComparisonLayout::new(mine, theirs, words);
    let axis_y = num(layout.axis_y);
    let middle = num((SCALE.0 + SCALE.1) / 2.0);
    let gap_line = layout.mine.as_ref().zip(layout.theirs.as_ref()).map(|(a, b)| {
        let y = axis_y.clone();
        view! { <line class="gap-line" x1=num(a.centre.x) x2=num(b.centre.x) y1=y.clone() y2=y /> }
    });
    let mine_mark = layout.mine.clone().map(|m| {
        view! {
            <circle class="mark mine" cx=num(m.centre.x) cy=num(m.centre.y) r=num(MINE_RADIUS) />
            {label("mark-label", m.label)}
        }
    });
    let theirs_mark = layout.theirs.clone().map(|m| {
        view! {
            <path class="mark theirs" d=ComparisonLayout::diamond_path(m.centre) />
            {label("mark-label", m.label)}
        }
    });
    let [left, right] = layout.ends;
    view! {
        <svg
            class="comparison"
            viewBox=layout.frame.view_box_attr()
            role="img"
            aria-label=summary
            data-mine=mine.map_or("none".to_owned(), |b| b.to_string())
            data-theirs=theirs.map_or("none".to_owned(), |b| b.to_string())
        >
            <line class="axis" x1=num(SCALE.0) x2=num(SCALE.1) y1=axis_y.clone() y2=axis_y />
            <line class="centre" x1=middle.clone() x2=middle y1=num(layout.axis_y - TICK) y2=num(layout.axis_y + TICK) />
            {gap_line}
            {mine_mark}
            {theirs_mark}
            {label("end-label", left)}
            {label("end-label", right)}
        </svg>
    }
}
