//! The little dense linear algebra the learning needs, by hand: a catalog has a few dozen need
//! tags at most, so d × d matrices (row-major) are small and a dependency would be overkill.

/// The Cholesky factor L (lower, row-major) of the symmetric `a` (d × d), with L Lᵀ = a;
/// `None` when `a` is not positive definite (a pivot at or below `floor`).
pub fn cholesky(a: &[f64], d: usize, floor: f64) -> Option<Vec<f64>> {
    let mut l = vec![0.0; d * d];
    for i in 0..d {
        for j in 0..=i {
            let mut sum = a[i * d + j];
            for k in 0..j {
                sum -= l[i * d + k] * l[j * d + k];
            }
            if i == j {
                if sum <= floor {
                    return None;
                }
                l[i * d + i] = sum.sqrt();
            } else {
                l[i * d + j] = sum / l[j * d + j];
            }
        }
    }
    Some(l)
}

/// The inverse of the symmetric positive definite `a` (d × d), through its Cholesky factor;
/// `None` when `a` is not positive definite.
pub fn inverse(a: &[f64], d: usize) -> Option<Vec<f64>> {
    let l = cholesky(a, d, 0.0)?;
    let mut inv = vec![0.0; d * d];
    for col in 0..d {
        // Solve L y = e_col, then Lᵀ x = y.
        let mut y = vec![0.0; d];
        for i in 0..d {
            let mut sum = if i == col { 1.0 } else { 0.0 };
            for k in 0..i {
                sum -= l[i * d + k] * y[k];
            }
            y[i] = sum / l[i * d + i];
        }
        for i in (0..d).rev() {
            let mut sum = y[i];
            for k in i + 1..d {
                sum -= l[k * d + i] * inv[k * d + col];
            }
            inv[i * d + col] = sum / l[i * d + i];
        }
    }
    Some(inv)
}
