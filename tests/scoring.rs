//! Scoring against hand-computed answer sets, and its properties.
#![cfg(not(target_arch = "wasm32"))]

use fulcrum::checkup::bank::{self, ItemKind};
use fulcrum::checkup::compare::compare;
use fulcrum::checkup::compare::Perspective;
use fulcrum::checkup::scoring::{
    assess_concern, score, Band, BandPosition, Concern, ConcernReason, Side, SignScore,
};
use fulcrum::checkup::Severity;
use fulcrum::checkup::{Answer, Answers, Dimension, Subject, BANK};
use proptest::prelude::*;

/// Every item answered with the same point, "doesn't apply" nowhere.
fn uniform(balance: u8, fairness: u8, warning: u8) -> Answers {
    let mut a = Answers::new();
    for item in BANK {
        let choice = match item.kind {
            ItemKind::Balance { .. } => balance,
            ItemKind::Fairness { .. } => fairness,
            ItemKind::Sign { .. } => warning,
        };
        a.set(item.id, Answer::Choice(choice)).unwrap();
    }
    a
}

fn balances(a: &Answers) -> Vec<Option<i32>> {
    score(a).dimensions.iter().map(|d| d.balance).collect()
}

#[test]
fn all_equal_is_balanced_everywhere_with_low_concern() {
    let result = score(&uniform(2, 2, 0));
    for d in &result.dimensions {
        assert_eq!(d.balance, Some(0), "{:?}", d.dimension);
        assert_eq!(d.fairness, Some(0));
        assert_eq!(d.concern, Concern::Low);
        assert!(d.reasons.is_empty());
    }
    assert!(!result.control_came_up() && !result.self_reflection);
}

#[test]
fn all_me_counts_burdens_against_me() {
    // emotional: 4 power items and 1 burden item: (4×2 − 2) / 5 × 50 = 60.
    // decisions and social: 3 power, 1 burden: (3×2 − 2) / 4 × 50 = 50.
    // money (5) and intimacy (4): power only, 100. home: 3 power, 2 burden: 20.
    assert_eq!(
        balances(&uniform(0, 2, 0)),
        vec![Some(50), Some(100), Some(60), Some(100), Some(50), Some(20)]
    );
}

#[test]
fn all_partner_is_the_exact_negation() {
    assert_eq!(
        balances(&uniform(4, 2, 0)),
        vec![
            Some(-50),
            Some(-100),
            Some(-60),
            Some(-100),
            Some(-50),
            Some(-20)
        ]
    );
    let result = score(&uniform(4, 2, 0));
    let money = result.dimension(Dimension::Social).unwrap();
    assert_eq!(money.side(), Some(Side::Partner));
    assert_eq!(money.band().map(|b| b.band), Some(Band::Imbalanced));
    // Imbalanced but felt fair: moderate, not high.
    assert_eq!(money.concern, Concern::Moderate);
    assert_eq!(money.reasons, vec![ConcernReason::Imbalanced]);
}

#[test]
fn mixed_decisions_lean_to_me_and_feel_a_bit_unfair() {
    let mut a = Answers::new();
    // +2, +1, burden "more often partner" = +1, −2 → sum 2 → 2×50/4 = 25.
    for (id, c) in [
        ("decisions.final_say", 0),
        ("decisions.big_choices", 1),
        ("decisions.gives_way", 3),
        ("decisions.plans_ahead", 4),
        ("decisions.fairness", 1),
    ] {
        a.set(id, Answer::Choice(c)).unwrap();
    }
    let r = score(&a);
    let d = r.dimension(Dimension::Decisions).unwrap();
    assert_eq!(d.balance, Some(25));
    assert_eq!(d.fairness, Some(-1));
    assert_eq!(d.side(), Some(Side::You));
    let position = d.band().unwrap();
    assert_eq!(position.band, Band::Leaning);
    assert_eq!(position.to_stronger, Some((Band::Imbalanced, 10)));
    assert_eq!(position.to_weaker, Some((Band::Balanced, 11)));
    assert_eq!(d.concern, Concern::Moderate);
    assert_eq!(d.reasons, vec![ConcernReason::LeaningAndUnfair]);
    let points: Vec<_> = d.contributions.iter().map(|c| c.points).collect();
    assert_eq!(
        points,
        vec![Some(25.0), Some(12.5), Some(12.5), Some(-25.0)]
    );
}

