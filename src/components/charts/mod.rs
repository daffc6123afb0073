//! Thin SVG components: each places what `crate::charts` computes.

mod beam;
mod compare;
mod qr;
mod trend;
mod wheel;

pub use beam::BalanceBeam;
pub use compare::ComparisonChart;
pub use qr::QrCode;
pub use trend::{TrendChart, TrendPoint};
pub use wheel::{BalanceWheel, WheelEntry};

use leptos::prelude::*;

use crate::charts::text::Label;
use crate::checkup::scoring::Side;
use crate::lean::num;

/// A chart label as an SVG `<text>`, placed where `crate::charts` put it.
fn text_label(class: &'static str, label: Label) -> impl IntoView {
    let (x, y, anchor) = (num(label.x()), num(label.y()), label.anchor.svg());
    view! { <text class=class x=x y=y text-anchor=anchor>{label.text}</text> }
}

/// The tilt word a chart exposes in `data-tilt`, for styling and tests.
pub fn tilt_name(balance: Option<i32>) -> &'static str {
    match balance.map(Side::of) {
        Some(Side::You) => "you",
        Some(Side::Partner) => "partner",
        Some(Side::Even) => "level",
        None => "unknown",
    }
}
