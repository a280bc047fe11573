//! The customer-value models fitted to the CDNOW sample (tests/fixtures/cdnow): the fits must
//! reproduce the published estimates, and the likelihood the optimiser climbs must be the
//! paper's formula.

use tsunagu::core::identify::bgnbd::{self, RepeatHistory};
use tsunagu::core::identify::gamma_gamma::{self, SpendHistory};

fn rows(file: &str) -> Vec<Vec<f64>> {
    let path = format!("{}/tests/fixtures/cdnow/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .skip(1)
        .map(|line| {
            line.split(',')
                .map(|v| v.trim().parse().expect("a number"))
                .collect()
        })
        .collect()
}

pub fn cdnow_repeat_histories() -> Vec<RepeatHistory> {
    rows("cdnow_customers_summary.csv")
        .iter()
        .map(|r| RepeatHistory {
            x: r[1] as u32,
            t_x: r[2],
            t: r[3],
        })
        .collect()
}

fn cdnow_spend() -> Vec<SpendHistory> {
    rows("cdnow_customers_summary_with_transactions.csv")
        .iter()
        .map(|r| SpendHistory {
            x: r[1] as u32,
            mean_value: r[4],
        })
        .collect()
}

fn assert_near(name: &str, got: f64, want: f64, tolerance: f64) {
    assert!(
        (got - want).abs() <= tolerance,
        "{name}: got {got}, want {want} ± {tolerance}"
    );
}

#[test]
fn bgnbd_reproduces_the_published_cdnow_estimates() {
    let histories = cdnow_repeat_histories();
    assert_eq!(histories.len(), 2357);
    let fit = bgnbd::fit(&histories).expect("a fit");
    assert!(fit.converged, "{fit:?}");
    let p = fit.params;
    assert_near("r", p.r, 0.243, 0.0005);
    assert_near("alpha", p.alpha, 4.414, 0.0005);
    assert_near("a", p.a, 0.793, 0.0005);
    assert_near("b", p.b, 2.426, 0.0005);
    assert_near("log-likelihood", fit.log_likelihood, -9582.4, 0.05);
    // The fast likelihood the optimiser uses equals the paper's equation written plainly.
    assert_near(
        "plain log-likelihood",
        p.log_likelihood(&histories),
        fit.log_likelihood,
        1e-6,
    );
}

#[test]
fn gamma_gamma_reproduces_the_published_cdnow_estimates() {
    let fit = gamma_gamma::fit(&cdnow_spend()).expect("a fit");
    assert!(fit.converged, "{fit:?}");
    assert_eq!(fit.customers, 946);
    assert_near("p", fit.params.p, 6.25, 0.005);
    assert_near("q", fit.params.q, 3.74, 0.005);
    assert_near("gamma", fit.params.gamma, 15.44, 0.02);
}
