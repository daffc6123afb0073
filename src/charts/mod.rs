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

/// A chart number as SVG text, rounded to two decimals: "12.5", "-3",
/// "0.07". Written with whole-number arithmetic: Rust's float formatting
/// costs 10 KB of WebAssembly, and every chart number fits in this form.
pub fn num(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, part) = (
        hundredths.unsigned_abs() / 100,
        hundredths.unsigned_abs() % 100,
    );
    match part {
        0 => format!("{sign}{whole}"),
        p if p % 10 == 0 => format!("{sign}{whole}.{}", p / 10),
        p => format!("{sign}{whole}.{p:02}"),
    }
}

/// Sine and cosine of an angle in degrees. Quarter turns come off exactly,
/// and what is left (at most 45°) goes through short series, accurate to
/// 1e-11: the C library's versions, made for any angle, cost 7 KB of
/// WebAssembly, and a chart's angles never leave a turn or two.
pub fn sin_cos_deg(degrees: f64) -> (f64, f64) {
    let quarters = (degrees / 90.0).round();
    let x = (degrees - quarters * 90.0).to_radians();
    let x2 = x * x;
    // Taylor series to x^13 and x^12, summed from the smallest term.
    let mut sin = 0.0;
    let mut cos = 0.0;
    for n in (0..7).rev() {
        let (k, j) = (f64::from(2 * n + 2), f64::from(2 * n + 1));
        sin = 1.0 - x2 / (k * (k + 1.0)) * sin;
        cos = 1.0 - x2 / (j * k) * cos;
    }
    let sin = x * sin;
    match (quarters as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
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

#[cfg(test)]
mod tests {
    use super::{num, sin_cos_deg};

    #[test]
    fn chart_numbers_are_written_as_rounded_decimals() {
        for (v, text) in [
            (12.5, "12.5"),
            (-3.0, "-3"),
            (0.07, "0.07"),
            (0.1 + 0.2, "0.3"),
            (-0.004, "0"),
            (-0.456, "-0.46"),
            (1234.999, "1235"),
        ] {
            assert_eq!(num(v), text, "{v}");
        }
    }

    #[test]
    fn sine_and_cosine_match_the_library_on_every_chart_angle() {
        for tenth in -7200..=7200 {
            let degrees = f64::from(tenth) / 10.0;
            let (sin, cos) = sin_cos_deg(degrees);
            let (want_sin, want_cos) = degrees.to_radians().sin_cos();
            assert!(
                (sin - want_sin).abs() < 1e-11,
                "sin {degrees}: {sin} vs {want_sin}"
            );
            assert!(
                (cos - want_cos).abs() < 1e-11,
                "cos {degrees}: {cos} vs {want_cos}"
            );
        }
        assert_eq!(sin_cos_deg(180.0), (0.0, -1.0), "quarter turns are exact");
    }
}
