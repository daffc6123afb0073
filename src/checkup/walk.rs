//! The walk through the questions: the part of the check-up each question
//! belongs to, where a part begins (its short introduction shows there),
//! and the scale each question is answered on.

use super::{Dimension, Item, ItemKind, Subject, BANK};

/// A part of the check-up, as its heading names it: one dimension's
/// questions, or the signs about the partner or about oneself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Dimension(Dimension),
    Signs(Subject),
}

/// The five points a question is answered on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Who usually does it, from "I do" to "my partner does".
    Balance,
    /// How fair it feels.
    Fairness,
    /// How often it happens, from never to very often.
    Frequency,
}

impl Item {
    /// The part of the check-up this question belongs to.
    pub fn part(&self) -> Part {
        match self.kind {
            ItemKind::Balance { dimension, .. } | ItemKind::Fairness { dimension } => {
                Part::Dimension(dimension)
            }
            ItemKind::Sign { about, .. } => Part::Signs(about),
        }
    }

    /// The scale this question is answered on.
    pub fn scale(&self) -> Scale {
        match self.kind {
            ItemKind::Balance { .. } => Scale::Balance,
            ItemKind::Fairness { .. } => Scale::Fairness,
            ItemKind::Sign { .. } => Scale::Frequency,
        }
    }
}

/// Whether question `number` (from 1) is the first of its part, so the
/// part's introduction shows above it; never for a number that is no
/// question.
pub fn opens_part(number: usize) -> bool {
    let Some(item) = number.checked_sub(1).and_then(|i| BANK.get(i)) else {
        return false;
    };
    number
        .checked_sub(2)
        .and_then(|i| BANK.get(i))
        .is_none_or(|before| before.part() != item.part())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_part_is_introduced_once_at_its_first_question() {
        assert!(opens_part(1));
        assert!(!opens_part(0) && !opens_part(BANK.len() + 1));
        let mut parts = Vec::new();
        for number in 1..=BANK.len() {
            let part = BANK[number - 1].part();
            if opens_part(number) {
                assert!(!parts.contains(&part), "{part:?} introduced twice");
                parts.push(part);
            } else {
                assert_eq!(parts.last(), Some(&part), "question {number}");
            }
        }
        // Every dimension, then the signs about the partner and oneself.
        assert_eq!(parts.len(), Dimension::ALL.len() + 2);
        assert!(parts.contains(&Part::Signs(Subject::Partner)));
        assert!(parts.contains(&Part::Signs(Subject::Myself)));
    }

    #[test]
    fn signs_are_counted_by_how_often_and_each_part_asks_how_fair_once() {
        for item in BANK {
            assert_eq!(
                item.is_sign(),
                item.scale() == Scale::Frequency,
                "{}",
                item.id
            );
            assert_eq!(item.is_sign(), matches!(item.part(), Part::Signs(_)));
            if let Part::Dimension(d) = item.part() {
                assert_eq!(item.dimension(), Some(d));
            }
        }
        for d in Dimension::ALL {
            let fairness = BANK
                .iter()
                .filter(|i| i.part() == Part::Dimension(d) && i.scale() == Scale::Fairness);
            assert_eq!(fairness.count(), 1, "{d:?}");
        }
    }
}
