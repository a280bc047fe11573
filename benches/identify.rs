//! `cargo bench --bench identify`: the customer-value fits, natively (see `fit_cases.rs`).

#[path = "fit_cases.rs"]
mod fit_cases;

fn main() {
    let start = std::time::Instant::now();
    fit_cases::run(
        "native",
        || start.elapsed().as_secs_f64() * 1000.0,
        |line| println!("{line}"),
    );
}
