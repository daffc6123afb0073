//! The storage module against real browser storage, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use fulcrum::checkup::saved::{FinishedCheckup, InProgress, Plan, SavedData, SAVE_SCHEMA};
use fulcrum::checkup::{Answer, BANK_VERSION};
use fulcrum::storage::{self, Fault, Status, BACKUP_KEY, KEY};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
let original = null;
export function block_storage() {
  original = Object.getOwnPropertyDescriptor(window, "localStorage");
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
  });
}
export function unblock_storage() { Object.defineProperty(window, "localStorage", original); }
export function fill_storage() {
  // Fill to the last character: halve the chunk each time one does not fit.
  let size = 1024 * 1024, i = 0, reason = "";
  while (size >= 1) {
    try { localStorage.setItem("filler." + i++, "x".repeat(size)); }
    catch (e) { reason = e.name; size = Math.floor(size / 2); }
  }
  return reason;
}
export function empty_storage() {
  for (const k of Object.keys(localStorage)) if (k.startsWith("filler.")) localStorage.removeItem(k);
}
"#)]
extern "C" {
    fn block_storage();
    fn unblock_storage();
    fn fill_storage() -> String;
    fn empty_storage();
}

fn raw_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("local storage in the test browser")
}

fn fresh() {
    raw_storage().clear().expect("clear");
}

fn sample() -> SavedData {
    let mut data = SavedData::empty();
    let mut progress = InProgress::new(1_000.0);
    progress
        .answers
        .insert("money.access".into(), Answer::Choice(3));
    progress
        .answers
        .insert("home.chores".into(), Answer::NotApplicable);
    data.in_progress = Some(progress);
    data.history.push(FinishedCheckup {
        id: "42".into(),
        finished_at: 42.0,
        bank_version: BANK_VERSION,
        answers: BTreeMap::from([("social.plans".to_owned(), Answer::Choice(0))]),
    });
    data.plan = Some(Plan {
        practices: vec!["open_communication.weekly_checkin".into()],
        chosen_at: 43.0,
        checkup: Some("42".into()),
    });
    data.settings.neutral_title = true;
    data
}

#[wasm_bindgen_test]
fn nothing_saved_is_a_fresh_start() {
    fresh();
    let opened = storage::open();
    assert_eq!(opened.status, Status::Saving);
    assert_eq!(opened.data, SavedData::empty());
    assert_eq!(opened.backup_key, None);
}

#[wasm_bindgen_test]
fn every_record_round_trips_through_local_storage() {
    fresh();
    let data = sample();
    storage::save(&data).expect("saves");
    let raw = raw_storage()
        .get_item(KEY)
        .unwrap()
        .expect("written under the key");
    assert!(raw.contains(&format!("\"schema\":{SAVE_SCHEMA}")));
    let opened = storage::open();
    assert_eq!(opened.status, Status::Saving);
    assert_eq!(opened.data, data);
}

#[wasm_bindgen_test]
fn an_older_schema_is_migrated_forward() {
    fresh();
    let v1 = r#"{"schema":1,"in_progress":{"bank_version":1,"started_at":5.0,"answers":{"money.earns":{"choice":1}}},"finished":[]}"#;
    raw_storage().set_item(KEY, v1).unwrap();
    let opened = storage::open();
    assert_eq!(opened.migrated_from, Some(1));
    assert_eq!(opened.status, Status::Saving);
    let progress = opened
        .data
        .in_progress
        .expect("kept the check-up in progress");
    assert_eq!(
        progress.answers.get("money.earns"),
        Some(&Answer::Choice(1))
    );
}

#[wasm_bindgen_test]
fn corrupt_data_is_kept_under_the_backup_key() {
    fresh();
    raw_storage()
        .set_item(KEY, "{\"schema\":2,\"history\":[tru")
        .unwrap();
    let opened = storage::open();
    assert_eq!(opened.status, Status::Saving);
    assert_eq!(opened.backup_key.as_deref(), Some(BACKUP_KEY));
    assert_eq!(
        raw_storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{\"schema\":2,\"history\":[tru")
    );
    assert_eq!(opened.data, SavedData::empty());

    // A second, different corruption gets its own backup; the first stays.
    raw_storage().set_item(KEY, "garbage").unwrap();
    storage::open();
    assert_eq!(
        raw_storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{\"schema\":2,\"history\":[tru")
    );
    assert_eq!(
        storage::read_raw(&format!("{BACKUP_KEY}.2")).as_deref(),
        Some("garbage")
    );
}

