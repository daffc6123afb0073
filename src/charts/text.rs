//! Chart text as pure geometry: a conservative width estimate, word wrapping
//! and each label's box, so a test can prove every word lies inside its
//! chart's frame before a browser ever draws it.

use super::frame::Rect;
use super::{round2, Point};

/// Which end of its text a label's point holds (SVG `text-anchor`).
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Up to CSS `font-weight: 500`.
    Regular,
    /// CSS `font-weight: 600` and up.
    Bold,
}

/// A chart font: its size in the chart's own units (the `px` of the chart's
/// CSS rule) and its weight. Each chart's fonts are checked against
/// `style/main.css` by the tests.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub size: f64,
    pub weight: Weight,
}

/// Height above the baseline that any glyph may reach, accents included, in ems.
pub const ASCENT: f64 = 0.95;
/// Depth below the baseline that any glyph may reach, in ems.
pub const DESCENT: f64 = 0.3;
/// Safety margin on every width estimate, for fonts wider than the ones
/// measured below.
const WIDTH_MARGIN: f64 = 1.05;

/// The widest advance, in ems, of any character in its class. Measured on
/// DejaVu Sans and Liberation Sans (the fallbacks behind `system-ui` on
/// Linux, and wider than the phone system fonts); each class's figure is at
/// least the widest member's in both.
fn char_em(c: char, weight: Weight) -> f64 {
    // [thin, narrow, lower case and digits, other, wide]
    let table = match weight {
        Weight::Regular => [0.34, 0.42, 0.64, 0.85, 1.05],
        Weight::Bold => [0.40, 0.50, 0.72, 0.88, 1.12],
    };
    let class = match c {
        'i' | 'j' | 'l' | 'I' | '\'' | ',' | '.' | ':' | ';' | '|' => 0,
        ' ' | 'f' | 'r' | 't' | '(' | ')' | '[' | ']' | '-' | '/' | '\\' | '!' => 1,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 4,
        c if c.is_ascii_lowercase() || c.is_ascii_digit() => 2,
        c if c.is_ascii() => 3,
        // Accented letters, other scripts and full-width signs: a full em.
        _ => 4,
    };
    table[class]
}

/// Distance between the baselines of two lines set in `above` and `below`,
/// so that their boxes meet but do not overlap.
pub fn line_advance(above: Font, below: Font) -> f64 {
    DESCENT * above.size + ASCENT * below.size
}

/// A width no rendering of `text` in `font` is expected to exceed.
pub fn text_width(text: &str, font: Font) -> f64 {
    let ems: f64 = text.chars().map(|c| char_em(c, font.weight)).sum();
    ems * font.size * WIDTH_MARGIN
}

/// Splits `text` into lines no wider than `max_width` where spaces allow;
/// a single word wider than that keeps a line of its own. Every line but
/// the last keeps its trailing space, so the lines read as words when
/// joined (screen readers join the lines of an SVG text without spaces).
pub fn wrap(text: &str, font: Font, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if current.is_empty() {
            current.push_str(word);
        } else if text_width(&format!("{current} {word}"), font) <= max_width {
            current.push(' ');
            current.push_str(word);
        } else {
            lines.push(format!("{current} "));
            current = word.to_owned();
        }
    }
    lines.push(current);
    lines
}

/// One line of chart text: its words, the point on its baseline that its
/// anchor holds, and its font.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The words as drawn; may end in one space that separates them from the
    /// next line (see [`wrap`]).
    pub text: String,
    pub at: Point,
    pub anchor: Anchor,
    pub font: Font,
}

impl Label {
    pub fn new(text: impl Into<String>, at: Point, anchor: Anchor, font: Font) -> Label {
        Label {
            text: text.into(),
            at,
            anchor,
            font,
        }
    }

    /// The SVG `x`, rounded.
    pub fn x(&self) -> f64 {
        round2(self.at.x)
    }

    /// The SVG `y` (the baseline), rounded.
    pub fn y(&self) -> f64 {
        round2(self.at.y)
    }

    /// A box that holds every glyph the label may draw. A trailing space
    /// still moves "middle" and "end" text, so only "start" text may leave
    /// it out.
    pub fn bounds(&self) -> Rect {
        let advance = text_width(&self.text, self.font);
        let (left, right) = match self.anchor {
            Anchor::Start => (
                self.at.x,
                self.at.x + text_width(self.text.trim_end(), self.font),
            ),
            Anchor::Middle => (self.at.x - advance / 2.0, self.at.x + advance / 2.0),
            Anchor::End => (self.at.x - advance, self.at.x),
        };
        Rect::new(
            left,
            self.at.y - ASCENT * self.font.size,
            right,
            self.at.y + DESCENT * self.font.size,
        )
    }

    /// Moved sideways as little as possible so its box lies between `left`
    /// and `right`; a label wider than that starts at `left` (its frame must
    /// then grow, see [`Frame::fit`](super::frame::Frame::fit)).
    pub fn kept_between(mut self, left: f64, right: f64) -> Label {
        let bounds = self.bounds();
        if bounds.right > right {
            self.at.x -= bounds.right - right;
        }
        let bounds = self.bounds();
        if bounds.left < left {
            self.at.x += left - bounds.left;
        }
        self
    }
}

