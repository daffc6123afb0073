//! Mirroring a result to the partner's side and comparing two perspectives.

use super::bank;
use super::scoring::{CheckupResult, Side};
use super::Dimension;

/// Dimension-level figures only: what may be compared or shared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Perspective {
    pub bank_version: u16,
    pub dimensions: [DimensionView; 6],
}

impl Perspective {
    /// The dimension-level figures of a result: what can be compared or shared.
    pub fn of(result: &CheckupResult) -> Perspective {
        Perspective {
            bank_version: result.bank_version,
            dimensions: Dimension::ALL.map(|d| {
                result
                    .dimension(d)
                    .map(|s| DimensionView {
                        balance: s.balance,
                        fairness: s.fairness,
                    })
                    .unwrap_or_default()
            }),
        }
    }

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionComparison {
    pub dimension: Dimension,
    pub mine: DimensionView,
    /// The partner's view, mirrored into the reader's frame.
    pub theirs: DimensionView,
    /// |mine − theirs| in balance points, when both have a balance.
    pub gap: Option<u32>,
    /// Whether both name the same side (you, even, partner) as holding more.
    pub agree_on_direction: Option<bool>,
    /// Both were asked the same questions about this dimension. When not
    /// (different bank versions), gap and agreement are left out.
    pub same_questions: bool,
}

impl DimensionComparison {
    /// Both name nobody as holding more: the two views agree that say is
    /// about even here.
    pub fn both_even(&self) -> bool {
        self.agree_on_direction == Some(true) && self.mine.balance.map(Side::of) == Some(Side::Even)
    }
}

/// What a comparison offers under "where to start talking".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Talk {
    /// The reader's own answers describe signs of control: no starters,
    /// support for them first, whatever the link says.
    SupportFirst,
    /// The sharer did not suggest starters (the default for everyone): the
    /// comparison offers none and says nothing about it.
    NotSuggested,
    /// Suggested, but no part is seen differently enough to pick.
    AllClose,
    /// Suggested: starters for these parts, widest gap first.
    Starters(Vec<Dimension>),
}

/// Whether and where a comparison suggests conversation starters: only
/// when the person who shared chose to suggest them, and never when the
/// reader's own check-up found signs of control (`reader_starters_fit`,
/// from `advice::starters_fit`). The partner's device cannot know whether
/// control came up for the sharer, so it never picks the widest gaps on
/// its own.
pub fn talk(
    comparisons: &[DimensionComparison],
    sharer_suggests: bool,
    reader_starters_fit: bool,
) -> Talk {
    if !reader_starters_fit {
        return Talk::SupportFirst;
    }
    if !sharer_suggests {
        return Talk::NotSuggested;
    }
    let parts: Vec<Dimension> = most_different(comparisons, 3)
        .iter()
        .map(|c| c.dimension)
        .collect();
    if parts.is_empty() {
        Talk::AllClose
    } else {
        Talk::Starters(parts)
    }
}

/// The dimensions the two of you see most differently, widest gap first:
/// those where you disagree on who holds more or are at least a band step
/// (15 points) apart, at most `limit` of them.
pub fn most_different(
    comparisons: &[DimensionComparison],
    limit: usize,
) -> Vec<DimensionComparison> {
    let mut differing: Vec<DimensionComparison> = comparisons
        .iter()
        .filter(|c| c.agree_on_direction == Some(false) || c.gap.is_some_and(|g| g >= 15))
        .copied()
        .collect();
    // Widest gap first; a gap is at most 200, so the part breaks ties.
    crate::lean::sort_by_rank(&mut differing, |c| {
        -i64::from(c.gap.unwrap_or(0)) * 8 + c.dimension.index() as i64
    });
    differing.truncate(limit);
    differing
}

