//! Maximum likelihood by minimising a smooth function of a few unconstrained variables: BFGS
//! with a backtracking (Armijo) line search. The models fit their parameters on a log scale,
//! so every parameter stays positive and the search is unconstrained.

/// What the search found.
#[derive(Clone, Debug, PartialEq)]
pub struct Minimum<const N: usize> {
    pub at: [f64; N],
    pub value: f64,
    pub iterations: usize,
    /// Whether the gradient became negligible (otherwise the iteration limit stopped it).
    pub converged: bool,
}

const MAX_ITERATIONS: usize = 500;
/// A gradient this flat where rounding stops all progress still counts as a minimum: summing
/// many customers' terms leaves noise of about this size in the gradient.
const PRECISION_LIMIT: f64 = 1e-6;

/// Minimises `f`, which returns the value and the gradient at a point, starting from `start`.
/// Stops when the gradient's largest component is below `tolerance`.
pub fn minimize<const N: usize>(
    f: impl Fn(&[f64; N]) -> (f64, [f64; N]),
    start: [f64; N],
    tolerance: f64,
) -> Minimum<N> {
    let mut x = start;
    let (mut value, mut gradient) = f(&x);
    // The inverse Hessian estimate, starting as the identity.
    let mut h = identity::<N>();
    for iteration in 0..MAX_ITERATIONS {
        if !value.is_finite() {
            break;
        }
        if max_abs(&gradient) < tolerance {
            return Minimum {
                at: x,
                value,
                iterations: iteration,
                converged: true,
            };
        }
        let mut direction = mul(&h, &gradient).map(|d| -d);
        let mut slope = dot(&direction, &gradient);
        if slope >= 0.0 {
            // Not a descent direction (the estimate went bad): start over from steepest descent.
            h = identity::<N>();
            direction = gradient.map(|g| -g);
            slope = dot(&direction, &gradient);
        }
        let mut step = 1.0;
        // Once the gradient is nearly flat, a few failed halvings mean rounding has taken over.
        let smallest_step = if max_abs(&gradient) < PRECISION_LIMIT {
            1.0 / 16.0
        } else {
            1e-10
        };
        let (next, next_value, next_gradient) = loop {
            let candidate: [f64; N] = std::array::from_fn(|i| x[i] + step * direction[i]);
            let (v, g) = f(&candidate);
            // Strictly lower: a step that changes nothing (rounding) teaches BFGS only noise.
            if v.is_finite() && v < value && v <= value + 1e-4 * step * slope {
                break (candidate, v, g);
            }
            step *= 0.5;
            if step < smallest_step {
                // No step lowers the value any more: the search is at the limit of the
                // arithmetic's precision. That is a minimum if the gradient is nearly flat.
                let converged = max_abs(&gradient) < PRECISION_LIMIT;
                return Minimum {
                    at: x,
                    value,
                    iterations: iteration,
                    converged,
                };
            }
        };
        let s: [f64; N] = std::array::from_fn(|i| next[i] - x[i]);
        let y: [f64; N] = std::array::from_fn(|i| next_gradient[i] - gradient[i]);
        let sy = dot(&s, &y);
        if sy > 1e-12 {
            update_inverse_hessian(&mut h, &s, &y, sy);
        }
        x = next;
        value = next_value;
        gradient = next_gradient;
    }
    let converged = max_abs(&gradient) < tolerance;
    Minimum {
        at: x,
        value,
        iterations: MAX_ITERATIONS,
        converged,
    }
}

/// The BFGS update H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (yᵀ s).
fn update_inverse_hessian<const N: usize>(
    h: &mut [[f64; N]; N],
    s: &[f64; N],
    y: &[f64; N],
    sy: f64,
) {
    let rho = 1.0 / sy;
    let hy = mul(h, y);
    let yhy = dot(y, &hy);
    for i in 0..N {
        for j in 0..N {
            h[i][j] += rho * ((1.0 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
        }
    }
}

fn identity<const N: usize>() -> [[f64; N]; N] {
    std::array::from_fn(|i| std::array::from_fn(|j| if i == j { 1.0 } else { 0.0 }))
}

fn mul<const N: usize>(m: &[[f64; N]; N], v: &[f64; N]) -> [f64; N] {
    std::array::from_fn(|i| dot(&m[i], v))
}

fn dot<const N: usize>(a: &[f64; N], b: &[f64; N]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn max_abs<const N: usize>(v: &[f64; N]) -> f64 {
    v.iter().fold(0.0, |m, x| m.max(x.abs()))
}

/// The maximum-likelihood estimate of `N` positive parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate<const N: usize> {
    pub params: [f64; N],
    pub iterations: usize,
    pub converged: bool,
}

/// Maximises a log-likelihood of `N` positive parameters over `customers` terms, starting from
/// `start`. `log_likelihood` returns the value and its gradient in the parameters; the search
/// runs on their logarithms (∂ℓ/∂ln θ = θ ∂ℓ/∂θ), so they stay positive, and on the mean per
/// customer, so one tolerance suits every data size.
pub fn maximize_positive<const N: usize>(
    log_likelihood: impl Fn(&[f64; N]) -> (f64, [f64; N]),
    start: [f64; N],
    customers: usize,
) -> Estimate<N> {
    let n = customers.max(1) as f64;
    let found = minimize(
        |theta| {
            let params = theta.map(f64::exp);
            let (ll, g) = log_likelihood(&params);
            (-ll / n, std::array::from_fn(|i| -g[i] * params[i] / n))
        },
        start.map(f64::ln),
        TOLERANCE,
    );
    Estimate {
        params: found.at.map(f64::exp),
        iterations: found.iterations,
        converged: found.converged,
    }
}

/// The gradient of the mean negative log-likelihood at which a fit counts as converged.
const TOLERANCE: f64 = 1e-7;
