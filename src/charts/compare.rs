//! The comparison chart: both partners' views of one dimension on one
//! scale, in the reader's frame. Toward the left the reader holds more,
//! toward the right their partner. The reader's mark (a dot) is labelled
//! above the scale, the partner's (a diamond) below it.

use super::frame::{Frame, Padding, Rect};
use super::scale::linear;
use super::text::{end_labels, Anchor, Font, Label, Weight, ASCENT, DESCENT};
use super::Point;

/// Where a balance of +100 (left) and −100 (right) sit.
pub const SCALE: (f64, f64) = (24.0, 276.0);
/// The frame's width; the scale sits in its middle.
pub const WIDTH: f64 = 300.0;
/// `.comparison .mark-label` in `style/main.css`.
pub const MARK_FONT: Font = Font {
    size: 13.0,
    weight: Weight::Bold,
};
/// `.comparison .end-label` in `style/main.css`.
pub const END_FONT: Font = Font {
    size: 14.0,
    weight: Weight::Bold,
};
/// The reader's dot.
pub const MINE_RADIUS: f64 = 7.0;
/// Half the diagonal of the partner's diamond.
pub const THEIRS_HALF: f64 = 8.0;
/// Half the height of the tick at the scale's centre.
pub const TICK: f64 = 6.0;
/// Space between the outermost drawing and the edge of the viewBox.
pub const MARGIN: f64 = 4.0;
/// Space between a mark and its label.
const LABEL_GAP: f64 = 3.0;
/// Half the partner's diamond's stroke.
const MARK_STROKE: f64 = 1.5;
/// Space between a mark and the scale line.
const MARK_GAP: f64 = 2.0;
/// Half the scale line's stroke, and a hair more.
const STROKE: f64 = 2.0;

/// The words the chart draws.
#[derive(Clone, Copy, Debug)]
pub struct ComparisonWords<'a> {
    /// Over the reader's mark ("Your view").
    pub mine: &'a str,
    /// Under the partner's mark ("Their view").
    pub theirs: &'a str,
    /// At the scale's left end ("You").
    pub left: &'a str,
    /// At the scale's right end ("Your partner").
    pub right: &'a str,
}

/// A mark on the scale and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub centre: Point,
    pub label: Label,
}

/// Everything the chart places.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonLayout {
    pub frame: Frame,
    /// The scale line's height.
    pub axis_y: f64,
    pub mine: Option<Marker>,
    pub theirs: Option<Marker>,
    /// The left end's label, then the right end's.
    pub ends: [Label; 2],
}

/// Where a balance sits on the scale; clamped to it.
pub fn x(balance: i32) -> f64 {
    linear(f64::from(balance), (100.0, -100.0), SCALE)
}

impl ComparisonLayout {
    /// Lays out the chart for the two balances. Each mark's label is centred
    /// on its mark where it fits and moved inward where it would not, so
    /// every word stays inside the frame.
    pub fn new(mine: Option<i32>, theirs: Option<i32>, words: ComparisonWords) -> Self {
        let inside = (MARGIN, WIDTH - MARGIN);
        let mark_label = |text: &str, x: f64, y: f64| {
            Label::new(text, Point { x, y }, Anchor::Middle, MARK_FONT)
                .kept_between(inside.0, inside.1)
        };
        // Rows from the top: the reader's label, dot, scale, diamond, the
        // partner's label, then the end labels.
        let mine_baseline = MARGIN + ASCENT * MARK_FONT.size;
        let mine_y = mine_baseline + DESCENT * MARK_FONT.size + LABEL_GAP + MINE_RADIUS;
        let axis_y = mine_y + MINE_RADIUS + MARK_GAP + STROKE / 2.0;
        let theirs_y = axis_y + STROKE / 2.0 + MARK_GAP + MARK_STROKE + THEIRS_HALF;
        let theirs_baseline = theirs_y + THEIRS_HALF + LABEL_GAP + ASCENT * MARK_FONT.size;
        let ends_baseline =
            theirs_baseline + DESCENT * MARK_FONT.size + LABEL_GAP + ASCENT * END_FONT.size;
        let mine = mine.map(|b| Marker {
            centre: Point { x: x(b), y: mine_y },
            label: mark_label(words.mine, x(b), mine_baseline),
        });
        let theirs = theirs.map(|b| Marker {
            centre: Point {
                x: x(b),
                y: theirs_y,
            },
            label: mark_label(words.theirs, x(b), theirs_baseline),
        });
        let ends = end_labels(
            words.left,
            words.right,
            SCALE.0,
            SCALE.1,
            ends_baseline,
            END_FONT,
        );
        // The frame holds both marks' labels wherever they sit, whether or
        // not both are drawn, so every comparison chart has the same frame.
        let plot = Rect::new(
            SCALE.0,
            mine_y - MINE_RADIUS,
            SCALE.1,
            theirs_y + THEIRS_HALF + MARK_STROKE,
        );
        let middle = (SCALE.0 + SCALE.1) / 2.0;
        let probes = [
            mark_label(words.mine, middle, mine_baseline),
            mark_label(words.theirs, middle, theirs_baseline),
        ];
        let frame = Frame::new(
            plot,
            Padding {
                top: 0.0,
                right: WIDTH - SCALE.1,
                bottom: 0.0,
                left: SCALE.0,
            },
        )
        .fit(probes.iter().chain(&ends).map(Label::bounds), MARGIN);
        ComparisonLayout {
            frame,
            axis_y,
            mine,
            theirs,
            ends,
        }
    }