#[wasm_bindgen_test]
fn a_newer_schema_is_read_only_and_untouched() {
    fresh();
    raw_storage().set_item(KEY, r#"{"schema":9}"#).unwrap();
    let opened = storage::open();
    assert_eq!(opened.status, Status::ReadOnlyNewer(9));
    assert_eq!(
        raw_storage().get_item(KEY).unwrap().as_deref(),
        Some(r#"{"schema":9}"#)
    );
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory() {
    fresh();
    block_storage();
    let opened = storage::open();
    let saved = storage::save(&sample());
    unblock_storage();
    assert_eq!(opened.status, Status::MemoryOnly(Fault::Blocked));
    assert_eq!(opened.data, SavedData::empty());
    assert_eq!(saved, Err(Fault::Blocked));
}

#[wasm_bindgen_test]
fn full_storage_is_reported_as_full() {
    fresh();
    let reason = fill_storage();
    let saved = storage::save(&sample());
    empty_storage();
    assert_eq!(reason, "QuotaExceededError");
    assert_eq!(saved, Err(Fault::Full));
    assert_eq!(storage::save(&sample()), Ok(()));
}

#[wasm_bindgen_test]
fn erase_all_removes_only_fulcrum_keys() {
    fresh();
    storage::save(&sample()).unwrap();
    raw_storage().set_item(BACKUP_KEY, "old").unwrap();
    raw_storage().set_item("someone-else", "keep").unwrap();
    storage::erase_all().unwrap();
    assert_eq!(raw_storage().get_item(KEY).unwrap(), None);
    assert_eq!(raw_storage().get_item(BACKUP_KEY).unwrap(), None);
    assert_eq!(
        raw_storage().get_item("someone-else").unwrap().as_deref(),
        Some("keep")
    );
}

fn session_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .expect("session storage in the test browser")
}

#[wasm_bindgen_test]
fn private_mode_reads_nothing_new_and_writes_nothing() {
    fresh();
    storage::set_private(true);
    assert!(storage::is_private());
    let opened = storage::open();
    assert_eq!(opened.status, Status::Private);
    assert!(opened.private_before, "a reload in private mode knows it");
    assert!(opened.status.keeps_nothing());
    assert_eq!(raw_storage().length().unwrap_or(99), 0, "nothing written");
    // The only mark is the flag in this tab's session storage, holding no answers.
    assert_eq!(
        session_storage()
            .get_item(storage::PRIVATE_KEY)
            .ok()
            .flatten(),
        Some("true".to_owned())
    );
    storage::set_private(false);
    assert!(!storage::is_private());
    assert_eq!(storage::open().status, Status::Saving);
}

#[wasm_bindgen_test]
fn one_damaged_check_up_is_kept_aside_and_the_rest_stay() {
    fresh();
    let raw = format!(
        r#"{{"schema":{SAVE_SCHEMA},"in_progress":null,"plan":null,"settings":{{}},"comparisons":[],
            "history":[{{"id":"1","finished_at":1.0,"bank_version":{BANK_VERSION},"answers":{{"home.chores":{{"choice":1}}}}}},
                       {{"id":"2","finished_at":2.0,"bank_version":{BANK_VERSION},"answers":{{"home.chores":{{"choice":9}}}}}}]}}"#
    );
    raw_storage().set_item(KEY, &raw).expect("seed");
    let opened = storage::open();
    assert_eq!(opened.status, Status::Saving);
    assert_eq!(opened.data.history.len(), 1, "the readable check-up loads");
    assert_eq!(opened.set_aside.len(), 1);
    let backup = raw_storage()
        .get_item(BACKUP_KEY)
        .ok()
        .flatten()
        .expect("kept aside");
    assert!(backup.contains(r#""choice":9"#) && !backup.contains(r#""id":"1""#));
    // The main key now holds the rest, so the next load is clean.
    let again = storage::open();
    assert!(again.set_aside.is_empty());
    assert_eq!(again.data.history.len(), 1);
    assert_eq!(again.backup_key.as_deref(), Some(BACKUP_KEY));
}

#[wasm_bindgen_test]
fn holds_anything_sees_data_and_backups_only() {
    fresh();
    assert!(!storage::holds_anything());
    raw_storage().set_item("someone.else", "x").expect("seed");
    assert!(!storage::holds_anything(), "other sites' keys are not ours");
    raw_storage().set_item(BACKUP_KEY, "x").expect("seed");
    assert!(storage::holds_anything());
}

#[wasm_bindgen_test]
fn private_mode_stays_private_when_storage_is_blocked() {
    fresh();
    storage::set_private(true);
    block_storage();
    let opened = storage::open();
    unblock_storage();
    storage::set_private(false);
    assert_eq!(
        opened.status,
        Status::Private,
        "the marker, not a storage warning"
    );
    block_storage();
    let without_private = storage::open().status;
    unblock_storage();
    assert_eq!(without_private, Status::MemoryOnly(Fault::Blocked));
}

/// Dates follow the language shown, on the device's calendar; Arabic keeps
/// the digits 0–9, like every figure in the app.
#[wasm_bindgen_test]
fn dates_are_written_in_the_language_shown() {
    use fulcrum::browser::format_date;
    use fulcrum::copy::{self, Locale};
    let ms = 1_795_000_000_000.0; // 18 November 2026
    copy::set_current(copy::english());
    let english = format_date(ms);
    let german = include_str!("../locales/built/de.lines").to_owned();
    copy::set_current(copy::load(Locale::De, german).expect("the German file loads"));
    let in_german = format_date(ms);
    let arabic = include_str!("../locales/built/ar.lines").to_owned();
    copy::set_current(copy::load(Locale::Ar, arabic).expect("the Arabic file loads"));
    let in_arabic = format_date(ms);
    copy::set_current(copy::english());
    assert_eq!(english, "18 Nov 2026");
    assert_eq!(in_german, "18. Nov. 2026");
    assert_eq!(in_arabic, "18 نوفمبر 2026");
    // A moment the browser cannot place is a dash, never "NaN".
    assert_eq!(format_date(f64::NAN), "—");
}

/// `<html lang dir>` follow the language, for screen readers and layout.
#[wasm_bindgen_test]
fn the_document_takes_the_languages_tag_and_direction() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .expect("a document");
    fulcrum::browser::set_document_language("ar", "rtl");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    fulcrum::browser::set_document_language("en", "ltr");
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
}

/// A language file that is not there is `None`, never a panic: the app
/// then shows English with a note.
#[wasm_bindgen_test]
async fn a_missing_file_is_none() {
    assert_eq!(
        fulcrum::browser::fetch_text("locales/no-such-language.lines").await,
        None
    );
}

fn memory_pages() -> u32 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory()
        .dyn_into()
        .expect("the module's memory");
    let buffer: js_sys::ArrayBuffer = memory.buffer().dyn_into().expect("an ArrayBuffer");
    buffer.byte_length() / 65_536
}

