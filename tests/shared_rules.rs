//! Rules the JavaScript and Python around the app must share with its Rust
//! source: which languages there are and how a browser's language picks one,
//! right to left, where a served language file is, quick exit's address and
//! Shift rule, the storage keys, the saved data's field names, the plural
//! forms each language needs. Each is written here from the Rust (into a
//! block between `rules:start` and `rules:end`, or a generated file) or
//! checked against it, so none is a hand-kept copy.
//!
//! `scripts/regenerate.sh` rewrites the generated parts (this test with
//! `UPDATE_RULES=1`); without it, a stale one fails and says to run it.

use fulcrum::checkup::advice;
use fulcrum::checkup::saved::{self, SavedData, SAVE_SCHEMA};
use fulcrum::checkup::{Answer, ItemKind, BANK, BANK_VERSION};
use fulcrum::copy::Locale;
use fulcrum::storage;
use std::collections::BTreeSet;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const START: &str = "// rules:start";
const END: &str = "// rules:end";
const REGENERATE: &str = "run scripts/regenerate.sh";

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{file}"))
        .unwrap_or_else(|e| panic!("{file} cannot be read: {e}"))
}

fn updating() -> bool {
    std::env::var_os("UPDATE_RULES").is_some()
}

/// Puts `lines` between the `rules:start` and `rules:end` lines of `file`,
/// indented as the start line is; or, when not updating, fails unless they
/// are there already.
fn generated_block(file: &str, lines: &[String]) {
    let text = read(file);
    let (Some(start), Some(end)) = (text.find(START), text.find(END)) else {
        panic!("{file} has no block between `{START}` and `{END}`");
    };
    let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let indent = &text[line_start..start];
    let mut block = String::from(START);
    for line in lines {
        block.push('\n');
        if !line.is_empty() {
            block.push_str(indent);
            block.push_str(line);
        }
    }
    block.push('\n');
    block.push_str(indent);
    block.push_str(END);
    let current = &text[start..end + END.len()];
    if current == block {
        return;
    }
    if updating() {
        let updated = format!("{}{block}{}", &text[..start], &text[end + END.len()..]);
        std::fs::write(format!("{ROOT}/{file}"), updated).expect("writable");
        return;
    }
    panic!(
        "{file}'s generated rules differ from the Rust source: {REGENERATE}\n\n\
         expected:\n{block}\n\nfound:\n{current}"
    );
}

/// A JavaScript string literal as the files write it: every character as
/// is (Rust's `{:?}` would escape combining marks such as Arabic's shadda).
fn js_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// An object key: bare when JavaScript allows it.
fn js_key(key: &str) -> String {
    if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        key.to_owned()
    } else {
        js_string(key)
    }
}

/// Where a served language file is: `<folder><tag><extension>`, as
/// `Locale::file_path` gives it.
fn words_file(declare: &str) -> [String; 2] {
    let probe = Locale::En.file_path();
    assert_eq!(
        probe,
        format!(
            "{}{}{}",
            Locale::SERVED_FOLDER,
            Locale::En.tag(),
            Locale::SERVED_EXTENSION
        )
    );
    [
        format!(
            "{declare} WORDS_FOLDER = {};",
            js_string(Locale::SERVED_FOLDER)
        ),
        format!(
            "{declare} WORDS_EXTENSION = {};",
            js_string(Locale::SERVED_EXTENSION)
        ),
    ]
}

/// `{ en: "en", …, pt: "pt-BR", … }`: a browser's language subtag to the
/// app's tag, as `Locale::negotiate` reads it.
fn known_table() -> String {
    let entries: Vec<String> = Locale::ALL
        .iter()
        .map(|locale| {
            let language = locale.tag().split('-').next().unwrap_or_default();
            assert_eq!(
                Locale::negotiate(&[language.to_owned()]),
                *locale,
                "Locale::negotiate reads {language} as another language than {}",
                locale.tag()
            );
            format!("{}: {}", js_key(language), js_string(locale.tag()))
        })
        .collect();
    format!("{{ {} }}", entries.join(", "))
}

/// A word from a translator's file, `key = text`.
fn word(locale: Locale, key: &str) -> String {
    let path = format!("locales/{}.txt", locale.tag());
    read(&path)
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key} = ")))
        .map(|text| text.trim().to_owned())
        .unwrap_or_else(|| panic!("{path} has no {key}"))
}

