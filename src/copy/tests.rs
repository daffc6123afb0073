//! Every language file complete and faithful to English's shape; the
//! sentences built from several messages.

use super::built::built_file;
use super::keyed::Catalog;
use super::kinds::blanks_in;
use super::{english, LoadError, Locale, Text};
use crate::checkup::bank::{every_item, ItemKind};
use crate::checkup::scoring::{Band, Side};
use std::collections::BTreeSet;

/// English as translators edit it.
const ENGLISH_KEYED: &str = include_str!("../../locales/en.txt");

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Every `locales/*.txt` file (as translators edit them) with its language.
fn locale_files() -> Vec<(Locale, &'static str)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("locales/ exists") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            continue;
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let locale = Locale::from_tag(stem).unwrap_or_else(|| {
            panic!(
                "{} is not a language Fulcrum knows: add its `Locale` variant \
                     (src/copy/locale.rs; docs/languages.md, \"A new language\")",
                path.display()
            )
        });
        let source = std::fs::read_to_string(&path).expect("readable file");
        files.push((locale, &*Box::leak(source.into_boxed_str())));
    }
    files
}

/// A keyed file as the app reads it: built, then read by position.
fn built(locale: Locale, source: &'static str) -> Text {
    built_file(locale, source)
        .and_then(|file| Text::build(locale, leak(file)))
        .unwrap_or_else(|e| panic!("{}: {e:?}", locale.tag()))
}

/// `locales/built/` is what the app serves and builds in: it must say what
/// `locales/` says. `UPDATE_WORDS=1` (run by `scripts/regenerate.sh`)
/// rewrites it, and removes a built file whose language has no file left.
#[test]
fn built_files_are_current() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/built");
    let update = std::env::var_os("UPDATE_WORDS").is_some();
    let sources = locale_files();
    for entry in std::fs::read_dir(dir).expect("locales/built exists") {
        let path = entry.expect("readable entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let made = sources
            .iter()
            .any(|(locale, _)| name == format!("{}.lines", locale.tag()));
        if made {
            continue;
        }
        if update {
            std::fs::remove_file(&path).expect("locales/built is writable");
        } else {
            panic!(
                "{} has no locales/<tag>.txt to be built from: run scripts/regenerate.sh",
                path.display()
            );
        }
    }
    for (locale, source) in sources {
        let built =
            built_file(locale, source).unwrap_or_else(|e| panic!("{}: {e:?}", locale.tag()));
        // English is served with its words by id only; its fixed words are
        // built into the WebAssembly.
        let want = match locale {
            Locale::En => super::built::words_by_id_only(&built),
            _ => built.clone(),
        };
        let path = format!("{dir}/{}.lines", locale.tag());
        if update {
            std::fs::create_dir_all(dir).expect("locales/built can be made");
            std::fs::write(&path, &want).expect("locales/built is writable");
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{path} is out of date: run scripts/regenerate.sh"
        );
        if locale == Locale::En {
            // What the WebAssembly builds in: the fixed words only.
            let fixed = super::built::fixed_words_only(&built);
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/built-in/en.lines");
            if update {
                std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/built-in"))
                    .expect("locales/built-in can be made");
                std::fs::write(path, &fixed).expect("locales/built-in is writable");
            }
            let have = std::fs::read_to_string(path).unwrap_or_default();
            assert!(
                have == fixed,
                "{path} is out of date: run scripts/regenerate.sh"
            );
        }
    }
}

