//! Linear scales for the trend and comparison charts.

/// Maps `value` from `domain` onto `range`, clamping to the domain so a stray
/// value never draws outside the chart.
pub fn linear(value: f64, domain: (f64, f64), range: (f64, f64)) -> f64 {
    let (d0, d1) = domain;
    if (d1 - d0).abs() < f64::EPSILON {
        return (range.0 + range.1) / 2.0;
    }
    let t = ((value - d0) / (d1 - d0)).clamp(0.0, 1.0);
    range.0 + t * (range.1 - range.0)
}

/// Horizontal positions for `count` evenly spaced check-ups between `left`
/// and `right`; a single one sits in the middle.
pub fn spread(count: usize, left: f64, right: f64) -> Vec<f64> {
    match count {
        0 => Vec::new(),
        1 => vec![(left + right) / 2.0],
        n => (0..n)
            .map(|i| left + (right - left) * i as f64 / (n - 1) as f64)
            .collect(),
    }
}

/// The runs of consecutive known values, as point lists: a line is drawn
/// through each run and a gap is left where a check-up had no value.
pub fn runs(points: &[Option<(f64, f64)>]) -> Vec<Vec<(f64, f64)>> {
    let mut all = Vec::new();
    let mut current = Vec::new();
    for point in points {
        match point {
            Some(p) => current.push(*p),
            None if !current.is_empty() => all.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        all.push(current);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_maps_ends_middle_and_clamps() {
        let (domain, range) = ((-100.0, 100.0), (90.0, 10.0));
        assert_eq!(linear(-100.0, domain, range), 90.0);
        assert_eq!(linear(100.0, domain, range), 10.0);
        assert_eq!(linear(0.0, domain, range), 50.0);
        assert_eq!(linear(400.0, domain, range), 10.0);
        assert_eq!(linear(-400.0, domain, range), 90.0);
        assert_eq!(linear(5.0, (3.0, 3.0), (0.0, 10.0)), 5.0);
    }

    #[test]
    fn spread_covers_the_width() {
        assert!(spread(0, 0.0, 10.0).is_empty());
        assert_eq!(spread(1, 0.0, 10.0), vec![5.0]);
        assert_eq!(spread(3, 0.0, 10.0), vec![0.0, 5.0, 10.0]);
    }

    #[test]
    fn runs_break_at_missing_values() {
        let pts = [
            Some((0.0, 1.0)),
            None,
            None,
            Some((2.0, 3.0)),
            Some((3.0, 4.0)),
            None,
        ];
        assert_eq!(
            runs(&pts),
            vec![vec![(0.0, 1.0)], vec![(2.0, 3.0), (3.0, 4.0)]]
        );
        assert!(runs(&[None, None]).is_empty());
    }
}
