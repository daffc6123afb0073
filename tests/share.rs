//! The share-link codec: round trips, every malformed-input class, totality.
#![cfg(not(target_arch = "wasm32"))]

use fulcrum::checkup::compare::{DimensionView, Perspective};
use fulcrum::checkup::share::{
    decode, encode, seal, ShareChoices, ShareError, Shared, MAX_PAYLOAD_CHARS,
};
use fulcrum::checkup::BANK_VERSION;
use proptest::prelude::*;

fn example() -> Shared {
    let views = [
        (Some(60), Some(-1)),
        (Some(-100), Some(2)),
        (None, None),
        (Some(0), Some(0)),
        (Some(17), None),
        (Some(100), Some(-2)),
    ];
    Shared {
        perspective: Perspective {
            bank_version: 1,
            dimensions: views.map(|(balance, fairness)| DimensionView { balance, fairness }),
        },
        includes_fairness: true,
        suggests_starters: false,
    }
}

/// Re-encodes bytes a test has tampered with, keeping the alphabet valid.
fn flip(text: &str, index: usize) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    chars[index] = if chars[index] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

#[test]
fn a_version_1_link_still_decodes_the_same() {
    // Pinned: made by the first link format, before starters could be
    // suggested. It still opens, with no starters.
    const VERSION_1: &str = "AQABATycfwARZP8CfwB__lc0jzM";
    assert_eq!(decode(VERSION_1), Ok(example()));
}

#[test]
fn a_link_from_this_version_always_decodes_the_same() {
    // Pinned: later versions must keep reading links made today.
    const TODAY: &str = "AgABATycfwARZP8CfwB__n78O8E";
    const WITH_STARTERS: &str = "AgABAzycfwARZP8CfwB__h6gjoo";
    assert_eq!(encode(&example()), TODAY);
    assert_eq!(decode(TODAY), Ok(example()));
    let suggesting = Shared {
        suggests_starters: true,
        ..example()
    };
    assert_eq!(encode(&suggesting), WITH_STARTERS);
    assert_eq!(decode(WITH_STARTERS), Ok(suggesting));
}

#[test]
fn the_share_screen_starts_with_nothing_added_for_everyone() {
    let choices = ShareChoices::default();
    assert!(!choices.include_fairness && !choices.suggest_starters);
    let shared = Shared::chosen(example().perspective, choices);
    assert!(!shared.includes_fairness && !shared.suggests_starters);
    assert!(shared
        .perspective
        .dimensions
        .iter()
        .all(|d| d.fairness.is_none()));
}

#[test]
fn leaving_fairness_out_removes_it_from_the_link() {
    let mut shared = example();
    shared.includes_fairness = false;
    let decoded = decode(&encode(&shared)).unwrap();
    assert!(!decoded.includes_fairness);
    assert!(decoded
        .perspective
        .dimensions
        .iter()
        .all(|d| d.fairness.is_none()));
    assert_eq!(decoded.perspective.dimensions[0].balance, Some(60));
}

#[test]
fn each_malformed_input_class_has_its_error() {
    let good = encode(&example());
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode("   "), Err(ShareError::Empty));
    assert_eq!(decode(&good[..good.len() - 5]), Err(ShareError::Truncated));
    assert_eq!(decode(&good[..good.len() - 1]), Err(ShareError::Truncated));
    assert_eq!(decode(&good[..1]), Err(ShareError::Truncated));
    for i in 0..good.len() {
        assert_eq!(
            decode(&flip(&good, i)),
            Err(ShareError::Damaged),
            "char {i}"
        );
    }
    assert_eq!(decode(&format!("{good}AAAA")), Err(ShareError::Damaged));
    assert_eq!(
        decode(&good.replace('A', "+")),
        Err(ShareError::BadCharacter('+'))
    );
    assert_eq!(decode("AQAB ATyc"), Err(ShareError::BadCharacter(' ')));
    assert_eq!(
        decode(&"A".repeat(10_000)),
        Err(ShareError::TooLong(10_000))
    );
}

/// A well-sealed link around arbitrary body bytes, as a newer version (or a
/// careful forger) would make.
fn forged(body: [u8; 16]) -> String {
    seal(&body)
}

