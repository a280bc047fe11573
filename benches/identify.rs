//! `cargo bench --bench identify`: how long the customer-value fits take, natively, on the
//! CDNOW sample (2,357 customers) and on ten copies of it (23,570). Figures are printed, not
//! asserted; the same fits in the browser are measured by the end-to-end benchmark.

use std::time::Instant;
use tsunagu::core::identify::bgnbd::{self, RepeatHistory};
use tsunagu::core::identify::gamma_gamma::{self, SpendHistory};

fn cdnow() -> Vec<(RepeatHistory, SpendHistory)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv"
    );
    let text = std::fs::read_to_string(path).expect("the CDNOW fixture");
    text.lines()
        .skip(1)
        .map(|line| {
            let v: Vec<f64> = line
                .split(',')
                .map(|f| f.parse().expect("a number"))
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

/// The median of `runs` timings of `f`, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    let sample = cdnow();
    println!("Customer-value fits, native (median of 9):");
    for copies in [1, 10] {
        let data: Vec<_> = (0..copies).flat_map(|_| sample.iter().copied()).collect();
        let visits: Vec<RepeatHistory> = data.iter().map(|d| d.0).collect();
        let spend: Vec<SpendHistory> = data.iter().map(|d| d.1).collect();
        let fit = bgnbd::fit(&visits).expect("a BG/NBD fit");
        let bg = median_ms(9, || {
            bgnbd::fit(&visits);
        });
        let gg = median_ms(9, || {
            gamma_gamma::fit(&spend);
        });
        println!(
            "  {:>6} customers   BG/NBD {:>7.2} ms ({} iterations)   Gamma-Gamma {:>7.2} ms",
            visits.len(),
            bg,
            fit.iterations,
            gg
        );
    }
}
