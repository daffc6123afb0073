//! Every language file complete and faithful to English's shape; the
//! sentences built from several messages.

use super::catalog::{blanks_in, Catalog};
use super::{english, Locale, Text};
use crate::checkup::bank::{every_item, ItemKind};
use crate::checkup::scoring::Side;
use std::collections::BTreeSet;

/// Every `locales/*.txt` file with its language.
fn locale_files() -> Vec<(Locale, &'static str)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("locales/ exists") {
        let path = entry.expect("readable entry").path();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let locale = Locale::from_tag(stem)
            .unwrap_or_else(|| panic!("{} is not a language Fulcrum knows", path.display()));
        let source = std::fs::read_to_string(&path).expect("readable file");
        files.push((locale, &*Box::leak(source.into_boxed_str())));
    }
    files
}

fn built(locale: Locale, source: &'static str) -> Text {
    Text::build(locale, source).unwrap_or_else(|e| panic!("{}: {e:?}", locale.tag()))
}

#[test]
fn every_language_fulcrum_offers_has_a_file() {
    let have: Vec<Locale> = locale_files().into_iter().map(|(l, _)| l).collect();
    for locale in Locale::ALL {
        assert!(have.contains(&locale), "no locales/{}.txt", locale.tag());
    }
}

#[test]
fn every_file_is_complete_and_has_no_stale_words() {
    for (locale, source) in locale_files() {
        let text = built(locale, source);
        assert_eq!(
            text.catalog.unread(),
            Vec::<&str>::new(),
            "{}: words nothing shows",
            locale.tag()
        );
    }
}

/// The English key a translated key matches: a plural form matches the
/// English form for "other" (languages have different sets of forms).
fn english_key_for(english: &Catalog, key: &str) -> Option<(&'static str, bool)> {
    const FORMS: [&str; 6] = [".zero", ".one", ".two", ".few", ".many", ".other"];
    let plural_base = FORMS.iter().find_map(|f| key.strip_suffix(f));
    let english_plural = |base: &str| {
        english.optional(&format!("{base}.one"))?;
        english.optional(&format!("{base}.other"))
    };
    if let Some(other) = plural_base.and_then(english_plural) {
        return Some((other, true));
    }
    english.optional(key).map(|text| (text, false))
}

#[test]
fn translations_keep_every_blank_and_add_none() {
    let en = Catalog::parse(super::ENGLISH_SOURCE, Locale::En.plural_rule()).expect("parses");
    for (locale, source) in locale_files() {
        let other = Catalog::parse(source, locale.plural_rule()).expect("parses");
        for key in other.keys() {
            let Some((english, plural)) = english_key_for(&en, key) else {
                panic!("{}: {key} is not an English key", locale.tag());
            };
            let want: BTreeSet<_> = blanks_in(english).into_iter().collect();
            let mut have: BTreeSet<_> = blanks_in(other.text(key)).into_iter().collect();
            if plural {
                // A form for one may say the number in words.
                have.insert("count");
            }
            assert_eq!(have, want, "{}: blanks in {key}", locale.tag());
        }
    }
}

#[test]
fn no_language_file_writes_a_phone_number() {
    for (locale, source) in locale_files() {
        assert_eq!(
            super::check::phone_like_digits(source),
            None,
            "{}: numbers come from the checked list, never the words",
            locale.tag()
        );
    }
}

#[test]
fn a_file_with_a_phone_number_in_its_words_is_refused() {
    let tampered =
        super::ENGLISH_SOURCE.replacen("safety.chat = ", "safety.chat = Or call 0800 123 456. ", 1);
    let tampered: &'static str = Box::leak(tampered.into_boxed_str());
    assert!(matches!(
        Text::build(Locale::Fr, tampered),
        Err(super::LoadError::Digits(_))
    ));
    // The balance scale's figures are words, not numbers to dial.
    assert_eq!(
        super::check::phone_like_digits("a = from −100 to +100\n"),
        None
    );
    assert_eq!(super::check::phone_like_digits("a = call 911\n"), Some(1));
}

