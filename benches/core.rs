//! `cargo bench --bench core`: the customer-value fits and the customization solvers,
//! natively (see `fit_cases.rs` and `customize_cases.rs`).

#[path = "customize_cases.rs"]
mod customize_cases;
#[path = "fit_cases.rs"]
mod fit_cases;
#[path = "timing.rs"]
mod timing;

fn main() {
    let start = std::time::Instant::now();
    let now_ms = || start.elapsed().as_secs_f64() * 1000.0;
    fit_cases::run("native", now_ms, |line| println!("{line}"));
    customize_cases::run("native", now_ms, |line| println!("{line}"));
}
