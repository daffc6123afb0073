//! A person's answers, validated against the bank.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::bank::{self, Migration, MIGRATIONS, SCALE_POINTS};
use super::BANK_VERSION;

/// One answer. `Choice(i)` is the i-th option on the item's five-point scale,
/// counted from the first option shown (0 = "almost always me", "very unfair
/// to me" or "never").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Choice(u8),
    NotApplicable,
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

/// Answers keyed by item id, every one known to the current bank and in range.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Validates answers saved under `bank_version`, migrating older versions.
    pub fn from_saved(
        bank_version: u16,
        raw: BTreeMap<String, Answer>,
    ) -> Result<Answers, AnswerError> {
        let raw = migrate(bank_version, raw, MIGRATIONS, BANK_VERSION)?;
        let mut answers = Answers::new();
        for (id, answer) in raw {
            answers.set(&id, answer)?;
        }
        Ok(answers)
    }

    /// Records one answer after checking it against the bank.
    pub fn set(&mut self, id: &str, answer: Answer) -> Result<(), AnswerError> {
        check(id, answer)?;
        self.0.insert(id.to_owned(), answer);
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<Answer> {
        self.0.get(id).copied()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Index of the first unanswered item in question order, or `None` when
    /// every item has an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        bank::first_unanswered(|id| self.0.contains_key(id))
    }

    /// Every balance and fairness answer seen from the partner's side.
    pub fn mirrored(&self) -> Answers {
        let map = self
            .0
            .iter()
            .map(|(id, answer)| {
                let is_warning = bank::item(id).is_some_and(|i| i.dimension().is_none());
                let answer = if is_warning {
                    *answer
                } else {
                    answer.mirrored()
                };
                (id.clone(), answer)
            })
            .collect();
        Answers(map)
    }
}

fn check(id: &str, answer: Answer) -> Result<(), AnswerError> {
    let item = bank::item(id).ok_or_else(|| AnswerError::UnknownItem(id.to_owned()))?;
    match answer {
        Answer::Choice(value) if value >= SCALE_POINTS => Err(AnswerError::OutOfRange {
            item: id.to_owned(),
            value,
        }),
        Answer::NotApplicable if !item.allows_not_applicable() => {
            Err(AnswerError::NotApplicableNotAllowed(id.to_owned()))
        }
        _ => Ok(()),
    }
}

/// Carries answers saved under `from` forward to `current`, one step at a
/// time. Generic over the step table so the mechanism is tested before the
/// first real migration exists.
pub fn migrate(
    from: u16,
    mut raw: BTreeMap<String, Answer>,
    steps: &[Migration],
    current: u16,
) -> Result<BTreeMap<String, Answer>, AnswerError> {
    if from > current {
        return Err(AnswerError::FutureBankVersion(from));
    }
    let mut version = from;
    while version < current {
        let step = steps
            .iter()
            .find(|s| s.from_version == version)
            .ok_or(AnswerError::UnsupportedBankVersion(from))?;
        for (old, new) in step.renamed {
            if let Some(answer) = raw.remove(*old) {
                if let Some(new) = new {
                    raw.insert((*new).to_owned(), answer);
                }
            }
        }
        version += 1;
    }
    Ok(raw)
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
        assert!(a.is_empty(), "a rejected answer must not be stored");
        assert_eq!(a.set("money.access", Answer::NotApplicable), Ok(()));
        assert_eq!(a.get("money.access"), Some(Answer::NotApplicable));
    }

    #[test]
    fn saved_answers_from_unknown_or_future_versions_are_refused() {
        let answers = raw(&[("money.access", Answer::Choice(0))]);
        assert_eq!(
            Answers::from_saved(0, answers.clone()),
            Err(AnswerError::UnsupportedBankVersion(0))
        );
        assert_eq!(
            Answers::from_saved(BANK_VERSION + 1, answers.clone()),
            Err(AnswerError::FutureBankVersion(BANK_VERSION + 1))
        );
        let ok = Answers::from_saved(BANK_VERSION, answers);
        assert_eq!(
            ok.map(|a| a.get("money.access")),
            Ok(Some(Answer::Choice(0)))
        );
    }

    #[test]
    fn migration_renames_and_retires_ids_step_by_step() {
        static STEPS: &[Migration] = &[
            Migration {
                from_version: 1,
                renamed: &[("money.old", Some("money.mid")), ("money.gone", None)],
            },
            Migration {
                from_version: 2,
                renamed: &[("money.mid", Some("money.access"))],
            },
        ];
        let old = raw(&[
            ("money.old", Answer::Choice(3)),
            ("money.gone", Answer::Choice(1)),
            ("home.chores", Answer::Choice(2)),
        ]);
        let migrated = migrate(1, old, STEPS, 3);
        assert_eq!(
            migrated,
            Ok(raw(&[
                ("home.chores", Answer::Choice(2)),
                ("money.access", Answer::Choice(3)),
            ]))
        );
        assert_eq!(
            migrate(0, raw(&[]), STEPS, 3),
            Err(AnswerError::UnsupportedBankVersion(0))
        );
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
        a.set("warn.monitor.partner", Answer::Choice(4)).unwrap();
        a.set("home.chores", Answer::NotApplicable).unwrap();
        let m = a.mirrored();
        assert_eq!(m.get("money.access"), Some(Answer::Choice(4)));
        assert_eq!(m.get("money.fairness"), Some(Answer::Choice(3)));
        assert_eq!(m.get("warn.monitor.partner"), Some(Answer::Choice(4)));
        assert_eq!(m.get("home.chores"), Some(Answer::NotApplicable));
    }
}
