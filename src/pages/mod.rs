mod checkup;
mod home;
mod not_found;
mod privacy;
mod results;
mod shared;

pub use checkup::CheckUp;
pub use home::Home;
pub use not_found::NotFound;
pub use privacy::Privacy;
pub use results::Results;
pub use shared::SharedView;

/// A date as the person's browser would write it, e.g. "23 Nov 2026".
pub fn format_date(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "short"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string("en-GB", &options).into()
}
