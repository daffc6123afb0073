//! The questions screens ask of the saved data, each answered once here:
//! where a check-up resumes, which question an address shows, what a setting
//! says, which lists and plan there are to show. Screens call these and
//! never read the data's fields or decide for themselves, so the rules are
//! tested natively and two screens cannot disagree.

use super::SavedData;
use crate::checkup::advice::{plan_shown, PlanShown, PLAN_LIMIT};
use crate::checkup::history::scored;
use crate::checkup::scoring::CheckupResult;
use crate::checkup::trend::{trends, TrendEntry};
use crate::checkup::{Answer, Dimension, BANK};

impl SavedData {
    /// The first question without an answer, counted from 1; question 1
    /// when no check-up is under way, `None` once every question has one.
    pub fn first_unanswered_question(&self) -> Option<usize> {
        match &self.in_progress {
            None => Some(1),
            Some(progress) => progress.first_unanswered().map(|i| i + 1),
        }
    }

    /// Where a check-up resumes, counted from 1: the first question without
    /// an answer, or the last one once all have one (its button finishes).
    pub fn resume_at(&self) -> usize {
        self.first_unanswered_question().unwrap_or(BANK.len())
    }

    /// The question home offers to continue at, once a check-up is under
    /// way (something answered); `None` offers a fresh start.
    pub fn continue_at(&self) -> Option<usize> {
        self.has_started().then(|| self.resume_at())
    }

    /// The question shown for an address asking for question `requested`
    /// (from 1): that one, unless it is no question or lies past where the
    /// check-up resumes, which is then shown instead. Nobody skips ahead.
    pub fn question_shown(&self, requested: Option<usize>) -> usize {
        let resume = self.resume_at();
        requested
            .filter(|n| (1..=BANK.len()).contains(n))
            .map_or(resume, |n| n.min(resume))
    }

    /// The answer given to item `item_id` in the check-up under way.
    pub fn answer_to(&self, item_id: &str) -> Option<Answer> {
        self.in_progress
            .as_ref()
            .and_then(|p| p.answers.get(item_id).copied())
    }

    /// Whether question `number` (from 1) has an answer in the check-up
    /// under way; never for a number that is no question.
    pub fn is_answered(&self, number: usize) -> bool {
        number
            .checked_sub(1)
            .and_then(|i| BANK.get(i))
            .is_some_and(|item| self.answer_to(item.id).is_some())
    }

    /// The calm word before the first question was read; go straight on.
    pub fn skips_intro(&self) -> bool {
        self.settings.skip_intro
    }

    /// The tab shows a neutral title instead of the app's name.
    pub fn neutral_title(&self) -> bool {
        self.settings.neutral_title
    }

    /// Quick exit also erases everything kept on the device.
    pub fn erases_on_exit(&self) -> bool {
        self.settings.erase_on_exit
    }

    /// How many finished check-ups are kept.
    pub fn finished_count(&self) -> usize {
        self.history.len()
    }

    /// Every finished check-up's id and finish time, newest first.
    pub fn finished_newest_first(&self) -> Vec<(String, f64)> {
        self.history
            .iter()
            .rev()
            .map(|h| (h.id.clone(), h.finished_at))
            .collect()
    }

    /// When the newest readable check-up finished, if there is one.
    pub fn latest_finished_at(&self) -> Option<f64> {
        self.latest_readable().map(|(h, _)| h.finished_at)
    }

    /// The newest readable check-up's result, scored with the whole
    /// history's safety rules (what a partner's view is compared with).
    pub fn latest_result(&self) -> Option<CheckupResult> {
        scored(self, None).map(|(_, result)| result)
    }

    /// Whether check-up `id` is the newest readable one.
    pub fn is_latest(&self, id: &str) -> bool {
        self.latest_readable().is_some_and(|(h, _)| h.id == id)
    }

    /// Every partner's view kept from a link (its code) and when it was
    /// first opened, newest first.
    pub fn received_newest_first(&self) -> Vec<(String, f64)> {
        self.comparisons
            .iter()
            .rev()
            .map(|c| (c.code.clone(), c.opened_at))
            .collect()
    }

    /// Each part's trend across the kept check-ups (see `trend::trends`).
    pub fn trends(&self) -> Vec<(Dimension, Vec<TrendEntry>)> {
        trends(&self.history)
    }

    /// The practices chosen in the plan of check-up `checkup` (or in a plan
    /// kept before plans belonged to one); none for another's plan.
    pub fn plan_practices(&self, checkup: &str) -> Vec<String> {
        self.plan
            .as_ref()
            .filter(|p| p.checkup.as_deref().is_none_or(|c| c == checkup))
            .map(|p| p.practices.clone())
            .unwrap_or_default()
    }

