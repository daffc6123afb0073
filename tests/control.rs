//! Control is not a balance: the scenarios that showed the gap, each checked
//! for the notice, the control result, the summary's words and the advice
//! that may and may not appear.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use fulcrum::checkup::advice::{
    clean_plan, is_read_only, plan_shown, practices_for, recommended, share_caution, starters_fit,
    strategies_for, ShareCaution, Strategy, REPAIR,
};
use fulcrum::checkup::history;
use fulcrum::checkup::saved::{FinishedCheckup, SavedData};
use fulcrum::checkup::scoring::{score, CheckupResult, Concern, ControlLevel, Side};
use fulcrum::checkup::{Answer, Answers, Dimension, ItemKind, BANK};
use fulcrum::copy::{english, Naming};

/// Practices that confront, test, apologise, forgive, expose money or
/// report to the partner, or leave a written trace.
const UNSAFE_WITH_CONTROL: &[&str] = &[
    "open_communication.weekly_checkin",
    "healthy_boundaries.one_no",
    "money_transparency.money_date",
    "money_transparency.both_see",
    "consistent_trust.repair",
    "forgiveness.let_one_go",
    "forgiveness.apology",
    "outside_support.find_one",
];

/// Calm answers (about equal, fair, never), then `changes` on top.
fn calm_with(changes: &[(&str, u8)]) -> Answers {
    let mut a = Answers::new();
    for item in BANK {
        let choice = match item.kind {
            ItemKind::Sign { .. } => 0,
            _ => 2,
        };
        a.set(item.id, Answer::Choice(choice)).expect("valid");
    }
    for (id, choice) in changes {
        a.set(id, Answer::Choice(*choice)).expect("valid change");
    }
    a
}

fn summary(result: &CheckupResult) -> String {
    english().summary(result)
}

/// Every practice the results would show, for the check-up and each part,
/// after the practices that do not fit are left out.
fn offered_practices(result: &CheckupResult) -> Vec<&'static str> {
    let mut all: Vec<Strategy> = recommended(result).into_iter().map(|(s, _)| s).collect();
    for d in &result.dimensions {
        all.extend(strategies_for(result, d));
    }
    all.into_iter()
        .flat_map(|s| practices_for(result, s))
        .collect()
}

fn offered_strategies(result: &CheckupResult) -> Vec<Strategy> {
    let mut all: Vec<Strategy> = recommended(result).into_iter().map(|(s, _)| s).collect();
    for d in &result.dimensions {
        all.extend(strategies_for(result, d));
    }
    all
}

/// With a partner's control: support first, only safe practices, no
/// starters, and no part called even or balanced without saying why.
fn assert_safe_advice(result: &CheckupResult) {
    let suggested: Vec<Strategy> = recommended(result).into_iter().map(|(s, _)| s).collect();
    assert_eq!(suggested[0], Strategy::SupportForYou, "support comes first");
    assert!(!suggested.contains(&Strategy::Forgiveness));
    assert!(
        !suggested.contains(&Strategy::OutsideSupport),
        "no couples counselling"
    );
    for practice in offered_practices(result) {
        assert!(
            !UNSAFE_WITH_CONTROL.contains(&practice),
            "{practice} offered under control"
        );
    }
    assert!(!starters_fit(result), "no conversation starters");
    assert_eq!(share_caution(result), ShareCaution::PartnerControl);
    for practice in offered_practices(result) {
        assert!(
            is_read_only(practice),
            "{practice} could be ticked, stored and shown on home"
        );
    }
    let t = english();
    for d in &result.dimensions {
        let named = result.control_named();
        if !named {
            continue;
        }
        let side = t.side_given(d.side(), named);
        if d.side() == Some(Side::Even) {
            assert!(side.contains("control"), "{:?} says {side:?}", d.dimension);
        }
        if let Some(position) = d.band() {
            let band = t.band_given(position.band, named);
            assert!(band != "Balanced", "{:?} called balanced", d.dimension);
        }
        let concern = t.concern_given(d.concern, named);
        assert!(concern != "Low concern", "{:?}: {concern}", d.dimension);
    }
}

