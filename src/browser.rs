//! Small helpers around browser APIs, in one place so views stay plain.

/// A date as the person's browser would write it, e.g. "23 Nov 2026".
pub fn format_date(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "short"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string("en-GB", &options).into()
}

/// A calendar date written as `YYYY-MM-DD`, formatted like [`format_date`];
/// the text itself if it cannot be read.
pub fn format_iso_date(iso: &str) -> String {
    let ms = js_sys::Date::parse(&format!("{iso}T12:00:00Z"));
    if ms.is_nan() {
        iso.to_owned()
    } else {
        format_date(ms)
    }
}

/// The browser's preferred languages, most preferred first ("en-GB", "es").
pub fn language_tags() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}
