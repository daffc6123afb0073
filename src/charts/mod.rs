//! Chart geometry as pure functions: angles, coordinates and scales, with no
//! browser or Leptos types, so every figure a chart draws is tested natively.
//! The SVG components in `components/charts` only place what these return.
//!
//! Every chart has a [`frame::Frame`]: its plot area and the padding kept
//! for labels, which make its `viewBox`. Every word a chart draws is a
//! [`text::Label`] placed here, and the tests check each label's estimated
//! box lies inside its frame, for the real copy and for longer translations.

pub mod beam;
pub mod compare;
pub mod frame;
pub mod qr;
pub mod scale;
pub mod text;
pub mod trend;
pub mod wheel;

use crate::lean::num;

/// A point in a chart's own SVG coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// Rounded to two decimals, for compact and stable SVG attributes.
    pub fn svg(self) -> String {
        format!("{},{}", num(self.x), num(self.y))
    }
}

pub fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// What the chart tests share: the real words, longer ones for future
/// translations, and the chart fonts as `style/main.css` sets them.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::text::{Font, Weight};
    use crate::checkup::Dimension;
    use crate::copy::english;

    /// Two 20-character names standing in for translations: one that can
    /// wrap at its spaces and one that cannot.
    pub(crate) const LONG: [&str; 2] = ["Hogar y tiempo libre", "Zeitmanagementfragen"];

    /// The six dimension names, in wheel order.
    pub(crate) fn names() -> Vec<&'static str> {
        Dimension::ALL
            .iter()
            .map(|d| english().dimension(*d).name)
            .collect()
    }

    /// The `font-size` (px) and whether the `font-weight` is 600 or more of
    /// the rule for `selector` in `style/main.css`.
    pub(crate) fn css_font(selector: &str) -> Font {
        let css = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"));
        let start = css
            .find(&format!("\n{selector} {{"))
            .unwrap_or_else(|| panic!("no rule for {selector}"));
        let rule = &css[start..];
        let body = &rule[rule.find('{').map_or(0, |i| i + 1)..rule.find('}').unwrap_or(rule.len())];
        let value = |property: &str| {
            body.split(';').find_map(|decl| {
                let (name, value) = decl.split_once(':')?;
                (name.trim() == property).then(|| value.trim().trim_end_matches("px").to_owned())
            })
        };
        let size = value("font-size")
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{selector} has no font-size in px"));
        let weight: u32 = value("font-weight").map_or(400, |v| v.parse().unwrap_or(400));
        Font {
            size,
            weight: if weight >= 600 {
                Weight::Bold
            } else {
                Weight::Regular
            },
        }
    }

    /// Every chart font in the code matches its CSS rule.
    pub(crate) fn assert_css_font(selector: &str, font: Font) {
        assert_eq!(css_font(selector), font, "{selector} in style/main.css");
    }
}
