//! One stable sort for the whole app, by an integer rank. Every list Fulcrum
//! orders goes through it, so the WebAssembly carries a single sorting routine
//! (on `(rank, position)` pairs) instead of one per key and element type,
//! which had cost about 20 KB.

/// Orders `items` by `rank`, lowest first; equal ranks keep their order.
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> i64) {
    let mut keyed: Vec<(i64, usize)> = items
        .iter()
        .enumerate()
        .map(|(position, item)| (rank(item), position))
        .collect();
    // Unstable is enough: the position makes every key distinct.
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keyed
            .into_iter()
            .filter_map(|(_, position)| slots.get_mut(position).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::sort_by_rank;

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
}
