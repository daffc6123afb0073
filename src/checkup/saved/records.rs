//! Each saved record to and from JSON, field by field, under the names the
//! schema has always used. Reading checks every field: a record with a field
//! missing or of the wrong kind is `None` (damaged, kept aside by `load`);
//! fields this version does not know are ignored.

use std::collections::BTreeMap;

use super::json::Json;
use super::{FinishedCheckup, InProgress, Plan, ReceivedView, SavedData, Settings};
use crate::checkup::Answer;

/// A record of the saved data as JSON.
pub(super) trait Record: Sized {
    fn to_json(&self) -> Json;
    fn from_json(value: &Json) -> Option<Self>;
}

fn object<const N: usize>(members: [(&str, Json); N]) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

fn text(s: &str) -> Json {
    Json::String(s.to_owned())
}

fn field_text(value: &Json, key: &str) -> Option<String> {
    value.get(key)?.as_str().map(str::to_owned)
}

fn field_number(value: &Json, key: &str) -> Option<f64> {
    value.get(key)?.as_f64()
}

fn field_version(value: &Json, key: &str) -> Option<u16> {
    value.get(key)?.as_whole(u16::MAX.into()).map(|v| v as u16)
}

/// A field that may be absent or null; `None` when it is there but unreadable.
fn optional<T>(value: Option<&Json>, read: impl Fn(&Json) -> Option<T>) -> Option<Option<T>> {
    match value {
        None | Some(Json::Null) => Some(None),
        Some(present) => read(present).map(Some),
    }
}

fn list<T: Record>(items: &[T]) -> Json {
    Json::Array(items.iter().map(Record::to_json).collect())
}

fn or_null<T: Record>(record: &Option<T>) -> Json {
    record.as_ref().map_or(Json::Null, Record::to_json)
}

impl Record for Answer {
    fn to_json(&self) -> Json {
        match self {
            Answer::Choice(i) => object([("choice", Json::Whole((*i).into()))]),
            Answer::NotApplicable => text("not_applicable"),
            Answer::Declined => text("declined"),
        }
    }

    fn from_json(value: &Json) -> Option<Answer> {
        match value {
            Json::String(s) if s == "not_applicable" => Some(Answer::NotApplicable),
            Json::String(s) if s == "declined" => Some(Answer::Declined),
            Json::Object(members) if members.len() == 1 => value
                .get("choice")?
                .as_whole(u8::MAX.into())
                .map(|i| Answer::Choice(i as u8)),
            _ => None,
        }
    }
}

fn answers_to_json(answers: &BTreeMap<String, Answer>) -> Json {
    Json::Object(
        answers
            .iter()
            .map(|(id, answer)| (id.clone(), answer.to_json()))
            .collect(),
    )
}

fn answers_from_json(value: Option<&Json>) -> Option<BTreeMap<String, Answer>> {
    let Some(Json::Object(members)) = value else {
        return None;
    };
    // Inserted one by one: collecting into a BTreeMap sorts with a stable
    // sort of its own, which the WebAssembly would carry only for this.
    let mut answers = BTreeMap::new();
    for (id, answer) in members {
        answers.insert(id.clone(), Answer::from_json(answer)?);
    }
    Some(answers)
}

impl Record for InProgress {
    fn to_json(&self) -> Json {
        object([
            ("bank_version", Json::Whole(self.bank_version.into())),
            ("started_at", Json::Number(self.started_at)),
            ("answers", answers_to_json(&self.answers)),
        ])
    }

    fn from_json(value: &Json) -> Option<InProgress> {
        Some(InProgress {
            bank_version: field_version(value, "bank_version")?,
            started_at: field_number(value, "started_at")?,
            answers: answers_from_json(value.get("answers"))?,
        })
    }
}

