//! A chart's frame: the area its marks are drawn in and the padding kept
//! around it for labels. Together they make the SVG `viewBox`, and the SVG
//! scales to its container, so growing a frame to fit its labels never cuts
//! a word off at any screen width.

use super::Point;

/// Rounding slack for comparing edges.
const EPS: f64 = 1e-9;

/// An axis-aligned rectangle in a chart's own coordinates (y grows downward).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub const fn new(left: f64, top: f64, right: f64, bottom: f64) -> Rect {
        Rect {
            left,
            top,
            right,
            bottom,
        }
    }

    /// The square around a circle.
    pub fn around(center: Point, radius: f64) -> Rect {
        Rect::new(
            center.x - radius,
            center.y - radius,
            center.x + radius,
            center.y + radius,
        )
    }

    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }

    /// Whether `inner` lies wholly inside (touching the edge counts).
    pub fn contains(&self, inner: &Rect) -> bool {
        inner.left >= self.left - EPS
            && inner.right <= self.right + EPS
            && inner.top >= self.top - EPS
            && inner.bottom <= self.bottom + EPS
    }

    /// Whether the two share any area (touching edges do not).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right - EPS
            && other.left < self.right - EPS
            && self.top < other.bottom - EPS
            && other.top < self.bottom - EPS
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        Rect::new(
            self.left.min(other.left),
            self.top.min(other.top),
            self.right.max(other.right),
            self.bottom.max(other.bottom),
        )
    }

    /// Grown by `by` on every side (shrunk when negative).
    pub fn grown(&self, by: f64) -> Rect {
        Rect::new(
            self.left - by,
            self.top - by,
            self.right + by,
            self.bottom + by,
        )
    }

    /// The distance from `point` to the nearest point of the rectangle
    /// (zero inside it).
    pub fn distance_to(&self, point: Point) -> f64 {
        let dx = (self.left - point.x).max(point.x - self.right).max(0.0);
        let dy = (self.top - point.y).max(point.y - self.bottom).max(0.0);
        dx.hypot(dy)
    }
}

/// Space kept on each side of a plot for its labels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Padding {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

impl Padding {
    pub const fn uniform(v: f64) -> Padding {
        Padding {
            top: v,
            right: v,
            bottom: v,
            left: v,
        }
    }
}

/// The drawing area of a chart and the padding reserved around it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Where the chart's marks are drawn.
    pub plot: Rect,
    /// Room around the plot for labels.
    pub padding: Padding,
}

impl Frame {
    pub const fn new(plot: Rect, padding: Padding) -> Frame {
        Frame { plot, padding }
    }

    /// Plot and padding together, widened outward to whole units: exactly
    /// what [`Frame::view_box_attr`] writes.
    pub fn view_box(&self) -> Rect {
        // Adding zero turns −0 into 0, so the attribute never reads "-0".
        Rect::new(
            (self.plot.left - self.padding.left).floor() + 0.0,
            (self.plot.top - self.padding.top).floor() + 0.0,
            (self.plot.right + self.padding.right).ceil() + 0.0,
            (self.plot.bottom + self.padding.bottom).ceil() + 0.0,
        )
    }

    /// The SVG `viewBox` attribute: "min-x min-y width height".
    pub fn view_box_attr(&self) -> String {
        let b = self.view_box();
        let [left, top, width, height] =
            [b.left, b.top, b.width(), b.height()].map(crate::lean::num);
        format!("{left} {top} {width} {height}")
    }

    /// Whether `r` lies wholly inside the viewBox.
    pub fn contains(&self, r: &Rect) -> bool {
        self.view_box().contains(r)
    }

    /// The padding grown (never shrunk) so every box lies at least `margin`
    /// inside the viewBox.
    pub fn fit(self, boxes: impl IntoIterator<Item = Rect>, margin: f64) -> Frame {
        let Frame { plot, mut padding } = self;
        for b in boxes {
            let b = b.grown(margin);
            padding.left = padding.left.max(plot.left - b.left);
            padding.top = padding.top.max(plot.top - b.top);
            padding.right = padding.right.max(b.right - plot.right);
            padding.bottom = padding.bottom.max(b.bottom - plot.bottom);
        }
        Frame { plot, padding }
    }

