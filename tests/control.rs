//! Control is not a balance: the scenarios that showed the gap, each checked
//! for the notice, the control result, the summary's words and the advice
//! that may and may not appear.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use fulcrum::checkup::advice::{recommended, starters_fit, strategies_for, Strategy};
use fulcrum::checkup::scoring::{score, CheckupResult, Concern, ControlLevel, Side};
use fulcrum::checkup::{Answer, Answers, Dimension, ItemKind, BANK};
use fulcrum::copy::english;

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

fn offered_practices(result: &CheckupResult) -> Vec<&'static str> {
    let mut all: Vec<Strategy> = recommended(result).into_iter().map(|(s, _)| s).collect();
    for d in &result.dimensions {
        all.extend(strategies_for(result, d));
    }
    all.into_iter().flat_map(Strategy::practices).collect()
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
    let t = english();
    for d in &result.dimensions {
        let side = t.side_given(d.side(), result.control_came_up());
        if d.side() == Some(Side::Even) {
            assert!(side.contains("control"), "{:?} says {side:?}", d.dimension);
        }
        if let Some(position) = d.band() {
            let band = t.band_given(position.band, result.control_came_up());
            assert!(band != "Balanced", "{:?} called balanced", d.dimension);
        }
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
