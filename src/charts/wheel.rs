//! The balance wheel: six wedges around a centre, one per dimension, each as
//! long as that dimension's imbalance. Direction is carried by the wedge's
//! pattern and by the words at its rim, never by colour alone.

use super::frame::{Frame, Padding, Rect};
pub use super::text::Anchor;
use super::text::{line_advance, wrap, Font, Label, Weight, ASCENT, DESCENT};
use super::Point;
use crate::lean::{num, sin_cos_deg};

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

/// The wheel as the results page draws it.
pub const WHEEL: Wheel = Wheel {
    center: Point { x: 0.0, y: 0.0 },
    inner: 18.0,
    outer: 90.0,
};
/// `.wheel .wheel-name` in `style/main.css`.
pub const NAME_FONT: Font = Font {
    size: 16.0,
    weight: Weight::Bold,
};
/// `.wheel .wheel-rim` in `style/main.css`.
pub const RIM_FONT: Font = Font {
    size: 15.0,
    weight: Weight::Regular,
};
/// Names wider than this wrap at their spaces ("Home & time" takes two lines).
pub const NAME_MAX_WIDTH: f64 = 110.0;
/// Space between the outer ring and the nearest label box.
pub const LABEL_GAP: f64 = 6.0;
/// Space between the outermost label box and the edge of the viewBox.
pub const MARGIN: f64 = 4.0;
/// Room outside the outer ring for the focus ring's stroke.
const STROKE: f64 = 2.0;

/// The words at one wedge's rim: its name (one line or more), then the word
/// for which way it tilts.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelLabel {
    pub name: Vec<Label>,
    pub rim: Label,
}

impl WheelLabel {
    pub fn lines(&self) -> impl Iterator<Item = &Label> {
        self.name.iter().chain(std::iter::once(&self.rim))
    }

    /// A box holding every line.
    pub fn bounds(&self) -> Rect {
        self.name
            .iter()
            .fold(self.rim.bounds(), |all, line| all.union(&line.bounds()))
    }
}

/// Angle of the centre of wedge `index`, in SVG degrees: the first points
/// straight up and the rest follow clockwise.
pub fn center_angle(index: usize) -> f64 {
    -90.0 + STEP_DEG * index as f64
}

