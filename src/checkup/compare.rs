//! Mirroring a result to the partner's side and comparing two perspectives.

use serde::{Deserialize, Serialize};

use super::scoring::Side;
use super::Dimension;

/// Dimension-level figures only: what may be compared or shared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionView {
    /// −100…+100, positive when the person it belongs to holds more.
    pub balance: Option<i32>,
    /// −2 very unfair to them … +2 very unfair to their partner.
    pub fairness: Option<i8>,
}

impl DimensionView {
    pub fn mirrored(self) -> DimensionView {
        DimensionView {
            balance: self.balance.map(|b| -b),
            fairness: self.fairness.map(|f| -f),
        }
    }
}

/// One person's view of all six dimensions, indexed like [`Dimension::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Perspective {
    pub bank_version: u16,
    pub dimensions: [DimensionView; 6],
}

impl Perspective {
    /// The same view with "me" and "my partner" swapped.
    pub fn mirrored(&self) -> Perspective {
        Perspective {
            bank_version: self.bank_version,
            dimensions: self.dimensions.map(DimensionView::mirrored),
        }
    }

    pub fn view(&self, dimension: Dimension) -> DimensionView {
        self.dimensions[dimension.index()]
    }
}

/// Both views of one dimension in the reader's frame: positive means the
/// reader holds more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionComparison {
    pub dimension: Dimension,
    pub mine: DimensionView,
    /// The partner's view, mirrored into the reader's frame.
    pub theirs: DimensionView,
    /// |mine − theirs| in balance points, when both have a balance.
    pub gap: Option<u32>,
    /// Whether both name the same side (you, even, partner) as holding more.
    pub agree_on_direction: Option<bool>,
}

/// Compares my perspective with my partner's (as they gave it, in their frame).
pub fn compare(mine: &Perspective, partners: &Perspective) -> Vec<DimensionComparison> {
    let theirs = partners.mirrored();
    Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let mine = mine.view(dimension);
            let theirs = theirs.view(dimension);
            let both = mine.balance.zip(theirs.balance);
            DimensionComparison {
                dimension,
                mine,
                theirs,
                gap: both.map(|(a, b)| (a - b).unsigned_abs()),
                agree_on_direction: both.map(|(a, b)| Side::of(a) == Side::of(b)),
            }
        })
        .collect()
}