/// A constant's value as `src/components/quick_exit.rs` declares it
/// (`const NAME: type = value;`): read from the text, since the module is
/// the view's own.
fn quick_exit_constant(name: &str) -> String {
    let file = "src/components/quick_exit.rs";
    read(file)
        .lines()
        .find_map(|line| {
            let line = line.trim().trim_start_matches("pub ");
            let rest = line.strip_prefix(&format!("const {name}: "))?;
            let (_, value) = rest.split_once(" = ")?;
            Some(value.trim_end_matches(';').to_owned())
        })
        .unwrap_or_else(|| {
            panic!("{file} no longer declares `const {name}`: update tests/shared_rules.rs")
        })
}

/// A whole number of milliseconds as JavaScript writes it ("2000.0" → "2000").
fn whole_number(value: &str) -> String {
    let number: f64 = value
        .parse()
        .unwrap_or_else(|_| panic!("{value} is a number"));
    assert_eq!(number.fract(), 0.0, "{value} is whole");
    format!("{}", number as i64)
}

#[test]
fn boot_js_rules_are_written_from_the_rust_source() {
    let url = quick_exit_constant("NEUTRAL_URL");
    assert!(
        url.starts_with("\"https://") && url.ends_with('"'),
        "quick exit leaves for a plain https address: {url}"
    );
    let mut lines: Vec<String> = [
        "// Written from the Rust source by tests/shared_rules.rs (scripts/regenerate.sh): edit",
        "// the Rust, not these lines. Storage keys as src/storage.rs; quick exit's",
        "// address and Shift rule as src/components/quick_exit.rs; a served language",
        "// file's name as Locale::file_path; each browser language to the app's",
        "// tag as Locale::negotiate; each language's direction and words (quick",
        "// exit, the neutral title, what to say when the app cannot start) as",
        "// src/copy/locale.rs and locales/<tag>.txt.",
    ]
    .map(str::to_owned)
    .to_vec();
    lines.extend([
        format!("var STORE = {};", js_string(storage::KEY)),
        format!(
            "var STORE_PREFIX = {};",
            js_string(&format!("{}.", storage::PREFIX))
        ),
        format!("var PRIVATE = {};", js_string(storage::PRIVATE_KEY)),
        format!("var EXIT_TO = {url};"),
        format!(
            "var SHIFT_PRESSES = {};",
            quick_exit_constant("SHIFT_PRESSES")
        ),
        format!(
            "var SHIFT_WINDOW_MS = {};",
            whole_number(&quick_exit_constant("SHIFT_WINDOW_MS"))
        ),
    ]);
    lines.extend(words_file("var"));
    lines.extend([
        format!("var KNOWN = {};", known_table()),
        // Only right to left is written ("ltr" is boot.js's default).
        "var WORDS = {".to_owned(),
    ]);
    for locale in Locale::ALL {
        let dir = if locale.right_to_left() {
            format!("dir: {}, ", js_string(locale.dir()))
        } else {
            String::new()
        };
        lines.push(format!(
            "  {}: {{ {dir}quick_exit: {}, neutral_title: {}, not_started: {} }},",
            js_key(locale.tag()),
            js_string(&word(locale, "ui.quick_exit")),
            js_string(&word(locale, "neutral_title")),
            js_string(&word(locale, "ui.not_started")),
        ));
    }
    lines.push("};".to_owned());
    generated_block("public/boot.js", &lines);
}

#[test]
fn the_service_workers_rules_are_written_from_the_rust_source() {
    let mut lines = vec![
        "// Written from the Rust source by tests/shared_rules.rs (scripts/regenerate.sh): edit"
            .to_owned(),
        "// the Rust, not these lines. A served language file's name as".to_owned(),
        "// Locale::file_path; each browser language to the app's tag as".to_owned(),
        "// Locale::negotiate.".to_owned(),
    ];
    lines.extend(words_file("const"));
    lines.push(format!("const KNOWN = {};", known_table()));
    generated_block("public/sw.template.js", &lines);
}

/// The keys of a JSON text's objects, in order, without a JSON library:
/// every string followed by a colon.
fn json_keys(json: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = json;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let mut close = 0;
        let mut escaped = false;
        for (at, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    close = at;
                    break;
                }
                _ => escaped = false,
            }
        }
        let string = &after[..close];
        rest = &after[close + 1..];
        if rest.trim_start().starts_with(':') {
            keys.push(string.to_owned());
        }
    }
    keys
}

/// The object under `"key":` in a compact JSON text, braces included.
fn json_object<'a>(json: &'a str, key: &str) -> &'a str {
    let start = json
        .find(&format!("\"{key}\":{{"))
        .unwrap_or_else(|| panic!("no object {key} in {json}"))
        + key.len()
        + 3;
    let mut depth = 0;
    for (at, c) in json[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &json[start..=start + at];
                }
            }
            _ => {}
        }
    }
    panic!("{key}'s object is not closed in {json}")
}

