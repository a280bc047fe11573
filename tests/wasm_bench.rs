//! The customer-value fits, the customization solvers, the learning, customer care, the
//! dashboard and a large book's hot paths timed in headless Chromium, in the release profile the app ships
//! with (`make bench` runs it). A benchmark, not a test: it prints figures and asserts nothing.

#![cfg(target_arch = "wasm32")]
// Tests and benchmarks sort with the standard library's own sort (not downloaded; and an
// independent reference for `core::sorting`).
#![allow(clippy::disallowed_methods)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "../benches/book_speed.rs"]
mod book_speed;
#[path = "../benches/care_speed.rs"]
mod care_speed;
#[path = "../benches/customize_cases.rs"]
mod customize_cases;
#[path = "../benches/dashboard_speed.rs"]
mod dashboard_speed;
#[path = "../benches/fit_cases.rs"]
mod fit_cases;
#[path = "../benches/learn_speed.rs"]
mod learn_speed;
#[path = "../benches/random.rs"]
mod random;
#[path = "../benches/timing.rs"]
mod timing;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

fn now_ms() -> f64 {
    let performance =
        js_sys::Reflect::get(&js_sys::global(), &"performance".into()).expect("performance");
    let now = js_sys::Reflect::get(&performance, &"now".into()).expect("performance.now");
    now.unchecked_into::<js_sys::Function>()
        .call0(&performance)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn customer_value_fit_times() {
    tsunagu::ui::normalize::install();
    fit_cases::run("wasm in headless Chromium", now_ms, |line| {
        console_log!("{line}")
    });
}

#[wasm_bindgen_test]
fn customization_times() {
    tsunagu::ui::normalize::install();
    customize_cases::run("wasm in headless Chromium", now_ms, |line| {
        console_log!("{line}")
    });
}

#[wasm_bindgen_test]
fn learning_times() {
    tsunagu::ui::normalize::install();
    learn_speed::run("wasm in headless Chromium", now_ms, |line| {
        console_log!("{line}")
    });
}

#[wasm_bindgen_test]
fn customer_care_times() {
    tsunagu::ui::normalize::install();
    care_speed::run("wasm in headless Chromium", now_ms, |line| {
        console_log!("{line}")
    });
}

#[wasm_bindgen_test]
fn dashboard_times() {
    tsunagu::ui::normalize::install();
    dashboard_speed::run("wasm in headless Chromium", now_ms, |line| {
        console_log!("{line}")
    });
}

#[wasm_bindgen_test]
fn book_times() {
    tsunagu::ui::normalize::install();
    book_speed::run("wasm in headless Chromium", now_ms, |line| {
        console_log!("{line}")
    });
}
