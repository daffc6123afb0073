//! Fulcrum's own code where a library or a standard idiom cost too many
//! bytes of WebAssembly for a first load of 250 KB gzip. General-purpose,
//! plain Rust with nothing of the app in it: the core, the charts and the
//! words may all use it. `clippy.toml` forbids the idioms these replace, with
//! the reason, so the editor says it.
//!
//! This table is the one list of every size-driven replacement in the
//! project, here or elsewhere. Savings are as measured when each was made
//! (`docs/performance.md`; "raw" is the release WebAssembly, "first load" is
//! `scripts/size_report.py`'s gzip total).
//!
//! | ours | replaces | saved | to revert |
//! | --- | --- | --- | --- |
//! | [`order`]: [`sort_by_rank`], [`positions_in_order`] | `sort_by_key` and kin, one instance per element and key type; collecting into a `BTreeMap` (a stable sort) | 12 KB raw, 4.4 KB gzip for six sorts; 1 KB gzip for the words' catalog (then in the WebAssembly; native only now) | call `slice::sort_by_key` where `sort_by_rank` is called, drop the clippy.toml entry |
//! | [`number`]: [`num`] | `f64`'s `Display` (`to_string`, `{}`) | 10 KB raw (Rust's float formatting and its tables) | `format!("{}", (v * 100.0).round() / 100.0)` |
//! | [`angle`]: [`sin_cos_deg`] | `f64::sin`, `cos`, `sin_cos` | 7 KB raw (the C library's) | `degrees.to_radians().sin_cos()` |
//! | `location.rs` (an address signal, one click and one `popstate` listener) with the typed match in `routes.rs` | `leptos_router` (`Router`, `Routes`, `A`) | first load 327,464 → 314,212 B; the typed match alone 81 KB raw | `leptos_router`'s `Router` and `Routes` over `routes::Screen` |
//! | `components::shown` (`shown_when`, `shown_or`) | Leptos's `Show` | 1 KB gzip for fourteen uses | `<Show when=… fallback=…>` |
//! | plain lists of links | Leptos's keyed `For` | 15 KB raw, 6 KB gzip (tachys's keyed diff) | `<For each=… key=…>` |
//! | `copy::collation_key`, a case fold by hand | `char::to_lowercase` | 13 KB raw (Unicode's case tables) | `.flat_map(char::to_lowercase)` before the accent fold |
//! | dates from the language files (`copy::sentences`) | `Intl.DateTimeFormat` | 48–59 ms at 4× CPU on the results' first render (locale data), not bytes | `js_sys::Intl::DateTimeFormat` |
//! | language files read by position (`copy/reader.rs`, `locales/built/`) | the keyed reader | 3.4 KB brotli | serve `locales/<tag>.txt` and read it with `copy::keyed` (lift its native-only `cfg` in `copy/mod.rs`); drop `built.rs`, `by_id.rs`, `locales/built/` |
//! | `vendor/wasm-streams`, written here | the published `wasm-streams` 0.5 (exported JavaScript classes) | 15.5 KB raw, 4.4 KB brotli, 0.5 KB glue | delete the `[patch.crates-io]` line and the folder (`vendor/README.md`) |
//! | `vendor/reactive_graph`, the published 0.2.16 plus a `Drop` | — (memory, not size: a dropped view left its effect behind) | memory over ten check-ups: 22 → 32 pages before, 21 → 23 after | delete the patch line and the folder |
//! | Talc (`lib.rs`) | Rust's dlmalloc | 1.9 KB raw, 0.6 KB brotli | delete the `global_allocator` |
//! | `scripts/shorten_imports.py` (post-build) | wasm-bindgen's hashed import names | 2 KB gzip of WebAssembly, 2.2 KB gzip of glue | drop it from `Trunk.toml`'s hook |
//! | `scripts/minify.py` (post-build, terser) | the glue, `boot.js` and the stylesheet as written | 2.1 + 2.1 + 0.9 KB gzip | drop it from the hook |
//! | `scripts/externalize_loader.py` (post-build) with `boot.js` | Trunk's module loader in a script of its own | one request fewer on the critical path | drop it from the hook |
//! | `--reorder-functions-by-name` (`index.html`) | wasm-opt `-Oz` alone | 3 KB gzip | remove it from `data-wasm-opt-params` |
//!
//! The fourth post-build step, `scripts/write_service_worker.py`, is not a
//! replacement: it lists the build for the service worker.

pub mod angle;
pub mod number;
pub mod order;

pub use angle::sin_cos_deg;
pub use number::num;
pub use order::{positions_in_order, sort_by_rank};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    /// Plain Rust below everything: the core, the charts and the words use
    /// it, so it may use none of them, nor the browser or Leptos.
    #[test]
    fn uses_nothing_of_the_app_nor_of_the_browser() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lean");
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{dir}: {e}")).path();
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            // The code, without comments and the tests (which name what
            // they look for).
            let code: String = source
                .lines()
                .take_while(|line| !line.starts_with("#[cfg(") || !line.contains("test"))
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for forbidden in [
                "crate::",
                "super::super",
                "leptos",
                "web_sys",
                "js_sys",
                "wasm_bindgen",
            ] {
                assert!(
                    !code.contains(forbidden),
                    "{} uses {forbidden}",
                    path.display()
                );
            }
        }
    }
}
