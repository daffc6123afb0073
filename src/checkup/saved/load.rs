//! Reading saved text back: migration from older schemas, and record-by-record
//! checks, so one damaged check-up or view is kept aside on its own instead
//! of hiding everything else. Decoding never panics.
//!
//! The document is read in three passes of serde_json, each linear in the
//! text: the top-level members as raw text, each list as raw items, then each
//! record into its type. A damaged record is therefore kept aside exactly as
//! it was written, and no input under the import limit can make reading
//! slow.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::{
    FinishedCheckup, InProgress, Plan, ReceivedView, SavedData, Settings, IMPORT_LIMIT_BYTES,
    SAVE_SCHEMA,
};
use crate::checkup::answers::AnswerError;
use crate::checkup::share;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not shaped like Fulcrum's data at all; says why, for
    /// people reading a test (the app says it in its own words).
    Corrupt(&'static str),
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
/// A file with any damaged record is refused whole, at the first one: an
/// import replaces everything, so it must be sound.
pub fn import(raw: &str) -> Result<Loaded, LoadError> {
    if raw.len() > IMPORT_LIMIT_BYTES {
        return Err(LoadError::Corrupt("file too large"));
    }
    read(raw, Damage::Refuse)
}

/// Reads the saved document, setting damaged records aside.
pub fn decode(raw: &str) -> Result<Loaded, LoadError> {
    read(raw, Damage::SetAside)
}

/// What a damaged record does to the whole.
#[derive(Clone, Copy, PartialEq)]
enum Damage {
    SetAside,
    Refuse,
}

/// The document's members, each as written. A member given twice counts
/// with its last value, as in JavaScript.
type Members<'a> = BTreeMap<String, &'a RawValue>;

// One copy for saved data and imports alike.
#[inline(never)]
fn read(raw: &str, damage: Damage) -> Result<Loaded, LoadError> {
    let members: Members =
        serde_json::from_str(raw).map_err(|_| LoadError::Corrupt("not a JSON object"))?;
    let schema = members
        .get("schema")
        .and_then(|v| serde_json::from_str::<f64>(v.get()).ok())
        .filter(|n| n.fract() == 0.0 && *n >= 0.0)
        .ok_or(LoadError::Corrupt("no schema version"))?;
    // Beyond u32 saturates, still newer.
    let schema = schema as u32;
    if schema > SAVE_SCHEMA {
        return Err(LoadError::Newer(schema));
    }
    if schema == 0 {
        return Err(LoadError::Corrupt("schema version 0"));
    }
    // Carried forward from older schemas: schema 1 called the history
    // "finished" and had no plan or settings; schema 2 had no partners'
    // views.
    let member = |key: &str, since: u32| members.get(key).copied().filter(|_| schema >= since);
    let history = if schema == 1 {
        member("finished", 1)
    } else {
        member("history", 2)
    };
    let mut reader = Reader {
        set_aside: Vec::new(),
        damage,
    };
    let mut data = SavedData::empty();
    data.in_progress = reader.in_progress(member("in_progress", 1))?;
    data.history = reader.each(
        history,
        RecordKind::FinishedCheckup,
        |h: &FinishedCheckup| checked(h.validated(), Some(h.finished_at)),
    )?;
    data.comparisons = reader.each(
        member("comparisons", 3),
        RecordKind::PartnersView,
        |v: &ReceivedView| {
            // A view whose link no longer reads is damaged, whatever its shape.
            match share::decode(&v.code) {
                Ok(_) => Ok(()),
                Err(_) => Err(Check::Damaged(Some(v.opened_at))),
            }
        },
    )?;
    data.plan = reader
        .one::<Option<Plan>>(member("plan", 2), RecordKind::Plan)?
        .flatten();
    data.settings = reader
        .one::<Settings>(member("settings", 2), RecordKind::Settings)?
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

struct Reader {
    set_aside: Vec<SetAside>,
    damage: Damage,
}

impl Reader {
    fn keep_aside(
        &mut self,
        kind: RecordKind,
        date: Option<f64>,
        raw: &RawValue,
    ) -> Result<(), LoadError> {
        if self.damage == Damage::Refuse {
            return Err(LoadError::Corrupt("a record is damaged"));
        }
        self.set_aside.push(SetAside {
            kind,
            date,
            raw: raw.get().to_owned(),
        });
        Ok(())
    }

    /// One record that may be absent; set aside when it does not read.
    fn one<T: DeserializeOwned>(
        &mut self,
        raw: Option<&RawValue>,
        kind: RecordKind,
    ) -> Result<Option<T>, LoadError> {
        let Some(raw) = raw else { return Ok(None) };
        match serde_json::from_str(raw.get()) {
            Ok(read) => Ok(Some(read)),
            Err(_) => self.keep_aside(kind, None, raw).map(|()| None),
        }
    }

    fn in_progress(&mut self, raw: Option<&RawValue>) -> Result<Option<InProgress>, LoadError> {
        let kind = RecordKind::InProgress;
        let Some(mut progress) = self.one::<Option<InProgress>>(raw, kind)?.flatten() else {
            return Ok(None);
        };
        match checked(progress.validated(), Some(progress.started_at)) {
            Ok(()) => {
                progress.carry_forward();
                Ok(Some(progress))
            }
            Err(Check::Newer(v)) => Err(LoadError::Newer(u32::from(v))),
            Err(Check::Damaged(date)) => {
                if let Some(raw) = raw {
                    self.keep_aside(kind, date, raw)?;
                }
                Ok(None)
            }
        }
    }

    /// A list of records, each read and checked on its own. A list that is
    /// not a list at all is set aside whole.
    fn each<T: DeserializeOwned>(
        &mut self,
        raw: Option<&RawValue>,
        kind: RecordKind,
        check: impl Fn(&T) -> Result<(), Check>,
    ) -> Result<Vec<T>, LoadError> {
        let Some(raw) = raw else {
            return Ok(Vec::new());
        };
        let items = match serde_json::from_str::<Option<Vec<&RawValue>>>(raw.get()) {
            Ok(items) => items.unwrap_or_default(),
            Err(_) => {
                self.keep_aside(kind, None, raw)?;
                return Ok(Vec::new());
            }
        };
        let mut kept = Vec::new();
        for item in items {
            let checked = match serde_json::from_str::<T>(item.get()) {
                Ok(read) => check(&read).map(|()| read),
                Err(_) => Err(Check::Damaged(date_of(item))),
            };
            match checked {
                Ok(read) => kept.push(read),
                Err(Check::Newer(v)) => return Err(LoadError::Newer(u32::from(v))),
                Err(Check::Damaged(date)) => self.keep_aside(kind, date, item)?,
            }
        }
        Ok(kept)
    }
}

/// The date a damaged record carries, if it can be read.
fn date_of(item: &RawValue) -> Option<f64> {
    let members: Members = serde_json::from_str(item.get()).ok()?;
    ["finished_at", "opened_at", "started_at"]
        .into_iter()
        .find_map(|key| serde_json::from_str(members.get(key)?.get()).ok())
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
