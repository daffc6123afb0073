use leptos::prelude::*;

use super::tilt_name;
use crate::charts::text::Label;
use crate::charts::wheel::WHEEL;
use crate::checkup::scoring::Side;
use crate::checkup::Dimension;
use crate::copy::t;
use crate::lean::num;

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

/// One line of a wedge's label.
fn line(class: &'static str, label: Label) -> impl IntoView {
    let (x, y) = (num(label.x()), num(label.y()));
    view! { <tspan class=class x=x y=y>{label.text}</tspan> }
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
    // Every rim word a wedge may show, so the frame holds whichever it does.
    let rims = [
        words.rim_you,
        words.rim_partner,
        words.rim_even,
        words.rim_unknown,
        t().safety.rim_even_control,
    ];
    let view_box = move || {
        let names: Vec<&str> = entries
            .get()
            .iter()
            .map(|e| t().dimension(e.dimension).name)
            .collect();
        WHEEL.frame(&names, &rims).view_box_attr()
    };
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
        let block = WHEEL.label_block(index, t().dimension(dimension).name, rim);
        let first = block.name.first().unwrap_or(&block.rim);
        let (x, y, anchor) = (num(first.x()), num(first.y()), first.anchor.svg());
        let name = block
            .name
            .into_iter()
            .map(|l| line("wheel-name", l))
            .collect_view();
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
                <text id=format!("wheel-label-{}", dimension.id()) x=x y=y text-anchor=anchor>
                    {name}
                    {line("wheel-rim", block.rim)}
                </text>
            </g>
        }
    };
    view! {
        <svg class="wheel" viewBox=view_box role="group" aria-label=words.wheel_label>
            <defs>
                <pattern id="stripes" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                    <rect class="stripe" width="3.5" height="7" />
                </pattern>
            </defs>
            <circle class="rim" cx=num(WHEEL.center.x) cy=num(WHEEL.center.y) r=num(WHEEL.outer) />
            <circle class="rim" cx=num(WHEEL.center.x) cy=num(WHEEL.center.y) r=num((WHEEL.inner + WHEEL.outer) / 2.0) />
            {move || entries.get().into_iter().enumerate().map(|(i, e)| wedge(i, e)).collect_view()}
        </svg>
    }
}
