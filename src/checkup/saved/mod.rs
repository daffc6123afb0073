//! The saved-data schema: everything Fulcrum keeps on the device, as one
//! versioned JSON document, written and read with serde. Decoding never
//! panics: unreadable text, a newer schema and bad answers each come back as
//! a typed error so the app can keep the raw text aside instead of
//! destroying it. The field names are the schema's: renaming one is a new
//! schema version.

mod load;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::AnswerError;
use super::{Answer, Answers, BANK_VERSION};

pub use load::{decode, import, LoadError, Loaded, RecordKind, SetAside};

/// Schema 1 kept only the check-up in progress and finished check-ups (as
/// `finished`); schema 2 renames that list to `history` and adds the plan and
/// settings; schema 3 adds partners' views received by link.
pub const SAVE_SCHEMA: u32 = 3;

/// Largest file accepted on import: far beyond years of check-ups, far below
/// anything that could stall the page.
pub const IMPORT_LIMIT_BYTES: usize = 1_000_000;

/// Field order is the order written; earlier versions wrote the same.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SavedData {
    pub schema: u32,
    pub in_progress: Option<InProgress>,
    pub history: Vec<FinishedCheckup>,
    pub plan: Option<Plan>,
    pub settings: Settings,
    pub comparisons: Vec<ReceivedView>,
}

/// A partner's view opened from a link, kept to compare with. Only the link's
/// payload is stored: it is all the link ever held.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReceivedView {
    pub code: String,
    pub opened_at: f64,
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
    /// The check-up the plan was made from; `None` for plans kept before
    /// plans belonged to one, which count as the newest check-up's (absent
    /// from the text, as they were written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkup: Option<String>,
}

impl Plan {
    /// Whether the plan belongs to check-up `id`; `latest` says whether
    /// that is the newest readable one.
    pub fn belongs_to(&self, id: &str, latest: bool) -> bool {
        match &self.checkup {
            Some(own) => own == id,
            None => latest,
        }
    }
}

