fn main() {
    console_error_panic_hook::set_once();
    // The app removes the plain-HTML home once it can draw (see `App`).
    leptos::mount::mount_to_body(fulcrum::App);
}