#[test]
fn threats_very_often_with_everything_else_even() {
    let result = score(&calm_with(&[("warn.threatens.partner", 4)]));
    assert_eq!(result.control, ControlLevel::Notice);
    assert!(result.safety_notice());
    let said = summary(&result);
    assert!(
        said.starts_with("Some of your answers describe signs of control"),
        "{said}"
    );
    assert!(!said.contains("It is about even"), "{said}");
    assert!(said.contains("does not make things balanced"), "{said}");
    for d in [Dimension::Emotional, Dimension::Decisions] {
        assert_eq!(
            result.dimension(d).map(|s| s.concern),
            Some(Concern::High),
            "{d:?}"
        );
    }
    assert_safe_advice(&result);
}

#[test]
fn threats_sometimes_still_raise_the_notice() {
    for frequency in [1, 2] {
        let result = score(&calm_with(&[("warn.threatens.partner", frequency)]));
        assert!(result.safety_notice(), "threats at {frequency}");
        assert_safe_advice(&result);
    }
    for id in [
        "warn.fear.partner",
        "warn.physical.partner",
        "warn.sex.partner",
        "warn.reproductive.partner",
        "warn.threatens_others.partner",
        "warn.threatens_self_harm.partner",
    ] {
        assert!(score(&calm_with(&[(id, 1)])).safety_notice(), "{id} rarely");
    }
}

#[test]
fn a_sexual_coercion_pattern_raises_the_notice_and_intimacy_is_high() {
    let result = score(&calm_with(&[
        ("intimacy.when", 4),
        ("intimacy.what_happens", 4),
        ("intimacy.says_no", 4),
        ("warn.sex.partner", 2),
    ]));
    assert!(result.safety_notice());
    let intimacy = result.dimension(Dimension::Intimacy).expect("intimacy");
    assert_eq!(intimacy.concern, Concern::High);
    assert_eq!(intimacy.side(), Some(Side::Partner));
    assert!(summary(&result).starts_with("Some of your answers describe signs of control"));
    assert_safe_advice(&result);
}

#[test]
fn economic_abuse_where_the_person_earns_reads_as_the_partners_control() {
    let money_held = [
        ("money.access", 4),
        ("money.spare", 4),
        ("money.final_word", 4),
        ("money.own_spending", 4),
        // They could get by on their own money: they earn it.
        ("money.independent", 0),
        ("money.fairness", 0),
    ];
    let result = score(&calm_with(&money_held));
    let money = result.dimension(Dimension::Money).expect("money");
    assert_eq!(
        money.balance,
        Some(-60),
        "earning does not hide who controls it"
    );
    assert_eq!(money.concern, Concern::High);
    assert_eq!(
        result.control,
        ControlLevel::None,
        "balance alone is not control"
    );

    let mut with_sign = money_held.to_vec();
    with_sign.push(("warn.own_money.partner", 3));
    let result = score(&calm_with(&with_sign));
    assert!(result.safety_notice());
    let suggested: Vec<Strategy> = recommended(&result).into_iter().map(|(s, _)| s).collect();
    assert!(
        !suggested.contains(&Strategy::MoneyTransparency),
        "never open money to them"
    );
    assert_safe_advice(&result);
}

#[test]
fn guilt_often_alone_is_a_warning_not_a_safety_notice() {
    let result = score(&calm_with(&[("warn.guilt.partner", 3)]));
    assert_eq!(result.control, ControlLevel::None);
    assert!(!result.safety_notice());
    let emotional = result.dimension(Dimension::Emotional).expect("emotional");
    assert_eq!(emotional.concern, Concern::High);
    assert!(starters_fit(&result));
    assert!(
        !summary(&result).contains("control"),
        "{}",
        summary(&result)
    );
    // Dismissing and deciding alone are warning signs too.
    for id in [
        "warn.dismiss.partner",
        "warn.decide_alone.partner",
        "warn.withholds_affection.partner",
    ] {
        assert_eq!(
            score(&calm_with(&[(id, 4)])).control,
            ControlLevel::None,
            "{id}"
        );
    }
}

