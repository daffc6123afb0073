fn main() {
    // Panic messages in the console while developing; a release build
    // still stops with an error there, without the formatting code.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        // The app removes the plain-HTML home once it can draw (see `App`),
        // and starts drawing only once the browser has shown that home.
        fulcrum::browser::page_shown().await;
        // The built-in words, the saved data, then the drawing, each in a
        // task of its own rather than one long one, so a tap is never kept
        // waiting for all of them.
        fulcrum::copy::english();
        fulcrum::browser::next_task().await;
        let opened = fulcrum::storage::open();
        fulcrum::browser::next_task().await;
        leptos::mount::mount_to_body(move || leptos::view! { <fulcrum::App opened /> });
    });
}