/// The WebAssembly builds in English's fixed words only; its words by id
/// (questions, signs, advice, countries, helplines) come with the served
/// file, fetched when the app starts, so the first load does not carry them,
/// and the served file holds nothing else.
#[test]
fn built_in_english_has_every_fixed_word_and_gains_its_ids_from_the_served_file() {
    let fixed = super::ENGLISH_SOURCE;
    let served = super::SERVED_ENGLISH;
    let partial = Text::read_built_in(Locale::En, fixed).expect("the fixed words read");
    assert!(!partial.has_ids());
    assert_eq!(partial.ui.start, english().ui.start);
    assert_eq!(partial.safety.change, english().safety.change);
    assert_eq!(partial.question("money.access"), "");
    // The served file repeats none of the built-in words.
    assert!(!served.contains(&format!("\n{}\n", partial.ui.start)));
    assert!(served.len() < fixed.len() * 2);
    let whole = Text::english_with_ids(&partial, served).expect("the served file reads");
    assert!(whole.has_ids());
    assert_eq!(whole.ui.start, partial.ui.start);
    assert_eq!(
        whole.question("money.access"),
        english().question("money.access")
    );
    assert!(!whole.question("money.access").is_empty());
    // A served file cut short, another version's or another language's is
    // refused, never read as "no ids".
    let cut = leak(served[..served.len() / 2].to_owned());
    assert!(Text::english_with_ids(&partial, cut).is_err());
    assert!(Text::english_with_ids(&partial, fixed).is_err());
    let german = leak(
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/built/de.lines"
        ))
        .expect("built German"),
    );
    assert!(Text::english_with_ids(&partial, german).is_err());
    assert!(Text::build(Locale::En, served).is_err());
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
        // `built` refuses a file with a word missing or one nothing reads,
        // and every lookup the views make asks for a key it has.
        let text = built(locale, source);
        assert_eq!(
            super::check::ids_without_words(&text),
            Vec::<String>::new(),
            "{}",
            locale.tag()
        );
    }
    let stale = format!("{ENGLISH_KEYED}item.decisions.retired = Who decided?\n");
    assert_eq!(
        built_file(Locale::En, leak(stale)).err(),
        Some(LoadError::Unread(vec!["item.decisions.retired".to_owned()]))
    );
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
    let en = Catalog::parse(ENGLISH_KEYED).expect("parses");
    for (locale, source) in locale_files() {
        let other = Catalog::parse(source).expect("parses");
        for key in other.keys() {
            let Some((english, plural)) = english_key_for(&en, key) else {
                panic!("{}: {key} is not an English key", locale.tag());
            };
            let want: BTreeSet<_> = blanks_in(english).into_iter().collect();
            let mut have: BTreeSet<_> = blanks_in(other.optional(key).unwrap_or(""))
                .into_iter()
                .collect();
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
            super::check::phone_like_digits(source, true),
            None,
            "{}: numbers come from the checked list, never the words",
            locale.tag()
        );
    }
}

#[test]
fn a_file_with_a_phone_number_in_its_words_is_refused() {
    // In a fixed word (read by position) and in a word read by id.
    for (key, number) in [
        ("safety.chat = ", "0800 123 456"),
        ("line.au_1800respect = ", "911"),
    ] {
        let tampered = ENGLISH_KEYED.replacen(key, &format!("{key}Or call {number}. "), 1);
        let file = built_file(Locale::Fr, leak(tampered)).expect("builds");
        assert!(
            matches!(
                Text::build(Locale::Fr, leak(file)),
                Err(LoadError::Digits(_))
            ),
            "{key}"
        );
    }
    // The balance scale's figures are words, not numbers to dial.
    let check = super::check::phone_like_digits;
    assert_eq!(check("a = from −100 to +100\n", true), None);
    assert_eq!(check("a = call 911\n", true), Some(1));
    // A key may hold digits; a built file's lines are all words.
    assert_eq!(check("line.au_1800respect = For anyone.\n", true), None);
    assert_eq!(check("ok\ncall 911 = now\n", false), Some(2));
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
    assert!(t.share.verdict(1, true, false).starts_with("1 point apart"));
    assert!(t
        .share
        .verdict(40, false, false)
        .starts_with("40 points apart"));
}

