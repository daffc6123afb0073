//! Writing a number with two decimals, without Rust's float formatting.

/// A number as text, rounded to two decimals, as charts write their SVG
/// attributes: "12.5", "-3", "0.07". Written with whole-number arithmetic:
/// Rust's float formatting (`f64`'s `Display`, behind `to_string` and `{}`)
/// costs 10 KB of WebAssembly, and every chart number fits in this form
/// (under 2^63 hundredths).
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

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers_are_written_as_rounded_decimals() {
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

    /// What float formatting would write after rounding to two decimals,
    /// for every hundredth a chart can draw and more.
    #[test]
    #[allow(clippy::disallowed_methods)]
    fn agrees_with_float_formatting_after_rounding() {
        for hundredths in -200_000..=200_000_i32 {
            let v = f64::from(hundredths) / 100.0;
            let library = format!("{}", (v * 100.0).round() / 100.0);
            let library = if library == "-0" {
                "0".to_owned()
            } else {
                library
            };
            assert_eq!(num(v), library, "{v}");
        }
    }
}
