//! The check-up's pure core: question bank, answers, scoring, comparison and
//! the saved-data schema. No browser or UI code lives here, so all of it is
//! tested natively.

pub mod advice;
pub mod answers;
pub mod bank;
pub mod compare;
pub mod dimension;
pub mod history;
pub mod saved;
pub mod scoring;
pub mod share;
pub mod support;
pub mod trend;
pub mod walk;

pub use answers::{Answer, AnswerError, Answers};
pub use bank::{Direction, Item, ItemKind, Severity, Subject, BANK, BANK_VERSION};
pub use dimension::Dimension;