#[test]
fn agreed_location_sharing_is_not_a_sign() {
    // The question asks only about tracking "without your OK": a couple who
    // share locations by agreement answer "never".
    let t = english();
    assert!(t
        .question("warn.tracks.partner")
        .contains("without your OK"));
    assert!(t
        .question("warn.checks_phone.partner")
        .contains("without your OK"));
    let result = score(&calm_with(&[]));
    assert_eq!(result.control, ControlLevel::None);
    assert!(
        summary(&result).starts_with("It is about even"),
        "{}",
        summary(&result)
    );
    // Unagreed tracking often is control.
    assert!(score(&calm_with(&[("warn.tracks.partner", 3)])).safety_notice());
    // Sometimes, it came up: the caution and safe advice, but no notice.
    let sometimes = score(&calm_with(&[("warn.tracks.partner", 2)]));
    assert_eq!(sometimes.control, ControlLevel::CameUp);
    assert!(summary(&sometimes).starts_with("A sign of control by your partner came up"));
    assert_safe_advice(&sometimes);
}

#[test]
fn self_reported_control_gets_a_reflection_not_a_safety_notice() {
    let result = score(&calm_with(&[
        ("warn.checks_phone.self", 3),
        ("warn.feared.self", 1),
    ]));
    assert!(result.self_reflection);
    assert_eq!(result.control, ControlLevel::None);
    assert!(!result.safety_notice());
    let own: Vec<&str> = result.own_signs().iter().map(|s| s.sign.as_str()).collect();
    assert_eq!(own, vec!["feared", "checks_phone"], "most severe first");
    assert!(result.partner_signs().is_empty());
    // Below its threshold, one's own sign is not yet a reflection.
    assert!(!score(&calm_with(&[("warn.checks_phone.self", 2)])).self_reflection);
}

#[test]
fn the_children_item_can_not_apply() {
    let mut answers = calm_with(&[]);
    answers
        .set("warn.children.partner", Answer::NotApplicable)
        .expect("no children is an answer");
    assert_eq!(score(&answers).control, ControlLevel::None);
    let used = score(&calm_with(&[("warn.children.partner", 3)]));
    assert!(used.safety_notice());
}

#[test]
fn a_version_one_check_up_still_scores_and_says_what_it_did_not_ask() {
    let v1: BTreeMap<String, Answer> = [
        ("money.earns", 0),
        ("money.access", 4),
        ("money.spare", 4),
        ("money.asks_first", 0),
        ("money.knows", 0),
        ("warn.threaten.partner", 2),
        ("warn.monitor.partner", 0),
    ]
    .into_iter()
    .map(|(id, c)| (id.to_owned(), Answer::Choice(c)))
    .collect();
    let answers = Answers::from_saved(1, &v1).expect("version 1 still opens");
    let result = score(&answers);
    assert_eq!(result.bank_version, 1);
    assert!(result.asked_fewer_control_questions());
    // Scored by version 1's items: (+2 −2 −2 −2 +2) × 50 / 5 = −20.
    assert_eq!(
        result.dimension(Dimension::Money).and_then(|m| m.balance),
        Some(-20)
    );
    // Threats count at any frequency now, in old check-ups too.
    assert!(result.safety_notice());
    assert!(!score(&calm_with(&[])).asked_fewer_control_questions());
}

