//! Sine and cosine of an angle in degrees, without the C library's.

/// Sine and cosine of an angle in degrees. Quarter turns come off exactly,
/// and what is left (at most 45°) goes through short series, accurate to
/// 1e-11: the C library's `sin` and `cos` (behind `f64::sin`, `cos` and
/// `sin_cos`), made for any angle, cost 7 KB of WebAssembly, and a chart's
/// angles never leave a turn or two.
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

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the library's sine is the reference
mod tests {
    use super::sin_cos_deg;

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
