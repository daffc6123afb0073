//! One sort for the whole app. Every list Fulcrum orders goes through
//! [`positions_in_order`], so the WebAssembly carries a single sorting routine
//! (on positions, compared through one `dyn` function) instead of one per key
//! and element type (`slice::sort_by_key` and its kin), which had cost about
//! 20 KB.

use std::cmp::Ordering;

/// The positions `0..len`, ordered by `compare`; positions that compare
/// equal keep their order. Not generic, so it is compiled once.
pub fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    // Unstable is enough: ties are broken by position. The one place the
    // standard sort is called (clippy.toml forbids it everywhere else).
    #[allow(clippy::disallowed_methods)]
    positions.sort_unstable_by(|a, b| compare(*a, *b).then(a.cmp(b)));
    positions
}

/// Orders `items` by `rank`, lowest first; equal ranks keep their order.
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> i64) {
    let ranks: Vec<i64> = items.iter().map(rank).collect();
    let order = positions_in_order(ranks.len(), &|a, b| ranks[a].cmp(&ranks[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots.get_mut(position).and_then(Option::take)),
    );
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the standard sort is the reference
mod tests {
    use super::{positions_in_order, sort_by_rank};
    use std::cmp::Ordering;

    #[test]
    fn orders_by_rank_and_keeps_ties_in_place() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum"];
        sort_by_rank(&mut words, |w| w.len() as i64);
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "apple"]);
    }

    #[test]
    fn negative_ranks_sort_first_and_nothing_is_lost() {
        let mut numbers: Vec<i32> = (0..50).map(|n| (n * 37) % 50 - 25).collect();
        let mut expected = numbers.clone();
        expected.sort();
        sort_by_rank(&mut numbers, |n| i64::from(*n));
        assert_eq!(numbers, expected);
    }

    #[test]
    fn positions_follow_the_comparison_and_keep_ties_in_place() {
        let words = ["pear", "fig", "apple", "fig", "kiwi"];
        let order = positions_in_order(words.len(), &|a, b| words[a].cmp(words[b]));
        assert_eq!(order, [2, 1, 3, 4, 0]);
        assert!(positions_in_order(0, &|_, _| Ordering::Equal).is_empty());
    }
}
