//! Reading saved text back: migration from older schemas, and record-by-record
//! checks, so one damaged check-up or view is kept aside on its own instead
//! of hiding everything else. Decoding never panics.

use std::cell::OnceCell;
use std::fmt;

use super::json::{self, Json};
use super::records::{nullable, Record};
use super::{
    FinishedCheckup, InProgress, Plan, ReceivedView, SavedData, Settings, IMPORT_LIMIT_BYTES,
    SAVE_SCHEMA,
};
use crate::checkup::answers::AnswerError;
use crate::checkup::share;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not shaped like Fulcrum's data at all.
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

/// What kind of record could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    InProgress,
    FinishedCheckup,
    PartnersView,
    Plan,
    Settings,
}

/// One damaged record, taken out of the data and kept as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub kind: RecordKind,
    /// When it was made, if that much could be read.
    pub date: Option<f64>,
    /// The record's own text, untouched.
    pub raw: String,
}

/// What decoding found, besides the data itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub data: SavedData,
    /// The text was an older schema and has been carried forward.
    pub migrated_from: Option<u32>,
    /// Records that could not be read; everything else was loaded.
    pub set_aside: Vec<SetAside>,
}

/// Reads an export file: the same checks as saved data, plus a size limit.
/// A file with any damaged record is refused whole: an import replaces
/// everything, so it must be sound.
pub fn import(raw: &str) -> Result<Loaded, LoadError> {
    if raw.len() > IMPORT_LIMIT_BYTES {
        return Err(LoadError::Corrupt("file too large".into()));
    }
    let loaded = decode(raw)?;
    if loaded.set_aside.is_empty() {
        Ok(loaded)
    } else {
        Err(LoadError::Corrupt("a record is damaged".into()))
    }
}

pub fn decode(raw: &str) -> Result<Loaded, LoadError> {
    let mut value = json::parse(raw).map_err(|e| LoadError::Corrupt(e.to_string()))?;
    let schema = value
        .get("schema")
        .and_then(Json::as_f64)
        .filter(|n| n.fract() == 0.0 && *n >= 0.0)
        .ok_or_else(|| LoadError::Corrupt("no schema version".into()))?;
    // Beyond u32 saturates, still newer.
    let schema = schema as u32;
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
    if !matches!(value, Json::Object(_)) {
        return Err(LoadError::Corrupt("not an object".into()));
    }
    let mut object = value;
    let mut reader = Reader {
        set_aside: Vec::new(),
        source: raw,
        written: OnceCell::new(),
    };
    let mut data = SavedData::empty();
    data.in_progress = reader.in_progress(object.take("in_progress"))?;
    data.history = reader.each(
        object.take("history"),
        // Schema 1 called the list "finished".
        if schema == 1 { "finished" } else { "history" },
        RecordKind::FinishedCheckup,
        |h: &FinishedCheckup| checked(h.validated(), Some(h.finished_at)),
    )?;
    data.comparisons = reader.each(
        object.take("comparisons"),
        "comparisons",
        RecordKind::PartnersView,
        |v: &ReceivedView| {
            // A view whose link no longer reads is damaged, whatever its shape.
            match share::decode(&v.code) {
                Ok(_) => Ok(()),
                Err(_) => Err(Some(v.opened_at)),
            }
        },
    )?;
    data.plan = reader
        .one(
            object.take("plan"),
            "plan",
            RecordKind::Plan,
            nullable::<Plan>,
        )
        .flatten();
    data.settings = reader
        .one(
            object.take("settings"),
            "settings",
            RecordKind::Settings,
            Settings::from_json,
        )
        .unwrap_or_default();
    // A plan naming practices this version does not know keeps the rest.
    if let Some(plan) = data.plan.as_mut() {
        plan.practices = crate::checkup::advice::clean_plan(&plan.practices);
    }
    if data.plan.as_ref().is_some_and(|p| p.practices.is_empty()) {
        data.plan = None;
    }
    Ok(Loaded {
        data,
        migrated_from: (schema < SAVE_SCHEMA).then_some(schema),
        set_aside: reader.set_aside,
    })
}

/// A record's answers checked: fine, newer than this app (stop: nothing may
/// be changed), or damaged (set aside, with its date if known).
fn checked<T>(validated: Result<T, AnswerError>, date: Option<f64>) -> Result<(), Check> {
    match validated {
        Ok(_) => Ok(()),
        Err(AnswerError::FutureBankVersion(v)) => Err(Check::Newer(v)),
        Err(_) => Err(Check::Damaged(date)),
    }
}

