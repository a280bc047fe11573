//! The BG/NBD model of repeat visits (Fader, Hardie & Lee 2005, "Counting your customers the
//! easy way"). While a customer is active they visit as a Poisson process with rate λ; after
//! each visit they may drop out with probability p. Across customers λ ~ Gamma(r, α) and
//! p ~ Beta(a, b). From each customer's history — x repeat visits, the last at t_x, observed
//! for T since the first — the model estimates how many visits to expect and how likely the
//! customer is still active.
//!
//! Time is in weeks throughout. The fit is exact maximum likelihood: BFGS on the logarithms of
//! the four parameters with the analytic gradient.

use super::optimize::maximize_positive;
use super::special::{hyp2f1, ln_gamma, sigmoid, softplus};
use crate::core::sorting;

/// One customer's repeat-visit history, in weeks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RepeatHistory {
    /// Repeat visit occasions: every occasion after the first.
    pub x: u32,
    /// Time from the first occasion to the last (0 when x = 0).
    pub t_x: f64,
    /// Time from the first occasion to the end of observation (the analysis date).
    pub t: f64,
}

/// Fitted BG/NBD parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BgNbd {
    pub r: f64,
    pub alpha: f64,
    pub a: f64,
    pub b: f64,
}

/// A fit and how it went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BgNbdFit {
    pub params: BgNbd,
    pub log_likelihood: f64,
    pub customers: usize,
    pub iterations: usize,
    pub converged: bool,
}

/// Fits the model to `histories` by maximum likelihood. `None` when there is nothing to fit:
/// no customers, or nobody ever came back (the drop-out process is then not identified).
pub fn fit(histories: &[RepeatHistory]) -> Option<BgNbdFit> {
    let data = Prepared::new(histories)?;
    let mean_t = histories.iter().map(|h| h.t).sum::<f64>() / histories.len() as f64;
    let found = maximize_positive(
        |p| data.log_likelihood(&BgNbd::from_array(p)),
        [1.0, mean_t.max(1e-3), 1.0, 1.0],
        histories.len(),
    );
    let params = BgNbd::from_array(&found.params);
    Some(BgNbdFit {
        params,
        log_likelihood: data.log_likelihood(&params).0,
        customers: histories.len(),
        iterations: found.iterations,
        converged: found.converged,
    })
}

/// The histories arranged for fast likelihood evaluation: customers without repeat visits
/// differ only by T, so they are counted per distinct T.
struct Prepared<'a> {
    repeaters: Vec<&'a RepeatHistory>,
    /// (T, how many customers with x = 0 have it)
    one_timers: Vec<(f64, f64)>,
    max_x: usize,
}

impl<'a> Prepared<'a> {
    fn new(histories: &'a [RepeatHistory]) -> Option<Self> {
        let repeaters: Vec<_> = histories.iter().filter(|h| h.x > 0).collect();
        if repeaters.is_empty() {
            return None;
        }
        let mut ts: Vec<f64> = histories.iter().filter(|h| h.x == 0).map(|h| h.t).collect();
        sorting::sort_by(&mut ts, f64::total_cmp);
        let mut one_timers: Vec<(f64, f64)> = Vec::new();
        for t in ts {
            match one_timers.last_mut() {
                Some((last, count)) if *last == t => *count += 1.0,
                _ => one_timers.push((t, 1.0)),
            }
        }
        let max_x = repeaters.iter().map(|h| h.x as usize).max().unwrap_or(0);
        Some(Self {
            repeaters,
            one_timers,
            max_x,
        })
    }

    /// The log-likelihood and its gradient in (r, α, a, b).
    fn log_likelihood(&self, p: &BgNbd) -> (f64, [f64; 4]) {
        let BgNbd { r, alpha, a, b } = *p;
        let sums = SumsOverX::new(p, self.max_x);
        let ln_alpha = alpha.ln();
        let mut ll = 0.0;
        let mut g = [0.0; 4];
        // x = 0: ℓ = r ln α − r ln(α + T).
        for &(t, count) in &self.one_timers {
            let ln_at = (alpha + t).ln();
            ll += count * r * (ln_alpha - ln_at);
            g[0] += count * (ln_alpha - ln_at);
            g[1] += count * (r / alpha - r / (alpha + t));
        }
        for h in &self.repeaters {
            let x = h.x as usize;
            let rx = r + h.x as f64;
            let ln_at = (alpha + h.t).ln();
            let ln_atx = (alpha + h.t_x).ln();
            // ℓ = ln Γ(r+x)/Γ(r) + r ln α + G(x) − (r+x) ln(α+T) + ln(1 + ρ), where
            // ρ = a/(b+x−1) · ((α+T)/(α+t_x))^(r+x) is the weight of "dropped out after t_x".
            let ln_rho = a.ln() - sums.ln_b_x_minus_1[x] + rx * (ln_at - ln_atx);
            let s = sigmoid(ln_rho);
            ll += sums.ln_gamma_ratio[x] + r * ln_alpha + sums.g[x] - rx * ln_at + softplus(ln_rho);
            g[0] += sums.digamma_diff[x] + ln_alpha - ln_at + s * (ln_at - ln_atx);
            g[1] += r / alpha - rx / (alpha + h.t)
                + s * rx * (1.0 / (alpha + h.t) - 1.0 / (alpha + h.t_x));
            g[2] += sums.dg_da[x] + s / a;
            g[3] += sums.dg_db[x] - s / (b + h.x as f64 - 1.0);
        }
        (ll, g)
    }
}

