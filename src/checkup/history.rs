//! The whole history counts: control that came up in any kept check-up
//! keeps the safety rules for every check-up on show, until the person
//! deletes the one where it came up. Pure functions over the kept results.

use super::saved::{FinishedCheckup, SavedData};
use super::scoring::{score, CheckupResult, ControlLevel, ControlMark};

/// Every readable kept check-up where a partner's control came up, in the
/// order they are kept (the order they were finished in).
pub fn control_marks(history: &[FinishedCheckup]) -> Vec<ControlMark> {
    history
        .iter()
        .filter_map(|h| {
            let result = score(&h.validated().ok()?);
            (result.control >= ControlLevel::CameUp).then(|| ControlMark {
                id: h.id.clone(),
                finished_at: h.finished_at,
                level: result.control,
            })
        })
        .collect()
}

/// `result`, the score of the check-up `id`, with the other kept
/// check-ups where control came up, so their safety rules carry over.
pub fn with_history(
    mut result: CheckupResult,
    id: &str,
    history: &[FinishedCheckup],
) -> CheckupResult {
    result.elsewhere = control_marks(history)
        .into_iter()
        .filter(|m| m.id != id)
        .collect();
    result
}

/// The kept check-up `id` (the newest readable one without it), scored
/// with the whole history's safety rules. An older check-up opened by its
/// id follows the same rule as the newest.
pub fn scored<'a>(
    data: &'a SavedData,
    id: Option<&str>,
) -> Option<(&'a FinishedCheckup, CheckupResult)> {
    let (entry, answers) = match id {
        Some(id) => data
            .history
            .iter()
            .find(|h| h.id == id)
            .and_then(|h| Some((h, h.validated().ok()?)))?,
        None => data.latest_readable()?,
    };
    let result = with_history(score(&answers), &entry.id, &data.history);
    Some((entry, result))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkup::Answer;
    use std::collections::BTreeMap;

    fn kept(id: &str, at: f64, answers: &[(&str, u8)]) -> FinishedCheckup {
        FinishedCheckup {
            id: id.to_owned(),
            finished_at: at,
            bank_version: crate::checkup::BANK_VERSION,
            answers: answers
                .iter()
                .map(|(k, v)| ((*k).to_owned(), Answer::Choice(*v)))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    #[test]
    fn control_in_any_kept_check_up_carries_over_until_deleted() {
        let mut data = SavedData::empty();
        data.history = vec![
            kept("1", 1.0, &[("warn.tracks.partner", 4)]),
            kept("2", 2.0, &[("warn.tracks.partner", 0)]),
        ];
        let (entry, newest) = scored(&data, None).expect("newest");
        assert_eq!(entry.id, "2");
        assert_eq!(newest.control, ControlLevel::None);
        assert!(newest.safety_rules(), "the older notice still counts");
        assert_eq!(newest.elsewhere.len(), 1);
        assert_eq!(newest.elsewhere[0].finished_at, 1.0);
        let (_, older) = scored(&data, Some("1")).expect("older by id");
        assert!(older.safety_notice() && older.elsewhere.is_empty());
        data.delete_checkup("1");
        let (_, alone) = scored(&data, None).expect("newest");
        assert!(!alone.safety_rules(), "deleting it lifts the rule");
    }

    #[test]
    fn an_older_calm_check_up_opened_by_id_follows_a_newer_finding() {
        let mut data = SavedData::empty();
        data.history = vec![
            kept("1", 1.0, &[("warn.tracks.partner", 0)]),
            kept("2", 2.0, &[("warn.isolate.partner", 1)]),
        ];
        let (_, older) = scored(&data, Some("1")).expect("older");
        assert!(older.safety_rules());
        assert!(!crate::checkup::advice::starters_fit(&older));
        assert!(scored(&data, Some("nope")).is_none());
    }
}
