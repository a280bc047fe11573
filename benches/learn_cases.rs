//! The learning benchmark: the simulated dog-walking service of
//! `tsunagu::core::learn::simulate`, ten visits for 300 customers under each policy — with
//! structured tastes from the opening day, the same customers arriving over time, and
//! independent tastes (a stress test). It prints how close each policy comes to the oracle per
//! visit, and how long each run took.

use tsunagu::core::learn::simulate::{simulate, table, Setup};

/// Runs the simulation, printing with `print` and timing with `now_ms`.
pub fn run(where_: &str, now_ms: impl Fn() -> f64, print: impl Fn(String)) {
    for setup in [Setup::BENCHMARK, Setup::ESTABLISHED, Setup::STRESS_TEST] {
        let start = now_ms();
        let outcome = simulate(&setup);
        let ms = now_ms() - start;
        print(format!(
            "Learning, {where_} (target: learning ≥ 90 % of the oracle by visit 5, above both others from visit 2), {ms:.0} ms:"
        ));
        for line in table(&outcome) {
            print(format!("  {line}"));
        }
    }
}
