use leptos::prelude::*;

use super::{text_label, tilt_name};
use crate::charts::beam::{svg_angle, BEAM};
use crate::copy::t;
use crate::lean::num;

/// A beam on a fulcrum that sinks on the side holding more say: you on the
/// left, your partner on the right.
#[component]
pub fn BalanceBeam(
    /// Balance from −100 (your partner) to +100 (you); `None` draws a level, dashed beam.
    balance: Option<i32>,
    /// What the beam shows, in words, for screen readers.
    summary: String,
    /// Label for the left end ("You").
    #[prop(default = t().results.beam_you)]
    left_label: &'static str,
    /// Label for the right end ("Your partner").
    #[prop(default = t().results.beam_partner)]
    right_label: &'static str,
) -> impl IntoView {
    let degrees = svg_angle(balance);
    let layout = BEAM.layout(left_label, right_label);
    let arm = BEAM.arm();
    let [you, partner] = BEAM.pans();
    let arm_class = if balance.is_some() {
        "beam-arm"
    } else {
        "beam-arm unknown"
    };
    let labels = layout
        .labels
        .into_iter()
        .map(|l| text_label("end-label", l))
        .collect_view();
    view! {
        <svg
            class="beam"
            viewBox=layout.frame.view_box_attr()
            role="img"
            aria-label=summary
            data-tilt=tilt_name(balance)
            data-angle=num(degrees)
        >
            <line class="ground" x1=num(BEAM.ground.0) y1=num(BEAM.ground_y) x2=num(BEAM.ground.1) y2=num(BEAM.ground_y) />
            <path class="fulcrum" d=BEAM.fulcrum_path() />
            <g transform=format!("translate({} {})", num(BEAM.pivot.x), num(BEAM.pivot.y))>
                <g class=arm_class transform=format!("rotate({})", num(degrees))>
                    <rect class="arm" x=num(arm.left) y=num(arm.top) width=num(arm.width()) height=num(arm.height()) rx=num(arm.height() / 2.0) />
                    <rect class="pan you" x=num(you.left) y=num(you.top) width=num(you.width()) height=num(you.height()) rx="3" />
                    <rect class="pan partner" x=num(partner.left) y=num(partner.top) width=num(partner.width()) height=num(partner.height()) rx="3" />
                </g>
                <circle class="pivot" r=num(BEAM.pivot_radius) />
            </g>
            {labels}
        </svg>
    }
}
