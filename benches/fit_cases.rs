//! The customer-value fit benchmark, shared by the native run (`benches/core.rs`) and the
//! browser run (`tests/wasm_bench.rs`): the CDNOW sample (2,357 customers) and ten copies of
//! it (23,570), BG/NBD and Gamma-Gamma, median of 9 fits each. Figures are printed.

use crate::timing::median_ms;
use tsunagu::core::identify::bgnbd::{self, RepeatHistory};
use tsunagu::core::identify::gamma_gamma::{self, SpendHistory};

const CDNOW: &str =
    include_str!("../tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv");

fn cdnow() -> Vec<(RepeatHistory, SpendHistory)> {
    CDNOW
        .lines()
        .skip(1)
        .map(|line| {
            let v: Vec<f64> = line
                .split(',')
                .map(|f| f.trim().parse().expect("a number"))
                .collect();
            (
                RepeatHistory {
                    x: v[1] as u32,
                    t_x: v[2],
                    t: v[3],
                },
                SpendHistory {
                    x: v[1] as u32,
                    mean_value: v[4],
                },
            )
        })
        .collect()
}

/// Runs the benchmark, printing with `print` and timing with `now_ms`.
pub fn run(where_: &str, now_ms: impl Fn() -> f64, print: impl Fn(String)) {
    let sample = cdnow();
    print(format!(
        "Customer-value fits, {where_} (median of 9; target for 23,570 in the browser: ≤ 50 ms):"
    ));
    for copies in [1, 10] {
        let data: Vec<_> = (0..copies).flat_map(|_| sample.iter().copied()).collect();
        let visits: Vec<RepeatHistory> = data.iter().map(|d| d.0).collect();
        let spend: Vec<SpendHistory> = data.iter().map(|d| d.1).collect();
        let fit = bgnbd::fit(&visits).expect("a BG/NBD fit");
        let bg = median_ms(&now_ms, || {
            bgnbd::fit(&visits);
        });
        let gg = median_ms(&now_ms, || {
            gamma_gamma::fit(&spend);
        });
        print(format!(
            "  {:>6} customers   BG/NBD {:>7.2} ms ({} iterations)   Gamma-Gamma {:>7.2} ms   both {:>7.2} ms",
            visits.len(),
            bg,
            fit.iterations,
            gg,
            bg + gg
        ));
    }
}
