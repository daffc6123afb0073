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
    /// A partner's control came up in this check-up: a balance line alone
    /// could make it look like things improved.
    pub control_came_up: bool,
    /// More signs of a partner's control came up than in the check-up
    /// before (or the level rose).
    pub signs_grew: bool,
}

/// Dates of the check-ups where signs of control grew, oldest first.
pub fn signs_grew(entries: &[TrendEntry]) -> Vec<f64> {
    entries
        .iter()
        .filter(|e| e.signs_grew)
        .map(|e| e.finished_at)
        .collect()
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
    crate::lean::sort_by_rank(&mut scored, |(finished_at, _)| *finished_at as i64);
    let mut grew: Vec<bool> = Vec::with_capacity(scored.len());
    for (i, (_, result)) in scored.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| &scored[j].1);
        grew.push(
            result.control_came_up()
                && before.is_some_and(|b| {
                    result.partner_control_count() > b.partner_control_count()
                        || result.control > b.control
                }),
        );
    }
    let newest = scored
        .last()
        .map_or(super::BANK_VERSION, |(_, r)| r.bank_version);
    Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let entries = scored
                .iter()
                .zip(&grew)
                .map(|((finished_at, result), grew)| {
                    let d = result.dimension(dimension);
                    let same_questions =
                        same_balance_questions(dimension, result.bank_version, newest);
                    TrendEntry {
                        finished_at: *finished_at,
                        balance: d.and_then(|d| d.balance).filter(|_| same_questions),
                        fairness: d.and_then(|d| d.fairness),
                        same_questions,
                        control_came_up: result.control_came_up(),
                        signs_grew: *grew,
                    }
                })
                .collect();
            (dimension, entries)
        })
        .collect()
}

/// Whether there are enough readable check-ups to draw a trend: a line
/// needs two.
pub fn enough_to_draw(all: &[(Dimension, Vec<TrendEntry>)]) -> bool {
    all.first().is_some_and(|(_, entries)| entries.len() >= 2)
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
        assert!(enough_to_draw(&all));
        assert!(!enough_to_draw(&trends(&history[..1])), "one is no line");
        assert!(!enough_to_draw(&trends(&[])));
    }

    #[test]
    fn a_balance_asked_with_other_questions_is_not_joined_to_the_line() {
        let mut old = finished(5.0, 0);
        old.bank_version = 1;
        old.answers = [
            "money.earns",
            "money.access",
            "money.spare",
            "home.chores",
            "home.mental_load",
            "home.free_time",
        ]
        .into_iter()
        .map(|id| (id.to_owned(), Answer::Choice(0)))
        .collect();
        let all = trends(&[old, finished(6.0, 0)]);
        let money = &all[Dimension::Money.index()].1;
        assert_eq!((money[0].balance, money[0].same_questions), (None, false));
        assert_eq!(money[1].balance, Some(100));
        let home = &all[Dimension::Home.index()].1;
        assert!(home[0].same_questions && home[0].balance.is_some());
    }

    #[test]
    fn check_ups_where_control_came_up_are_marked_and_growth_is_dated() {
        let mut calm = finished(10.0, 2);
        calm.answers
            .insert("warn.tracks.partner".into(), Answer::Choice(0));
        let mut one = finished(20.0, 2);
        one.answers
            .insert("warn.tracks.partner".into(), Answer::Choice(1));
        let mut more = finished(30.0, 2);
        more.answers
            .insert("warn.tracks.partner".into(), Answer::Choice(1));
        more.answers
            .insert("warn.threatens.partner".into(), Answer::Choice(1));
        let mut same = finished(40.0, 2);
        same.answers = more.answers.clone();
        let all = trends(&[calm, one, more, same]);
        let money = &all[Dimension::Money.index()].1;
        let marks: Vec<_> = money.iter().map(|e| e.control_came_up).collect();
        assert_eq!(marks, vec![false, true, true, true]);
        assert_eq!(signs_grew(money), vec![20.0, 30.0]);
        // The balance looks the same throughout: only the marks say more.
        assert!(money.iter().all(|e| e.balance == Some(0)));
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