#[test]
fn sparse_answers_need_three_per_dimension() {
    let mut a = Answers::new();
    a.set("money.access", Answer::Choice(0)).unwrap();
    a.set("money.spare", Answer::Choice(0)).unwrap();
    a.set("money.fairness", Answer::Choice(0)).unwrap();
    let r = score(&a);
    let money = r.dimension(Dimension::Money).unwrap();
    assert_eq!(money.balance, None, "two answers are not enough");
    assert_eq!(money.answered, 2);
    // Felt very unfair still counts without a balance.
    assert_eq!(money.concern, Concern::Moderate);
    assert_eq!(money.reasons, vec![ConcernReason::FeltVeryUnfair]);

    a.set("money.final_word", Answer::Choice(1)).unwrap();
    // (2 + 2 + 1) × 50 / 3 = 83.3 → 83.
    let money = score(&a).dimensions[Dimension::Money.index()].clone();
    assert_eq!(money.balance, Some(83));
    assert_eq!(money.concern, Concern::High);
    // Said once: "strongly one-sided and unfair" covers the weaker rules.
    assert_eq!(money.reasons, vec![ConcernReason::StrongAndUnfair]);
}

#[test]
fn a_skipped_dimension_has_no_balance_and_does_not_move_others() {
    let mut a = uniform(1, 2, 0);
    for item in bank::balance_items(fulcrum::checkup::BANK_VERSION, Dimension::Intimacy) {
        a.set(item.id, Answer::NotApplicable).unwrap();
    }
    let r = score(&a);
    let intimacy = r.dimension(Dimension::Intimacy).unwrap();
    assert_eq!(intimacy.balance, None);
    assert_eq!(intimacy.answered, 0);
    assert!(intimacy.contributions.iter().all(|c| c.points.is_none()));
    // decisions: (3×1 − 1)/4 × 50 = 25.
    assert_eq!(r.dimension(Dimension::Decisions).unwrap().balance, Some(25));
}

#[test]
fn rounding_is_symmetric_half_away_from_zero() {
    let mut a = Answers::new();
    // +1, 0, 0 → 50/3 = 16.7 → 17.
    a.set("social.plans", Answer::Choice(1)).unwrap();
    a.set("social.own_friends", Answer::Choice(2)).unwrap();
    a.set("social.status", Answer::Choice(2)).unwrap();
    assert_eq!(score(&a).dimensions[4].balance, Some(17));
    assert_eq!(score(&a.mirrored()).dimensions[4].balance, Some(-17));
}

#[test]
fn a_frequent_control_sign_raises_the_notice_and_concern_in_its_parts() {
    let mut a = uniform(2, 2, 0);
    a.set("warn.checks_phone.partner", Answer::Choice(3))
        .unwrap();
    let r = score(&a);
    assert!(r.safety_notice());
    assert!(!r.self_reflection);
    let social = r.dimension(Dimension::Social).unwrap();
    assert_eq!(social.concern, Concern::High);
    assert!(matches!(
        social.reasons.as_slice(),
        [ConcernReason::SignReached(s)] if s.sign == "checks_phone" && s.about == Subject::Partner
    ));
    assert_eq!(r.dimension(Dimension::Money).unwrap().concern, Concern::Low);

    // "Sometimes" is a moderate concern and the sign came up, no notice.
    a.set("warn.checks_phone.partner", Answer::Choice(2))
        .unwrap();
    let r = score(&a);
    assert!(!r.safety_notice() && r.control_came_up());
    assert_eq!(
        r.dimension(Dimension::Social).unwrap().concern,
        Concern::Moderate
    );

    // The same behaviour by oneself is a reflection, not a safety notice.
    a.set("warn.checks_phone.partner", Answer::Choice(0))
        .unwrap();
    a.set("warn.checks_phone.self", Answer::Choice(4)).unwrap();
    let r = score(&a);
    assert!(!r.control_came_up());
    assert!(r.self_reflection);
}

