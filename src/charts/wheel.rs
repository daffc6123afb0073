//! The balance wheel: six wedges around a centre, one per dimension, each as
//! long as that dimension's imbalance. Direction is carried by the wedge's
//! pattern and by the words at its rim, never by colour alone.

use super::{round2, Point};

/// Degrees between neighbouring wedges' centres.
pub const STEP_DEG: f64 = 60.0;
/// Space left between wedges, in degrees, so each reads as its own shape.
const GAP_DEG: f64 = 2.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wheel {
    pub center: Point,
    /// Radius of a perfectly even (or unknown) dimension: still visible and tappable.
    pub inner: f64,
    /// Radius at a balance of ±100.
    pub outer: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Angle of the centre of wedge `index`, in SVG degrees: the first points
/// straight up and the rest follow clockwise.
pub fn center_angle(index: usize) -> f64 {
    -90.0 + STEP_DEG * index as f64
}

fn polar(center: Point, radius: f64, angle_deg: f64) -> Point {
    let radians = angle_deg.to_radians();
    Point {
        x: center.x + radius * radians.cos(),
        y: center.y + radius * radians.sin(),
    }
}

impl Wheel {
    /// How far wedge's rim reaches for a balance; unknown counts as even.
    pub fn radius(&self, balance: Option<i32>) -> f64 {
        let magnitude = f64::from(balance.unwrap_or(0).clamp(-100, 100).unsigned_abs());
        self.inner + (self.outer - self.inner) * magnitude / 100.0
    }

    /// The SVG path of wedge `index` reaching out to `radius`.
    pub fn wedge_path(&self, index: usize, radius: f64) -> String {
        let middle = center_angle(index);
        let half = STEP_DEG / 2.0 - GAP_DEG / 2.0;
        let from = polar(self.center, radius, middle - half);
        let to = polar(self.center, radius, middle + half);
        let r = round2(radius);
        format!(
            "M{} L{} A{r},{r} 0 0 1 {} Z",
            self.center.svg(),
            from.svg(),
            to.svg()
        )
    }

    /// Where the label of wedge `index` goes, just outside the full radius,
    /// and which way its text should run so it stays clear of the wheel.
    pub fn label(&self, index: usize, offset: f64) -> (Point, Anchor) {
        let angle = center_angle(index);
        let point = polar(self.center, self.outer + offset, angle);
        let cos = angle.to_radians().cos();
        let anchor = if cos > 0.3 {
            Anchor::Start
        } else if cos < -0.3 {
            Anchor::End
        } else {
            Anchor::Middle
        };
        (point, anchor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHEEL: Wheel = Wheel {
        center: Point { x: 0.0, y: 0.0 },
        inner: 20.0,
        outer: 100.0,
    };

    #[test]
    fn radius_grows_with_imbalance_either_way() {
        assert_eq!(WHEEL.radius(Some(0)), 20.0);
        assert_eq!(WHEEL.radius(None), 20.0);
        assert_eq!(WHEEL.radius(Some(100)), 100.0);
        assert_eq!(WHEEL.radius(Some(-100)), 100.0);
        assert_eq!(WHEEL.radius(Some(50)), 60.0);
        assert_eq!(WHEEL.radius(Some(i32::MIN)), 100.0);
    }

    #[test]
    fn wedges_go_round_clockwise_from_the_top() {
        assert_eq!(center_angle(0), -90.0);
        assert_eq!(center_angle(3), 90.0);
        let (top, anchor) = WHEEL.label(0, 10.0);
        assert!((top.x).abs() < 1e-9 && (top.y + 110.0).abs() < 1e-9);
        assert_eq!(anchor, Anchor::Middle);
        assert_eq!(WHEEL.label(1, 10.0).1, Anchor::Start);
        assert_eq!(WHEEL.label(4, 10.0).1, Anchor::End);
        assert_eq!(WHEEL.label(3, 10.0).1, Anchor::Middle);
    }

    #[test]
    fn wedge_path_starts_at_the_centre_and_reaches_its_radius() {
        let path = WHEEL.wedge_path(0, 100.0);
        assert!(path.starts_with("M0,0 L"), "{path}");
        assert!(path.contains("A100,100 0 0 1"), "{path}");
        // The first wedge's arc ends right of the vertical and above the centre.
        let end = path.split(' ').rev().nth(1).unwrap_or_default();
        let (x, y) = end.split_once(',').unwrap_or_default();
        let (x, y): (f64, f64) = (x.parse().unwrap_or(0.0), y.parse().unwrap_or(0.0));
        assert!(x > 0.0 && y < 0.0, "{end}");
        assert!(((x * x + y * y).sqrt() - 100.0).abs() < 0.05);
    }
}
