//! General-purpose helpers that know nothing of check-ups, relationships or
//! screens: byte and text routines the core and the edges use. Plain Rust,
//! tested natively; nothing here depends on another Fulcrum module.

pub mod base64url;
pub mod crc32;
pub mod text;
