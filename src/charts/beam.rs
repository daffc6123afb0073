//! The balance beam: a bar on a fulcrum that sinks on the side holding more
//! say. "You" sit on the left, your partner on the right.

use super::Point;

/// The steepest tilt, reached at a balance of ±100. Steep enough to read at a
/// glance, shallow enough that the end labels never leave the chart.
pub const MAX_TILT_DEG: f64 = 18.0;

/// Rotation of the beam in SVG degrees (positive turns clockwise on screen).
/// A positive balance (you hold more) sinks the left end, so it turns the beam
/// anticlockwise: the angle is negative. Proportional, and clamped to ±100.
pub fn angle(balance: i32) -> f64 {
    let clamped = f64::from(balance.clamp(-100, 100));
    -clamped / 100.0 * MAX_TILT_DEG
}

/// Where the two ends of a beam of `half_length`, pivoting on `pivot`, lie
/// once turned by `angle_deg`: (left end, right end).
pub fn ends(pivot: Point, half_length: f64, angle_deg: f64) -> (Point, Point) {
    let radians = angle_deg.to_radians();
    let (dx, dy) = (half_length * radians.cos(), half_length * radians.sin());
    (
        Point {
            x: pivot.x - dx,
            y: pivot.y - dy,
        },
        Point {
            x: pivot.x + dx,
            y: pivot.y + dy,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PIVOT: Point = Point { x: 100.0, y: 50.0 };

    #[test]
    fn level_at_zero() {
        assert_eq!(angle(0), 0.0);
        let (left, right) = ends(PIVOT, 80.0, angle(0));
        assert_eq!((left.y, right.y), (50.0, 50.0));
        assert_eq!((left.x, right.x), (20.0, 180.0));
    }

    #[test]
    fn you_holding_everything_sinks_the_left_end_fully() {
        assert_eq!(angle(100), -MAX_TILT_DEG);
        let (left, right) = ends(PIVOT, 80.0, angle(100));
        assert!(left.y > PIVOT.y, "your end goes down");
        assert!(right.y < PIVOT.y, "your partner's end goes up");
    }

    #[test]
    fn partner_holding_everything_sinks_the_right_end_fully() {
        assert_eq!(angle(-100), MAX_TILT_DEG);
        let (left, right) = ends(PIVOT, 80.0, angle(-100));
        assert!(right.y > PIVOT.y && left.y < PIVOT.y);
    }

    #[test]
    fn proportional_and_clamped() {
        assert!((angle(50) - angle(100) / 2.0).abs() < 1e-9);
        assert!((angle(-25) + angle(25)).abs() < 1e-9);
        assert_eq!(angle(250), angle(100));
        assert_eq!(angle(i32::MIN), angle(-100));
    }

    #[test]
    fn ends_keep_the_beam_length() {
        for balance in [-100, -37, 0, 12, 100] {
            let (l, r) = ends(PIVOT, 80.0, angle(balance));
            let length = ((r.x - l.x).powi(2) + (r.y - l.y).powi(2)).sqrt();
            assert!((length - 160.0).abs() < 1e-9);
        }
    }
}