    /// Every word the chart draws.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.mine
            .iter()
            .chain(&self.theirs)
            .map(|m| &m.label)
            .chain(&self.ends)
    }

    /// Boxes around the dot and the diamond that are drawn.
    pub fn mark_bounds(&self) -> Vec<Rect> {
        let mine = self
            .mine
            .iter()
            .map(|m| Rect::around(m.centre, MINE_RADIUS));
        let theirs = self
            .theirs
            .iter()
            .map(|m| Rect::around(m.centre, THEIRS_HALF + MARK_STROKE));
        mine.chain(theirs).collect()
    }

    /// The partner's diamond around `centre`.
    pub fn diamond_path(centre: Point) -> String {
        let h = crate::lean::num(THEIRS_HALF);
        format!(
            "M{},{} l{h},{h} l-{h},{h} l-{h},-{h} z",
            crate::lean::num(centre.x),
            crate::lean::num(centre.y - THEIRS_HALF)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::fixtures::{assert_css_font, LONG};
    use crate::copy::english as english_text;

    fn english() -> ComparisonWords<'static> {
        let t = english_text();
        ComparisonWords {
            mine: t.share.marker_you,
            theirs: t.share.marker_them,
            left: t.results.beam_you,
            right: t.results.beam_partner,
        }
    }

    const BALANCES: [Option<i32>; 7] = [
        None,
        Some(-100),
        Some(-97),
        Some(0),
        Some(3),
        Some(100),
        Some(250),
    ];

    fn assert_fits(words: ComparisonWords) {
        for mine in BALANCES {
            for theirs in BALANCES {
                let layout = ComparisonLayout::new(mine, theirs, words);
                let labels: Vec<&Label> = layout.labels().collect();
                for label in &labels {
                    assert!(
                        layout.frame.contains(&label.bounds().grown(MARGIN)),
                        "{:?} leaves {} for {mine:?} / {theirs:?}",
                        label.text,
                        layout.frame.view_box_attr()
                    );
                }
                for (i, a) in labels.iter().enumerate() {
                    for b in &labels[i + 1..] {
                        assert!(
                            !a.bounds().overlaps(&b.bounds()),
                            "{:?} and {:?} overlap for {mine:?} / {theirs:?}",
                            a.text,
                            b.text
                        );
                    }
                    for mark in layout.mark_bounds() {
                        assert!(!a.bounds().overlaps(&mark), "{:?} covers a mark", a.text);
                        assert!(layout.frame.contains(&mark));
                    }
                }
                // Each mark's label still reaches over its mark.
                for m in layout.mine.iter().chain(&layout.theirs) {
                    let b = m.label.bounds();
                    assert!(
                        b.left <= m.centre.x && m.centre.x <= b.right,
                        "{:?}",
                        m.label.text
                    );
                }
            }
        }
    }

    #[test]
    fn english_labels_stay_inside_the_frame_at_every_balance() {
        assert_fits(english());
        // The frame is no wider than the scale and its margins.
        let layout = ComparisonLayout::new(Some(100), Some(-100), english());
        let b = layout.frame.view_box();
        assert_eq!((b.left, b.right), (0.0, WIDTH));
    }

    #[test]
    fn their_view_at_either_end_is_moved_inward_not_cut() {
        // The bug: "Their view" centred on x = 24 started left of 0.
        for balance in [100, -100] {
            let layout = ComparisonLayout::new(None, Some(balance), english());
            let theirs = layout.theirs.as_ref().map(|m| m.label.bounds());
            let b = theirs.unwrap_or(Rect::new(-1.0, 0.0, 0.0, 0.0));
            assert!(
                b.left >= MARGIN - 1e-9 && b.right <= WIDTH - MARGIN + 1e-9,
                "{b:?}"
            );
        }
        // In the middle it stays centred on its mark.
        let layout = ComparisonLayout::new(Some(0), Some(0), english());
        let theirs = layout.theirs.as_ref().map(|m| m.label.at.x);
        assert_eq!(theirs, Some(150.0));
    }

    #[test]
    fn close_marks_keep_their_labels_apart() {
        for (mine, theirs) in [(0, 0), (10, 12), (100, 100), (-100, -98)] {
            let layout = ComparisonLayout::new(Some(mine), Some(theirs), english());
            let (a, b) = (
                layout.mine.as_ref().map(|m| m.label.bounds()),
                layout.theirs.as_ref().map(|m| m.label.bounds()),
            );
            let (a, b) = (
                a.unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0)),
                b.unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0)),
            );
            assert!(a.bottom < layout.axis_y && b.top > layout.axis_y);
            assert!(!a.overlaps(&b));
        }
    }

    #[test]
    fn twenty_character_words_stay_inside_the_frame() {
        for long in LONG {
            let e = english();
            assert_fits(ComparisonWords { mine: long, ..e });
            assert_fits(ComparisonWords { theirs: long, ..e });
            assert_fits(ComparisonWords {
                left: long,
                right: long,
                ..e
            });
            assert_fits(ComparisonWords {
                mine: long,
                theirs: long,
                left: long,
                right: long,
            });
        }
    }

    #[test]
    fn scale_and_marks() {
        assert_eq!(x(100), SCALE.0);
        assert_eq!(x(-100), SCALE.1);
        assert_eq!(x(0), 150.0);
        assert_eq!(x(400), SCALE.0);
        assert_eq!(
            ComparisonLayout::diamond_path(Point { x: 150.0, y: 50.0 }),
            "M150,42 l8,8 l-8,8 l-8,-8 z"
        );
    }

    #[test]
    fn fonts_match_the_stylesheet() {
        assert_css_font(".comparison .mark-label", MARK_FONT);
        assert_css_font(".comparison .end-label", END_FONT);
    }
}