/// Sums over k < x that appear in every customer's term, tabulated once per evaluation.
struct SumsOverX {
    /// ln Γ(r+x) − ln Γ(r) = Σ ln(r+k)
    ln_gamma_ratio: Vec<f64>,
    /// ψ(r+x) − ψ(r) = Σ 1/(r+k)
    digamma_diff: Vec<f64>,
    /// G(x) = ln [B(a, b+x) / B(a, b)] = Σ ln(b+k) − ln(a+b+k)
    g: Vec<f64>,
    dg_da: Vec<f64>,
    dg_db: Vec<f64>,
    /// ln(b+x−1), for x ≥ 1
    ln_b_x_minus_1: Vec<f64>,
}

impl SumsOverX {
    fn new(p: &BgNbd, max_x: usize) -> Self {
        let n = max_x + 1;
        let mut s = Self {
            ln_gamma_ratio: vec![0.0; n],
            digamma_diff: vec![0.0; n],
            g: vec![0.0; n],
            dg_da: vec![0.0; n],
            dg_db: vec![0.0; n],
            ln_b_x_minus_1: vec![f64::NAN; n],
        };
        for x in 1..n {
            let k = (x - 1) as f64;
            s.ln_gamma_ratio[x] = s.ln_gamma_ratio[x - 1] + (p.r + k).ln();
            s.digamma_diff[x] = s.digamma_diff[x - 1] + 1.0 / (p.r + k);
            s.g[x] = s.g[x - 1] + (p.b + k).ln() - (p.a + p.b + k).ln();
            s.dg_da[x] = s.dg_da[x - 1] - 1.0 / (p.a + p.b + k);
            s.dg_db[x] = s.dg_db[x - 1] + 1.0 / (p.b + k) - 1.0 / (p.a + p.b + k);
            s.ln_b_x_minus_1[x] = (p.b + k).ln();
        }
        s
    }
}

impl BgNbd {
    fn from_array(p: &[f64; 4]) -> Self {
        Self {
            r: p[0],
            alpha: p[1],
            a: p[2],
            b: p[3],
        }
    }

    /// The log-likelihood of `histories` under these parameters.
    pub fn log_likelihood(&self, histories: &[RepeatHistory]) -> f64 {
        histories.iter().map(|h| self.log_likelihood_one(h)).sum()
    }

    /// One customer's log-likelihood, written directly from the paper's equation (6).
    pub fn log_likelihood_one(&self, h: &RepeatHistory) -> f64 {
        let Self { r, alpha, a, b } = *self;
        let x = f64::from(h.x);
        let ln_beta = |p: f64, q: f64| ln_gamma(p) + ln_gamma(q) - ln_gamma(p + q);
        let common = ln_gamma(r + x) - ln_gamma(r) + r * alpha.ln();
        let stays = ln_beta(a, b + x) - ln_beta(a, b) - (r + x) * (alpha + h.t).ln();
        if h.x == 0 {
            return common + stays;
        }
        let leaves = ln_beta(a + 1.0, b + x - 1.0) - ln_beta(a, b) - (r + x) * (alpha + h.t_x).ln();
        common + log_add_exp(stays, leaves)
    }

    /// Visits a new customer is expected to make in their first `t` weeks (equation 9).
    pub fn expected_visits_new(&self, t: f64) -> f64 {
        let Self { r, alpha, a, b } = *self;
        if t <= 0.0 {
            return 0.0;
        }
        let z = t / (alpha + t);
        (a + b - 1.0) / (a - 1.0)
            * (1.0 - (alpha / (alpha + t)).powf(r) * hyp2f1(r, b, a + b - 1.0, z))
    }

    /// The probability that a customer with history `h` is still active at the end of their
    /// observation (equation 11). In this model a customer who never came back cannot have
    /// dropped out yet (dropping out happens only right after a visit), so it is 1 for x = 0.
    pub fn probability_active(&self, h: &RepeatHistory) -> f64 {
        1.0 / (1.0 + self.dropout_odds(h))
    }

    /// Visits expected in the next `t` weeks from a customer with history `h` (equation 10).
    pub fn expected_visits(&self, h: &RepeatHistory, t: f64) -> f64 {
        let Self { r, alpha, a, b } = *self;
        if t <= 0.0 {
            return 0.0;
        }
        let x = f64::from(h.x);
        let z = t / (alpha + h.t + t);
        let ahead = 1.0
            - ((alpha + h.t) / (alpha + h.t + t)).powf(r + x)
                * hyp2f1(r + x, b + x, a + b + x - 1.0, z);
        (a + b + x - 1.0) / (a - 1.0) * ahead / (1.0 + self.dropout_odds(h))
    }

    /// a/(b+x−1) · ((α+T)/(α+t_x))^(r+x): the odds of "dropped out after the last visit".
    fn dropout_odds(&self, h: &RepeatHistory) -> f64 {
        if h.x == 0 {
            return 0.0;
        }
        let x = f64::from(h.x);
        let ln_odds = self.a.ln() - (self.b + x - 1.0).ln()
            + (self.r + x) * ((self.alpha + h.t).ln() - (self.alpha + h.t_x).ln());
        ln_odds.exp()
    }
}

fn log_add_exp(p: f64, q: f64) -> f64 {
    let m = p.max(q);
    m + ((p - m).exp() + (q - m).exp()).ln()
}