enum Check {
    Newer(u16),
    Damaged(Option<f64>),
}

impl From<Option<f64>> for Check {
    fn from(date: Option<f64>) -> Check {
        Check::Damaged(date)
    }
}

struct Reader<'a> {
    set_aside: Vec<SetAside>,
    /// The saved text, so a damaged record is kept aside exactly as it was
    /// written, not as Fulcrum would write it.
    source: &'a str,
    /// Each top-level member's text, cut from `source` only once something
    /// is set aside: a sound document is read once.
    written: OnceCell<Vec<(String, &'a str)>>,
}

/// Where a record sits in the saved document: a top-level member, or one
/// item of a member that is a list.
type Place<'k> = (&'k str, Option<usize>);

impl<'a> Reader<'a> {
    /// The record's text as written, if the document can be cut into parts.
    fn written(&self, (key, item): Place) -> Option<&'a str> {
        let source = self.source;
        let members = self
            .written
            .get_or_init(|| json::member_texts(source).unwrap_or_default());
        let member = members.iter().rev().find(|(k, _)| k == key)?.1;
        match item {
            None => Some(member),
            Some(i) => json::item_texts(member)?.get(i).copied(),
        }
    }

    fn keep_aside(&mut self, kind: RecordKind, date: Option<f64>, value: &Json, place: Place) {
        let raw = self
            .written(place)
            .map_or_else(|| value.to_text(), str::to_owned);
        self.set_aside.push(SetAside { kind, date, raw });
    }

    /// One record that may be absent; set aside when it does not read.
    fn one<T>(
        &mut self,
        value: Option<Json>,
        key: &str,
        kind: RecordKind,
        read: impl Fn(&Json) -> Option<T>,
    ) -> Option<T> {
        let value = value?;
        let read = read(&value);
        if read.is_none() {
            self.keep_aside(kind, None, &value, (key, None));
        }
        read
    }

    fn in_progress(&mut self, value: Option<Json>) -> Result<Option<InProgress>, LoadError> {
        let Some(value) = value else { return Ok(None) };
        let Some(mut progress) = self
            .one(
                Some(value.clone()),
                "in_progress",
                RecordKind::InProgress,
                nullable::<InProgress>,
            )
            .flatten()
        else {
            return Ok(None);
        };
        match checked(progress.validated(), Some(progress.started_at)) {
            Ok(()) => {
                progress.carry_forward();
                Ok(Some(progress))
            }
            Err(Check::Newer(v)) => Err(LoadError::Newer(u32::from(v))),
            Err(Check::Damaged(date)) => {
                self.keep_aside(RecordKind::InProgress, date, &value, ("in_progress", None));
                Ok(None)
            }
        }
    }

    /// A list of records, each read and checked on its own. A list that is
    /// not a list at all is set aside whole.
    fn each<T, C>(
        &mut self,
        value: Option<Json>,
        key: &str,
        kind: RecordKind,
        check: impl Fn(&T) -> Result<(), C>,
    ) -> Result<Vec<T>, LoadError>
    where
        T: Record,
        C: Into<Check>,
    {
        let items = match value {
            None | Some(Json::Null) => return Ok(Vec::new()),
            Some(Json::Array(items)) => items,
            Some(other) => {
                self.keep_aside(kind, None, &other, (key, None));
                return Ok(Vec::new());
            }
        };
        let mut kept = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            let read = match T::from_json(&item) {
                Some(read) => read,
                None => {
                    let date = date_of(&item);
                    self.keep_aside(kind, date, &item, (key, Some(i)));
                    continue;
                }
            };
            match check(&read).map_err(Into::into) {
                Ok(()) => kept.push(read),
                Err(Check::Newer(v)) => return Err(LoadError::Newer(u32::from(v))),
                Err(Check::Damaged(date)) => self.keep_aside(kind, date, &item, (key, Some(i))),
            }
        }
        Ok(kept)
    }
}

/// The date a damaged record carries, if it can be read.
fn date_of(item: &Json) -> Option<f64> {
    ["finished_at", "opened_at", "started_at"]
        .into_iter()
        .find_map(|key| item.get(key).and_then(Json::as_f64))
}

