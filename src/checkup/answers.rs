//! A person's answers, validated against the bank.

use std::collections::BTreeMap;
use std::fmt;

use super::bank::{self, SCALE_POINTS};
use super::BANK_VERSION;

/// One answer. `Choice(i)` is the i-th option on the item's five-point scale,
/// counted from the first option shown (0 = "almost always me", "very unfair
/// to me" or "never"). Saved as `{"choice":i}`, `"not_applicable"` or
/// `"declined"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Choice(u8),
    NotApplicable,
    /// "I'd rather not say", offered on every sign item. Never read as
    /// "never": advice treats a skipped sign of control as possibly there.
    Declined,
}

impl Answer {
    /// The same answer seen from the partner's side: "almost always me"
    /// becomes "almost always my partner". Used for balance and fairness items.
    pub fn mirrored(self) -> Answer {
        match self {
            Answer::Choice(i) if i < SCALE_POINTS => Answer::Choice(SCALE_POINTS - 1 - i),
            other => other,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    UnknownItem(String),
    OutOfRange {
        item: String,
        value: u8,
    },
    NotApplicableNotAllowed(String),
    /// "I'd rather not say" on an item that does not offer it (only signs do).
    DeclinedNotAllowed(String),
    /// Saved by a bank version this build does not know how to read.
    UnsupportedBankVersion(u16),
    /// Saved by a newer version of Fulcrum than this one.
    FutureBankVersion(u16),
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownItem(id) => write!(f, "unknown question id “{id}”"),
            AnswerError::OutOfRange { item, value } => {
                write!(f, "answer {value} is out of range for “{item}”")
            }
            AnswerError::NotApplicableNotAllowed(id) => {
                write!(f, "“doesn't apply” is not an option for “{id}”")
            }
            AnswerError::DeclinedNotAllowed(id) => {
                write!(f, "“I'd rather not say” is not an option for “{id}”")
            }
            AnswerError::UnsupportedBankVersion(v) => {
                write!(f, "question set version {v} is not supported")
            }
            AnswerError::FutureBankVersion(v) => {
                write!(f, "question set version {v} is newer than this app")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// Answers keyed by item id, each asked by the answers' bank version and in
/// range. Ids that version never asked (a retired item, or one from a newer
/// build) are not errors: they are left in the saved text untouched and only
/// counted here, so nothing is dropped and nothing crashes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    version: u16,
    given: BTreeMap<String, Answer>,
    unread: usize,
}

impl Default for Answers {
    fn default() -> Answers {
        Answers {
            version: BANK_VERSION,
            given: BTreeMap::new(),
            unread: 0,
        }
    }
}

impl Answers {
    /// No answers yet, for the current bank.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Validates answers saved under bank `version`.
    pub fn from_saved(
        version: u16,
        raw: &BTreeMap<String, Answer>,
    ) -> Result<Answers, AnswerError> {
        if version > BANK_VERSION {
            return Err(AnswerError::FutureBankVersion(version));
        }
        if !bank::is_known_version(version) {
            return Err(AnswerError::UnsupportedBankVersion(version));
        }
        let mut answers = Answers {
            version,
            ..Answers::default()
        };
        for (id, answer) in raw {
            match bank::item(id).filter(|item| item.asked_in(version)) {
                Some(_) => answers.set(id, *answer)?,
                None => answers.unread += 1,
            }
        }
        Ok(answers)
    }

    /// Records one answer after checking it against the bank.
    pub fn set(&mut self, id: &str, answer: Answer) -> Result<(), AnswerError> {
        check(self.version, id, answer)?;
        self.given.insert(id.to_owned(), answer);
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<Answer> {
        self.given.get(id).copied()
    }

    /// The bank version these answers were given to.
    pub fn version(&self) -> u16 {
        self.version
    }

    /// Saved answers to items this version never asked; kept, not scored.
    pub fn unread(&self) -> usize {
        self.unread
    }

    pub fn len(&self) -> usize {
        self.given.len()
    }

    pub fn is_empty(&self) -> bool {
        self.given.is_empty()
    }

    /// Index of the first unanswered item in the current question order, or
    /// `None` when every item has an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        bank::first_unanswered(|id| self.given.contains_key(id))
    }

    /// Every balance and fairness answer seen from the partner's side.
    pub fn mirrored(&self) -> Answers {
        let given = self
            .given
            .iter()
            .map(|(id, answer)| {
                let is_sign = bank::item(id).is_some_and(|i| i.is_sign());
                let answer = if is_sign { *answer } else { answer.mirrored() };
                (id.clone(), answer)
            })
            .collect();
        Answers {
            given,
            ..self.clone()
        }
    }
}

fn check(version: u16, id: &str, answer: Answer) -> Result<(), AnswerError> {
    let item = bank::item(id)
        .filter(|item| item.asked_in(version))
        .ok_or_else(|| AnswerError::UnknownItem(id.to_owned()))?;
    match answer {
        Answer::Choice(value) if value >= SCALE_POINTS => Err(AnswerError::OutOfRange {
            item: id.to_owned(),
            value,
        }),
        Answer::NotApplicable if !item.allows_not_applicable() => {
            Err(AnswerError::NotApplicableNotAllowed(id.to_owned()))
        }
        Answer::Declined if !item.is_sign() => Err(AnswerError::DeclinedNotAllowed(id.to_owned())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }

    #[test]
    fn rejects_unknown_ids_out_of_range_and_misplaced_not_applicable() {
        let mut a = Answers::new();
        assert_eq!(
            a.set("money.lottery", Answer::Choice(1)),
            Err(AnswerError::UnknownItem("money.lottery".into()))
        );
        assert_eq!(
            a.set("money.earns", Answer::Choice(1)),
            Err(AnswerError::UnknownItem("money.earns".into())),
            "a retired item cannot be answered anew"
        );
        assert_eq!(
            a.set("money.access", Answer::Choice(5)),
            Err(AnswerError::OutOfRange {
                item: "money.access".into(),
                value: 5
            })
        );
        assert_eq!(
            a.set("money.fairness", Answer::NotApplicable),
            Err(AnswerError::NotApplicableNotAllowed(
                "money.fairness".into()
            ))
        );
        assert_eq!(
            a.set("warn.fear.partner", Answer::NotApplicable),
            Err(AnswerError::NotApplicableNotAllowed(
                "warn.fear.partner".into()
            ))
        );
        assert!(a.is_empty(), "a rejected answer must not be stored");
        assert_eq!(a.set("money.access", Answer::NotApplicable), Ok(()));
        assert_eq!(
            a.set("warn.children.partner", Answer::NotApplicable),
            Ok(())
        );
        assert_eq!(a.get("money.access"), Some(Answer::NotApplicable));
    }

    #[test]
    fn only_signs_can_be_declined() {
        let mut a = Answers::new();
        assert_eq!(a.set("warn.fear.partner", Answer::Declined), Ok(()));
        assert_eq!(a.get("warn.fear.partner"), Some(Answer::Declined));
        assert_eq!(
            a.set("money.access", Answer::Declined),
            Err(AnswerError::DeclinedNotAllowed("money.access".into()))
        );
        // A declined sign stays declined when mirrored.
        assert_eq!(
            a.mirrored().get("warn.fear.partner"),
            Some(Answer::Declined)
        );
    }

    #[test]
    fn saved_answers_from_unknown_or_future_versions_are_refused() {
        let answers = raw(&[("money.access", Answer::Choice(0))]);
        assert_eq!(
            Answers::from_saved(0, &answers),
            Err(AnswerError::UnsupportedBankVersion(0))
        );
        assert_eq!(
            Answers::from_saved(BANK_VERSION + 1, &answers),
            Err(AnswerError::FutureBankVersion(BANK_VERSION + 1))
        );
        let ok = Answers::from_saved(BANK_VERSION, &answers);
        assert_eq!(
            ok.map(|a| a.get("money.access")),
            Ok(Some(Answer::Choice(0)))
        );
    }

    #[test]
    fn version_one_answers_read_by_version_one_rules() {
        let old = raw(&[
            ("money.earns", Answer::Choice(0)),
            ("warn.threaten.partner", Answer::Choice(3)),
            ("money.access", Answer::Choice(1)),
        ]);
        let a = Answers::from_saved(1, &old).expect("version 1 still reads");
        assert_eq!(a.version(), 1);
        assert_eq!(a.get("money.earns"), Some(Answer::Choice(0)));
        assert_eq!(a.unread(), 0);
        // Version 2 never asked money.earns: read as version 2, it is kept
        // aside and counted, not an error.
        let as_two = Answers::from_saved(2, &old).expect("never an error");
        assert_eq!(as_two.get("money.earns"), None);
        assert_eq!(as_two.get("money.access"), Some(Answer::Choice(1)));
        assert_eq!(as_two.unread(), 2);
    }

    #[test]
    fn unknown_ids_are_counted_but_damaged_values_are_errors() {
        let odd = raw(&[
            ("money.from_the_future", Answer::Choice(2)),
            ("home.chores", Answer::Choice(1)),
        ]);
        let a = Answers::from_saved(2, &odd).expect("unknown ids never crash");
        assert_eq!((a.len(), a.unread()), (1, 1));
        let damaged = raw(&[("home.chores", Answer::Choice(9))]);
        assert!(matches!(
            Answers::from_saved(2, &damaged),
            Err(AnswerError::OutOfRange { .. })
        ));
    }

    #[test]
    fn first_unanswered_follows_question_order() {
        let mut a = Answers::new();
        assert_eq!(a.first_unanswered(), Some(0));
        a.set("decisions.final_say", Answer::Choice(2)).unwrap();
        assert_eq!(a.first_unanswered(), Some(1));
        for item in bank::BANK {
            let answer = if item.allows_not_applicable() {
                Answer::NotApplicable
            } else {
                Answer::Choice(0)
            };
            a.set(item.id, answer).unwrap();
        }
        assert_eq!(a.first_unanswered(), None);
    }

    #[test]
    fn mirroring_flips_scales_but_not_frequencies() {
        let mut a = Answers::new();
        a.set("money.access", Answer::Choice(0)).unwrap();
        a.set("money.fairness", Answer::Choice(1)).unwrap();
        a.set("warn.checks_phone.partner", Answer::Choice(4))
            .unwrap();
        a.set("home.chores", Answer::NotApplicable).unwrap();
        let m = a.mirrored();
        assert_eq!(m.get("money.access"), Some(Answer::Choice(4)));
        assert_eq!(m.get("money.fairness"), Some(Answer::Choice(3)));
        assert_eq!(m.get("warn.checks_phone.partner"), Some(Answer::Choice(4)));
        assert_eq!(m.get("home.chores"), Some(Answer::NotApplicable));
    }
}
