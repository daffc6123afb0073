//! A translator's steps (docs/languages.md, "For a translator") work for
//! every language the app speaks and for one it does not speak yet:
//! `scripts/check_locale.py` gives the app's answer without building it,
//! with the plural forms the app's own rules need (scripts/plural-forms.txt,
//! written from src/copy/locale.rs by tests/shared_rules.rs).

use fulcrum::copy::Locale;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Runs the checker on `file`: whether it passed, and what it printed.
fn check(file: &Path, plural_forms: Option<&Path>) -> (bool, String) {
    let mut command = Command::new("python3");
    command
        .arg(format!("{ROOT}/scripts/check_locale.py"))
        .arg(file);
    if let Some(table) = plural_forms {
        command.env("CHECK_LOCALE_PLURAL_FORMS", table);
    }
    let output = command
        .output()
        .expect("python3 runs (it also runs Trunk's build steps)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

/// A folder of its own under the system's temporary folder.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fulcrum-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn english() -> String {
    std::fs::read_to_string(format!("{ROOT}/locales/en.txt")).expect("English")
}

#[test]
fn the_checker_passes_every_language_the_app_speaks() {
    for locale in Locale::ALL {
        let file = PathBuf::from(format!("{ROOT}/locales/{}.txt", locale.tag()));
        let (ok, out) = check(&file, None);
        assert!(ok, "{}: {out}", locale.tag());
        assert!(out.contains(" 0 problems"), "{out}");
        assert!(!out.contains("not yet a language"), "{out}");
    }
}

/// Step 1 for a language the app lacks (a throwaway "xx"): a copy of
/// English, checked before any Rust changes. The checker says what to add
/// instead of failing on its plural table, and still finds every problem.
#[test]
fn a_new_language_is_checked_before_the_app_knows_it() {
    let dir = scratch("new-language");
    let file = dir.join("xx.txt");
    let english = english();
    std::fs::write(&file, &english).expect("writable");
    let (ok, out) = check(&file, None);
    assert!(ok, "{out}");
    assert!(
        out.contains("xx is not yet a language the app speaks")
            && out.contains("src/copy/locale.rs")
            && out.contains("scripts/regenerate.sh"),
        "says what to add: {out}"
    );

    // A translation with a key missing, a blank renamed, a number to
    // dial and one counted message with a form the others lack.
    let mut broken: Vec<String> = english
        .lines()
        .filter(|line| !line.starts_with("ui.start = "))
        .map(str::to_owned)
        .collect();
    let blank = broken
        .iter()
        .position(|line| line.starts_with("list.two = "))
        .expect("list.two");
    broken[blank] = broken[blank].replacen('{', "{renamed_", 1);
    let chat = broken
        .iter()
        .position(|line| line.starts_with("safety.chat = "))
        .expect("safety.chat");
    broken[chat].push_str(" Or call 0800 123 456.");
    let counted = broken
        .iter()
        .find(|line| line.contains(".other = "))
        .expect("a counted message")
        .clone();
    broken.push(counted.replacen(".other = ", ".few = ", 1));
    std::fs::write(&file, broken.join("\n")).expect("writable");
    let (ok, out) = check(&file, None);
    assert!(!ok, "{out}");
    for problem in [
        "missing ui.start",
        "blanks differ in",
        "digits 0800",
        "missing plural form",
    ] {
        assert!(out.contains(problem), "names `{problem}`: {out}");
    }
    std::fs::remove_dir_all(dir).ok();
}

/// Once the language has its `Locale` variant, scripts/regenerate.sh puts
/// its plural forms in the table: the checker then asks for exactly those
/// (here the throwaway "xx" with Arabic's six forms, and a plain copy of
/// English, which has two, is refused by name).
#[test]
fn a_new_languages_plural_forms_come_from_the_table() {
    let dir = scratch("plural-table");
    let table = dir.join("plural-forms.txt");
    let mut forms = std::fs::read_to_string(format!("{ROOT}/scripts/plural-forms.txt"))
        .expect("scripts/plural-forms.txt (scripts/regenerate.sh writes it)");
    let arabic = forms
        .lines()
        .find_map(|line| line.strip_prefix("ar "))
        .expect("Arabic's forms")
        .to_owned();
    forms.push_str(&format!("xx {arabic}\n"));
    std::fs::write(&table, forms).expect("writable");
    let file = dir.join("xx.txt");
    std::fs::write(&file, english()).expect("writable");
    let (ok, out) = check(&file, Some(&table));
    assert!(!ok, "{out}");
    assert!(!out.contains("not yet a language"), "{out}");
    for form in ["zero", "two", "few", "many"] {
        assert!(
            out.contains(&format!(".{form}")),
            "asks for the {form} form: {out}"
        );
    }
    // With Arabic's words, which give every form, it passes.
    let arabic_words = std::fs::read_to_string(format!("{ROOT}/locales/ar.txt")).expect("Arabic");
    std::fs::write(&file, arabic_words).expect("writable");
    let (ok, out) = check(&file, Some(&table));
    assert!(ok, "{out}");
    std::fs::remove_dir_all(dir).ok();
}
