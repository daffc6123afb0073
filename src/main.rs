fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        // The app removes the plain-HTML home once it can draw (see `App`),
        // and starts drawing only once the browser has shown that home.
        fulcrum::browser::page_shown().await;
        // Reading the built-in words, then drawing, in two tasks rather
        // than one long one, so a tap is never kept waiting for both.
        fulcrum::copy::english();
        fulcrum::browser::next_task().await;
        leptos::mount::mount_to_body(fulcrum::App);
    });
}
