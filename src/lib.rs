//! Fulcrum: a private check-up of the balance of power in a relationship.
//! The pure core is `checkup` (plus `copy` for words, `routes` for
//! addresses), over `util`'s general-purpose helpers; `storage` and `state`
//! (with `language` and `location`) are the edge to the browser; `pages` and
//! `components` render. `lean` holds the general-purpose code written here
//! instead of a library, for size, and the table of every such replacement.

// No `expect` in code that goes into the WebAssembly: its error formatting
// brings Debug code in (1.2 KB for one call), and nothing a user or an
// address controls may panic. Handle the error, or `unwrap_or` a value that
// is right. Tests (clippy.toml) and native-only tools may expect.
#![cfg_attr(target_arch = "wasm32", deny(clippy::expect_used))]

pub mod app;
pub mod browser;
pub mod charts;
pub mod checkup;
pub mod components;
pub mod copy;
pub mod language;
pub mod lean;
pub mod location;
pub mod pages;
pub mod routes;
pub mod state;
pub mod storage;
pub mod util;

pub use app::App;

// Talc instead of Rust's default WebAssembly allocator (dlmalloc): a few KB
// smaller and faster (the table in `lean`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
