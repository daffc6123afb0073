//! The saved-data schema: everything Fulcrum keeps on the device, as one
//! versioned JSON document. Decoding never panics: unreadable text, a newer
//! schema and bad answers each come back as a typed error so the app can keep
//! the raw text aside instead of destroying it.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::AnswerError;
use super::{Answer, Answers, BANK_VERSION};

/// Schema 1 kept only the check-up in progress and finished check-ups (as
/// `finished`); schema 2 renames that list to `history` and adds the plan and
/// settings.
pub const SAVE_SCHEMA: u32 = 2;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedData {
    pub schema: u32,
    pub in_progress: Option<InProgress>,
    pub history: Vec<FinishedCheckup>,
    pub plan: Option<Plan>,
    pub settings: Settings,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InProgress {
    pub bank_version: u16,
    /// Milliseconds since the Unix epoch.
    pub started_at: f64,
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FinishedCheckup {
    /// Unique on this device; the finish time in milliseconds, as text.
    pub id: String,
    pub finished_at: f64,
    pub bank_version: u16,
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Ids of up to three chosen practices.
    pub practices: Vec<String>,
    pub chosen_at: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Show a neutral page title instead of "Fulcrum".
    #[serde(default)]
    pub neutral_title: bool,
}

impl SavedData {
    pub fn empty() -> SavedData {
        SavedData {
            schema: SAVE_SCHEMA,
            ..SavedData::default()
        }
    }

    pub fn encode(&self) -> String {
        // Serializing plain structs with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl InProgress {
    pub fn new(now: f64) -> InProgress {
        InProgress {
            bank_version: BANK_VERSION,
            started_at: now,
            answers: BTreeMap::new(),
        }
    }

    pub fn validated(&self) -> Result<Answers, AnswerError> {
        Answers::from_saved(self.bank_version, self.answers.clone())
    }

    pub fn has_answer(&self, item_id: &str) -> bool {
        self.answers.contains_key(item_id)
    }

    /// Where the check-up resumes: the first item without an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        super::bank::first_unanswered(|id| self.has_answer(id))
    }
}

impl FinishedCheckup {
    pub fn validated(&self) -> Result<Answers, AnswerError> {
        Answers::from_saved(self.bank_version, self.answers.clone())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not shaped like Fulcrum's data.
    Corrupt(String),
    /// Written by a newer version of Fulcrum (schema or question set).
    Newer(u32),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Corrupt(why) => write!(f, "saved data could not be read: {why}"),
            LoadError::Newer(v) => write!(f, "saved data is from a newer version ({v})"),
        }
    }
}

/// What decoding found, besides the data itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub data: SavedData,
    /// The text was an older schema and has been carried forward.
    pub migrated_from: Option<u32>,
}

pub fn decode(raw: &str) -> Result<Loaded, LoadError> {
    let mut value: Value =
        serde_json::from_str(raw).map_err(|e| LoadError::Corrupt(e.to_string()))?;
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadError::Corrupt("no schema version".into()))?;
    let schema = u32::try_from(schema).map_err(|_| LoadError::Newer(u32::MAX))?;
    if schema > SAVE_SCHEMA {
        return Err(LoadError::Newer(schema));
    }
    if schema == 0 {
        return Err(LoadError::Corrupt("schema version 0".into()));
    }
    let mut version = schema;
    while version < SAVE_SCHEMA {
        value = migrate_step(version, value)?;
        version += 1;
    }
    let data: SavedData =
        serde_json::from_value(value).map_err(|e| LoadError::Corrupt(e.to_string()))?;
    check_answers(&data)?;
    Ok(Loaded {
        data,
        migrated_from: (schema < SAVE_SCHEMA).then_some(schema),
    })
}

fn migrate_step(from: u32, mut value: Value) -> Result<Value, LoadError> {
    let object = value
        .as_object_mut()
        .ok_or_else(|| LoadError::Corrupt("not an object".into()))?;
    if from == 1 {
        let finished = object.remove("finished").unwrap_or(Value::Array(vec![]));
        object.insert("history".into(), finished);
        object.insert("plan".into(), Value::Null);
        object.insert("settings".into(), serde_json::json!({}));
        object.insert("schema".into(), Value::from(2));
    }
    Ok(value)
}

fn check_answers(data: &SavedData) -> Result<(), LoadError> {
    let in_progress = data.in_progress.iter().map(InProgress::validated);
    let finished = data.history.iter().map(FinishedCheckup::validated);
    for result in in_progress.chain(finished) {
        match result {
            Ok(_) => {}
            Err(AnswerError::FutureBankVersion(v)) => return Err(LoadError::Newer(u32::from(v))),
            Err(e) => return Err(LoadError::Corrupt(e.to_string())),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SavedData {
        let mut data = SavedData::empty();
        let mut progress = InProgress::new(1_700_000_000_000.0);
        progress
            .answers
            .insert("money.access".into(), Answer::Choice(1));
        progress
            .answers
            .insert("home.chores".into(), Answer::NotApplicable);
        data.in_progress = Some(progress);
        data.history.push(FinishedCheckup {
            id: "1".into(),
            finished_at: 1.0,
            bank_version: BANK_VERSION,
            answers: BTreeMap::from([("social.plans".to_owned(), Answer::Choice(4))]),
        });
        data.plan = Some(Plan {
            practices: vec!["open_communication.weekly_checkin".into()],
            chosen_at: 2.0,
        });
        data.settings.neutral_title = true;
        data
    }

    #[test]
    fn round_trips() {
        let data = sample();
        let loaded = decode(&data.encode()).expect("decodes");
        assert_eq!(loaded.data, data);
        assert_eq!(loaded.migrated_from, None);
    }

    #[test]
    fn schema_one_is_carried_forward() {
        let v1 = r#"{"schema":1,"in_progress":null,
            "finished":[{"id":"9","finished_at":9.0,"bank_version":1,
                         "answers":{"money.access":{"choice":0}}}]}"#;
        let loaded = decode(v1).expect("migrates");
        assert_eq!(loaded.migrated_from, Some(1));
        assert_eq!(loaded.data.schema, SAVE_SCHEMA);
        assert_eq!(loaded.data.history.len(), 1);
        assert_eq!(loaded.data.plan, None);
    }

    #[test]
    fn garbage_and_wrong_shapes_are_corrupt_not_panics() {
        for raw in [
            "",
            "{",
            "null",
            "[]",
            "42",
            r#"{"schema":"2"}"#,
            r#"{"schema":0}"#,
            r#"{"schema":2,"history":"nope","settings":{}}"#,
            r#"{"schema":2,"history":[],"settings":{},"in_progress":{"bank_version":1,"started_at":0,"answers":{"money.bogus":{"choice":1}}}}"#,
            r#"{"schema":2,"history":[],"settings":{},"in_progress":{"bank_version":1,"started_at":0,"answers":{"money.access":{"choice":9}}}}"#,
        ] {
            assert!(
                matches!(decode(raw), Err(LoadError::Corrupt(_))),
                "{raw:?} should be corrupt"
            );
        }
    }

    #[test]
    fn newer_schema_or_question_set_is_reported_as_newer() {
        assert_eq!(
            decode(r#"{"schema":3,"anything":true}"#),
            Err(LoadError::Newer(3))
        );
        let future_bank = format!(
            r#"{{"schema":2,"history":[],"settings":{{}},"in_progress":{{"bank_version":{},"started_at":0,"answers":{{}}}}}}"#,
            BANK_VERSION + 1
        );
        assert_eq!(
            decode(&future_bank),
            Err(LoadError::Newer(u32::from(BANK_VERSION + 1)))
        );
    }
}