#[test]
fn band_edges_are_where_the_method_says() {
    for (m, band) in [
        (0, Band::Balanced),
        (14, Band::Balanced),
        (15, Band::Leaning),
        (34, Band::Leaning),
        (35, Band::Imbalanced),
        (59, Band::Imbalanced),
        (60, Band::StronglyImbalanced),
        (100, Band::StronglyImbalanced),
    ] {
        assert_eq!(Band::of(m), band, "{m}");
        assert_eq!(BandPosition::of(-(m as i32)).band, band);
    }
    let p = BandPosition::of(-13);
    assert_eq!(p.near_edge(3), Some((Band::Leaning, 2)));
    assert_eq!(BandPosition::of(100).to_stronger, None);
    assert_eq!(BandPosition::of(0).to_weaker, None);
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let per_item: Vec<_> = BANK
        .iter()
        .map(|item| {
            let top = if item.allows_not_applicable() { 6 } else { 5 };
            proptest::option::of(0u8..top)
        })
        .collect();
    per_item.prop_map(|choices| {
        let mut a = Answers::new();
        for (item, choice) in BANK.iter().zip(choices) {
            if let Some(c) = choice {
                let answer = if c == 5 {
                    Answer::NotApplicable
                } else {
                    Answer::Choice(c)
                };
                a.set(item.id, answer).unwrap();
            }
        }
        a
    })
}

proptest! {
    #[test]
    fn every_balance_stays_within_range(a in any_answers()) {
        for d in score(&a).dimensions {
            if let Some(b) = d.balance {
                prop_assert!((-100..=100).contains(&b));
            }
            prop_assert_eq!(d.balance.is_some(), d.answered >= 3);
        }
    }

    #[test]
    fn mirrored_answers_negate_every_balance_and_fairness(a in any_answers()) {
        let r = score(&a);
        let m = score(&a.mirrored());
        for (x, y) in r.dimensions.iter().zip(&m.dimensions) {
            prop_assert_eq!(x.balance.map(|b| -b), y.balance);
            prop_assert_eq!(x.fairness.map(|f| -f), y.fairness);
        }
    }

    #[test]
    fn one_changed_answer_moves_a_balance_by_at_most_one_share(
        a in any_answers(), index in 0usize..64, choice in 0u8..5,
    ) {
        let item = &BANK[index % BANK.len()];
        let before = score(&a);
        let mut changed = a.clone();
        if matches!(a.get(item.id), Some(Answer::Choice(_))) {
            changed.set(item.id, Answer::Choice(choice)).unwrap();
        }
        let after = score(&changed);
        for (x, y) in before.dimensions.iter().zip(&after.dimensions) {
            if let (Some(b0), Some(b1)) = (x.balance, y.balance) {
                // One item can swing 4 scale points: 4 × 50 / n, plus rounding.
                let share = 200.0 / x.answered as f64;
                prop_assert!(f64::from((b1 - b0).abs()) <= share + 1.0);
            }
        }
    }

    #[test]
    fn bands_and_concern_never_fall_as_imbalance_grows(
        m1 in 0u32..=100, m2 in 0u32..=100,
        fairness in proptest::option::of(-2i8..=2),
        frequency in proptest::option::of(0u8..5),
    ) {
        let (lo, hi) = (m1.min(m2), m1.max(m2));
        prop_assert!(Band::of(lo) <= Band::of(hi));
        let signs: Vec<SignScore> = frequency
            .map(|frequency| SignScore {
                item: "warn.dismiss.partner".to_owned(),
                sign: "dismiss".to_owned(),
                about: Subject::Partner,
                severity: Severity::Warning,
                frequency,
                dimensions: &[Dimension::Emotional],
                from_balance: false,
            })
            .into_iter()
            .collect();
        let linked: Vec<&SignScore> = signs.iter().collect();
        let (c_lo, _) = assess_concern(Some(lo), fairness, &linked);
        let (c_hi, _) = assess_concern(Some(hi), fairness, &linked);
        prop_assert!(c_lo <= c_hi);
    }

    #[test]
    fn a_result_compared_with_its_own_mirror_agrees_fully(a in any_answers()) {
        let mine = Perspective::of(&score(&a));
        for c in compare(&mine, &mine.mirrored()) {
            prop_assert_eq!(c.mine, c.theirs);
            if c.mine.balance.is_some() {
                prop_assert_eq!(c.gap, Some(0));
                prop_assert_eq!(c.agree_on_direction, Some(true));
            }
        }
    }
}
