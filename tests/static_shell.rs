//! The home screen's first view is written into `index.html` as plain HTML,
//! so it paints before the WebAssembly arrives. Its words must be the app's
//! words: this test builds the block from `copy` and compares.
//!
//! After changing the home copy or the languages, `scripts/regenerate.sh`
//! rewrites the block (this test with `UPDATE_STATIC_SHELL=1`).

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
        "index.html's static home differs from the app's copy: run \
         scripts/regenerate.sh\n\nexpected:\n{expected}"
    );
}
