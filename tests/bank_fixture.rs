//! The end-to-end tests seed saved check-ups from `tests/e2e/bank.json`; this
//! keeps that file equal to the real question bank, so seeds cannot drift.
//! After changing the bank, `scripts/regenerate.sh` rewrites it (this test
//! with `UPDATE_BANK_JSON=1`).

use fulcrum::checkup::{Direction, ItemKind, Severity, Subject, BANK};

fn expected() -> String {
    let items: Vec<String> = BANK
        .iter()
        .map(|item| match item.kind {
            ItemKind::Balance {
                dimension,
                direction,
                ..
            } => format!(
                r#"  {{ "id": "{}", "kind": "balance", "dimension": "{}", "doingIsPower": {} }}"#,
                item.id,
                dimension.id(),
                direction == Direction::DoingIsPower
            ),
            ItemKind::Fairness { dimension } => format!(
                r#"  {{ "id": "{}", "kind": "fairness", "dimension": "{}" }}"#,
                item.id,
                dimension.id()
            ),
            ItemKind::Sign {
                sign,
                about,
                severity,
                allows_not_applicable,
                ..
            } => format!(
                r#"  {{ "id": "{}", "kind": "sign", "sign": "{sign}", "about": "{}", "severity": "{}", "notApplicable": {allows_not_applicable} }}"#,
                item.id,
                match about {
                    Subject::Partner => "partner",
                    Subject::Myself => "self",
                },
                match severity {
                    Severity::Warning => "warning",
                    Severity::Control => "control",
                    Severity::Severe => "severe",
                    Severity::Danger => "danger",
                }
            ),
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

#[test]
fn e2e_bank_file_matches_the_bank() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/bank.json");
    let want = expected();
    if std::env::var_os("UPDATE_BANK_JSON").is_some() {
        std::fs::write(path, &want).expect("write bank.json");
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "tests/e2e/bank.json is out of date: run scripts/regenerate.sh"
    );
}