#[test]
fn shared_views_say_even_and_fair_in_plain_words() {
    let t = english();
    assert_eq!(
        t.share.verdict(0, true, true),
        "0 points apart. You both see it as about even in say."
    );
    assert!(t
        .share
        .verdict(0, true, false)
        .contains("agree on who holds more"));
    for (band, name) in [
        (Band::Balanced, "Balanced in say"),
        (Band::Leaning, "Leaning"),
    ] {
        assert_eq!(t.shared_band(band), name);
    }
    assert_eq!(t.shared_side(Some(Side::Even)), "About even in say");
    assert_eq!(t.shared_side(Some(Side::You)), t.ui.side_you);
    assert_eq!(t.share.fair_to_reader(-2), "very unfair to you");
    assert_eq!(t.share.fair_to_reader(2), "very unfair to them");
    assert!(!t.share.fairness_both.fill(&[]).contains("partner"));
    // Every language gives shared views their own words for "even": never
    // the bare band or side of the results page.
    for (locale, source) in locale_files() {
        let words = built(locale, source);
        assert_ne!(
            words.shared_band(Band::Balanced),
            words.band(Band::Balanced),
            "{locale:?}"
        );
        assert_ne!(
            words.shared_side(Some(Side::Even)),
            words.side(Some(Side::Even)),
            "{locale:?}"
        );
        let fair: BTreeSet<_> = words.share.fair_to.iter().collect();
        assert_eq!(fair.len(), 5, "{locale:?}: five different words");
    }
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
fn phone_numbers_read_left_to_right_in_arabic_and_unchanged_elsewhere() {
    assert_eq!(english().call("0808 2000 247"), "Call 0808 2000 247");
    let (_, source) = locale_files()
        .into_iter()
        .find(|(l, _)| *l == Locale::Ar)
        .expect("an Arabic file");
    let ar = built(Locale::Ar, source);
    let isolated = |number: &str| format!("\u{2066}{number}\u{2069}");
    assert!(ar
        .call("0808 2000 247")
        .contains(&isolated("0808 2000 247")));
    assert!(ar
        .call("1-800-799-7233 (TTY 1-800-787-3224)")
        .contains(&isolated("1-800-799-7233 (TTY 1-800-787-3224)")));
    assert!(ar.danger_now("112").contains(&isolated("112")));
    assert!(ar.silent_call("999", "55").contains(&isolated("55")));
    assert!(ar
        .text_number("0458 737 732")
        .contains(&isolated("0458 737 732")));
    assert!(ar.text_word("START", "88788").contains(&isolated("88788")));
    assert!(ar
        .whatsapp("600 000 016")
        .contains(&isolated("600 000 016")));
    assert!(ar.from_mobile("*4141").contains(&isolated("*4141")));
    // "(LGBTQ+)" stays whole: the plus inside its own isolate.
    assert!(ar.line_for("us_avp").contains("(\u{2066}LGBTQ+\u{2069})"));
}

#[test]
fn countries_are_listed_by_name_in_each_language_with_another_country_last() {
    use crate::checkup::support::Country;
    for (locale, source) in locale_files() {
        let text = built(locale, source);
        let listed = text.countries_by_name();
        assert_eq!(listed.len(), Country::ALL.len(), "{locale:?}");
        assert_eq!(listed.last(), Some(&Country::Other), "{locale:?}");
        for country in Country::ALL {
            assert!(listed.contains(&country), "{locale:?} lacks {country:?}");
        }
    }
    let position = |locale: Locale, country: Country| {
        let (_, source) = locale_files()
            .into_iter()
            .find(|(l, _)| *l == locale)
            .expect("a file");
        built(locale, source)
            .countries_by_name()
            .iter()
            .position(|c| *c == country)
    };
    // Accents do not send a name to the end of the list.
    assert!(position(Locale::Fr, Country::Eg) < position(Locale::Fr, Country::Es));
    assert!(position(Locale::Fr, Country::Ae) < position(Locale::Fr, Country::Es));
    assert!(position(Locale::De, Country::Eg) < position(Locale::De, Country::Ar));
    assert!(position(Locale::De, Country::At) < position(Locale::De, Country::Pe));
    assert!(position(Locale::En, Country::Au) < position(Locale::En, Country::Us));
}

#[test]
fn a_country_whose_lines_serve_one_region_gets_a_note_instead_of_a_national_line() {
    use crate::checkup::support::Country;
    let t = english();
    assert_eq!(t.regional_note(Country::Ca), Some(t.safety.canada_note));
    assert_eq!(
        t.regional_note(Country::Ch),
        Some(t.safety.regional_only_note)
    );
    assert_eq!(t.regional_note(Country::Gb), None);
    assert_eq!(
        t.regional_note(Country::Sa),
        None,
        "no lines at all: the search hint"
    );
}

#[test]
#[allow(clippy::disallowed_methods)] // native only: Unicode's case tables cost nothing here
fn the_change_button_says_its_visible_word_to_screen_readers_too() {
    // Speech users say what they see: the full name must contain it.
    for (locale, source) in locale_files() {
        let text = built(locale, source);
        let (seen, named) = (text.safety.change, text.safety.change_country);
        assert!(
            named.to_lowercase().contains(&seen.to_lowercase()),
            "{locale:?}: {named} lacks {seen}"
        );
    }
}

#[test]
fn the_part_list_never_says_low_concern_under_the_safety_rules() {
    use super::Naming;
    use crate::checkup::scoring::Concern;
    let t = english();
    assert_eq!(t.concern_brief(Concern::Low, Naming::Control), "");
    assert_eq!(t.concern_brief(Concern::Low, Naming::Unanswered), "");
    assert_eq!(
        t.concern_brief(Concern::Low, Naming::Plain),
        t.concern(Concern::Low)
    );
    assert_eq!(
        t.concern_brief(Concern::High, Naming::Control),
        t.concern(Concern::High)
    );
}

#[test]
fn lines_the_list_only_describes_are_named_in_each_language() {
    use crate::checkup::support::HELPLINES;
    let zurich = HELPLINES
        .iter()
        .find(|l| l.id == "ch_zurich")
        .expect("the Zurich line");
    assert_eq!(
        english().line_name(zurich),
        "Interim line for victims of violence"
    );
    let refuge = &HELPLINES[0];
    assert_eq!(english().line_name(refuge), refuge.name);
    for (locale, source) in locale_files() {
        assert!(
            !built(locale, source).line_name(zurich).is_empty(),
            "{locale:?}"
        );
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
    let whole = built_file(Locale::Fr, ENGLISH_KEYED).expect("builds");
    let lines: Vec<&str> = whole.lines().collect();
    let file = |lines: &[&str]| leak(lines.iter().map(|l| format!("{l}\n")).collect());
    let refused = |source: &'static str| Text::build(Locale::Fr, source).err();
    assert!(Text::build(Locale::Fr, file(&lines)).is_ok());
    // A translator's keyed file, or any file without this version's header.
    assert_eq!(refused(ENGLISH_KEYED), Some(LoadError::OtherVersion));
    assert_eq!(
        refused("app_name = Fulcrum\nnot a line\n"),
        Some(LoadError::OtherVersion)
    );
    // Another version's order of fixed words.
    let mut other_version = lines.clone();
    let header = lines[0].replace("Fulcrum words ", "Fulcrum words 0");
    other_version[0] = &header;
    assert_eq!(refused(file(&other_version)), Some(LoadError::OtherVersion));
    // Cut short, a fixed word dropped (so every later one shifts), a fixed
    // word emptied, a line by id damaged.
    assert!(matches!(
        refused(file(&lines[..40])),
        Some(LoadError::BadLine(_))
    ));
    let shifted: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 5)
        .map(|(_, l)| *l)
        .collect();
    assert!(matches!(
        refused(file(&shifted)),
        Some(LoadError::BadLine(_))
    ));
    let mut emptied = lines.clone();
    emptied[3] = "";
    assert_eq!(
        refused(file(&emptied)),
        Some(LoadError::Missing(vec!["line 4".into()]))
    );
    // A word by id too many, or one gone (the last ones then lack words).
    let mut longer = lines.clone();
    longer.push("one more");
    assert_eq!(
        refused(file(&longer)),
        Some(LoadError::BadLine(lines.len() + 1))
    );
    let shorter = &lines[..lines.len() - 1];
    assert!(matches!(refused(file(shorter)), Some(LoadError::Missing(keys)) if keys.len() == 1));
    // A question emptied is named.
    let question = whole
        .lines()
        .position(|line| line == english().question("decisions.final_say"))
        .expect("the question is in the file");
    let mut emptied_question = lines.clone();
    emptied_question[question] = "";
    assert_eq!(
        refused(file(&emptied_question)),
        Some(LoadError::Missing(vec![
            "item.decisions.final_say".to_owned()
        ]))
    );
    // A keyed file lacking a fixed word cannot be built, and says which.
    let keyed_without = ENGLISH_KEYED.replacen("ui.start = ", "ui.begin = ", 1);
    assert_eq!(
        built_file(Locale::Fr, leak(keyed_without)).err(),
        Some(LoadError::Missing(vec!["ui.start".to_owned()]))
    );
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
