//! Small helpers around browser APIs, in one place so views stay plain.

use wasm_bindgen::JsCast;

/// A moment (milliseconds since 1970) as the person's language writes its
/// date on this device's calendar, e.g. "23 Nov 2026".
pub fn format_date(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    if date.get_time().is_nan() {
        return "—".to_owned();
    }
    crate::copy::t().calendar_date(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
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

/// Offers text as a file download, without any network request.
pub fn download(filename: &str, text: &str, mime: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = web_sys::window()?
        .document()?
        .create_element("a")
        .ok()?
        .dyn_into()
        .ok()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// Moves keyboard focus to the new view's heading (made focusable for it),
/// or to the main region when the view has none.
pub fn focus_heading() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let target = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("content"))?;
    if !target.has_attribute("tabindex") {
        target.set_attribute("tabindex", "-1").ok()?;
    }
    target.dyn_into::<web_sys::HtmlElement>().ok()?.focus().ok()
}

/// The system share sheet, where the browser has one.
fn share_sheet() -> Option<js_sys::Function> {
    let navigator = web_sys::window()?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into()).ok()?;
    share.dyn_into::<js_sys::Function>().ok()
}

/// Whether this browser offers a system share sheet.
pub fn can_share() -> bool {
    share_sheet().is_some()
}

/// Opens the system share sheet with a title, a line of text and a link.
/// Dismissing the sheet is the person's choice, not an error.
pub async fn open_share_sheet(title: &str, text: &str, url: String) {
    let (Some(share), Some(window)) = (share_sheet(), web_sys::window()) else {
        return;
    };
    let data = js_sys::Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", &url)] {
        let _ = js_sys::Reflect::set(&data, &key.into(), &value.into());
    }
    if let Ok(promise) = share.call1(&window.navigator(), &data) {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await;
    }
}

/// Puts text on the clipboard; false when the browser refuses.
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}

/// The app's own address, from the `<base>` Trunk writes, for share links.
pub fn app_base() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| window.location().origin().unwrap_or_default())
}

/// Waits until `boot.js` says the page has been shown (`fulcrumShown`);
/// at once when an older cached page lacks it.
pub async fn page_shown() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let shown = js_sys::Reflect::get(&window, &"fulcrumShown".into()).ok();
    if let Some(promise) = shown.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Lets the browser paint and handle input before going on.
pub async fn next_task() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Removes the plain-HTML home that `index.html` paints before the app
/// starts. Called once the app's first screen is drawn, before the next
/// paint, so the browser never paints both or neither.
pub fn remove_boot_shell() -> Option<()> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id("boot-shell")?.remove();
    Some(())
}

/// Fetches a text file from the app's own origin (relative to `<base>`);
/// `None` offline, on an error status or when the body is not text.
pub async fn fetch_text(path: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Sets `<html lang dir>`, so screen readers, fonts and layout follow the
/// language shown.
pub fn set_document_language(tag: &str, dir: &str) -> Option<()> {
    let root = web_sys::window()?.document()?.document_element()?;
    root.set_attribute("lang", tag).ok()?;
    root.set_attribute("dir", dir).ok()
}

/// The path the app is served under ("" or e.g. "/fulcrum"), from the
/// `<base>` element Trunk writes for `--public-url`.
pub fn base_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_owned()
}

/// The address bar's `pathname`, `search` and `hash`.
pub fn address_parts() -> Option<(String, String, String)> {
    let location = web_sys::window()?.location();
    Some((
        location.pathname().ok()?,
        location.search().ok()?,
        location.hash().ok()?,
    ))
}

/// Replaces the current history entry's address, adding no entry.
pub fn replace_address(url: &str) -> Option<()> {
    let history = web_sys::window()?.history().ok()?;
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        .ok()
}

pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves keyboard focus (and the view) to the element with `id`.
pub fn focus_element(id: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let element: web_sys::HtmlElement = document.get_element_by_id(id)?.dyn_into().ok()?;
    element.focus().ok()
}

/// Calls `follow` for a plain tap on a link (no modifier key, no `target`,
/// no `download`), with its written `href`, whether it stays on this origin
/// and the `pathname`, `search` and `hash` it resolves to. When `follow`
/// returns true the app has handled it and the browser does not load it.
pub fn on_link_tap(follow: impl Fn(&str, bool, (&str, &str, &str)) -> bool + 'static) {
    use leptos::prelude::window_event_listener;
    let handle = window_event_listener(leptos::ev::click, move |event| {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.alt_key()
            || event.ctrl_key()
            || event.shift_key()
        {
            return;
        }
        let Some(anchor) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !anchor.target().is_empty() || anchor.has_attribute("download") {
            return;
        }
        let Ok(url) = web_sys::Url::new(&anchor.href()) else {
            return;
        };
        let same_origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .is_some_and(|origin| origin == url.origin());
        let written = anchor.get_attribute("href").unwrap_or_default();
        if follow(
            &written,
            same_origin,
            (&url.pathname(), &url.search(), &url.hash()),
        ) {
            event.prevent_default();
        }
    });
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Calls `moved` with the new `pathname`, `search` and `hash` when the
/// browser moves in history (Back, Forward, a changed fragment).
pub fn on_history_move(moved: impl Fn((String, String, String)) + 'static) {
    use leptos::prelude::window_event_listener;
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        if let Some(parts) = address_parts() {
            moved(parts);
        }
    });
    leptos::prelude::on_cleanup(move || handle.remove());
}
