//! The domain core: plain Rust with no knowledge of the browser.
//!
//! Everything a test should be able to check lives here and builds on the native target, so
//! `cargo test` exercises it without a browser. The `store` and `ui` layers depend on this
//! module; it depends on neither (their crates are not even available to it off wasm32).

pub mod backup;
pub mod book;
pub mod catalog;
pub mod corpus;
pub mod customer;
pub mod customize;
pub mod dashboard;
pub mod draft;
pub mod feedback;
pub mod i18n;
pub mod identify;
pub mod learn;
pub mod list_window;
pub mod loyalty;
pub mod needs;
pub mod normalize;
pub mod random;
pub mod record;
pub mod relations;
pub mod sample;
pub mod service;
pub mod settings;
pub mod sorting;
pub mod space;
pub mod spreadsheet;
pub mod text;
pub mod visit;
pub mod visit_draft;
pub mod visit_import;
