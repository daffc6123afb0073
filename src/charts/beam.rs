//! The balance beam: a bar on a fulcrum that sinks on the side holding more
//! say. "You" sit on the left, your partner on the right.

/// The steepest tilt, reached at a balance of ±100. Steep enough to read at a
/// glance, shallow enough that the end labels never leave the chart.
pub const MAX_TILT_DEG: f64 = 18.0;

/// Rotation of the beam in SVG degrees (positive turns clockwise on screen).
/// A positive balance (you hold more) sinks the left end, so it turns the beam
/// anticlockwise: the angle is negative. Proportional, and clamped to ±100.
pub fn angle(balance: i32) -> f64 {
    let clamped = f64::from(balance.clamp(-100, 100));
    // Adding zero turns −0 into 0, so a level beam never reads "-0".
    -clamped / 100.0 * MAX_TILT_DEG + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Screen height of the beam's left end (unit length) once rotated by
    /// `degrees` the way SVG does it: positive is below the pivot.
    fn left_end_drop(degrees: f64) -> f64 {
        -degrees.to_radians().sin()
    }

    #[test]
    fn level_at_zero() {
        assert_eq!(angle(0), 0.0);
        assert!(angle(0).is_sign_positive(), "no negative zero");
        assert_eq!(angle(14).abs(), 14.0 / 100.0 * MAX_TILT_DEG);
    }

    #[test]
    fn you_holding_everything_sinks_the_left_end_fully() {
        // Negative SVG rotation is anticlockwise on screen: the left end sinks.
        assert_eq!(angle(100), -MAX_TILT_DEG);
        assert!(left_end_drop(angle(100)) > 0.3);
    }

    #[test]
    fn partner_holding_everything_sinks_the_right_end_fully() {
        assert_eq!(angle(-100), MAX_TILT_DEG);
        assert!(left_end_drop(angle(-100)) < -0.3);
    }

    #[test]
    fn proportional_and_clamped() {
        assert!((angle(50) - angle(100) / 2.0).abs() < 1e-9);
        assert!((angle(-25) + angle(25)).abs() < 1e-9);
        assert_eq!(angle(250), angle(100));
        assert_eq!(angle(i32::MIN), angle(-100));
    }
}