#[test]
fn every_question_is_a_short_question_in_every_language() {
    for (locale, source) in locale_files() {
        let text = built(locale, source);
        for item in every_item() {
            let q = text.question(item.id);
            assert!(
                q.ends_with('?') || q.ends_with('؟'),
                "{}: {} is not a question",
                locale.tag(),
                item.id
            );
            assert!(
                q.chars().count() < 130,
                "{}: {} is long",
                locale.tag(),
                item.id
            );
            if let ItemKind::Sign { sign, about, .. } = item.kind {
                assert!(!text.sign_clause(sign, about).is_empty());
            }
        }
    }
}

#[test]
fn english_lists_read_naturally() {
    let t = english();
    assert_eq!(t.list_of::<&str>(&[]), "");
    assert_eq!(t.list_of(&["money"]), "money");
    assert_eq!(t.list_of(&["money", "intimacy"]), "money and intimacy");
    assert_eq!(
        t.list_of(&["money", "intimacy", "home & time"]),
        "money, intimacy and home & time"
    );
}

#[test]
fn english_counts_take_the_right_form() {
    let t = english();
    assert_eq!(t.results.imported(1), "Imported 1 check-up.");
    assert_eq!(t.results.imported(3), "Imported 3 check-ups.");
    assert!(t.share.verdict(1, true).starts_with("1 point apart"));
    assert!(t.share.verdict(40, false).starts_with("40 points apart"));
}

#[test]
fn signed_figures_keep_their_sign_in_right_to_left_text() {
    assert_eq!(english().signed(Some(60)), "+60");
    assert_eq!(english().signed(Some(-20)), "-20");
    assert_eq!(english().signed(None), "—");
    if let Some((_, source)) = locale_files().into_iter().find(|(l, _)| *l == Locale::Ar) {
        let ar = built(Locale::Ar, source);
        assert_eq!(ar.signed(Some(-20)), "\u{2066}-20\u{2069}");
        assert!(ar
            .compare_summary("x", 10, -5)
            .contains("\u{2066}+10\u{2069}"));
    }
}

#[test]
fn id_lookups_answer_for_every_id() {
    let t = english();
    assert_eq!(t.side(Some(Side::You)), t.ui.side_you);
    assert!(t.line_for("no_such_line").is_empty());
    assert!(t.question("no.such.item").is_empty());
    assert_eq!(
        t.country_name(crate::checkup::support::Country::Gb),
        "United Kingdom"
    );
}

#[test]
fn a_damaged_or_incomplete_file_is_refused_whole() {
    assert!(Text::build(Locale::Fr, "app_name = Fulcrum\nnot a line\n").is_err());
    match Text::build(Locale::Fr, "app_name = Fulcrum\n") {
        Err(super::LoadError::Missing(keys)) => assert!(keys.len() > 500),
        other => panic!("expected missing keys, got {:?}", other.err()),
    }
    // One question gone from an otherwise whole file is named.
    let without: String = super::ENGLISH_SOURCE
        .lines()
        .filter(|line| !line.starts_with("item.decisions.final_say "))
        .map(|line| format!("{line}\n"))
        .collect();
    match Text::build(Locale::Fr, Box::leak(without.into_boxed_str())) {
        Err(super::LoadError::Missing(keys)) => {
            assert_eq!(keys, vec!["question decisions.final_say".to_owned()])
        }
        other => panic!("expected one missing question, got {:?}", other.err()),
    }
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let want = [
        (Locale::En, "18 Nov 2026"),
        (Locale::Es, "18 nov 2026"),
        (Locale::PtBr, "18 de nov. de 2026"),
        (Locale::Fr, "18 nov. 2026"),
        (Locale::De, "18. Nov. 2026"),
        (Locale::Ar, "18 نوفمبر 2026"),
    ];
    let files = locale_files();
    for (locale, expected) in want {
        let (_, source) = files.iter().find(|(l, _)| *l == locale).expect("file");
        let text = built(locale, source);
        assert_eq!(
            text.calendar_date(2026, 11, 18),
            expected,
            "{}",
            locale.tag()
        );
        assert_eq!(text.iso_date("2026-11-18"), expected, "{}", locale.tag());
    }
    let t = english();
    assert_eq!(t.calendar_date(2027, 1, 3), "3 Jan 2027");
    assert_eq!(t.calendar_date(2026, 12, 31), "31 Dec 2026");
    // Not a date: shown as written, never a panic or a wrong month.
    for odd in ["2026-13-01", "2026-00-10", "yesterday", "", "2026-11"] {
        assert_eq!(t.iso_date(odd), odd);
    }
}