#[test]
fn every_sign_says_whose_behaviour_it_is() {
    let t = english();
    let result = score(&calm_with(&[
        ("warn.threatens.partner", 1),
        ("warn.hurtful.self", 3),
    ]));
    let emotional = result.dimension(Dimension::Emotional).expect("emotional");
    let why: Vec<String> = emotional.reasons.iter().map(|r| t.reason(r)).collect();
    assert_eq!(
        why,
        vec![
            "Rarely, your partner threatens to hurt you. That matters however rarely it happens."
                .to_owned(),
            "Often, when angry, you say things meant to hurt your partner.".to_owned(),
        ]
    );
}

fn kept(id: &str, at: f64, answers: &Answers) -> FinishedCheckup {
    let mut raw = std::collections::BTreeMap::new();
    for item in BANK {
        if let Some(a) = answers.get(item.id) {
            raw.insert(item.id.to_owned(), a);
        }
    }
    FinishedCheckup {
        id: id.to_owned(),
        finished_at: at,
        bank_version: answers.version(),
        answers: raw,
    }
}

/// Finding 1: fear given as a balance answer is control.
#[test]
fn finding_1_fear_given_as_a_balance_answer_is_control() {
    let result = score(&calm_with(&[
        ("intimacy.says_no", 4),
        ("emotional.speaks_freely", 4),
    ]));
    assert_eq!(result.control, ControlLevel::Notice, "the strongest answer");
    assert!(summary(&result).starts_with("Some of your answers describe signs of control"));
    let names: Vec<&str> = result
        .partner_signs()
        .iter()
        .map(|s| s.sign.as_str())
        .collect();
    assert!(names.contains(&"cannot_refuse") && names.contains(&"cannot_disagree"));
    let intimacy = result.dimension(Dimension::Intimacy).expect("intimacy");
    assert_eq!(intimacy.concern, Concern::High);
    let why: Vec<String> = intimacy
        .reasons
        .iter()
        .map(|r| english().reason(r))
        .collect();
    assert!(
        why.iter()
            .any(|w| w.contains("say no to sex without worry")),
        "{why:?}"
    );
    assert!(!offered_practices(&result).contains(&"healthy_boundaries.one_no"));
    assert!(!summary(&result).contains("Nothing stands out"));
    assert_safe_advice(&result);
    // Leaning to the partner, not all the way: control came up all the same.
    for id in ["intimacy.says_no", "emotional.speaks_freely"] {
        let leaning = score(&calm_with(&[(id, 3)]));
        assert_eq!(leaning.control, ControlLevel::CameUp, "{id}");
        assert!(!starters_fit(&leaning), "no intimacy starters");
        assert_safe_advice(&leaning);
    }
    // Leaning to oneself is not fear.
    assert_eq!(
        score(&calm_with(&[("intimacy.says_no", 0)])).control,
        ControlLevel::None
    );
}

/// Finding 2: the plan belongs to its check-up and hides what is unsafe.
#[test]
fn finding_2_the_plan_does_not_outlive_its_check_up() {
    let calm = calm_with(&[]);
    let controlled = calm_with(&[("warn.isolate.partner", 1)]);
    let mut data = SavedData::empty();
    data.history = vec![kept("calm", 1.0, &calm), kept("later", 2.0, &controlled)];
    for p in [
        "open_communication.weekly_checkin",
        "forgiveness.apology",
        "shared_goals.one_goal",
    ] {
        assert!(data.set_practice(p, true, 1.5, "calm"));
    }
    // Shown with the newer check-up: it is another check-up's plan.
    let (_, later) = history::scored(&data, None).expect("newest");
    assert!(plan_shown(data.plan.as_ref(), "later", true, &later).is_none());
    // Shown with its own check-up (and so on home, which follows the plan's
    // check-up): control came up since, so every practice is hidden.
    let (_, own) = history::scored(&data, Some("calm")).expect("calm");
    assert!(own.safety_rules());
    let shown = plan_shown(data.plan.as_ref(), "calm", false, &own).expect("its plan");
    assert!(shown.practices.is_empty(), "{:?}", shown.practices);
    assert_eq!(shown.hidden, 3);
    // A full plan cannot disable the safety practices: they are read, and
    // every practice offered under control is one of them.
    assert!(!later.control_came_up() || offered_practices(&later).iter().all(|p| is_read_only(p)));
    assert!(offered_practices(&later).contains(&"keep_safe.safe_place"));
    assert_safe_advice(&later);
}