fn polar(center: Point, radius: f64, angle_deg: f64) -> Point {
    let (sin, cos) = sin_cos_deg(angle_deg);
    Point {
        x: center.x + radius * cos,
        y: center.y + radius * sin,
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
        let r = num(radius);
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
        let (_, cos) = sin_cos_deg(angle);
        let anchor = if cos > 0.3 {
            Anchor::Start
        } else if cos < -0.3 {
            Anchor::End
        } else {
            Anchor::Middle
        };
        (point, anchor)
    }

    /// The lines of wedge `index`'s label, placed just outside the ring:
    /// above it for the top wedge, below for the bottom one, and centred
    /// beside it for the side ones, far enough out that no line touches it.
    /// The name's lines end in a space so the lines read apart when joined.
    pub fn label_block(&self, index: usize, name: &str, rim: &str) -> WheelLabel {
        let (_, anchor) = self.label(index, LABEL_GAP);
        let (sin, cos) = sin_cos_deg(center_angle(index));
        let reach = self.outer + LABEL_GAP;
        let mut lines: Vec<(String, Font)> = wrap(name, NAME_FONT, NAME_MAX_WIDTH)
            .into_iter()
            .map(|line| (line, NAME_FONT))
            .collect();
        if let Some((last, _)) = lines.last_mut() {
            last.push(' ');
        }
        lines.push((rim.to_owned(), RIM_FONT));
        // Baselines from the first one at 0, and the block's extent around them.
        let mut baselines = Vec::with_capacity(lines.len());
        let mut y = 0.0;
        for (i, (_, font)) in lines.iter().enumerate() {
            if i > 0 {
                y += line_advance(lines[i - 1].1, *font);
            }
            baselines.push(y);
        }
        let top = -ASCENT * NAME_FONT.size;
        let bottom = y + DESCENT * RIM_FONT.size;
        let shift = match anchor {
            Anchor::Middle if sin < 0.0 => self.center.y - reach - bottom,
            Anchor::Middle => self.center.y + reach - top,
            _ => self.center.y + reach * sin - (top + bottom) / 2.0,
        };
        let x = match anchor {
            Anchor::Middle => self.center.x,
            side => {
                // The block's edge nearest the centre, vertically.
                let (upper, lower) = (top + shift - self.center.y, bottom + shift - self.center.y);
                let nearest = if upper <= 0.0 && lower >= 0.0 {
                    0.0
                } else {
                    upper.abs().min(lower.abs())
                };
                let clear = (reach * reach - nearest * nearest).max(0.0).sqrt();
                let off = clear.max(reach * cos.abs());
                if side == Anchor::Start {
                    self.center.x + off
                } else {
                    self.center.x - off
                }
            }
        };
        let mut labels: Vec<Label> = lines
            .into_iter()
            .zip(baselines)
            .map(|((text, font), b)| Label::new(text, Point { x, y: b + shift }, anchor, font))
            .collect();
        let rim = labels
            .pop()
            .unwrap_or_else(|| Label::new("", Point { x, y }, anchor, RIM_FONT));
        WheelLabel { name: labels, rim }
    }

    /// A frame around the ring holding every label, whichever of `rims` each
    /// wedge shows (so the wheel does not jump when a tilt changes), with
    /// the centre kept in the middle.
    pub fn frame(&self, names: &[&str], rims: &[&str]) -> Frame {
        let ring = Rect::around(self.center, self.outer + STROKE);
        let boxes = names.iter().enumerate().flat_map(|(index, name)| {
            rims.iter()
                .map(move |rim| self.label_block(index, name, rim).bounds())
        });
        Frame::new(ring, Padding::default())
            .fit(boxes, MARGIN)
            .centred_on(self.center)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: Wheel = Wheel {
        center: Point { x: 0.0, y: 0.0 },
        inner: 20.0,
        outer: 100.0,
    };

    #[test]
    fn radius_grows_with_imbalance_either_way() {
        assert_eq!(UNIT.radius(Some(0)), 20.0);
        assert_eq!(UNIT.radius(None), 20.0);
        assert_eq!(UNIT.radius(Some(100)), 100.0);
        assert_eq!(UNIT.radius(Some(-100)), 100.0);
        assert_eq!(UNIT.radius(Some(50)), 60.0);
        assert_eq!(UNIT.radius(Some(i32::MIN)), 100.0);
    }

    #[test]
    fn wedges_go_round_clockwise_from_the_top() {
        assert_eq!(center_angle(0), -90.0);
        assert_eq!(center_angle(3), 90.0);
        let (top, anchor) = UNIT.label(0, 10.0);
        assert!((top.x).abs() < 1e-9 && (top.y + 110.0).abs() < 1e-9);
        assert_eq!(anchor, Anchor::Middle);
        assert_eq!(UNIT.label(1, 10.0).1, Anchor::Start);
        assert_eq!(UNIT.label(4, 10.0).1, Anchor::End);
        assert_eq!(UNIT.label(3, 10.0).1, Anchor::Middle);
    }

    #[test]
    fn wedge_path_starts_at_the_centre_and_reaches_its_radius() {
        let path = UNIT.wedge_path(0, 100.0);
        assert!(path.starts_with("M0,0 L"), "{path}");
        assert!(path.contains("A100,100 0 0 1"), "{path}");
        // The first wedge's arc ends right of the vertical and above the centre.
        let end = path.split(' ').rev().nth(1).unwrap_or_default();
        let (x, y) = end.split_once(',').unwrap_or_default();
        let (x, y): (f64, f64) = (x.parse().unwrap_or(0.0), y.parse().unwrap_or(0.0));
        assert!(x > 0.0 && y < 0.0, "{end}");
        assert!(((x * x + y * y).sqrt() - 100.0).abs() < 0.05);
    }

    use crate::charts::fixtures::{assert_css_font, names, LONG};
    use crate::copy::english;

    fn rims() -> Vec<&'static str> {
        let t = english();
        vec![
            t.results.rim_you,
            t.results.rim_partner,
            t.results.rim_even,
            t.results.rim_unknown,
            t.safety.rim_even_control,
        ]
    }

    /// Every line of every wedge's label, with every rim word, lies inside
    /// the frame, clear of the ring, and clear of the other wedges' labels.
    fn assert_labels_fit(names: &[&str]) {
        let rims = rims();
        let frame = WHEEL.frame(names, &rims);
        for rim in &rims {
            let blocks: Vec<WheelLabel> = names
                .iter()
                .enumerate()
                .map(|(i, name)| WHEEL.label_block(i, name, rim))
                .collect();
            for (i, block) in blocks.iter().enumerate() {
                assert_eq!(
                    block
                        .name
                        .iter()
                        .map(|l| l.text.as_str())
                        .collect::<String>(),
                    format!("{} ", names[i]),
                    "the lines keep every word"
                );
                for line in block.lines() {
                    let b = line.bounds();
                    assert!(
                        frame.contains(&b.grown(MARGIN)),
                        "{:?} of wedge {i} leaves {}",
                        line.text,
                        frame.view_box_attr()
                    );
                    assert!(
                        b.distance_to(WHEEL.center) >= WHEEL.outer + LABEL_GAP - 1e-9,
                        "{:?} of wedge {i} touches the ring",
                        line.text
                    );
                }
                let lines: Vec<Rect> = block.lines().map(Label::bounds).collect();
                for (a, first) in lines.iter().enumerate() {
                    for second in &lines[a + 1..] {
                        assert!(!first.overlaps(second), "lines of wedge {i} overlap");
                    }
                }
                for (j, other) in blocks.iter().enumerate().skip(i + 1) {
                    assert!(
                        !block.bounds().overlaps(&other.bounds()),
                        "wedges {i} and {j} labels overlap with rim {rim:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_english_label_fits_the_wheel_frame() {
        let names = names();
        assert!(names.contains(&"Home & time"));
        assert_labels_fit(&names);
    }

    #[test]
    fn twenty_character_names_fit_the_wheel_frame() {
        for long in LONG {
            assert_eq!(long.chars().count(), 20);
            assert_labels_fit(&[long; 6]);
            // Mixed with the real names, in every position.
            for i in 0..6 {
                let mut names = names();
                names[i] = long;
                assert_labels_fit(&names);
            }
        }
    }

    #[test]
    fn home_and_time_on_the_left_has_room_to_its_left() {
        // The bug: end-anchored text at the left edge ran out of the viewBox.
        let names = names();
        let frame = WHEEL.frame(&names, &rims());
        let home = WHEEL.label_block(5, "Home & time", "partner");
        assert_eq!(home.rim.anchor, Anchor::End);
        assert_eq!(home.name.len(), 2, "wraps to two short lines");
        let left = home.bounds().left;
        assert!(left >= frame.view_box().left + MARGIN, "{left}");
    }

    #[test]
    fn english_wheel_stays_legible_on_a_phone() {
        // At 320px the wheel gets 288px; names must stay at 11px or more.
        let frame = WHEEL.frame(&names(), &rims());
        let width = frame.view_box().width();
        assert!(
            NAME_FONT.size * 288.0 / width >= 11.0,
            "{}",
            frame.view_box_attr()
        );
        // The centre stays in the middle.
        let b = frame.view_box();
        assert_eq!(b.left + b.right, 0.0);
        assert_eq!(b.top + b.bottom, 0.0);
    }

    #[test]
    fn label_blocks_sit_above_below_and_beside_the_ring() {
        let top = WHEEL.label_block(0, "Decisions", "you");
        assert!(top.bounds().bottom <= -(WHEEL.outer + LABEL_GAP) + 1e-9);
        assert!(top.rim.at.y > top.name[0].at.y, "the rim word comes last");
        let bottom = WHEEL.label_block(3, "Intimacy", "you");
        assert!(bottom.bounds().top >= WHEEL.outer + LABEL_GAP - 1e-9);
        let right = WHEEL.label_block(1, "Money", "you");
        assert!(right.bounds().left > WHEEL.outer);
        assert_eq!(right.rim.anchor, Anchor::Start);
        assert_eq!(right.rim.at.x, right.name[0].at.x);
    }

    #[test]
    fn fonts_match_the_stylesheet() {
        assert_css_font(".wheel .wheel-name", NAME_FONT);
        assert_css_font(".wheel .wheel-rim", RIM_FONT);
    }
}
