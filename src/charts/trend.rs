//! The trend chart: one dimension's balance (top panel) and felt fairness
//! (bottom panel) across check-ups, oldest on the left. Each panel has a
//! title above it and the meaning of its top and bottom edges to its left.

use super::frame::{Frame, Padding, Rect};
use super::scale::{linear, spread};
use super::text::{text_width, Anchor, Font, Label, Weight, ASCENT, DESCENT};
use super::Point;

/// The frame's width when the words fit it.
pub const WIDTH: f64 = 300.0;
/// Where the panels end on the right.
pub const RIGHT: f64 = 290.0;
/// Panels never get narrower than this; longer edge words grow the frame.
pub const MIN_PLOT_WIDTH: f64 = 120.0;
/// Heights of the balance and fairness panels.
pub const PANEL_HEIGHTS: (f64, f64) = (76.0, 50.0);
/// The check-ups' marks.
pub const MARK_RADIUS: f64 = 4.0;
/// How far the first and last check-up sit inside a panel.
const INSET: f64 = 8.0;
/// `.trend .axis` in `style/main.css`.
pub const AXIS_FONT: Font = Font {
    size: 11.0,
    weight: Weight::Regular,
};
/// `.trend .axis-title` in `style/main.css`.
pub const TITLE_FONT: Font = Font {
    size: 12.0,
    weight: Weight::Bold,
};
/// Space between the outermost word and the edge of the viewBox.
pub const MARGIN: f64 = 4.0;
/// Space between an edge word and its panel.
const TICK_GAP: f64 = 4.0;
/// How far below a panel edge an edge word's baseline sits, so the word
/// reads level with the edge.
const EDGE_DROP: f64 = 4.0;
/// Space between rows of words.
const ROW_GAP: f64 = 2.0;
/// Space between the first panel's words and the second panel's title.
const PANEL_GAP: f64 = 6.0;

/// The words the chart draws.
#[derive(Clone, Copy, Debug)]
pub struct TrendWords<'a> {
    pub balance_title: &'a str,
    pub balance_top: &'a str,
    pub balance_bottom: &'a str,
    pub fairness_title: &'a str,
    pub fairness_top: &'a str,
    pub fairness_bottom: &'a str,
}

/// One panel and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub rect: Rect,
    pub title: Label,
    /// What the panel's top edge means.
    pub top: Label,
    /// What its bottom edge means.
    pub bottom: Label,
}

impl Panel {
    /// The height of the dashed middle line (even, or neutral).
    pub fn middle_y(&self) -> f64 {
        (self.rect.top + self.rect.bottom) / 2.0
    }

    pub fn labels(&self) -> [&Label; 3] {
        [&self.title, &self.top, &self.bottom]
    }
}

/// Everything the chart places.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendLayout {
    pub frame: Frame,
    pub balance: Panel,
    pub fairness: Panel,
}

impl TrendLayout {
    /// Lays the panels out under their titles, leaving room on the left for
    /// the widest edge word.
    pub fn new(words: &TrendWords) -> TrendLayout {
        let widest = [
            words.balance_top,
            words.balance_bottom,
            words.fairness_top,
            words.fairness_bottom,
        ]
        .iter()
        .map(|w| text_width(w, AXIS_FONT))
        .fold(0.0, f64::max);
        let left = (MARGIN + widest + TICK_GAP)
            .ceil()
            .min(RIGHT - MIN_PLOT_WIDTH);
        let panel = |title: &str, top_word: &str, bottom_word: &str, from: f64, height: f64| {
            let title_baseline = from + ASCENT * TITLE_FONT.size;
            let top =
                title_baseline + DESCENT * TITLE_FONT.size + ROW_GAP + ASCENT * AXIS_FONT.size
                    - EDGE_DROP;
            let rect = Rect::new(left, top, RIGHT, top + height);
            let edge = |text: &str, y: f64| {
                Label::new(
                    text,
                    Point {
                        x: left - TICK_GAP,
                        y: y + EDGE_DROP,
                    },
                    Anchor::End,
                    AXIS_FONT,
                )
            };
            Panel {
                rect,
                title: Label::new(
                    title,
                    Point {
                        x: left,
                        y: title_baseline,
                    },
                    Anchor::Start,
                    TITLE_FONT,
                )
                .kept_between(MARGIN, WIDTH - MARGIN),
                top: edge(top_word, rect.top),
                bottom: edge(bottom_word, rect.bottom),
            }
        };
        let balance = panel(
            words.balance_title,
            words.balance_top,
            words.balance_bottom,
            MARGIN,
            PANEL_HEIGHTS.0,
        );
        let below = balance.bottom.bounds().bottom.max(balance.rect.bottom) + PANEL_GAP;
        let fairness = panel(
            words.fairness_title,
            words.fairness_top,
            words.fairness_bottom,
            below,
            PANEL_HEIGHTS.1,
        );
        let plot = balance.rect.union(&fairness.rect);
        let frame = Frame::new(
            plot,
            Padding {
                top: 0.0,
                right: WIDTH - RIGHT,
                bottom: 0.0,
                left: 0.0,
            },
        )
        .fit(
            balance
                .labels()
                .into_iter()
                .chain(fairness.labels())
                .map(Label::bounds),
            MARGIN,
        );
        TrendLayout {
            frame,
            balance,
            fairness,
        }
    }

