//! The home screen's first view is written into `index.html` as plain HTML,
//! so it paints before the WebAssembly arrives. Its words must be the app's
//! words: this test builds the block from `copy` and compares.
//!
//! After changing the home copy, rewrite the block with
//! `UPDATE_STATIC_SHELL=1 cargo test --test static_shell`.

use fulcrum::checkup::BANK;
use fulcrum::copy::{t, Locale};

const START: &str = "<!-- static-home:start (written by tests/static_shell.rs) -->";
const END: &str = "<!-- static-home:end -->";

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Relative links, so the shell works under any `--public-url`; the app's
/// own links replace them as soon as it starts.
fn expected_block() -> String {
    let text = t();
    let ui = &text.ui;
    let lines = [
        r#"<div id="boot-shell">"#.to_owned(),
        r#"  <div class="exit-bar">"#.to_owned(),
        format!(
            r#"    <button type="button" class="quick-exit" data-boot-exit title="{}">{}</button>"#,
            escape(ui.quick_exit_hint),
            escape(ui.quick_exit)
        ),
        format!(
            r##"    <a class="skip-link" href="#boot-content">{}</a>"##,
            escape(ui.skip_to_content)
        ),
        format!(
            r#"    <a class="brand" href="./">{}</a>"#,
            escape(text.app_name)
        ),
        "  </div>".to_owned(),
        r#"  <header class="site-header">"#.to_owned(),
        r#"    <nav aria-label="Main">"#.to_owned(),
        format!(r#"      <a href="privacy">{}</a>"#, escape(ui.nav_privacy)),
        format!(
            r#"      <a href="support" class="support-link">{}</a>"#,
            escape(text.safety.support_link)
        ),
        "    </nav>".to_owned(),
        // The app's menu takes this place; until then it cannot act.
        r#"    <div class="language-menu">"#.to_owned(),
        format!(
            r#"      <label for="boot-language">{}</label>"#,
            escape(ui.language_label)
        ),
        r#"      <select id="boot-language" disabled>"#.to_owned(),
        Locale::ALL
            .map(|l| {
                format!(
                    r#"<option value="{0}" lang="{0}">{1}</option>"#,
                    l.tag(),
                    l.own_name()
                )
            })
            .map(|option| format!("        {option}"))
            .join("\n    "),
        "      </select>".to_owned(),
        "    </div>".to_owned(),
        "  </header>".to_owned(),
        r#"  <main id="boot-content" tabindex="-1">"#.to_owned(),
        r#"    <section class="page home">"#.to_owned(),
        format!("      <h1>{}</h1>", escape(text.app_name)),
        format!(r#"      <p class="tagline">{}</p>"#, escape(text.tagline)),
        format!("      <p>{}</p>", escape(text.what_it_is)),
        format!(
            r#"      <p class="promise">{}</p>"#,
            escape(text.privacy_promise)
        ),
        format!("      <p>{}</p>", escape(&text.duration(BANK.len()))),
        r#"      <div class="actions stacked boot-start">"#.to_owned(),
        format!(
            r#"        <a href="check-up" class="button primary">{}</a>"#,
            escape(ui.start)
        ),
        "      </div>".to_owned(),
        format!(
            r#"      <p class="note">{}</p>"#,
            escape(text.not_a_diagnosis)
        ),
        "    </section>".to_owned(),
        "  </main>".to_owned(),
        "</div>".to_owned(),
    ];
    let mut block = String::from(START);
    for line in lines {
        block.push_str("\n    ");
        block.push_str(&line);
    }
    block.push_str("\n    ");
    block.push_str(END);
    block
}

#[test]
fn index_html_carries_the_home_screen_in_the_apps_words() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    let html = std::fs::read_to_string(path).expect("index.html is readable");
    let (Some(start), Some(end)) = (html.find(START), html.find(END)) else {
        panic!("index.html has no static-home block between {START} and {END}");
    };
    let current = &html[start..end + END.len()];
    let expected = expected_block();
    if current == expected {
        return;
    }
    if std::env::var_os("UPDATE_STATIC_SHELL").is_some() {
        let updated = format!("{}{}{}", &html[..start], expected, &html[end + END.len()..]);
        std::fs::write(path, updated).expect("index.html is writable");
        return;
    }
    panic!(
        "index.html's static home differs from the app's copy; run \
         UPDATE_STATIC_SHELL=1 cargo test --test static_shell\n\nexpected:\n{expected}"
    );
}

/// A JavaScript string literal as boot.js writes it: every character as is
/// (Rust's `{:?}` would escape combining marks such as Arabic's shadda).
fn js_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Before the app starts, boot.js names quick exit, sets the neutral title
/// and says when the app cannot start, in the person's language: its words
/// must be each language file's.
#[test]
fn boot_js_words_are_every_language_files_words() {
    let boot = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/boot.js"))
        .expect("boot.js is readable");
    for locale in Locale::ALL {
        let path = format!(
            "{}/locales/{}.txt",
            env!("CARGO_MANIFEST_DIR"),
            locale.tag()
        );
        let source = std::fs::read_to_string(&path).expect("every language has a file");
        let word = |key: &str| {
            source
                .lines()
                .find_map(|line| line.strip_prefix(&format!("{key} = ")))
                .map(str::trim)
                .unwrap_or_else(|| panic!("{path} has {key}"))
        };
        let tag = if locale.tag().contains('-') {
            format!("{:?}", locale.tag())
        } else {
            locale.tag().to_owned()
        };
        let entry = format!(
            "{tag}: {{ quick_exit: {}, neutral_title: {}, not_started: {} }},",
            js_string(word("ui.quick_exit")),
            js_string(word("neutral_title")),
            js_string(word("ui.not_started"))
        );
        assert!(boot.contains(&entry), "boot.js WORDS lacks {entry}");
    }
}

/// boot.js and the service worker pick the browser's language before the
/// app runs: their table must be the app's own (`Locale::negotiate`).
#[test]
fn boot_js_and_the_service_worker_pick_languages_as_the_app_does() {
    let table = Locale::ALL
        .map(|l| {
            let language = l.tag().split('-').next().unwrap_or_default();
            assert_eq!(Locale::negotiate(&[language.to_owned()]), l);
            format!("{language}: {:?}", l.tag())
        })
        .join(", ");
    let table = format!("known = {{ {table} }};");
    for file in ["public/boot.js", "public/sw.template.js"] {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("readable");
        assert!(text.contains(&table), "{file} lacks {table}");
    }
}
