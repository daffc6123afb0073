use leptos::prelude::*;

use super::{text_label, tilt_name};
use crate::charts::beam::{svg_angle, BEAM};
use crate::copy::t;

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
            data-angle=degrees.to_string()
        >
            <line class="ground" x1=BEAM.ground.0 y1=BEAM.ground_y x2=BEAM.ground.1 y2=BEAM.ground_y />
            <path class="fulcrum" d=BEAM.fulcrum_path() />
            <g transform=format!("translate({} {})", BEAM.pivot.x, BEAM.pivot.y)>
                <g class=arm_class transform=format!("rotate({degrees})")>
                    <rect class="arm" x=arm.left y=arm.top width=arm.width() height=arm.height() rx=arm.height() / 2.0 />
                    <rect class="pan you" x=you.left y=you.top width=you.width() height=you.height() rx="3" />
                    <rect class="pan partner" x=partner.left y=partner.top width=partner.width() height=partner.height() rx="3" />
                </g>
                <circle class="pivot" r=BEAM.pivot_radius />
            </g>
            {labels}
        </svg>
    }
}
