//! The Gamma-Gamma model of spend per visit (Fader & Hardie 2013, "The Gamma-Gamma model of
//! monetary value"). Each visit's value is Gamma(p, ν) around the customer's own mean, and ν
//! varies across customers as Gamma(q, γ). Fitted on customers with repeat visits, it gives a
//! customer's expected spend per visit: their own average, shrunk toward the population's in
//! proportion to how few visits it rests on.
//!
//! Fitted by exact maximum likelihood (see `optimize::maximize_positive`) with the analytic
//! gradient.

use super::optimize::maximize_positive;
use super::special::{digamma, ln_gamma};

/// One customer's repeat spending: x repeat occasions with mean value `mean_value`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpendHistory {
    pub x: u32,
    pub mean_value: f64,
}

/// Fitted Gamma-Gamma parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GammaGamma {
    pub p: f64,
    pub q: f64,
    pub gamma: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GammaGammaFit {
    pub params: GammaGamma,
    pub log_likelihood: f64,
    pub customers: usize,
    pub iterations: usize,
    pub converged: bool,
}

/// Fits the model to the customers with x > 0 and a positive mean value (the others carry no
/// information about spend variation). `None` when fewer than two such customers remain.
pub fn fit(histories: &[SpendHistory]) -> Option<GammaGammaFit> {
    let used: Vec<SpendHistory> = histories
        .iter()
        .copied()
        .filter(|h| h.x > 0 && h.mean_value > 0.0)
        .collect();
    if used.len() < 2 {
        return None;
    }
    let mean = used.iter().map(|h| h.mean_value).sum::<f64>() / used.len() as f64;
    let found = maximize_positive(
        |p| GammaGamma::from_array(p).log_likelihood_and_gradient(&used),
        [1.0, 1.0, mean],
        used.len(),
    );
    let params = GammaGamma::from_array(&found.params);
    Some(GammaGammaFit {
        params,
        log_likelihood: params.log_likelihood_and_gradient(&used).0,
        customers: used.len(),
        iterations: found.iterations,
        converged: found.converged,
    })
}

impl GammaGamma {
    fn from_array(v: &[f64; 3]) -> Self {
        Self {
            p: v[0],
            q: v[1],
            gamma: v[2],
        }
    }

    /// The log-likelihood of the customers' mean values (the paper's equation 3, for z̄ given x)
    /// and its gradient in (p, q, γ).
    fn log_likelihood_and_gradient(&self, histories: &[SpendHistory]) -> (f64, [f64; 3]) {
        let Self { p, q, gamma } = *self;
        let (ln_gamma_q, digamma_q, ln_g) = (ln_gamma(q), digamma(q), gamma.ln());
        let mut ll = 0.0;
        let mut g = [0.0; 3];
        for h in histories {
            let x = f64::from(h.x);
            let px = p * x;
            let ln_z = h.mean_value.ln();
            let ln_x = x.ln();
            let ln_gxz = (gamma + x * h.mean_value).ln();
            ll += ln_gamma(px + q) - ln_gamma(px) - ln_gamma_q
                + q * ln_g
                + (px - 1.0) * ln_z
                + px * ln_x
                - (px + q) * ln_gxz;
            let psi_pxq = digamma(px + q);
            g[0] += x * (psi_pxq - digamma(px) + ln_z + ln_x - ln_gxz);
            g[1] += psi_pxq - digamma_q + ln_g - ln_gxz;
            g[2] += q / gamma - (px + q) / (gamma + x * h.mean_value);
        }
        (ll, g)
    }

    /// The population's mean spend per visit, p γ / (q − 1) (infinite when q ≤ 1).
    pub fn population_mean(&self) -> f64 {
        if self.q <= 1.0 {
            f64::INFINITY
        } else {
            self.p * self.gamma / (self.q - 1.0)
        }
    }

    /// Expected spend per visit of a customer with `x` repeat occasions averaging `mean_value`
    /// (equation 5): a weighted average of their own mean and the population's.
    pub fn expected_spend(&self, x: u32, mean_value: f64) -> f64 {
        let x = f64::from(x);
        (self.gamma + x * mean_value) * self.p / (self.p * x + self.q - 1.0)
    }
}