#[test]
fn versions_and_values_are_checked_after_integrity() {
    let base = [1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    assert!(decode(&forged(base)).is_ok());
    let with = |i: usize, v: u8| {
        let mut b = base;
        b[i] = v;
        decode(&forged(b))
    };
    assert_eq!(with(0, 3), Err(ShareError::FutureCodec(3)));
    assert!(with(0, 2).is_ok(), "version 2 reads the same layout");
    // The starters bit exists from version 2 on only.
    assert_eq!(
        with(3, 0b11),
        Err(ShareError::OutOfRange),
        "v1 with starters"
    );
    let mut b = base;
    b[0] = 2;
    b[3] = 0b11;
    assert_eq!(decode(&forged(b)).map(|s| s.suggests_starters), Ok(true));
    b[3] = 0b110;
    assert_eq!(
        decode(&forged(b)),
        Err(ShareError::OutOfRange),
        "v2 unknown flag"
    );
    assert_eq!(with(0, 0), Err(ShareError::UnknownCodec(0)));
    let future_bank = BANK_VERSION + 1;
    let mut b = base;
    b[1..3].copy_from_slice(&future_bank.to_be_bytes());
    assert_eq!(decode(&forged(b)), Err(ShareError::FutureBank(future_bank)));
    assert_eq!(with(2, 0), Err(ShareError::OutOfRange), "bank version 0");
    assert_eq!(with(3, 0b110), Err(ShareError::OutOfRange), "unknown flags");
    assert_eq!(with(4, 101), Err(ShareError::OutOfRange), "balance 101");
    assert_eq!(with(4, (-101i8) as u8), Err(ShareError::OutOfRange));
    assert_eq!(with(10, 3), Err(ShareError::OutOfRange), "fairness 3");
    let mut b = base;
    b[3] = 0;
    b[10] = 1;
    assert_eq!(
        decode(&forged(b)),
        Err(ShareError::OutOfRange),
        "fairness not included"
    );
}

fn any_shared() -> impl Strategy<Value = Shared> {
    let view = (
        proptest::option::of(-100i32..=100),
        proptest::option::of(-2i8..=2),
    )
        .prop_map(|(balance, fairness)| DimensionView { balance, fairness });
    (
        proptest::array::uniform6(view),
        1u16..=BANK_VERSION,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(mut dimensions, bank_version, includes_fairness, suggests_starters)| {
                if !includes_fairness {
                    for d in &mut dimensions {
                        d.fairness = None;
                    }
                }
                Shared {
                    perspective: Perspective {
                        bank_version,
                        dimensions,
                    },
                    includes_fairness,
                    suggests_starters,
                }
            },
        )
}

proptest! {
    #[test]
    fn every_representable_value_round_trips(shared in any_shared()) {
        let text = encode(&shared);
        prop_assert!(text.len() < MAX_PAYLOAD_CHARS);
        prop_assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(decode(&text), Ok(shared));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in "\\PC{0,80}") {
        let _ = decode(&text);
    }

    #[test]
    fn decoding_arbitrary_link_shaped_text_never_panics(text in "[A-Za-z0-9_-]{0,70}") {
        if let Ok(shared) = decode(&text) {
            for d in shared.perspective.dimensions {
                prop_assert!(d.balance.is_none_or(|b| (-100..=100).contains(&b)));
            }
        }
    }
}

/// Answers with the same balance and fairness choices, then `signs` on top.
fn answers_with_signs(signs: &[(&str, u8)]) -> fulcrum::checkup::Answers {
    use fulcrum::checkup::{Answer, Answers, ItemKind, BANK};
    let mut answers = Answers::new();
    let fear = |id: &str| {
        fulcrum::checkup::bank::FEAR_IN_BALANCE
            .iter()
            .any(|(fear_id, ..)| *fear_id == id)
    };
    for (i, item) in BANK.iter().enumerate() {
        let choice = match item.kind {
            ItemKind::Sign { .. } => 0,
            // Saying no and disagreeing without worry: even, since leaning to
            // the partner is itself a sign of control.
            _ if fear(item.id) => 2,
            // Varied, so the balances and fairness are not all even.
            _ => (i % 5) as u8,
        };
        answers.set(item.id, Answer::Choice(choice)).expect("valid");
    }
    for (id, choice) in signs {
        answers
            .set(id, Answer::Choice(*choice))
            .expect("valid sign");
    }
    answers
}

#[test]
fn a_link_is_the_same_whether_or_not_control_came_up() {
    use fulcrum::checkup::compare::Perspective;
    use fulcrum::checkup::scoring::score;
    let calm = score(&answers_with_signs(&[]));
    let controlled = score(&answers_with_signs(&[
        ("warn.threatens.partner", 2),
        ("warn.tracks.partner", 4),
    ]));
    assert!(!calm.control_came_up());
    assert!(controlled.control_came_up());
    assert_eq!(Perspective::of(&calm), Perspective::of(&controlled));
    // The same choices on the share screen give byte-identical links: the
    // defaults, and every combination a person can choose.
    for (include_fairness, suggest_starters) in
        [(false, false), (true, false), (false, true), (true, true)]
    {
        let choices = ShareChoices {
            include_fairness,
            suggest_starters,
        };
        let link = |result| encode(&Shared::chosen(Perspective::of(result), choices));
        assert_eq!(link(&calm), link(&controlled), "{choices:?}");
    }
    let default = encode(&Shared::chosen(
        Perspective::of(&controlled),
        ShareChoices::default(),
    ));
    assert!(!decode(&default).expect("decodes").includes_fairness);
}
