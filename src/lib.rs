//! Fulcrum: a private check-up of the balance of power in a relationship.
//! The pure core is `checkup` (plus `copy` for words, `routes` for
//! addresses), over `util`'s general-purpose helpers; `storage` and `state`
//! (with `language` and `location`) are the edge to the browser; `pages` and
//! `components` render.

pub mod app;
pub mod browser;
pub mod charts;
pub mod checkup;
pub mod components;
pub mod copy;
pub mod language;
pub mod location;
pub mod pages;
pub mod routes;
pub mod state;
pub mod storage;
pub mod util;

pub use app::App;

// Talc instead of Rust's default WebAssembly allocator (dlmalloc): a few KB
// smaller and faster (docs/performance.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
