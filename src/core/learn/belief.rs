//! A Gaussian belief over a weight vector — a mean and a full covariance — how what a customer
//! stated sets it (the stated weights' beliefs, carried to the others by their correlations),
//! and the two ways a rating updates it: an exact linear observation (the Kalman step of Bayesian linear
//! regression) and a thumb, which says only on which side of zero a noisy utility fell (the
//! probit step, by matching the first two moments). Dense d × d arithmetic: a catalog has a few
//! dozen need tags at most, so every update is a few thousand multiplications.

use super::matrix::inverse;

/// A Gaussian over `d` weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Belief {
    mean: Vec<f64>,
    /// Row-major d × d, symmetric.
    cov: Vec<f64>,
}

/// The smallest variance kept on the diagonal, so that long runs of updates never leave a
/// weight with zero or negative variance through rounding.
const MIN_VARIANCE: f64 = 1e-9;

impl Belief {
    /// A belief of this mean and covariance (row-major d × d, symmetric positive definite).
    pub fn new(mean: Vec<f64>, cov: Vec<f64>) -> Self {
        debug_assert_eq!(cov.len(), mean.len() * mean.len());
        Self { mean, cov }
    }

    /// Sets the belief of the weights `known` (index, value) to independent N(value,
    /// `variance`) each, and carries the change to every other weight by its regression on
    /// them: the other weights keep their conditional distribution given the known ones
    /// (Jeffrey's rule for Gaussians). With no correlations only the known weights change;
    /// with them, "loves long walks" also raises what goes with long walks.
    pub fn set_marginals(&mut self, known: &[(usize, f64)], variance: f64) {
        let d = self.dim();
        let k = known.len();
        if k == 0 {
            return;
        }
        let at: Vec<usize> = known.iter().map(|&(j, _)| j).collect();
        let block: Vec<f64> = at
            .iter()
            .flat_map(|&a| at.iter().map(move |&b| (a, b)))
            .map(|(a, b)| self.cov[a * d + b])
            .collect();
        let Some(block_inverse) = inverse(&block, k) else {
            return;
        };
        // B = Σ_{·,S} Σ_SS⁻¹: each weight's regression on the known ones (d × k).
        let b: Vec<f64> = (0..d)
            .flat_map(|i| {
                let row: Vec<f64> = at.iter().map(|&s| self.cov[i * d + s]).collect();
                let block_inverse = &block_inverse;
                (0..k).map(move |c| (0..k).map(|r| row[r] * block_inverse[r * k + c]).sum())
            })
            .collect();
        let shift: Vec<f64> = known.iter().map(|&(j, v)| v - self.mean[j]).collect();
        let mut cov = vec![0.0; d * d];
        for i in 0..d {
            let bi = &b[i * k..(i + 1) * k];
            self.mean[i] += dot(bi, &shift);
            for j in 0..d {
                let bj = &b[j * k..(j + 1) * k];
                let explained: f64 = (0..k).map(|r| bi[r] * self.cov[at[r] * d + j]).sum();
                cov[i * d + j] = self.cov[i * d + j] - explained + variance * dot(bi, bj);
            }
        }
        for (i, &j) in at.iter().enumerate() {
            self.mean[j] = known[i].1;
        }
        for i in 0..d {
            cov[i * d + i] = cov[i * d + i].max(MIN_VARIANCE);
        }
        self.cov = cov;
    }

    pub fn mean(&self) -> &[f64] {
        &self.mean
    }

    pub fn dim(&self) -> usize {
        self.mean.len()
    }

    /// The standard deviation of weight `j`.
    pub fn sd(&self, j: usize) -> f64 {
        self.cov[j * self.dim() + j].max(0.0).sqrt()
    }

    /// The covariance, row-major d × d.
    pub fn cov(&self) -> &[f64] {
        &self.cov
    }

    /// The variance of weight `j`.
    pub fn variance(&self, j: usize) -> f64 {
        self.cov[j * self.dim() + j]
    }

    /// The mean and variance of x · w.
    pub fn predict(&self, x: &[f64]) -> (f64, f64) {
        let sx = self.times(x);
        (dot(x, &self.mean), dot(x, &sx).max(0.0))
    }

    /// Σ x.
    fn times(&self, x: &[f64]) -> Vec<f64> {
        let d = self.dim();
        (0..d)
            .map(|i| dot(&self.cov[i * d..(i + 1) * d], x))
            .collect()
    }

    /// Observes y = x · w + noise, noise ~ N(0, `noise_variance`): the exact Gaussian update.
    pub fn observe(&mut self, x: &[f64], y: f64, noise_variance: f64) {
        let sx = self.times(x);
        let predicted_variance = dot(x, &sx) + noise_variance;
        let residual = y - dot(x, &self.mean);
        self.shift(&sx, residual / predicted_variance);
        self.shrink(&sx, 1.0 / predicted_variance);
    }

    /// Observes that x · w + noise, noise ~ N(0, `noise_variance`), was above `margin` (`up`)
    /// or below −`margin`: the Gaussian with the same mean and covariance as the exact
    /// posterior. The mean moves along Σ x, towards the side observed, so the prediction for x
    /// never moves the other way; the variance along x always shrinks.
    pub fn observe_side(&mut self, x: &[f64], up: bool, margin: f64, noise_variance: f64) {
        let sx = self.times(x);
        let v = dot(x, &sx) + noise_variance;
        let s = v.sqrt();
        let sign = if up { 1.0 } else { -1.0 };
        let z = (sign * dot(x, &self.mean) - margin) / s;
        let lambda = inverse_mills(z);
        self.shift(&sx, sign * lambda / s);
        self.shrink(&sx, lambda * (lambda + z) / v);
    }

    /// mean += step × Σx.
    fn shift(&mut self, sx: &[f64], step: f64) {
        for (m, s) in self.mean.iter_mut().zip(sx) {
            *m += step * s;
        }
    }

    /// cov −= factor × (Σx)(Σx)ᵀ, keeping the diagonal positive.
    fn shrink(&mut self, sx: &[f64], factor: f64) {
        let d = self.dim();
        for i in 0..d {
            for j in 0..d {
                self.cov[i * d + j] -= factor * sx[i] * sx[j];
            }
            let diagonal = &mut self.cov[i * d + i];
            *diagonal = diagonal.max(MIN_VARIANCE);
        }
    }
}

pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// φ(z) / Φ(z) for the standard normal, accurate far into the lower tail (where both
/// underflow and the ratio tends to −z).
fn inverse_mills(z: f64) -> f64 {
    if z < -30.0 {
        // The asymptotic series −z + 1/(−z) − …, exact to rounding here.
        return -z + 1.0 / -z;
    }
    let density = (-0.5 * z * z).exp() / (2.0 * std::f64::consts::PI).sqrt();
    let cumulative = 0.5 * libm::erfc(-z / std::f64::consts::SQRT_2);
    density / cumulative
}
