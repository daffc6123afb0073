use leptos::prelude::*;

use super::tilt_name;
use crate::charts::beam::angle;
use crate::charts::{round2, Point};
use crate::t;

const PIVOT: Point = Point { x: 150.0, y: 52.0 };
const HALF_LENGTH: f64 = 118.0;

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
    let degrees = round2(angle(balance.unwrap_or(0)));
    // The pans sit on the arm's ends, so they follow its tilt.
    let pan_x = HALF_LENGTH - 12.0;
    let arm_class = if balance.is_some() {
        "beam-arm"
    } else {
        "beam-arm unknown"
    };
    view! {
        <svg
            class="beam"
            viewBox="0 0 300 118"
            role="img"
            aria-label=summary
            data-tilt=tilt_name(balance)
            data-angle=degrees.to_string()
        >
            <line class="ground" x1="20" y1="104" x2="280" y2="104" />
            <path class="fulcrum" d=format!("M{} L128,104 L172,104 Z", PIVOT.svg()) />
            <g transform=format!("translate({} {})", PIVOT.x, PIVOT.y)>
                <g class=arm_class transform=format!("rotate({degrees})")>
                    <rect class="arm" x=-HALF_LENGTH y="-4" width=HALF_LENGTH * 2.0 height="8" rx="4" />
                    <rect class="pan you" x=-pan_x - 14.0 y="-22" width="28" height="18" rx="3" />
                    <rect class="pan partner" x=pan_x - 14.0 y="-22" width="28" height="18" rx="3" />
                </g>
                <circle class="pivot" r="5" />
            </g>
            <text class="end-label" x="20" y="98" text-anchor="start">{left_label}</text>
            <text class="end-label" x="280" y="98" text-anchor="end">{right_label}</text>
        </svg>
    }
}
