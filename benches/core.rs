//! `cargo bench --bench core`: the customer-value fits, the customization solvers and the
//! learning (its simulation and its speed), customer care, the dashboard and a large book's hot
//! paths, natively (see `fit_cases.rs`, `customize_cases.rs`, `learn_cases.rs`,
//! `learn_speed.rs`, `care_speed.rs`, `dashboard_speed.rs` and `book_speed.rs`).

// Tests and benchmarks sort with the standard library's own sort (not downloaded; and an
// independent reference for `core::sorting`).
#![allow(clippy::disallowed_methods)]

#[path = "book_speed.rs"]
mod book_speed;
#[path = "care_speed.rs"]
mod care_speed;
#[path = "customize_cases.rs"]
mod customize_cases;
#[path = "dashboard_speed.rs"]
mod dashboard_speed;
#[path = "fit_cases.rs"]
mod fit_cases;
#[path = "learn_cases.rs"]
mod learn_cases;
#[path = "learn_speed.rs"]
mod learn_speed;
#[path = "random.rs"]
mod random;
#[path = "timing.rs"]
mod timing;

fn main() {
    let start = std::time::Instant::now();
    let now_ms = || start.elapsed().as_secs_f64() * 1000.0;
    fit_cases::run("native", now_ms, |line| println!("{line}"));
    customize_cases::run("native", now_ms, |line| println!("{line}"));
    learn_cases::run("native", now_ms, |line| println!("{line}"));
    learn_speed::run("native", now_ms, |line| println!("{line}"));
    care_speed::run("native", now_ms, |line| println!("{line}"));
    dashboard_speed::run("native", now_ms, |line| println!("{line}"));
    book_speed::run("native", now_ms, |line| println!("{line}"));
}