/// Screens are drawn and dropped all through a check-up, while what they
/// read (the app's state, a page's memos) lives on. reactive_graph 0.2.16
/// kept every dropped view's effect in the subscriber list of a memo it had
/// read: about one 64 KiB page per check-up, for good (see vendor/README.md).
#[wasm_bindgen_test]
async fn views_drawn_and_dropped_leave_no_memory_behind() {
    use fulcrum::browser::next_task;
    use leptos::prelude::*;
    let owner = Owner::new();
    owner.set();
    let source = RwSignal::new(1u32);
    let doubled = Memo::new(move |_| source.get() * 2);
    let body = document().body().expect("body");
    let draw_and_drop = |times: usize| {
        for _ in 0..times {
            let handle = leptos::mount::mount_to(body.clone(), move || {
                (0..40)
                    .map(|_| view! { <span>{move || doubled.get()}</span> })
                    .collect_view()
            });
            drop(handle);
        }
    };
    // Warm up to the allocator's steady state, then measure.
    for _ in 0..5 {
        draw_and_drop(100);
        next_task().await;
    }
    let before = memory_pages();
    for _ in 0..20 {
        draw_and_drop(100);
        next_task().await;
    }
    let grown = memory_pages() - before;
    // 80,000 dropped readers: 104 pages before the fix, measured.
    assert!(grown <= 2, "memory grew by {grown} pages of 64 KiB");
    assert!(
        !body.inner_html().contains("<span>"),
        "every view was taken away"
    );
}

/// server_fn's streams (vendor/wasm-streams, Fulcrum's replacement for the
/// published crate): Rust chunks go into a JavaScript `ReadableStream` and
/// come back out in order, an error ends the stream, and a stream the
/// browser made reads too.
#[wasm_bindgen_test]
async fn rust_streams_round_trip_through_javascript_streams() {
    use futures_util::stream::{self, StreamExt};
    use wasm_streams::ReadableStream;

    let through_js = |items: Vec<Result<JsValue, JsValue>>| {
        let raw = ReadableStream::from_stream(stream::iter(items)).into_raw();
        ReadableStream::from_raw(raw)
            .into_stream()
            .collect::<Vec<_>>()
    };
    let text = |item: &Result<JsValue, JsValue>| match item {
        Ok(value) => format!("ok {}", value.as_string().unwrap_or_default()),
        Err(error) => format!("error {}", error.as_string().unwrap_or_default()),
    };

    let words = ["one", "two", "three"].map(|w| Ok(JsValue::from(w)));
    let back = through_js(words.to_vec()).await;
    assert_eq!(
        back.iter().map(text).collect::<Vec<_>>(),
        ["ok one", "ok two", "ok three"]
    );

    let failing = vec![Ok(JsValue::from("a")), Err(JsValue::from("broken"))];
    let back = through_js(failing).await;
    assert_eq!(
        back.iter().map(text).collect::<Vec<_>>(),
        ["ok a", "error broken"]
    );

    assert!(through_js(Vec::new()).await.is_empty());

    let response = web_sys::Response::new_with_opt_str(Some("hello")).expect("a response");
    let body = response.body().expect("a body");
    let mut bytes = Vec::new();
    for chunk in ReadableStream::from_raw(body)
        .into_stream()
        .collect::<Vec<_>>()
        .await
    {
        let chunk: js_sys::Uint8Array = chunk.expect("a chunk").unchecked_into();
        bytes.extend(chunk.to_vec());
    }
    assert_eq!(bytes, b"hello");
}