impl Record for FinishedCheckup {
    fn to_json(&self) -> Json {
        object([
            ("id", text(&self.id)),
            ("finished_at", Json::Number(self.finished_at)),
            ("bank_version", Json::Whole(self.bank_version.into())),
            ("answers", answers_to_json(&self.answers)),
        ])
    }

    fn from_json(value: &Json) -> Option<FinishedCheckup> {
        Some(FinishedCheckup {
            id: field_text(value, "id")?,
            finished_at: field_number(value, "finished_at")?,
            bank_version: field_version(value, "bank_version")?,
            answers: answers_from_json(value.get("answers"))?,
        })
    }
}

impl Record for ReceivedView {
    fn to_json(&self) -> Json {
        object([
            ("code", text(&self.code)),
            ("opened_at", Json::Number(self.opened_at)),
        ])
    }

    fn from_json(value: &Json) -> Option<ReceivedView> {
        Some(ReceivedView {
            code: field_text(value, "code")?,
            opened_at: field_number(value, "opened_at")?,
        })
    }
}

impl Record for Plan {
    fn to_json(&self) -> Json {
        let practices = self.practices.iter().map(|p| text(p)).collect();
        let mut members = vec![
            ("practices".to_owned(), Json::Array(practices)),
            ("chosen_at".to_owned(), Json::Number(self.chosen_at)),
        ];
        if let Some(checkup) = &self.checkup {
            members.push(("checkup".to_owned(), text(checkup)));
        }
        Json::Object(members)
    }

    fn from_json(value: &Json) -> Option<Plan> {
        let Some(Json::Array(items)) = value.get("practices") else {
            return None;
        };
        Some(Plan {
            practices: items
                .iter()
                .map(|p| p.as_str().map(str::to_owned))
                .collect::<Option<_>>()?,
            chosen_at: field_number(value, "chosen_at")?,
            // A plan from before plans belonged to a check-up has none.
            checkup: match value.get("checkup") {
                None | Some(Json::Null) => None,
                Some(other) => Some(other.as_str()?.to_owned()),
            },
        })
    }
}

impl Record for Settings {
    fn to_json(&self) -> Json {
        let mut members = vec![
            ("neutral_title".to_owned(), Json::Bool(self.neutral_title)),
            ("erase_on_exit".to_owned(), Json::Bool(self.erase_on_exit)),
            ("skip_intro".to_owned(), Json::Bool(self.skip_intro)),
        ];
        // Absent rather than null, as earlier versions wrote them.
        for (key, chosen) in [("country", &self.country), ("language", &self.language)] {
            if let Some(code) = chosen {
                members.push((key.to_owned(), text(code)));
            }
        }
        Json::Object(members)
    }

    /// Every setting may be missing (it takes its default); one of the
    /// wrong kind makes the whole record unreadable.
    fn from_json(value: &Json) -> Option<Settings> {
        let Json::Object(_) = value else {
            return None;
        };
        let switch = |key: &str| match value.get(key) {
            None => Some(false),
            Some(Json::Bool(on)) => Some(*on),
            Some(_) => None,
        };
        let code = |key: &str| optional(value.get(key), |v| v.as_str().map(str::to_owned));
        Some(Settings {
            neutral_title: switch("neutral_title")?,
            erase_on_exit: switch("erase_on_exit")?,
            skip_intro: switch("skip_intro")?,
            country: code("country")?,
            language: code("language")?,
        })
    }
}

impl SavedData {
    pub(super) fn to_json(&self) -> Json {
        object([
            ("schema", Json::Whole(self.schema.into())),
            ("in_progress", or_null(&self.in_progress)),
            ("history", list(&self.history)),
            ("plan", or_null(&self.plan)),
            ("settings", self.settings.to_json()),
            ("comparisons", list(&self.comparisons)),
        ])
    }
}

/// A record that may be null (no check-up in progress, no plan).
pub(super) fn nullable<T: Record>(value: &Json) -> Option<Option<T>> {
    optional(Some(value), T::from_json)
}