/// Finding 3: safety practices are read, never written down.
#[test]
fn finding_3_safety_practices_are_never_stored_or_exported() {
    let mut data = SavedData::empty();
    for p in Strategy::WHEN_CONTROLLED.iter().flat_map(|s| s.practices()) {
        assert!(!data.set_practice(p, true, 1.0, "c"), "{p} stored");
    }
    assert_eq!(data.plan, None);
    assert!(!data.export().contains("keep_safe"));
    let old = vec![
        "keep_safe.safe_place".to_owned(),
        "shared_goals.one_goal".to_owned(),
    ];
    assert_eq!(clean_plan(&old), vec!["shared_goals.one_goal"]);
}

/// Finding 4: a partner who seems afraid of the person.
#[test]
fn finding_4_a_partner_who_seems_afraid_gets_no_couples_work() {
    for frequency in 1..=4 {
        let result = score(&calm_with(&[("warn.feared.self", frequency)]));
        assert!(result.own_behaviour, "at {frequency}");
        assert_eq!(result.control, ControlLevel::None);
        let strategies = offered_strategies(&result);
        assert!(
            !strategies.contains(&Strategy::OutsideSupport),
            "no couples counselling"
        );
        assert_eq!(recommended(&result)[0].0, Strategy::OwnChange);
        for p in offered_practices(&result) {
            assert!(
                p != "open_communication.weekly_checkin",
                "no weekly check-ins"
            );
            assert!(!REPAIR.contains(&p), "{p}");
        }
        assert!(!starters_fit(&result), "no starters");
        assert_eq!(share_caution(&result), ShareCaution::OwnBehaviour);
        assert!(summary(&result).contains("your partner may be afraid of you"));
        assert!(result.self_reflection, "the lines for one's own behaviour");
    }
    // Several of one's own signs of control, each below "often", also count.
    let several = score(&calm_with(&[
        ("warn.checks_phone.self", 2),
        ("warn.hurtful.self", 2),
    ]));
    assert!(several.own_behaviour && !starters_fit(&several));
    assert!(!score(&calm_with(&[("warn.hurtful.self", 2)])).own_behaviour);
}

/// Finding 5: the whole history counts.
#[test]
fn finding_5_control_in_any_kept_check_up_keeps_the_safety_rules() {
    let notice = calm_with(&[("warn.threatens.partner", 2)]);
    let calm = calm_with(&[]);
    let mut data = SavedData::empty();
    data.history = vec![kept("old", 86_400_000.0, &notice), kept("new", 2e11, &calm)];
    let (_, newest) = history::scored(&data, None).expect("newest");
    assert_eq!(newest.control, ControlLevel::None);
    assert!(newest.safety_rules());
    let said = summary(&newest);
    assert!(
        said.contains("came up in your check-up of 2 Jan 1970"),
        "{said}"
    );
    assert_safe_advice(&newest);
    // An older calm check-up opened by its id, with control found later.
    data.history = vec![kept("old", 1.0, &calm), kept("new", 2.0, &notice)];
    let (_, older) = history::scored(&data, Some("old")).expect("older");
    assert_safe_advice(&older);
    // The trend marks where control came up, however the balance moves.
    let trends = fulcrum::checkup::trend::trends(&data.history);
    let marks: Vec<bool> = trends[0].1.iter().map(|e| e.control_came_up).collect();
    assert_eq!(marks, vec![false, true]);
    assert_eq!(fulcrum::checkup::trend::signs_grew(&trends[0].1), vec![2.0]);
}