/// Every setting may be missing (it takes its default); one of the wrong
/// kind makes the whole record unreadable. A chosen code is absent rather
/// than null until chosen, as earlier versions wrote it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Show a neutral page title instead of "Fulcrum".
    pub neutral_title: bool,
    /// Quick exit also erases everything Fulcrum keeps.
    pub erase_on_exit: bool,
    /// The calm word before the first question was read; go straight on.
    pub skip_intro: bool,
    /// The country whose support lines to show, once the person chose one
    /// (a code from `support::Country`); unknown codes fall back to a guess.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The language chosen in the menu, as a BCP 47 tag ("pt-BR"); `None`
    /// follows the browser. A tag this version lacks is ignored, not lost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl SavedData {
    pub fn empty() -> SavedData {
        SavedData {
            schema: SAVE_SCHEMA,
            ..SavedData::default()
        }
    }

    pub fn encode(&self) -> String {
        // Only strings, whole numbers, floats and maps with string keys:
        // serde_json cannot fail on them.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The export file's text: the same document, indented for people.
    pub fn export(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Whether there is anything an import would replace.
    pub fn holds_anything(&self) -> bool {
        self.in_progress
            .as_ref()
            .is_some_and(|p| !p.answers.is_empty())
            || !self.history.is_empty()
            || self.plan.is_some()
            || !self.comparisons.is_empty()
    }

    /// Adds a practice to the plan of check-up `checkup` or takes it out,
    /// dating the plan to now. A plan belongs to one check-up: choosing for
    /// another starts a new plan. Refuses (returns false) to go beyond the
    /// limit, to add an unknown id, or to store a support or safety
    /// practice, which is read, never kept.
    pub fn set_practice(&mut self, id: &str, chosen: bool, now: f64, checkup: &str) -> bool {
        // The plan is rewritten whole below, dated now.
        let mut practices = self.plan_practices(checkup);
        let allowed = !chosen
            || practices.iter().any(|p| p == id)
            || (super::advice::is_practice(id)
                && !super::advice::is_read_only(id)
                && practices.len() < super::advice::PLAN_LIMIT);
        if allowed {
            practices.retain(|p| p != id);
            if chosen {
                practices.push(id.to_owned());
            }
        }
        self.plan = (!practices.is_empty()).then(|| Plan {
            practices,
            chosen_at: now,
            checkup: Some(checkup.to_owned()),
        });
        allowed
    }

    /// The newest finished check-up whose answers can be read, with them.
    pub fn latest_readable(&self) -> Option<(&FinishedCheckup, Answers)> {
        self.history
            .iter()
            .rev()
            .find_map(|h| Some((h, h.validated().ok()?)))
    }

    /// Whether a check-up is under way: at least one question answered.
    pub fn has_started(&self) -> bool {
        self.in_progress
            .as_ref()
            .is_some_and(|p| !p.answers.is_empty())
    }

    /// Throws away the check-up in progress and begins a new one.
    pub fn start_over(&mut self, now: f64) {
        self.in_progress = Some(InProgress::new(now));
    }

    /// Deletes one finished check-up; returns whether it was there.
    pub fn delete_checkup(&mut self, id: &str) -> bool {
        let before = self.history.len();
        self.history.retain(|h| h.id != id);
        self.history.len() != before
    }

    /// Whether home shows something from earlier visits (a result, a plan,
    /// a partner's view), in words looked up by id.
    pub fn home_shows_earlier_visits(&self) -> bool {
        !self.history.is_empty() || self.plan.is_some() || !self.comparisons.is_empty()
    }

    /// Erases one finished check-up and everything of it on the device: its
    /// answers and its plan. Returns whether it was there. (Partners' views
    /// received by link are not part of a check-up and stay.)
    pub fn erase_checkup(&mut self, id: &str) -> bool {
        let Some(erased) = self.history.iter().find(|h| h.id == id) else {
            return false;
        };
        let finished = erased.finished_at;
        let plan_is_its = self.plan.as_ref().is_some_and(|plan| match &plan.checkup {
            Some(own) => own == id,
            // Kept before plans named their check-up: it was made for the
            // one that was newest when it was chosen.
            None => {
                plan.chosen_at >= finished
                    && !self
                        .history
                        .iter()
                        .any(|h| h.finished_at > finished && h.finished_at <= plan.chosen_at)
            }
        });
        if plan_is_its {
            self.plan = None;
        }
        self.delete_checkup(id)
    }

    /// Forgets a partner's view kept from a link; returns whether it was kept.
    pub fn forget_view(&mut self, code: &str) -> bool {
        let before = self.comparisons.len();
        self.comparisons.retain(|c| c.code != code);
        self.comparisons.len() != before
    }

    /// Whether a partner's view from this link is kept on the device.
    pub fn keeps_view(&self, code: &str) -> bool {
        self.comparisons.iter().any(|c| c.code == code)
    }

    /// Records one answer to the check-up in progress, starting one if
    /// needed. Refuses what the bank would not accept.
    pub fn record_answer(&mut self, id: &str, answer: Answer, now: f64) -> Result<(), AnswerError> {
        let progress = self.in_progress.get_or_insert_with(|| InProgress::new(now));
        Answers::from_saved(progress.bank_version, &BTreeMap::new())?.set(id, answer)?;
        progress.answers.insert(id.to_owned(), answer);
        Ok(())
    }

    /// Moves the check-up in progress into the history, dated `now`, and
    /// returns its id; `None` when there was nothing to finish.
    pub fn finish(&mut self, now: f64) -> Option<String> {
        let progress = self.in_progress.take()?;
        let id = (now.round() as i64).to_string();
        self.history.push(FinishedCheckup {
            id: id.clone(),
            finished_at: now,
            bank_version: progress.bank_version,
            answers: progress.answers,
        });
        Some(id)
    }

    /// The country whose support lines to show, as chosen; `None` before a
    /// choice or when the saved code is not one this version knows.
    pub fn chosen_country(&self) -> Option<super::support::Country> {
        self.settings
            .country
            .as_deref()
            .and_then(super::support::Country::from_code)
    }

    pub fn choose_country(&mut self, country: super::support::Country) {
        self.settings.country = Some(country.code().to_owned());
    }

    /// The language tag chosen in the menu, if any.
    pub fn chosen_language(&self) -> Option<&str> {
        self.settings.language.as_deref()
    }

    pub fn choose_language(&mut self, tag: &str) {
        self.settings.language = Some(tag.to_owned());
    }

    pub fn set_neutral_title(&mut self, on: bool) {
        self.settings.neutral_title = on;
    }

    pub fn set_erase_on_exit(&mut self, on: bool) {
        self.settings.erase_on_exit = on;
    }

    pub fn set_skip_intro(&mut self, on: bool) {
        self.settings.skip_intro = on;
    }

    /// Keeps a partner's view once, however often its link is opened.
    /// Returns whether it was new.
    pub fn receive(&mut self, code: &str, now: f64) -> bool {
        if self.comparisons.iter().any(|c| c.code == code) {
            return false;
        }
        self.comparisons.push(ReceivedView {
            code: code.to_owned(),
            opened_at: now,
        });
        true
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
        Answers::from_saved(self.bank_version, &self.answers)
    }

    /// Carries a check-up begun under an older bank to the current one: the
    /// answers it shares keep their meaning; the others stay saved, unasked.
    pub(super) fn carry_forward(&mut self) {
        self.bank_version = self.bank_version.max(BANK_VERSION);
    }

    pub fn has_answer(&self, item_id: &str) -> bool {
        self.answers.contains_key(item_id)
    }

    /// The first item without an answer, from 0 (`SavedData::resume_at`
    /// says where the check-up resumes).
    pub fn first_unanswered(&self) -> Option<usize> {
        super::bank::first_unanswered(|id| self.has_answer(id))
    }
}

impl FinishedCheckup {
    pub fn validated(&self) -> Result<Answers, AnswerError> {
        Answers::from_saved(self.bank_version, &self.answers)
    }
}

// Questions views ask of the data, named once (with their own tests).
mod queries;

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
            checkup: Some("1".into()),
        });
        data.set_neutral_title(true);
        data.set_erase_on_exit(true);
        data.receive("AQABATycfwARZP8CfwB__lc0jzM", 3.0);
        data
    }

    #[test]
    fn round_trips() {
        let data = sample();
        let loaded = decode(&data.encode()).expect("decodes");
        assert_eq!(loaded.data, data);
        assert_eq!(loaded.migrated_from, None);
    }

    /// The exact text earlier versions wrote, so a browser holding data from
    /// one version and a file exported by another read the same.
    #[test]
    fn writes_the_same_text_as_earlier_versions() {
        let mut data = sample();
        data.history[0].finished_at = 1.5;
        // As a version 2 check-up with a plan from before plans belonged to
        // one: both are written exactly as before.
        data.history[0].bank_version = 2;
        if let Some(progress) = data.in_progress.as_mut() {
            progress.bank_version = 2;
        }
        if let Some(plan) = data.plan.as_mut() {
            plan.checkup = None;
        }
        data.settings.erase_on_exit = false;
        data.choose_language("pt-BR");
        assert_eq!(
            data.encode(),
            r#"{"schema":3,"in_progress":{"bank_version":2,"started_at":1700000000000.0,"answers":{"home.chores":"not_applicable","money.access":{"choice":1}}},"history":[{"id":"1","finished_at":1.5,"bank_version":2,"answers":{"social.plans":{"choice":4}}}],"plan":{"practices":["open_communication.weekly_checkin"],"chosen_at":2.0},"settings":{"neutral_title":true,"erase_on_exit":false,"skip_intro":false,"language":"pt-BR"},"comparisons":[{"code":"AQABATycfwARZP8CfwB__lc0jzM","opened_at":3.0}]}"#
        );
        assert_eq!(
            SavedData::empty().export(),
            r#"{
  "schema": 3,
  "in_progress": null,
  "history": [],
  "plan": null,
  "settings": {
    "neutral_title": false,
    "erase_on_exit": false,
    "skip_intro": false
  },
  "comparisons": []
}"#
        );
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
    fn schema_two_gains_an_empty_list_of_partners_views() {
        let v2 = r#"{"schema":2,"in_progress":null,"history":[],"plan":
            {"practices":["forgiveness.apology","gone.away"],"chosen_at":5.0},"settings":{}}"#;
        let loaded = decode(v2).expect("migrates");
        assert_eq!(loaded.migrated_from, Some(2));
        assert!(loaded.data.comparisons.is_empty());
        let plan = loaded.data.plan.expect("plan kept");
        assert_eq!(plan.practices, vec!["forgiveness.apology"]);
        let only_unknown = v2.replace(r#""forgiveness.apology","#, "");
        assert_eq!(decode(&only_unknown).map(|l| l.data.plan), Ok(None));
    }

    #[test]
    fn the_plan_holds_up_to_three_known_practices() {
        let mut data = SavedData::empty();
        for id in [
            "forgiveness.apology",
            "shared_goals.one_goal",
            "open_communication.weekly_checkin",
        ] {
            assert!(data.set_practice(id, true, 10.0, "c1"));
        }
        assert!(!data.set_practice("consistent_trust.repair", true, 11.0, "c1"));
        assert!(!data.set_practice("made.up", true, 11.0, "c1"));
        assert!(data.set_practice("shared_goals.one_goal", false, 12.0, "c1"));
        let plan = data.plan.clone().expect("plan");
        assert_eq!(plan.practices.len(), 2);
        assert_eq!(plan.chosen_at, 12.0);
        data.set_practice("forgiveness.apology", false, 13.0, "c1");
        data.set_practice("open_communication.weekly_checkin", false, 13.0, "c1");
        assert_eq!(data.plan, None);
    }

    #[test]
    fn a_plan_belongs_to_its_check_up_and_never_keeps_safety_practices() {
        let mut data = SavedData::empty();
        assert!(
            !data.set_practice("keep_safe.safe_place", true, 1.0, "c1"),
            "a safety practice is read, never stored"
        );
        assert!(!data.set_practice("support_for_you.reach_out", true, 1.0, "c1"));
        assert_eq!(data.plan, None);
        assert!(data.set_practice("shared_goals.one_goal", true, 2.0, "c1"));
        let plan = data.plan.clone().expect("plan");
        assert_eq!(plan.checkup.as_deref(), Some("c1"));
        assert!(plan.belongs_to("c1", false) && !plan.belongs_to("c2", true));
        // Choosing for another check-up starts that check-up's own plan.
        assert!(data.set_practice("shared_decisions.ask_first", true, 3.0, "c2"));
        let plan = data.plan.clone().expect("plan");
        assert_eq!(plan.practices, vec!["shared_decisions.ask_first"]);
        assert_eq!(plan.checkup.as_deref(), Some("c2"));
        // The check-up it belongs to round-trips; safety practices kept by an
        // older version are dropped on load, so never exported.
        let text = data.export().replace(
            "\"shared_decisions.ask_first\"",
            "\"keep_safe.safe_place\", \"shared_decisions.ask_first\"",
        );
        let loaded = decode(&text).expect("loads");
        assert_eq!(loaded.data.plan, Some(plan));
        assert!(!loaded.data.export().contains("keep_safe"));
    }

    #[test]
    fn declined_answers_round_trip_and_odd_values_never_panic() {
        let mut data = SavedData::empty();
        data.record_answer("warn.fear.partner", Answer::Declined, 1.0)
            .expect("a sign can be declined");
        assert!(data
            .record_answer("money.access", Answer::Declined, 1.0)
            .is_err());
        let text = data.encode();
        assert!(text.contains("\"declined\""), "{text}");
        let loaded = decode(&text).expect("loads");
        assert_eq!(
            loaded
                .data
                .in_progress
                .and_then(|p| p.answers.get("warn.fear.partner").copied()),
            Some(Answer::Declined)
        );
        // An unknown answer word, or a plan's check-up that is not text, is
        // damage to report, never a panic.
        for odd in ["\"maybe\"", "{\"declined\":true}", "null", "[1]"] {
            let text = format!(
                r#"{{"schema":3,"in_progress":{{"bank_version":3,"started_at":1.0,"answers":{{"warn.fear.partner":{odd}}}}},"history":[],"plan":null}}"#
            );
            let _ = decode(&text);
        }
        let bad_plan = r#"{"schema":3,"history":[],"plan":{"practices":["shared_goals.one_goal"],"chosen_at":1.0,"checkup":7}}"#;
        let loaded = decode(bad_plan).expect("the rest still loads");
        assert_eq!(loaded.data.plan, None);
    }

    #[test]
    fn a_chosen_language_is_kept_across_a_reload() {
        let mut data = SavedData::empty();
        assert_eq!(data.chosen_language(), None);
        data.choose_language("pt-BR");
        let loaded = decode(&data.encode()).expect("loads");
        assert_eq!(loaded.data.chosen_language(), Some("pt-BR"));
        // Saves from before the menu have no language: they follow the browser.
        let older = format!(r#"{{"schema":{SAVE_SCHEMA},"settings":{{"neutral_title":true}}}}"#);
        let old = decode(&older).expect("loads");
        assert_eq!(old.data.chosen_language(), None);
        assert!(old.data.settings.neutral_title);
    }

    #[test]
    fn a_chosen_country_is_kept_and_unknown_codes_are_ignored() {
        use crate::checkup::support::Country;
        let mut data = SavedData::empty();
        assert_eq!(data.chosen_country(), None);
        data.choose_country(Country::Nz);
        let loaded = decode(&data.encode()).expect("reads");
        assert_eq!(loaded.data.chosen_country(), Some(Country::Nz));
        data.settings.country = Some("atlantis".into());
        assert_eq!(data.chosen_country(), None);
    }

    #[test]
    fn named_changes_do_what_they_say() {
        let mut data = sample();
        assert!(data.has_started());
        data.start_over(50.0);
        assert!(!data.has_started());
        assert_eq!(data.in_progress.as_ref().map(|p| p.started_at), Some(50.0));
        // The latest readable result skips a damaged newest entry.
        let mut damaged = data.history[0].clone();
        damaged.id = "2".into();
        damaged
            .answers
            .insert("home.chores".into(), Answer::Choice(9));
        data.history.push(damaged);
        assert_eq!(
            data.latest_readable().map(|(h, _)| h.id.as_str()),
            Some("1")
        );
        assert!(data.delete_checkup("2"));
        assert!(!data.delete_checkup("2"));
        assert!(data.keeps_view("AQABATycfwARZP8CfwB__lc0jzM"));
        assert!(data.forget_view("AQABATycfwARZP8CfwB__lc0jzM"));
        assert!(!data.keeps_view("AQABATycfwARZP8CfwB__lc0jzM"));
        assert!(!data.forget_view("nope"));
    }

    #[test]
    fn home_shows_earlier_visits_only_once_there_are_some() {
        let mut data = SavedData::empty();
        assert!(!data.home_shows_earlier_visits());
        data.in_progress = sample().in_progress;
        assert!(
            !data.home_shows_earlier_visits(),
            "a check-up under way names no result"
        );
        assert!(sample().home_shows_earlier_visits());
    }

    #[test]
    fn erasing_a_checkup_takes_the_plan_chosen_for_it() {
        let checkup = |id: &str, finished_at: f64| FinishedCheckup {
            id: id.into(),
            finished_at,
            bank_version: BANK_VERSION,
            answers: BTreeMap::from([("social.plans".to_owned(), Answer::Choice(4))]),
        };
        let mut data = sample();
        data.history.push(checkup("5", 5.0));
        // A plan from before plans named their check-up.
        data.plan = Some(Plan {
            practices: vec!["support_for_you.reach_out".into()],
            chosen_at: 6.0,
            checkup: None,
        });
        // The plan was chosen while check-up 5 was the newest: it goes with it.
        let mut older = data.clone();
        assert!(older.erase_checkup("1"));
        assert!(older.plan.is_some(), "the plan is not the older check-up's");
        assert!(data.erase_checkup("5"));
        assert_eq!(data.plan, None);
        assert_eq!(data.history.len(), 1);
        assert!(data.keeps_view("AQABATycfwARZP8CfwB__lc0jzM"));
        assert!(
            data.in_progress.is_some(),
            "a check-up under way is another one"
        );
        assert!(!data.erase_checkup("5"));
        // A plan chosen before a newer check-up finished belongs to the older.
        let mut data = sample();
        data.history.push(checkup("9", 9.0));
        assert!(data.erase_checkup("9"));
        assert!(data.plan.is_some());
        assert!(data.erase_checkup("1"));
        assert_eq!(data.plan, None);
        // A plan that names its check-up goes with that one only.
        let mut data = sample();
        data.history.push(checkup("9", 9.0));
        data.plan = Some(Plan {
            practices: vec!["shared_goals.one_goal".into()],
            chosen_at: 10.0,
            checkup: Some("1".into()),
        });
        assert!(data.erase_checkup("9"));
        assert!(data.plan.is_some(), "the plan is check-up 1's");
        assert!(data.erase_checkup("1"));
        assert_eq!(data.plan, None);
    }

    #[test]
    fn a_partners_view_is_kept_once() {
        let mut data = SavedData::empty();
        assert!(data.receive("abc", 1.0));
        assert!(!data.receive("abc", 2.0));
        assert_eq!(data.comparisons.len(), 1);
        assert_eq!(data.comparisons[0].opened_at, 1.0);
    }

    #[test]
    fn import_reads_an_export_and_refuses_damage() {
        let data = sample();
        assert_eq!(import(&data.export()).map(|l| l.data), Ok(data.clone()));
        let export = data.export();
        let cut = &export[..export.len() / 2];
        assert!(matches!(import(cut), Err(LoadError::Corrupt(_))));
        assert!(matches!(
            import("a picture, not data"),
            Err(LoadError::Corrupt(_))
        ));
        let huge = " ".repeat(IMPORT_LIMIT_BYTES + 1);
        assert!(matches!(import(&huge), Err(LoadError::Corrupt(_))));
        assert!(!SavedData::empty().holds_anything());
        assert!(data.holds_anything());
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
        ] {
            assert!(
                matches!(decode(raw), Err(LoadError::Corrupt(_))),
                "{raw:?} should be corrupt"
            );
        }
        // Wrong-shaped records are set aside one by one, not fatal.
        for raw in [
            r#"{"schema":2,"history":"nope","settings":{}}"#,
            r#"{"schema":2,"history":[],"settings":{},"in_progress":{"bank_version":1,"started_at":0,"answers":{"money.access":{"choice":9}}}}"#,
        ] {
            let loaded = decode(raw).expect("the rest loads");
            assert_eq!(loaded.set_aside.len(), 1, "{raw:?}");
        }
    }

    #[test]
    fn unknown_and_retired_ids_are_kept_not_dropped() {
        let raw = r#"{"schema":3,"history":[{"id":"1","finished_at":1.0,"bank_version":2,
            "answers":{"money.bogus":{"choice":1},"money.earns":{"choice":0},"home.chores":{"choice":2}}}],
            "settings":{},"comparisons":[],"in_progress":null}"#;
        let loaded = decode(raw).expect("unknown ids never make data unreadable");
        let kept = &loaded.data.history[0].answers;
        assert_eq!(kept.len(), 3, "nothing is dropped");
        let answers = loaded.data.history[0].validated().expect("readable");
        assert_eq!((answers.len(), answers.unread()), (1, 2));
        // Written back, the unknown answers are still there.
        assert!(loaded.data.encode().contains("money.bogus"));
    }

    #[test]
    fn a_check_up_begun_with_version_one_carries_on_with_version_two() {
        let raw = r#"{"schema":3,"history":[],"settings":{},"comparisons":[],
            "in_progress":{"bank_version":1,"started_at":0,"answers":
            {"decisions.final_say":{"choice":0},"money.earns":{"choice":1}}}}"#;
        let loaded = decode(raw).expect("reads");
        let progress = loaded.data.in_progress.expect("kept");
        assert_eq!(progress.bank_version, BANK_VERSION);
        assert!(progress.has_answer("decisions.final_say"));
        assert_eq!(progress.answers.len(), 2, "the retired answer stays saved");
        assert_eq!(progress.first_unanswered(), Some(1));
    }

    #[test]
    fn answers_are_recorded_through_the_bank_and_finished_into_history() {
        let mut data = SavedData::empty();
        assert_eq!(
            data.record_answer("money.access", Answer::Choice(1), 5.0),
            Ok(())
        );
        assert!(data
            .record_answer("money.access", Answer::Choice(7), 6.0)
            .is_err());
        assert!(data
            .record_answer("money.earns", Answer::Choice(1), 6.0)
            .is_err());
        let progress = data.in_progress.clone().expect("started");
        assert_eq!(progress.started_at, 5.0);
        assert_eq!(
            progress.answers.get("money.access"),
            Some(&Answer::Choice(1))
        );
        assert_eq!(data.finish(9.0), Some("9".to_owned()));
        assert_eq!(data.in_progress, None);
        assert_eq!(data.history[0].answers.len(), 1);
        assert_eq!(data.finish(10.0), None, "nothing left to finish");
    }

    #[test]
    fn newer_schema_or_question_set_is_reported_as_newer() {
        assert_eq!(
            decode(r#"{"schema":4,"anything":true}"#),
            Err(LoadError::Newer(4))
        );
        let future_bank = format!(
            r#"{{"schema":3,"history":[],"settings":{{}},"comparisons":[],"in_progress":{{"bank_version":{},"started_at":0,"answers":{{}}}}}}"#,
            BANK_VERSION + 1
        );
        assert_eq!(
            decode(&future_bank),
            Err(LoadError::Newer(u32::from(BANK_VERSION + 1)))
        );
    }
}