    /// Whether practice `id` is in the plan of check-up `checkup`.
    pub fn plan_holds(&self, checkup: &str, id: &str) -> bool {
        self.plan_practices(checkup).iter().any(|p| p == id)
    }

    /// Whether the plan of check-up `checkup` holds as many practices as a
    /// plan may: no other can be added until one is taken out.
    pub fn plan_full(&self, checkup: &str) -> bool {
        self.plan_practices(checkup).len() >= PLAN_LIMIT
    }

    /// Whether practice `id` cannot be added to the plan of check-up
    /// `checkup` now: the plan is full and it is not one of them (a chosen
    /// one can always be taken out).
    pub fn plan_refuses(&self, checkup: &str, id: &str) -> bool {
        self.plan_full(checkup) && !self.plan_holds(checkup, id)
    }

    /// The plan as shown with check-up `checkup` (on home, `None`: the
    /// check-up the plan belongs to, else the newest), with when it was
    /// chosen and that check-up's id; `None` without a plan for it.
    pub fn plan_on_show(&self, checkup: Option<&str>) -> Option<(PlanShown, f64, String)> {
        let plan = self.plan.as_ref()?;
        let latest = self.latest_readable().map(|(h, _)| h.id.as_str());
        let id = checkup.or(plan.checkup.as_deref()).or(latest)?;
        let (_, result) = scored(self, Some(id))?;
        let shown = plan_shown(Some(plan), id, latest == Some(id), &result)?;
        Some((shown, plan.chosen_at, id.to_owned()))
    }

