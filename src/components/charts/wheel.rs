use leptos::prelude::*;

use super::tilt_name;
use crate::charts::wheel::Wheel;
use crate::charts::Point;
use crate::checkup::scoring::Side;
use crate::checkup::Dimension;
use crate::t;

const WHEEL: Wheel = Wheel {
    center: Point { x: 0.0, y: 0.0 },
    inner: 18.0,
    outer: 90.0,
};

/// One wedge of the wheel.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelEntry {
    pub dimension: Dimension,
    pub balance: Option<i32>,
    /// What the wedge shows, in words; its accessible name adds the visible labels.
    pub label: String,
    /// Signs of a partner's control came up: "even" is only even in say.
    pub control_came_up: bool,
}

/// All six dimensions as wedges around a centre; each wedge is a button.
#[component]
pub fn BalanceWheel(
    /// The six wedges, in `Dimension::ALL` order.
    #[prop(into)]
    entries: Signal<Vec<WheelEntry>>,
    /// The dimension whose detail is open, if any.
    #[prop(into)]
    selected: Signal<Option<Dimension>>,
    /// Called when a wedge is chosen by tap, click, Enter or Space.
    on_select: Callback<Dimension>,
) -> impl IntoView {
    let words = &t().results;
    let wedge = move |index: usize, entry: WheelEntry| {
        let dimension = entry.dimension;
        let tilt = tilt_name(entry.balance);
        let rim = match entry.balance.map(Side::of) {
            Some(Side::You) => words.rim_you,
            Some(Side::Partner) => words.rim_partner,
            Some(Side::Even) if entry.control_came_up => t().safety.rim_even_control,
            Some(Side::Even) => words.rim_even,
            None => words.rim_unknown,
        };
        let (at, anchor) = WHEEL.label(index, 12.0);
        // Top labels grow upward, bottom ones downward, side ones sit centred.
        let name_y = match index {
            0 => at.y - 18.0,
            3 => at.y + 8.0,
            _ => at.y - 4.0,
        };
        view! {
            <g
                class="wedge"
                role="button"
                tabindex="0"
                data-dimension=dimension.id()
                data-tilt=tilt
                aria-labelledby=format!("wheel-label-{0} wheel-desc-{0}", dimension.id())
                aria-pressed=move || (selected.get() == Some(dimension)).to_string()
                on:click=move |_| on_select.run(dimension)
                on:keydown=move |ev| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        on_select.run(dimension);
                    }
                }
            >
                <desc id=format!("wheel-desc-{}", dimension.id())>{entry.label}</desc>
                <path class="hit" d=WHEEL.wedge_path(index, WHEEL.outer) />
                <path class=format!("fill {tilt}") d=WHEEL.wedge_path(index, WHEEL.radius(entry.balance)) />
                <text id=format!("wheel-label-{}", dimension.id()) x=at.x y=name_y text-anchor=anchor.svg()>
                    <tspan class="wheel-name">{t().dimension(dimension).name}</tspan>
                    " "
                    <tspan class="wheel-rim" x=at.x dy="15">{rim}</tspan>
                </text>
            </g>
        }
    };
    view! {
        <svg class="wheel" viewBox="-200 -134 400 268" role="group" aria-label=words.wheel_label>
            <defs>
                <pattern id="stripes" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                    <rect class="stripe" width="3.5" height="7" />
                </pattern>
            </defs>
            <circle class="rim" r=WHEEL.outer />
            <circle class="rim" r=(WHEEL.inner + WHEEL.outer) / 2.0 />
            {move || entries.get().into_iter().enumerate().map(|(i, e)| wedge(i, e)).collect_view()}
        </svg>
    }
}