fn migrate_step(from: u32, mut value: Json) -> Result<Json, LoadError> {
    if !matches!(value, Json::Object(_)) {
        return Err(LoadError::Corrupt("not an object".into()));
    }
    if from == 1 {
        let finished = value.take("finished").unwrap_or(Json::Array(vec![]));
        value.set("history", finished);
        value.set("plan", Json::Null);
        value.set("settings", Json::Object(vec![]));
        value.set("schema", Json::Whole(2));
    }
    if from == 2 {
        value.set("comparisons", Json::Array(vec![]));
        value.set("schema", Json::Whole(3));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD_VIEW: &str = "AQABATycfwARZP8CfwB__lc0jzM";

    fn with(history: &str, comparisons: &str) -> String {
        format!(
            r#"{{"schema":3,"in_progress":null,"history":{history},"plan":null,
                "settings":{{"neutral_title":true}},"comparisons":{comparisons}}}"#
        )
    }

    #[test]
    fn one_damaged_check_up_is_set_aside_and_the_rest_load() {
        let raw = with(
            r#"[{"id":"1","finished_at":1.0,"bank_version":2,"answers":{"home.chores":{"choice":1}}},
                {"id":"2","finished_at":2.0,"bank_version":2,"answers":{"home.chores":{"choice":9}}},
                {"id":"3","finished_at":"yesterday"}]"#,
            &format!(
                r#"[{{"code":"{GOOD_VIEW}","opened_at":4.0}},{{"code":"broken","opened_at":5.0}}]"#
            ),
        );
        let loaded = decode(&raw).expect("the readable part loads");
        let ids: Vec<&str> = loaded.data.history.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, vec!["1"]);
        assert_eq!(loaded.data.comparisons.len(), 1);
        assert!(loaded.data.settings.neutral_title, "settings survive");
        let kinds: Vec<(RecordKind, Option<f64>)> =
            loaded.set_aside.iter().map(|s| (s.kind, s.date)).collect();
        assert_eq!(
            kinds,
            vec![
                (RecordKind::FinishedCheckup, Some(2.0)),
                (RecordKind::FinishedCheckup, None),
                (RecordKind::PartnersView, Some(5.0)),
            ]
        );
        // Each set-aside record is its own text, untouched.
        assert!(loaded.set_aside[0].raw.contains(r#""choice":9"#));
        assert!(import(&raw).is_err(), "an import must be sound throughout");
    }

    #[test]
    fn damaged_settings_plan_or_progress_do_not_hide_the_history() {
        let raw = r#"{"schema":3,"in_progress":{"bank_version":2,"started_at":7.0,"answers":{"money.access":{"choice":77}}},
            "history":[{"id":"1","finished_at":1.0,"bank_version":2,"answers":{}}],
            "plan":{"practices":"all of them"},"settings":{"neutral_title":"maybe"},"comparisons":"none"}"#;
        let loaded = decode(raw).expect("loads");
        assert_eq!(loaded.data.history.len(), 1);
        assert_eq!(loaded.data.in_progress, None);
        assert_eq!(loaded.data.plan, None);
        assert_eq!(loaded.data.settings, Settings::default());
        let kinds: Vec<RecordKind> = loaded.set_aside.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![
                RecordKind::InProgress,
                RecordKind::PartnersView,
                RecordKind::Plan,
                RecordKind::Settings
            ]
        );
    }

    #[test]
    fn a_set_aside_record_keeps_its_own_text_exactly() {
        let damaged = r#"{ "id" : "2", "finished_at": 1.7e12, "note": "caf\u00e9 0.30000000000000004",
                "bank_version":2,"answers":{"home.chores":{"choice":9}} }"#;
        let raw = with(&format!("[ {damaged} ]"), "[]");
        let loaded = decode(&raw).expect("loads");
        assert_eq!(loaded.set_aside.len(), 1);
        assert_eq!(loaded.set_aside[0].raw, damaged);
        assert_eq!(loaded.set_aside[0].date, Some(1.7e12));
        let settings = r#"{"schema":3,"settings": {"neutral_title": 1.50}}"#;
        assert_eq!(
            decode(settings).expect("loads").set_aside[0].raw,
            r#"{"neutral_title": 1.50}"#
        );
    }

    #[test]
    fn a_newer_check_up_still_stops_everything() {
        let raw = with(
            r#"[{"id":"1","finished_at":1.0,"bank_version":99,"answers":{}}]"#,
            "[]",
        );
        assert_eq!(decode(&raw), Err(LoadError::Newer(99)));
    }
}