    /// Throws the plan away.
    pub fn clear_plan(&mut self) {
        self.plan = None;
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::{FinishedCheckup, InProgress};
    use super::*;
    use crate::checkup::BANK_VERSION;

    fn answering(count: usize) -> SavedData {
        let mut data = SavedData::empty();
        for item in BANK.iter().take(count) {
            let answer = if item.is_sign() {
                Answer::Choice(0)
            } else {
                Answer::Choice(2)
            };
            data.record_answer(item.id, answer, 1.0).expect("accepted");
        }
        data
    }

    fn finished(id: &str, at: f64) -> FinishedCheckup {
        FinishedCheckup {
            id: id.into(),
            finished_at: at,
            bank_version: BANK_VERSION,
            answers: BTreeMap::from([("social.plans".to_owned(), Answer::Choice(4))]),
        }
    }

    #[test]
    fn home_and_the_check_up_resume_at_the_same_question() {
        let fresh = SavedData::empty();
        assert_eq!(fresh.first_unanswered_question(), Some(1));
        assert_eq!((fresh.resume_at(), fresh.continue_at()), (1, None));
        // Begun but nothing answered: still a fresh start on home.
        let mut begun = SavedData::empty();
        begun.start_over(5.0);
        assert_eq!((begun.resume_at(), begun.continue_at()), (1, None));
        let three = answering(3);
        assert_eq!(three.resume_at(), 4);
        assert_eq!(three.continue_at(), Some(4));
        assert_eq!(three.question_shown(None), 4);
        // Every question answered: the last one, whose button finishes.
        let all = answering(BANK.len());
        assert_eq!(all.first_unanswered_question(), None);
        assert_eq!(all.resume_at(), BANK.len());
        assert_eq!(all.continue_at(), Some(BANK.len()));
    }

    #[test]
    fn a_gap_left_by_a_changed_answer_set_is_where_it_resumes() {
        let mut data = answering(5);
        if let Some(progress) = data.in_progress.as_mut() {
            progress.answers.remove(BANK[1].id);
        }
        assert_eq!(data.continue_at(), Some(2));
        assert_eq!(data.question_shown(Some(5)), 2);
        // Only answers to retired questions: under way, from the start.
        let mut retired = SavedData::empty();
        let mut progress = InProgress::new(1.0);
        progress
            .answers
            .insert("money.earns".into(), Answer::Choice(1));
        retired.in_progress = Some(progress);
        assert_eq!(retired.continue_at(), Some(1));
    }

    #[test]
    fn an_address_never_skips_past_where_the_check_up_resumes() {
        let data = answering(3);
        assert_eq!(data.question_shown(Some(2)), 2, "going back is fine");
        assert_eq!(data.question_shown(Some(4)), 4);
        assert_eq!(data.question_shown(Some(9)), 4, "no skipping ahead");
        for tampered in [Some(0), Some(BANK.len() + 1), Some(usize::MAX), None] {
            assert_eq!(data.question_shown(tampered), 4, "{tampered:?}");
        }
        let all = answering(BANK.len());
        assert_eq!(all.question_shown(Some(BANK.len())), BANK.len());
        assert_eq!(all.question_shown(Some(1)), 1);
    }

    #[test]
    fn answers_are_read_by_question_number_and_item() {
        let data = answering(2);
        assert!(data.is_answered(1) && data.is_answered(2));
        assert!(!data.is_answered(3));
        assert!(!data.is_answered(0) && !data.is_answered(BANK.len() + 1));
        assert_eq!(data.answer_to(BANK[0].id), Some(Answer::Choice(2)));
        assert_eq!(data.answer_to(BANK[2].id), None);
        assert_eq!(SavedData::empty().answer_to(BANK[0].id), None);
    }

    #[test]
    fn settings_read_as_they_were_set() {
        let mut data = SavedData::empty();
        assert!(!data.skips_intro() && !data.neutral_title() && !data.erases_on_exit());
        data.set_skip_intro(true);
        data.set_neutral_title(true);
        data.set_erase_on_exit(true);
        assert!(data.skips_intro() && data.neutral_title() && data.erases_on_exit());
    }

    #[test]
    fn lists_come_newest_first() {
        let mut data = SavedData::empty();
        assert!(data.finished_newest_first().is_empty());
        assert_eq!(data.latest_finished_at(), None);
        data.history = vec![finished("1", 1.0), finished("2", 2.0)];
        assert_eq!(data.finished_count(), 2);
        assert_eq!(
            data.finished_newest_first(),
            vec![("2".to_owned(), 2.0), ("1".to_owned(), 1.0)]
        );
        assert_eq!(data.latest_finished_at(), Some(2.0));
        assert!(data.is_latest("2") && !data.is_latest("1") && !data.is_latest("3"));
        // A damaged newest entry is listed, but the latest result is older.
        data.history[1]
            .answers
            .insert("home.chores".into(), Answer::Choice(9));
        assert_eq!(data.finished_count(), 2);
        assert_eq!(data.latest_finished_at(), Some(1.0));
        assert!(data.is_latest("1"));
        assert_eq!(
            data.latest_result().map(|r| r.bank_version),
            Some(BANK_VERSION),
            "the readable one is compared"
        );
        assert_eq!(SavedData::empty().latest_result(), None);
        data.receive("a", 5.0);
        data.receive("b", 6.0);
        assert_eq!(
            data.received_newest_first(),
            vec![("b".to_owned(), 6.0), ("a".to_owned(), 5.0)]
        );
        assert_eq!(data.trends(), trends(&data.history));
    }

    #[test]
    fn a_plan_is_read_and_shown_with_its_own_check_up_only() {
        let mut data = SavedData::empty();
        data.history = vec![finished("1", 1.0), finished("2", 2.0)];
        assert!(data.plan_practices("2").is_empty());
        assert_eq!(data.plan_on_show(None), None);
        assert!(data.set_practice("shared_goals.one_goal", true, 3.0, "1"));
        assert_eq!(data.plan_practices("1"), vec!["shared_goals.one_goal"]);
        assert!(data.plan_practices("2").is_empty(), "another's plan");
        assert!(data.plan_holds("1", "shared_goals.one_goal"));
        assert!(!data.plan_holds("2", "shared_goals.one_goal"));
        assert!(!data.plan_holds("1", "forgiveness.apology"));
        assert!(!data.plan_full("1"));
        for id in ["forgiveness.apology", "open_communication.weekly_checkin"] {
            assert!(data.set_practice(id, true, 3.0, "1"));
        }
        assert!(data.plan_full("1") && !data.plan_full("2"));
        assert!(data.plan_refuses("1", "shared_decisions.ask_first"));
        assert!(!data.plan_refuses("1", "forgiveness.apology"), "taken out");
        assert!(!data.plan_refuses("2", "shared_decisions.ask_first"));
        for id in ["forgiveness.apology", "open_communication.weekly_checkin"] {
            assert!(data.set_practice(id, false, 3.0, "1"));
        }
        // On home the plan shows with the check-up it belongs to.
        let (shown, chosen_at, id) = data.plan_on_show(None).expect("shown on home");
        assert_eq!(shown.practices, vec!["shared_goals.one_goal"]);
        assert_eq!((chosen_at, id.as_str()), (3.0, "1"));
        assert_eq!(data.plan_on_show(Some("2")), None);
        assert!(data.plan_on_show(Some("1")).is_some());
        // A plan kept before plans belonged to one goes with the newest.
        if let Some(plan) = data.plan.as_mut() {
            plan.checkup = None;
        }
        assert_eq!(data.plan_practices("2"), vec!["shared_goals.one_goal"]);
        assert_eq!(
            data.plan_on_show(None).map(|(_, _, id)| id).as_deref(),
            Some("2")
        );
        assert_eq!(data.plan_on_show(Some("1")), None);
        data.clear_plan();
        assert_eq!(data.plan, None);
        assert_eq!(data.plan_on_show(None), None);
    }
}