/// Saved data with every kind of record and setting, through the named
/// methods the app uses, as Rust writes it.
fn everything_saved() -> String {
    let mut data = SavedData::empty();
    let sign = BANK
        .iter()
        .find(|item| {
            matches!(
                item.kind,
                ItemKind::Sign {
                    allows_not_applicable: true,
                    ..
                }
            )
        })
        .expect("a sign that allows not applicable");
    let balance = BANK
        .iter()
        .find(|item| matches!(item.kind, ItemKind::Balance { .. }))
        .expect("a balance item");
    let declined = BANK
        .iter()
        .find(|item| matches!(item.kind, ItemKind::Sign { .. }) && item.id != sign.id)
        .expect("a second sign");
    for (id, answer) in [
        (balance.id, Answer::Choice(2)),
        (sign.id, Answer::NotApplicable),
        (declined.id, Answer::Declined),
    ] {
        data.record_answer(id, answer, 1_700_000_000_000.0)
            .unwrap_or_else(|e| panic!("{id}: {e:?}"));
    }
    let finished = data.finish(1_700_000_100_000.0).expect("a check-up");
    data.record_answer(balance.id, Answer::Choice(1), 1_700_000_200_000.0)
        .expect("answered");
    let practice = advice::all_practices()
        .find(|id| !advice::is_read_only(id))
        .expect("a practice one can keep");
    assert!(data.set_practice(practice, true, 1_700_000_300_000.0, &finished));
    data.choose_language("ar");
    data.choose_country(fulcrum::checkup::support::Country::ALL[0]);
    data.set_neutral_title(true);
    data.set_erase_on_exit(true);
    data.set_skip_intro(true);
    data.encode()
}

/// boot.js reads the saved document before the app starts (the language,
/// the neutral title, erase on exit, whether a check-up was begun): every
/// field it names must be one Rust writes, where Rust writes it.
#[test]
fn boot_js_reads_the_saved_fields_rust_writes() {
    let json = everything_saved();
    let top: BTreeSet<String> = json_keys(&json).into_iter().collect();
    let settings: BTreeSet<String> = json_keys(json_object(&json, "settings"))
        .into_iter()
        .collect();
    let boot = read("public/boot.js");
    let mut named = 0;
    for (object, fields) in [("saved", &top), ("settings", &settings)] {
        let prefix = format!("{object}.");
        for (at, _) in boot.match_indices(&prefix) {
            let before = boot[..at].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || before == '.' {
                continue;
            }
            let field: String = boot[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            named += 1;
            assert!(
                fields.contains(&field),
                "boot.js reads {object}.{field}, which Rust's saved data does not write \
                 (it writes {fields:?})"
            );
        }
    }
    assert!(named >= 5, "boot.js reads the saved settings and progress");
}

/// The end-to-end tests and the benchmark seed saved data from
/// `tests/e2e/saved-data.mjs`: its field names, answers, schema and bank
/// version must be Rust's, or the seeds would test a document the app
/// never writes.
#[test]
fn the_end_to_end_seeds_write_saved_data_as_rust_does() {
    let file = "tests/e2e/saved-data.mjs";
    let js = read(file);
    let json = everything_saved();
    let written: BTreeSet<String> = json_keys(&json).into_iter().collect();
    let body = js
        .split_once("export function savedWith")
        .map(|(_, body)| body)
        .unwrap_or_else(|| panic!("{file} has no savedWith"));
    let mut fields = BTreeSet::new();
    for line in body.lines() {
        let line = line.trim();
        if let Some((key, _)) = line.split_once(": ") {
            if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !key.is_empty() {
                fields.insert(key.to_owned());
            }
        }
    }
    assert!(
        fields.len() >= 8,
        "{file}'s savedWith names the saved fields: {fields:?}"
    );
    // The answers' shapes: `{ choice }`, "not_applicable", "declined".
    fields.insert("choice".to_owned());
    for field in &fields {
        assert!(
            written.contains(field),
            "{file} writes `{field}`, which Rust's saved data does not (it writes {written:?})"
        );
    }
    for answer in ["not_applicable", "declined"] {
        assert!(
            js.contains(&format!("\"{answer}\"")),
            "{file} writes {answer}"
        );
        assert!(
            json.contains(&format!("\"{answer}\"")),
            "Rust writes an answer as {answer}"
        );
    }
    assert!(
        json.contains("{\"choice\":2}"),
        "Rust writes a choice as {{\"choice\":2}}: {json}"
    );
    assert!(
        body.contains(&format!("schema: {SAVE_SCHEMA},")),
        "{file} writes schema {SAVE_SCHEMA}, Rust's SAVE_SCHEMA"
    );
    assert!(
        js.contains(&format!("export const BANK_VERSION = {BANK_VERSION};")),
        "{file}'s BANK_VERSION is Rust's ({BANK_VERSION})"
    );
    // And Rust reads what it wrote, with nothing set aside.
    let loaded = saved::decode(&json).expect("reads back");
    assert!(loaded.set_aside.is_empty(), "{:?}", loaded.set_aside);
}

/// Every storage key the JavaScript names (boot.js's are generated above;
/// the end-to-end tests and the benchmark seed and read storage) is one of
/// src/storage.rs's.
#[test]
fn every_storage_key_in_javascript_is_one_rust_uses() {
    let keys = [storage::KEY, storage::BACKUP_KEY, storage::PRIVATE_KEY];
    let mut files = vec!["tests/e2e/saved-data.mjs".to_owned()];
    for folder in ["tests/e2e/specs", "tools/bench", "public"] {
        let Ok(entries) = std::fs::read_dir(format!("{ROOT}/{folder}")) else {
            continue;
        };
        for entry in entries {
            let name = entry.expect("entry").file_name();
            let name = name.to_string_lossy();
            if name.ends_with(".js") || name.ends_with(".mjs") {
                files.push(format!("{folder}/{name}"));
            }
        }
    }
    let mut seen = 0;
    for file in files {
        let text = read(&file);
        for call in ["getItem(\"", "setItem(\"", "removeItem(\""] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                let key = &rest[..rest.find('"').unwrap_or(0)];
                seen += 1;
                assert!(
                    keys.contains(&key),
                    "{file} names the storage key {key:?}, which src/storage.rs does not use \
                     ({keys:?})"
                );
            }
        }
    }
    assert!(seen > 10, "the end-to-end tests read and seed storage");
}