/// Compares my perspective with my partner's (as they gave it, in their frame).
pub fn compare(mine: &Perspective, partners: &Perspective) -> Vec<DimensionComparison> {
    let theirs = partners.mirrored();
    let mine_version = mine.bank_version;
    Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let same_questions =
                bank::same_balance_questions(dimension, mine_version, partners.bank_version);
            let mine = mine.view(dimension);
            let theirs = theirs.view(dimension);
            let both = mine.balance.zip(theirs.balance).filter(|_| same_questions);
            DimensionComparison {
                dimension,
                mine,
                theirs,
                gap: both.map(|(a, b)| (a - b).unsigned_abs()),
                agree_on_direction: both.map(|(a, b)| Side::of(a) == Side::of(b)),
                same_questions,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perspective(balances: [Option<i32>; 6]) -> Perspective {
        Perspective {
            bank_version: 2,
            dimensions: balances.map(|balance| DimensionView {
                balance,
                fairness: None,
            }),
        }
    }

    #[test]
    fn most_different_orders_by_gap_and_skips_close_agreement() {
        let mine = perspective([Some(60), Some(0), Some(10), None, Some(-20), Some(5)]);
        // Their own frame: positive means they hold more.
        let theirs = perspective([Some(60), Some(0), Some(-5), Some(40), Some(-20), Some(0)]);
        let all = compare(&mine, &theirs);
        // Decisions: I see +60, they (mirrored) see −60: gap 120, disagree.
        let picked: Vec<_> = most_different(&all, 3)
            .iter()
            .map(|c| c.dimension)
            .collect();
        // Social: −20 against +20, a 40-point gap; emotional and home are within 5.
        assert_eq!(picked, vec![Dimension::Decisions, Dimension::Social]);
        assert!(most_different(&compare(&mine, &mine.mirrored()), 3).is_empty());
    }

    #[test]
    fn starters_only_when_the_sharer_suggests_them_and_never_under_control() {
        let mine = perspective([Some(60), Some(0), Some(10), None, Some(-20), Some(5)]);
        let theirs = perspective([Some(60), Some(0), Some(-5), Some(40), Some(-20), Some(0)]);
        let all = compare(&mine, &theirs);
        // Wide gaps alone never bring starters.
        assert_eq!(talk(&all, false, true), Talk::NotSuggested);
        assert_eq!(
            talk(&all, true, true),
            Talk::Starters(vec![Dimension::Decisions, Dimension::Social])
        );
        // The reader's own signs of control come first, whatever the link says.
        assert_eq!(talk(&all, true, false), Talk::SupportFirst);
        assert_eq!(talk(&all, false, false), Talk::SupportFirst);
        let same = compare(&mine, &mine.mirrored());
        assert_eq!(talk(&same, true, true), Talk::AllClose);
        assert_eq!(talk(&same, false, true), Talk::NotSuggested);
    }

    #[test]
    fn both_even_only_when_both_see_nobody_holding_more() {
        let mine = perspective([Some(0), Some(10), Some(40), Some(-14), None, Some(14)]);
        let theirs = perspective([Some(0), Some(5), Some(-40), Some(20), Some(0), Some(-14)]);
        let even: Vec<bool> = compare(&mine, &theirs)
            .iter()
            .map(|c| c.both_even())
            .collect();
        // Home: +14 and (mirrored) +14 are both even, so agree and count.
        assert_eq!(even, vec![true, true, false, false, false, true]);
    }

    #[test]
    fn across_bank_versions_only_unchanged_dimensions_compare() {
        let mine = perspective([Some(60); 6]);
        let theirs = Perspective {
            bank_version: 1,
            ..perspective([Some(-60); 6])
        };
        let all = compare(&mine, &theirs);
        let comparable: Vec<Dimension> = all
            .iter()
            .filter(|c| c.same_questions)
            .map(|c| c.dimension)
            .collect();
        assert_eq!(comparable, vec![Dimension::Decisions, Dimension::Home]);
        let money = &all[Dimension::Money.index()];
        assert_eq!((money.gap, money.agree_on_direction), (None, None));
        // Both figures are still there to show side by side.
        assert_eq!(money.theirs.balance, Some(60));
        assert_eq!(all[0].gap, Some(0));
    }
}
