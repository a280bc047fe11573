//! The browser suite: the store layer against real IndexedDB and localStorage in headless
//! Chromium (`cargo test --target wasm32-unknown-unknown --test wasm`). One binary, one module
//! per feature; shared builders live in `support`.

#![cfg(target_arch = "wasm32")]
// Tests and benchmarks sort with the standard library's own sort (not downloaded; and an
// independent reference for `core::sorting`).
#![allow(clippy::disallowed_methods)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm/feedback.rs"]
mod feedback;
#[path = "wasm/imports.rs"]
mod imports;
#[path = "shared/legacy_decoder.rs"]
mod legacy_decoder;
#[path = "wasm/legacy_text.rs"]
mod legacy_text;
#[path = "shared/nfkc_cases.rs"]
mod nfkc_cases;
#[path = "wasm/normalize.rs"]
mod normalize;
#[path = "wasm/records.rs"]
mod records;
#[path = "wasm/service.rs"]
mod service;
#[path = "wasm/support.rs"]
mod support;
#[path = "wasm/upgrade.rs"]
mod upgrade;
