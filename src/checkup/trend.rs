//! Per-dimension figures across finished check-ups, for the trend charts.

use super::saved::FinishedCheckup;
use super::scoring::score;
use super::Dimension;

#[derive(Clone, Debug, PartialEq)]
pub struct TrendEntry {
    pub finished_at: f64,
    pub balance: Option<i32>,
    pub fairness: Option<i8>,
}

/// For each dimension, its balance and fairness in every readable finished
/// check-up, oldest first. Unreadable entries are left out, not guessed.
pub fn trends(history: &[FinishedCheckup]) -> Vec<(Dimension, Vec<TrendEntry>)> {
    let mut scored: Vec<_> = history
        .iter()
        .filter_map(|h| h.validated().ok().map(|a| (h.finished_at, score(&a))))
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let entries = scored
                .iter()
                .map(|(finished_at, result)| {
                    let d = result.dimension(dimension);
                    TrendEntry {
                        finished_at: *finished_at,
                        balance: d.and_then(|d| d.balance),
                        fairness: d.and_then(|d| d.fairness),
                    }
                })
                .collect();
            (dimension, entries)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkup::{Answer, BANK_VERSION};
    use std::collections::BTreeMap;

    fn finished(at: f64, money_choice: u8) -> FinishedCheckup {
        let answers = [
            "money.access",
            "money.spare",
            "money.final_word",
            "money.independent",
        ]
        .into_iter()
        .map(|id| (id.to_owned(), Answer::Choice(money_choice)))
        .collect::<BTreeMap<_, _>>();
        FinishedCheckup {
            id: at.to_string(),
            finished_at: at,
            bank_version: BANK_VERSION,
            answers,
        }
    }

    #[test]
    fn follows_each_dimension_oldest_first() {
        let history = [finished(20.0, 4), finished(10.0, 0)];
        let all = trends(&history);
        assert_eq!(all.len(), 6);
        let (_, money) = all
            .iter()
            .find(|(d, _)| *d == Dimension::Money)
            .expect("money");
        let balances: Vec<_> = money.iter().map(|e| (e.finished_at, e.balance)).collect();
        assert_eq!(balances, vec![(10.0, Some(100)), (20.0, Some(-100))]);
        let (_, home) = all
            .iter()
            .find(|(d, _)| *d == Dimension::Home)
            .expect("home");
        assert!(home.iter().all(|e| e.balance.is_none()));
    }

    #[test]
    fn unreadable_entries_are_left_out() {
        let mut bad = finished(5.0, 1);
        // A value no scale has: damaged, so not guessed at.
        bad.answers.insert("money.access".into(), Answer::Choice(9));
        let all = trends(&[bad, finished(6.0, 1)]);
        assert_eq!(all[0].1.len(), 1);
    }
}
