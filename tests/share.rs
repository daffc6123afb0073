//! The share-link codec: round trips, every malformed-input class, totality.
#![cfg(not(target_arch = "wasm32"))]

use fulcrum::checkup::compare::{DimensionView, Perspective};
use fulcrum::checkup::share::{decode, encode, seal, ShareError, Shared, MAX_PAYLOAD_CHARS};
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
    }
}

/// Re-encodes bytes a test has tampered with, keeping the alphabet valid.
fn flip(text: &str, index: usize) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    chars[index] = if chars[index] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

#[test]
fn a_link_from_this_version_always_decodes_the_same() {
    // Pinned: later versions must keep reading links made today.
    const TODAY: &str = "AQABATycfwARZP8CfwB__lc0jzM";
    assert_eq!(encode(&example()), TODAY);
    assert_eq!(decode(TODAY), Ok(example()));
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
    assert_eq!(with(0, 2), Err(ShareError::FutureCodec(2)));
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
    )
        .prop_map(|(mut dimensions, bank_version, includes_fairness)| {
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
            }
        })
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

#[test]
fn links_put_the_payload_in_the_fragment() {
    use fulcrum::checkup::share::{code_from_fragment, link};
    let code = "AQABATycfwARZP8CfwB__lc0jzM";
    assert_eq!(
        link("https://example.org/", code),
        format!("https://example.org/shared#{code}")
    );
    assert_eq!(
        link("https://example.org/fulcrum", code),
        format!("https://example.org/fulcrum/shared#{code}")
    );
    let url = link("https://example.org/fulcrum/", code);
    let (before, fragment) = url.split_once('#').expect("has a fragment");
    assert!(
        !before.contains(code),
        "the payload must not reach the server"
    );
    assert_eq!(code_from_fragment(&format!("#{fragment}")), code);
    assert_eq!(code_from_fragment(""), "");
}
