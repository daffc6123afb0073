//! Chart geometry as pure functions: angles, coordinates and scales, with no
//! browser or Leptos types, so every figure a chart draws is tested natively.
//! The SVG components in `components/charts` only place what these return.

pub mod beam;
pub mod qr;
pub mod scale;
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
        format!("{},{}", round2(self.x), round2(self.y))
    }
}

pub fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