/// Finding 6: patterns, not single incidents.
#[test]
fn finding_6_several_signs_make_a_pattern() {
    let control_ids: Vec<&str> = BANK
        .iter()
        .filter(|i| {
            matches!(
                i.kind,
                ItemKind::Sign {
                    about: fulcrum::checkup::Subject::Partner,
                    severity: fulcrum::checkup::Severity::Control,
                    ..
                }
            )
        })
        .map(|i| i.id)
        .collect();
    assert!(control_ids.len() >= 11);
    let eleven: Vec<(&str, u8)> = control_ids.iter().take(11).map(|id| (*id, 2)).collect();
    let result = score(&calm_with(&eleven));
    assert_eq!(result.control, ControlLevel::Notice);
    assert!(result.control_pattern);
    let said = summary(&result);
    assert!(said.starts_with("11 different signs of control"), "{said}");
    assert_safe_advice(&result);
    // Three rare ones are already a pattern; two are not.
    let three: Vec<(&str, u8)> = control_ids.iter().take(3).map(|id| (*id, 1)).collect();
    assert!(score(&calm_with(&three)).safety_notice());
    let two = score(&calm_with(&three[..2]));
    assert_eq!(two.control, ControlLevel::CameUp);
    assert!(summary(&two).starts_with("2 signs of control by your partner came up"));
    // Four warning signs very often count as control coming up.
    let warnings = score(&calm_with(&[
        ("warn.decide_alone.partner", 4),
        ("warn.dismiss.partner", 4),
        ("warn.guilt.partner", 4),
        ("warn.withholds_affection.partner", 4),
    ]));
    assert_eq!(warnings.control, ControlLevel::CameUp);
    assert!(summary(&warnings).starts_with("4 warning signs about your partner came up often"));
    assert_safe_advice(&warnings);
    // One warning sign often: no notice, but never repair for a partner's sign.
    let guilt = score(&calm_with(&[("warn.guilt.partner", 3)]));
    assert_eq!(guilt.control, ControlLevel::None);
    for p in offered_practices(&guilt) {
        assert!(!REPAIR.contains(&p), "{p} answers a partner's sign");
    }
}

/// Finding 7: no view's words call things balanced or low concern under
/// control without naming it.
#[test]
fn finding_7_words_under_control_always_name_it() {
    let t = english();
    let result = score(&calm_with(&[("warn.passwords.partner", 1)]));
    assert!(result.control_named());
    let part = result.dimension(Dimension::Home).expect("home");
    assert_eq!(part.concern, Concern::Low);
    let concern = t.concern_given(part.concern, true);
    assert!(concern.contains("control") && concern != t.concern(Concern::Low));
    assert!(t.results.no_concern_control.contains("control"));
    assert!(t.results.band_meaning_control.contains("control"));
    assert!(t.side_given(Some(Side::Even), true).contains("control"));
    assert!(t.safety.legend_even_control.contains("control"));
    assert_safe_advice(&result);
    // Calm check-ups keep their plain words.
    assert_eq!(t.concern_given(Concern::Low, false), "Low concern");
}

/// Finding 8: danger signs bring the stronger notice.
#[test]
fn finding_8_danger_signs_bring_the_stronger_notice() {
    for id in [
        "warn.strangle.partner",
        "warn.weapon.partner",
        "warn.stalks.partner",
        "warn.children_threats.partner",
        "warn.worse.partner",
    ] {
        let result = score(&calm_with(&[(id, 1)]));
        assert_eq!(result.control, ControlLevel::Danger, "{id} rarely");
        assert!(result.danger() && result.safety_notice());
        assert!(
            summary(&result).starts_with("Some of your answers describe signs of serious danger"),
            "{id}"
        );
        assert!(english().safety.danger_leaving.contains("advocate"));
        assert_safe_advice(&result);
    }
    assert!(score(&calm_with(&[("warn.strangle.partner", 1)])).strangled());
    // A push "rarely" and strangling do not read the same.
    let push = score(&calm_with(&[("warn.physical.partner", 1)]));
    assert_eq!(push.control, ControlLevel::Notice);
    assert!(!push.danger() && !push.strangled());
    // No children is an answer, not a danger.
    let mut none = calm_with(&[]);
    none.set("warn.children_threats.partner", Answer::NotApplicable)
        .expect("can not apply");
    assert_eq!(score(&none).control, ControlLevel::None);
}