/// Two labels for the ends of a horizontal scale: `left_text` starting at
/// `left`, `right_text` ending at `right`, on the baseline `y`. When the
/// two would meet, the right one drops to the next line.
pub fn end_labels(
    left_text: &str,
    right_text: &str,
    left: f64,
    right: f64,
    y: f64,
    font: Font,
) -> [Label; 2] {
    const GAP: f64 = 8.0;
    let first = Label::new(left_text, Point { x: left, y }, Anchor::Start, font);
    let mut second = Label::new(right_text, Point { x: right, y }, Anchor::End, font);
    if first.bounds().right + GAP > second.bounds().left {
        second.at.y += line_advance(font, font);
    }
    [first, second]
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOLD16: Font = Font {
        size: 16.0,
        weight: Weight::Bold,
    };

    #[test]
    fn widths_are_conservative_and_grow_with_the_text() {
        // "Home & time" in DejaVu Sans Bold at 16px is 117.6 units wide.
        let home = text_width("Home & time", BOLD16);
        assert!(home > 118.0 && home < 150.0, "{home}");
        assert!(text_width("mmmm", BOLD16) > text_width("iiii", BOLD16));
        assert_eq!(text_width("", BOLD16), 0.0);
        let regular = Font {
            weight: Weight::Regular,
            ..BOLD16
        };
        assert!(text_width("Their view", regular) < text_width("Their view", BOLD16));
        // Other scripts count a full em a character.
        assert!(text_width("家事と時間", BOLD16) >= 5.0 * 16.0);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_long_words_whole() {
        assert_eq!(wrap("Money", BOLD16, 10.0), vec!["Money"]);
        assert_eq!(wrap("Home & time", BOLD16, 200.0), vec!["Home & time"]);
        assert_eq!(wrap("Home & time", BOLD16, 110.0), vec!["Home & ", "time"]);
        let lines = wrap("Hogar y tiempo libre", BOLD16, 110.0);
        assert_eq!(lines.concat(), "Hogar y tiempo libre");
        for line in &lines {
            assert!(text_width(line.trim_end(), BOLD16) <= 110.0, "{line}");
        }
        assert_eq!(wrap("Zeitmanagementfragen", BOLD16, 110.0).len(), 1);
        assert_eq!(wrap("", BOLD16, 110.0), vec![""]);
    }

    #[test]
    fn bounds_follow_the_anchor() {
        let at = Point { x: 100.0, y: 50.0 };
        let w = text_width("You", BOLD16);
        let start = Label::new("You", at, Anchor::Start, BOLD16).bounds();
        let middle = Label::new("You", at, Anchor::Middle, BOLD16).bounds();
        let end = Label::new("You", at, Anchor::End, BOLD16).bounds();
        assert_eq!((start.left, start.right), (100.0, 100.0 + w));
        assert_eq!(
            (middle.left, middle.right),
            (100.0 - w / 2.0, 100.0 + w / 2.0)
        );
        assert_eq!((end.left, end.right), (100.0 - w, 100.0));
        assert!(start.top < 50.0 - 0.9 * 16.0 && start.bottom > 50.0 + 0.2 * 16.0);
        // A trailing space pushes end-anchored ink left, but is not ink itself.
        let spaced = Label::new("You ", at, Anchor::End, BOLD16).bounds();
        assert!(spaced.left < end.left);
        let spaced = Label::new("You ", at, Anchor::Start, BOLD16).bounds();
        assert_eq!(spaced.right, start.right);
    }

    #[test]
    fn kept_between_moves_labels_inward_only_as_needed() {
        let label = |x| Label::new("Their view", Point { x, y: 10.0 }, Anchor::Middle, BOLD16);
        let inside = label(150.0).kept_between(0.0, 300.0);
        assert_eq!(inside.at.x, 150.0);
        for x in [-50.0, 0.0, 24.0, 276.0, 300.0, 400.0] {
            let b = label(x).kept_between(4.0, 296.0).bounds();
            assert!(
                b.left >= 4.0 - 1e-9 && b.right <= 296.0 + 1e-9,
                "{x}: {b:?}"
            );
        }
        let wide = label(150.0).kept_between(0.0, 20.0).bounds();
        assert!((wide.left - 0.0).abs() < 1e-9);
    }

    #[test]
    fn end_labels_drop_a_line_rather_than_meet() {
        let [a, b] = end_labels("You", "Your partner", 20.0, 280.0, 100.0, BOLD16);
        assert_eq!(a.at.y, b.at.y);
        assert!(!a.bounds().overlaps(&b.bounds()));
        let long = "Zeitmanagementfragen";
        let [a, b] = end_labels(long, long, 20.0, 280.0, 100.0, BOLD16);
        assert!(b.at.y > a.at.y);
        assert!(!a.bounds().overlaps(&b.bounds()));
    }
}