    /// The padding evened out (only ever grown) so `point` sits in the
    /// middle of the viewBox, e.g. to keep a wheel centred on the page.
    pub fn centred_on(self, point: Point) -> Frame {
        let Frame { plot, padding } = self;
        let half_width =
            (point.x - (plot.left - padding.left)).max(plot.right + padding.right - point.x);
        let half_height =
            (point.y - (plot.top - padding.top)).max(plot.bottom + padding.bottom - point.y);
        Frame {
            plot,
            padding: Padding {
                left: half_width - (point.x - plot.left),
                right: half_width - (plot.right - point.x),
                top: half_height - (point.y - plot.top),
                bottom: half_height - (plot.bottom - point.y),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLOT: Rect = Rect::new(24.0, 10.0, 276.0, 60.0);

    #[test]
    fn view_box_is_plot_plus_padding_rounded_outward() {
        let frame = Frame::new(PLOT, Padding::uniform(4.5));
        assert_eq!(frame.view_box(), Rect::new(19.0, 5.0, 281.0, 65.0));
        assert_eq!(frame.view_box_attr(), "19 5 262 60");
        let zero = Frame::new(Rect::new(-0.0, -0.0, 10.0, 10.0), Padding::default());
        assert_eq!(zero.view_box_attr(), "0 0 10 10");
        let wheel = Frame::new(
            Rect::around(Point { x: 0.0, y: 0.0 }, 90.0),
            Padding::uniform(10.0),
        );
        assert_eq!(wheel.view_box_attr(), "-100 -100 200 200");
    }

    #[test]
    fn fit_grows_padding_to_hold_every_box_and_never_shrinks_it() {
        let frame = Frame::new(PLOT, Padding::uniform(20.0));
        let left_label = Rect::new(-13.0, 40.0, 60.0, 55.0);
        let low_label = Rect::new(100.0, 50.0, 140.0, 90.0);
        let fitted = frame.fit([left_label, low_label], 4.0);
        assert!(fitted.contains(&left_label.grown(4.0)));
        assert!(fitted.contains(&low_label.grown(4.0)));
        assert_eq!(fitted.padding.left, 24.0 + 13.0 + 4.0);
        assert_eq!(fitted.padding.bottom, 90.0 + 4.0 - 60.0);
        assert_eq!(fitted.padding.top, 20.0);
        assert_eq!(fitted.padding.right, 20.0);
        assert_eq!(fitted.plot, PLOT);
        assert_eq!(frame.fit([], 4.0), frame);
    }

    #[test]
    fn centred_on_evens_out_the_padding() {
        let centre = Point { x: 0.0, y: 0.0 };
        let frame = Frame::new(Rect::around(centre, 90.0), Padding::default())
            .fit([Rect::new(80.0, -10.0, 210.0, 10.0)], 0.0)
            .centred_on(centre);
        let b = frame.view_box();
        assert_eq!(
            (b.left, b.right, b.top, b.bottom),
            (-210.0, 210.0, -90.0, 90.0)
        );
    }

    #[test]
    fn rect_relations() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        let b = Rect::new(10.0, 0.0, 20.0, 10.0);
        assert!(!a.overlaps(&b), "touching edges do not overlap");
        assert!(a.overlaps(&Rect::new(9.0, 9.0, 12.0, 12.0)));
        assert!(a.contains(&Rect::new(0.0, 0.0, 10.0, 10.0)));
        assert!(!a.contains(&Rect::new(-0.1, 0.0, 10.0, 10.0)));
        assert_eq!(a.union(&b), Rect::new(0.0, 0.0, 20.0, 10.0));
        assert_eq!(a.distance_to(Point { x: 5.0, y: 5.0 }), 0.0);
        assert_eq!(a.distance_to(Point { x: 13.0, y: 14.0 }), 5.0);
        assert_eq!((a.width(), a.height()), (10.0, 10.0));
    }
}