    /// Every word the chart draws.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.balance
            .labels()
            .into_iter()
            .chain(self.fairness.labels())
    }

    /// Where `count` check-ups sit across the panels, oldest on the left.
    pub fn xs(&self, count: usize) -> Vec<f64> {
        let r = self.balance.rect;
        spread(count, r.left + INSET, r.right - INSET)
    }

    /// The height of a balance (−100…+100, you at the top).
    pub fn balance_y(&self, balance: i32) -> f64 {
        let r = self.balance.rect;
        linear(f64::from(balance), (-100.0, 100.0), (r.bottom, r.top))
    }

    /// The height of a fairness answer (−2…+2, unfair to your partner at the top).
    pub fn fairness_y(&self, fairness: i8) -> f64 {
        let r = self.fairness.rect;
        linear(f64::from(fairness), (-2.0, 2.0), (r.bottom, r.top))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::fixtures::{assert_css_font, LONG};
    use crate::copy::english as english_text;

    fn english() -> TrendWords<'static> {
        let w = &english_text().results;
        TrendWords {
            balance_title: w.trend_balance,
            balance_top: w.trend_you_top,
            balance_bottom: w.trend_partner_bottom,
            fairness_title: w.trend_fairness,
            fairness_top: w.trend_unfair_partner_top,
            fairness_bottom: w.trend_unfair_me_bottom,
        }
    }

    fn assert_fits(words: &TrendWords) {
        let layout = TrendLayout::new(words);
        let labels: Vec<&Label> = layout.labels().collect();
        for (i, label) in labels.iter().enumerate() {
            let b = label.bounds();
            assert!(
                layout.frame.contains(&b.grown(MARGIN)),
                "{:?} leaves {}",
                label.text,
                layout.frame.view_box_attr()
            );
            for other in &labels[i + 1..] {
                assert!(
                    !b.overlaps(&other.bounds()),
                    "{:?} / {:?}",
                    label.text,
                    other.text
                );
            }
            for panel in [&layout.balance, &layout.fairness] {
                assert!(!b.overlaps(&panel.rect), "{:?} covers a panel", label.text);
            }
        }
        // Marks at the panels' corners stay inside too.
        for x in layout.xs(2) {
            for y in [
                layout.balance_y(100),
                layout.balance_y(-100),
                layout.fairness_y(2),
                layout.fairness_y(-2),
            ] {
                let mark = Rect::around(Point { x, y }, MARK_RADIUS);
                assert!(layout.frame.contains(&mark));
            }
        }
        assert!(layout.balance.rect.width() >= MIN_PLOT_WIDTH);
    }

    #[test]
    fn english_labels_fit_the_trend_frame() {
        assert_fits(&english());
        let layout = TrendLayout::new(&english());
        let b = layout.frame.view_box();
        assert_eq!(
            (b.left, b.right),
            (0.0, WIDTH),
            "{}",
            layout.frame.view_box_attr()
        );
        // Edge words sit left of the panels, titles above them.
        assert!(layout.fairness.top.bounds().right <= layout.fairness.rect.left);
        assert!(layout.balance.title.bounds().bottom <= layout.balance.rect.top);
    }

    #[test]
    fn twenty_character_words_fit_the_trend_frame() {
        for long in LONG {
            let e = english();
            assert_fits(&TrendWords {
                fairness_top: long,
                ..e
            });
            assert_fits(&TrendWords {
                balance_title: long,
                fairness_title: long,
                ..e
            });
            assert_fits(&TrendWords {
                balance_title: long,
                balance_top: long,
                balance_bottom: long,
                fairness_title: long,
                fairness_top: long,
                fairness_bottom: long,
            });
        }
        // Far longer words grow the frame rather than squeeze the panels.
        let longer = "Zeitmanagementfragen und Aufgabenteilung";
        assert_fits(&TrendWords {
            fairness_top: longer,
            fairness_title: longer,
            ..english()
        });
    }

    #[test]
    fn scales_run_you_and_unfair_to_partner_at_the_top() {
        let layout = TrendLayout::new(&english());
        let near = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(near(layout.balance_y(100), layout.balance.rect.top));
        assert!(near(layout.balance_y(-100), layout.balance.rect.bottom));
        assert!(near(layout.balance_y(0), layout.balance.middle_y()));
        assert!(near(layout.fairness_y(2), layout.fairness.rect.top));
        assert!(near(layout.fairness_y(-2), layout.fairness.rect.bottom));
        let xs = layout.xs(3);
        assert_eq!(xs[0], layout.balance.rect.left + INSET);
        assert_eq!(xs[2], RIGHT - INSET);
        assert!(layout.fairness.rect.top > layout.balance.rect.bottom);
    }

    #[test]
    fn fonts_match_the_stylesheet() {
        assert_css_font(".trend .axis", AXIS_FONT);
        assert_css_font(".trend .axis-title", TITLE_FONT);
    }
}
