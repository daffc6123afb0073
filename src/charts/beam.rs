//! The balance beam: a bar on a fulcrum that sinks on the side holding more
//! say. "You" sit on the left, your partner on the right.

use super::frame::{Frame, Padding, Rect};
use super::text::{end_labels, Font, Label, Weight, ASCENT};
use super::{round2, Point};
use crate::lean::sin_cos_deg;

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

/// The beam's parts, in its own coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Beam {
    /// Where the arm turns, at the fulcrum's tip.
    pub pivot: Point,
    pub pivot_radius: f64,
    /// From the pivot to either end of the arm.
    pub half_length: f64,
    pub arm_thickness: f64,
    /// How far in from the arm's end each pan's centre sits.
    pub pan_inset: f64,
    pub pan_width: f64,
    pub pan_height: f64,
    /// Space between the arm's centre line and the bottom of a pan.
    pub pan_lift: f64,
    /// The line the fulcrum stands on, and where it starts and ends.
    pub ground_y: f64,
    pub ground: (f64, f64),
    /// Half the width of the fulcrum's base.
    pub fulcrum_half_base: f64,
}

/// The beam as the results and shared pages draw it.
pub const BEAM: Beam = Beam {
    pivot: Point { x: 150.0, y: 52.0 },
    pivot_radius: 5.0,
    half_length: 118.0,
    arm_thickness: 8.0,
    pan_inset: 12.0,
    pan_width: 28.0,
    pan_height: 18.0,
    pan_lift: 4.0,
    ground_y: 104.0,
    ground: (20.0, 280.0),
    fulcrum_half_base: 22.0,
};

/// `.beam .end-label` in `style/main.css`.
pub const END_FONT: Font = Font {
    size: 15.0,
    weight: Weight::Bold,
};
/// Half the ground line's stroke, and a hair more.
const GROUND_STROKE: f64 = 1.5;
/// Space between the ground line and the end labels under it.
const LABEL_GAP: f64 = 5.0;
/// Space between the outermost drawing and the edge of the viewBox.
pub const MARGIN: f64 = 4.0;

/// Where a beam's words go and the frame that holds them.
#[derive(Clone, Debug, PartialEq)]
pub struct BeamLayout {
    pub frame: Frame,
    /// The left end's label, then the right end's.
    pub labels: [Label; 2],
}

impl Beam {
    /// The arm as a rectangle around the pivot, before it turns.
    pub fn arm(&self) -> Rect {
        let half = self.arm_thickness / 2.0;
        Rect::new(-self.half_length, -half, self.half_length, half)
    }

    /// The pans ("you" on the left, "partner" on the right) around the
    /// pivot, before the arm turns.
    pub fn pans(&self) -> [Rect; 2] {
        let centre = self.half_length - self.pan_inset;
        let pan = |x: f64| {
            Rect::new(
                x - self.pan_width / 2.0,
                -self.pan_lift - self.pan_height,
                x + self.pan_width / 2.0,
                -self.pan_lift,
            )
        };
        [pan(-centre), pan(centre)]
    }

    /// The fulcrum: a triangle from the pivot down to the ground.
    pub fn fulcrum_path(&self) -> String {
        let left = Point {
            x: self.pivot.x - self.fulcrum_half_base,
            y: self.ground_y,
        };
        let right = Point {
            x: self.pivot.x + self.fulcrum_half_base,
            y: self.ground_y,
        };
        format!("M{} L{} L{} Z", self.pivot.svg(), left.svg(), right.svg())
    }

    /// A box holding the arm and pans turned by `degrees` (SVG rotation
    /// about the pivot), in chart coordinates.
    pub fn swept(&self, degrees: f64) -> Rect {
        let (sin, cos) = sin_cos_deg(degrees);
        let [you, partner] = self.pans();
        let corners = [self.arm(), you, partner].into_iter().flat_map(|r| {
            [
                (r.left, r.top),
                (r.right, r.top),
                (r.left, r.bottom),
                (r.right, r.bottom),
            ]
        });
        let mut all: Option<Rect> = None;
        for (x, y) in corners {
            let p = Point {
                x: self.pivot.x + x * cos - y * sin,
                y: self.pivot.y + x * sin + y * cos,
            };
            let dot = Rect::new(p.x, p.y, p.x, p.y);
            all = Some(all.map_or(dot, |a| a.union(&dot)));
        }
        all.unwrap_or_else(|| Rect::new(self.pivot.x, self.pivot.y, self.pivot.x, self.pivot.y))
    }