/// Finding 9: a time frame and the right not to answer.
#[test]
fn finding_9_a_skipped_sign_is_never_read_as_none() {
    let t = english();
    assert_eq!(t.past_year, "In the past year");
    assert_eq!(t.declined, "I'd rather not say");
    let mut answers = calm_with(&[]);
    answers
        .set("warn.sex.partner", Answer::Declined)
        .expect("every sign can be declined");
    answers
        .set("warn.hurtful.self", Answer::Declined)
        .expect("own signs too");
    let result = score(&answers);
    assert_eq!(result.control, ControlLevel::Unanswered);
    assert!(!result.control_came_up() && result.safety_rules());
    assert_eq!(result.declined_about_partner(), 1);
    assert_eq!(result.declined_about_self(), 1);
    let said = summary(&result);
    assert!(
        said.starts_with("You chose not to answer 1 question about your partner"),
        "{said}"
    );
    assert_eq!(
        t.safety.declined_partner(1),
        "You chose not to answer 1 question about your partner, so this cannot say that no signs came up."
    );
    assert!(!starters_fit(&result));
    assert_eq!(share_caution(&result), ShareCaution::PartnerControl);
    // The words never call it even, balanced or low concern without saying
    // that questions about control were not answered.
    let naming = Naming::of(&result);
    assert_eq!(naming, Naming::Unanswered);
    for words in [
        t.side_given(Some(Side::Even), naming),
        t.band_given(fulcrum::checkup::scoring::Band::Balanced, naming),
        t.concern_given(Concern::Low, naming),
        t.legend_even(naming),
        t.no_concern(naming),
    ] {
        assert!(
            words.contains("questions about control were not answered"),
            "{words}"
        );
    }
    let suggested: Vec<Strategy> = recommended(&result).into_iter().map(|(s, _)| s).collect();
    assert_eq!(suggested, Strategy::WHEN_CONTROLLED.to_vec());
    // A balance question cannot be declined: only signs offer it.
    assert!(answers.set("money.access", Answer::Declined).is_err());
}

#[test]
fn a_version_two_check_up_still_scores_and_names_the_signs_it_did_not_ask() {
    let v2: BTreeMap<String, Answer> = [
        ("decisions.final_say", 0),
        ("decisions.everyday", 0),
        ("decisions.big_choices", 0),
        ("social.family", 4),
        ("warn.isolate.partner", 0),
    ]
    .into_iter()
    .map(|(id, c)| (id.to_owned(), Answer::Choice(c)))
    .collect();
    let answers = Answers::from_saved(2, &v2).expect("version 2 still opens");
    assert_eq!(answers.unread(), 0, "its retired items are its own");
    let result = score(&answers);
    assert_eq!(result.bank_version, 2);
    assert!(result.asked_fewer_control_questions());
    assert_eq!(
        result
            .dimension(Dimension::Decisions)
            .and_then(|d| d.balance),
        Some(100),
        "scored with version 2's items, everyday choices included"
    );
    assert_eq!(
        result.signs_not_asked(),
        vec!["strangle", "weapon", "stalks", "children_threats", "worse"]
    );
    let t = english();
    let names: Vec<&str> = result
        .signs_not_asked()
        .iter()
        .map(|s| t.sign_name(s))
        .collect();
    assert_eq!(
        t.safety.not_asked(&t.list_of(&names)),
        "It did not ask about: Choking or strangling, A weapon or a threat to kill, Following you or turning up uninvited, Threats to take or harm the children and Harm or threats getting worse."
    );
    assert!(score(&calm_with(&[])).signs_not_asked().is_empty());
}
