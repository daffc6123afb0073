//! Per-dimension figures across finished check-ups, for the trend charts.

use super::bank::same_balance_questions;
use super::saved::FinishedCheckup;
use super::scoring::score;
use super::Dimension;

#[derive(Clone, Debug, PartialEq)]
pub struct TrendEntry {
    pub finished_at: f64,
    /// `None` with too few answers, or when this check-up asked about the
    /// dimension with other questions than the newest one (not comparable).
    pub balance: Option<i32>,
    pub fairness: Option<i8>,
    /// Asked with the same balance questions as the newest check-up.
    pub same_questions: bool,
}

/// For each dimension, its balance and fairness in every readable finished
/// check-up, oldest first. Unreadable entries are left out, not guessed, and
/// a balance asked with other questions than the newest is not drawn on the
/// same line as if it measured the same thing.
pub fn trends(history: &[FinishedCheckup]) -> Vec<(Dimension, Vec<TrendEntry>)> {
    let mut scored: Vec<_> = history
        .iter()
        .filter_map(|h| h.validated().ok().map(|a| (h.finished_at, score(&a))))
        .collect();
    // Milliseconds since 1970 fit an i64 exactly.
    super::order::sort_by_rank(&mut scored, |(finished_at, _)| *finished_at as i64);
    let newest = scored
        .last()
        .map_or(super::BANK_VERSION, |(_, r)| r.bank_version);
    Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let entries = scored
                .iter()
                .map(|(finished_at, result)| {
                    let d = result.dimension(dimension);
                    let same_questions =
                        same_balance_questions(dimension, result.bank_version, newest);
                    TrendEntry {
                        finished_at: *finished_at,
                        balance: d.and_then(|d| d.balance).filter(|_| same_questions),
                        fairness: d.and_then(|d| d.fairness),
                        same_questions,
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
    fn a_balance_asked_with_other_questions_is_not_joined_to_the_line() {
        let mut old = finished(5.0, 0);
        old.bank_version = 1;
        old.answers = [
            "money.earns",
            "money.access",
            "money.spare",
            "decisions.final_say",
            "decisions.gives_way",
            "decisions.everyday",
        ]
        .into_iter()
        .map(|id| (id.to_owned(), Answer::Choice(0)))
        .collect();
        let all = trends(&[old, finished(6.0, 0)]);
        let money = &all[Dimension::Money.index()].1;
        assert_eq!((money[0].balance, money[0].same_questions), (None, false));
        assert_eq!(money[1].balance, Some(100));
        let decisions = &all[Dimension::Decisions.index()].1;
        assert!(decisions[0].same_questions && decisions[0].balance.is_some());
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