    /// A box holding the arm and pans at every tilt the beam can take.
    pub fn reach(&self) -> Rect {
        // Quarter-degree steps, both extremes included.
        let steps = (MAX_TILT_DEG * 4.0).round() as i32;
        (-steps..=steps)
            .map(|i| self.swept(f64::from(i) / 4.0))
            .fold(self.swept(0.0), |all, r| all.union(&r))
    }

    /// The end labels under the ground line, where the sinking arm never
    /// reaches them, and a frame holding them and the beam at any tilt.
    pub fn layout(&self, left: &str, right: &str) -> BeamLayout {
        let y = self.ground_y + GROUND_STROKE + LABEL_GAP + ASCENT * END_FONT.size;
        let labels = end_labels(left, right, self.ground.0, self.ground.1, y, END_FONT);
        let reach = self.reach();
        let plot = Rect::new(
            self.ground.0,
            reach.top,
            self.ground.1,
            self.ground_y + GROUND_STROKE,
        );
        let side = self.ground.0;
        let frame = Frame::new(
            plot,
            Padding {
                top: MARGIN,
                right: side,
                bottom: MARGIN,
                left: side,
            },
        )
        .fit(labels.iter().map(Label::bounds).chain([reach]), MARGIN);
        BeamLayout { frame, labels }
    }
}

/// The rounded rotation a beam draws for `balance`, as its `data-angle`.
pub fn svg_angle(balance: Option<i32>) -> f64 {
    round2(angle(balance.unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Screen height of the beam's left end (unit length) once rotated by
    /// `degrees` the way SVG does it: positive is below the pivot.
    #[allow(clippy::disallowed_methods)] // the library's sine as the reference
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

    use crate::charts::fixtures::{assert_css_font, LONG};
    use crate::copy::english;

    fn assert_fits(left: &str, right: &str) {
        let layout = BEAM.layout(left, right);
        let [a, b] = &layout.labels;
        assert!(!a.bounds().overlaps(&b.bounds()), "{left} / {right}");
        for label in &layout.labels {
            assert!(
                layout.frame.contains(&label.bounds().grown(MARGIN)),
                "{:?} leaves {}",
                label.text,
                layout.frame.view_box_attr()
            );
        }
        for balance in (-100..=100).step_by(5) {
            let arm = BEAM.swept(svg_angle(Some(balance)));
            assert!(
                layout.frame.contains(&arm),
                "the beam at {balance} leaves the frame"
            );
            for label in &layout.labels {
                assert!(
                    !arm.overlaps(&label.bounds()),
                    "the beam at {balance} covers {:?}",
                    label.text
                );
            }
        }
    }

    #[test]
    fn end_labels_fit_and_the_tilted_beam_never_covers_them() {
        let t = english();
        assert_fits(t.results.beam_you, t.results.beam_partner);
        assert_fits(t.results.beam_you, t.share.beam_them);
        for long in LONG {
            assert_fits(long, t.results.beam_partner);
            assert_fits(long, long);
        }
    }

    #[test]
    fn english_beam_keeps_its_width() {
        let t = english();
        let layout = BEAM.layout(t.results.beam_you, t.results.beam_partner);
        let b = layout.frame.view_box();
        assert_eq!((b.left, b.right), (0.0, 300.0));
        let [you, partner] = &layout.labels;
        assert_eq!(you.at.y, partner.at.y, "one row when both fit");
        assert!(you.bounds().top > BEAM.ground_y);
    }

    #[test]
    fn the_raised_pan_stays_in_the_frame() {
        // At full tilt the rising pan reaches above the pivot's row.
        let raised = BEAM.swept(angle(100));
        assert!(raised.top < 0.0);
        let layout = BEAM.layout("You", "Your partner");
        assert!(layout.frame.contains(&raised));
        assert!(layout.frame.contains(&BEAM.swept(angle(-100))));
    }

    #[test]
    fn parts_sit_where_the_drawing_expects() {
        assert_eq!(BEAM.fulcrum_path(), "M150,52 L128,104 L172,104 Z");
        let [you, partner] = BEAM.pans();
        assert_eq!(
            (you.left, you.top, you.width(), you.height()),
            (-120.0, -22.0, 28.0, 18.0)
        );
        assert_eq!(partner.left, 92.0);
        let level = BEAM.swept(0.0);
        assert_eq!((level.left, level.right), (30.0, 270.0));
        assert_eq!(svg_angle(None), 0.0);
        assert_eq!(svg_angle(Some(100)), -MAX_TILT_DEG);
    }

    #[test]
    fn font_matches_the_stylesheet() {
        assert_css_font(".beam .end-label", END_FONT);
    }
}
