//! How the simulated customers' true tastes vary around the population's mean, in two worlds.
//!
//! **Structured** (the benchmark): a taste is the mean, plus a mix of three kinds of customer,
//! plus a smaller personal part. Real preferences are not independent across needs: whoever
//! wants long walks for their dog also wants it tired and socialised, whoever dotes on an
//! anxious or ageing dog wants it calm, groomed and reported on. Preference data is low-rank in
//! practice — a handful of factors explains most of how people differ, the reason hierarchical
//! models with a population covariance (and collaborative filtering) work in marketing — so
//! each customer is a normal draw of three factors:
//! - *energetic dog*: exercise, socialising and training up, calm and senior care down;
//! - *pampered dog*: grooming, updates, treats and calm up;
//! - *old dog*: senior care and calm up, exercise and socialising down.
//!
//! Each need's loadings are scaled so that the factors explain [`COMMON_SHARE`] (70 %) of its
//! spread and an independent personal part the rest, with the total spread per need the same
//! sd [`INDIVIDUAL_SD`] (0.8) as in the independent world: the customers differ as much, only
//! not at random across needs. Nothing of this reaches the learner, which must find the
//! correlations from ratings.
//!
//! **Independent** (a stress test): every need its own independent draw of sd 0.8 around the
//! mean, so a customer's feeling about one need says nothing about another and only their own
//! ratings of each need can reveal it.

use super::world::{INDIVIDUAL_SD, NEEDS};
use crate::core::random::Random;

/// Which world's tastes to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tastes {
    /// A few kinds of customer and a personal part (see the module).
    Structured,
    /// Every need independent.
    Independent,
}

/// The share of each need's variance the kinds of customer explain in the structured world.
pub const COMMON_SHARE: f64 = 0.7;

/// Each kind of customer's direction over [`NEEDS`] (exercise, socialising, calm, grooming,
/// training, updates, treats, senior care), before scaling.
const KINDS: [[f64; 8]; 3] = [
    // Energetic dog.
    [1.0, 0.8, -0.5, 0.0, 0.5, 0.0, 0.2, -0.6],
    // Pampered dog.
    [0.0, 0.2, 0.5, 1.0, 0.0, 0.8, 0.7, 0.2],
    // Old dog.
    [-0.5, -0.4, 0.8, 0.3, -0.3, 0.2, 0.0, 1.0],
];

/// One customer's deviation from the mean per need, in [`NEEDS`] order.
pub fn deviations(tastes: Tastes, random: &mut Random) -> Vec<f64> {
    match tastes {
        Tastes::Independent => NEEDS.iter().map(|_| random.normal(INDIVIDUAL_SD)).collect(),
        Tastes::Structured => {
            let factors: Vec<f64> = KINDS.iter().map(|_| random.normal(1.0)).collect();
            let common = COMMON_SHARE.sqrt() * INDIVIDUAL_SD;
            let personal = (1.0 - COMMON_SHARE).sqrt() * INDIVIDUAL_SD;
            (0..NEEDS.len())
                .map(|j| {
                    let norm = KINDS.iter().map(|k| k[j] * k[j]).sum::<f64>().sqrt();
                    let mixed: f64 = KINDS.iter().zip(&factors).map(|(k, f)| k[j] * f).sum();
                    common * mixed / norm + random.normal(personal)
                })
                .collect()
        }
    }
}
