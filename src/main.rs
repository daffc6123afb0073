fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(fulcrum::App);
    // Absent when an old cached page lacks it; nothing to do then.
    let _ = fulcrum::browser::remove_boot_shell();
}