/// The served language files: Trunk copies `locales/built/` to the served
/// folder, the service worker's writer tells them from the app's files by
/// that folder, and the server and the precompression know the extension.
#[test]
fn the_build_and_the_server_serve_language_files_where_the_app_asks() {
    let folder = Locale::SERVED_FOLDER.trim_end_matches('/');
    let extension = Locale::SERVED_EXTENSION.trim_start_matches('.');
    assert_ne!(extension, "txt", "never the keyed files' extension");
    let index = read("index.html");
    assert!(
        index.contains(&format!(
            r#"rel="copy-dir" href="locales/built" data-target-path="{folder}""#
        )),
        "index.html copies locales/built to {folder}/"
    );
    assert!(
        read("scripts/write_service_worker.py")
            .contains(&format!("LOCALE_FOLDER = \"{}\"", Locale::SERVED_FOLDER)),
        "scripts/write_service_worker.py's LOCALE_FOLDER is {}",
        Locale::SERVED_FOLDER
    );
    assert!(
        read("scripts/compress_dist.py").contains(&format!("\"{}\"", Locale::SERVED_EXTENSION)),
        "scripts/compress_dist.py compresses {} files",
        Locale::SERVED_EXTENSION
    );
    let nginx = read("deploy/nginx.conf");
    assert!(
        nginx.lines().any(|line| {
            let words: Vec<&str> = line
                .trim()
                .trim_end_matches(';')
                .split_whitespace()
                .collect();
            words.first() == Some(&"text/plain") && words.contains(&extension)
        }),
        "deploy/nginx.conf serves .{extension} as text/plain (with its charset)"
    );
    for locale in Locale::ALL {
        let built = format!(
            "{ROOT}/locales/built/{}{}",
            locale.tag(),
            Locale::SERVED_EXTENSION
        );
        assert!(
            std::path::Path::new(&built).is_file(),
            "{built} is missing: {REGENERATE}"
        );
    }
}

/// `scripts/plural-forms.txt`: the plural forms each language's file must
/// give, for `scripts/check_locale.py`, written from `Locale::plural_rule`.
#[test]
fn the_plural_forms_file_is_written_from_the_rust_source() {
    let file = "scripts/plural-forms.txt";
    let mut want = String::from(
        "# The plural forms each language's file gives for every counted message, in\n\
         # CLDR order. Written from src/copy/locale.rs and src/copy/plural.rs by\n\
         # tests/shared_rules.rs (scripts/regenerate.sh): edit the Rust, not this file.\n",
    );
    for locale in Locale::ALL {
        let forms: Vec<&str> = locale
            .plural_rule()
            .categories()
            .iter()
            .map(|c| c.name())
            .collect();
        want.push_str(&format!("{} {}\n", locale.tag(), forms.join(" ")));
    }
    if updating() {
        std::fs::write(format!("{ROOT}/{file}"), &want).expect("writable");
    }
    let have = std::fs::read_to_string(format!("{ROOT}/{file}")).unwrap_or_default();
    assert!(have == want, "{file} is out of date: {REGENERATE}");
}
