//! The population: what customers are like on average, per need tag. It is the prior for
//! every customer where they have stated nothing — a new customer who said nothing about
//! "socialising" is expected to feel about it as customers do on average, until their own
//! ratings say otherwise.

use super::belief::Belief;
use super::learned::UNSTATED_SD;
use super::observe::{count_touched, in_order, observations, Observation, Space};
use crate::core::catalog::Catalog;
use crate::core::customer::CustomerId;
use crate::core::feedback::Feedback;
use std::collections::BTreeMap;

/// How firmly the population's mean starts at neutral, in customers: the mean of a need is
/// computed as if this many more customers had rated it and come out neutral. It keeps the
/// first few ratings of a need — given by the few customers it was offered to, mostly its fans —
/// from speaking for everyone, and fades as more customers rate it.
pub const NEUTRAL_CUSTOMERS: f64 = 20.0;

/// The most rounds of the population's fit, and the change in every mean weight below which
/// it stops earlier.
const FIT_ROUNDS: usize = 100;
const FIT_TOLERANCE: f64 = 1e-4;

/// The population's mean weight per need tag of the catalog.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Population {
    tags: Vec<String>,
    mean: Vec<f64>,
    /// Per tag, how many pieces of feedback touched it.
    touched: Vec<u32>,
    ratings: u32,
}

impl Population {
    /// The population's mean weight for `need`; 0.0 when nobody rated it.
    pub fn mean(&self, need: &str) -> f64 {
        self.at(need).map_or(0.0, |j| self.mean[j])
    }

    /// How many pieces of feedback said something about `need`.
    pub fn ratings_of(&self, need: &str) -> u32 {
        self.at(need).map_or(0, |j| self.touched[j])
    }

    /// How many pieces of feedback the population was learned from.
    pub fn ratings(&self) -> u32 {
        self.ratings
    }

    /// Every tag of the catalog with its mean weight, sorted by tag.
    pub fn means(&self) -> impl Iterator<Item = (&str, f64)> {
        self.tags
            .iter()
            .map(String::as_str)
            .zip(self.mean.iter().copied())
    }

    fn at(&self, need: &str) -> Option<usize> {
        self.tags.binary_search_by(|t| t.as_str().cmp(need)).ok()
    }
}

/// One customer's ratings, on the tags they touch only (the rest of their weights stay at the
/// population's mean and play no part).
struct Rater {
    /// Indices into the catalog's tags.
    tags: Vec<usize>,
    said: Vec<Observation>,
}

/// The population learned from everyone's `feedback`.
///
/// Each customer's weights are taken as a draw around the population's mean (sd 1 per tag, as
/// in a customer's prior), and the mean is the one that equals the average of the customers'
/// posterior means — the fixed point of expectation–maximisation for that hierarchy, found by
/// iterating from neutral. A tag averages the customers whose ratings touched it (the others'
/// posterior is the mean itself) and [`NEUTRAL_CUSTOMERS`] imagined neutral ones. So a customer
/// counts once per tag however much they rate, a tag nobody rated stays neutral, and a tag
/// few rated stays near it.
///
/// Customers who rate a part are mostly those it was offered to because they were expected to
/// like it, which tilts the mean towards what its fans feel. That optimism is kept on purpose:
/// a need looks promising to the others until those who try it say otherwise. (Learning the
/// mean only from customers who had not stated the need removes the tilt, but then a need
/// whose parts nobody is offered stays neutral for ever; in the simulation it did worse.)
pub fn population(catalog: &Catalog, feedback: &[Feedback]) -> Population {
    let space = Space::new(catalog);
    let d = space.tags.len();
    let mut by_customer: BTreeMap<&CustomerId, Vec<Observation>> = BTreeMap::new();
    let mut touched = vec![0u32; d];
    let mut ratings = 0;
    for one in in_order(feedback) {
        let said = observations(&space, one);
        if said.is_empty() {
            continue;
        }
        ratings += 1;
        count_touched(&mut touched, &said);
        by_customer.entry(&one.customer).or_default().extend(said);
    }
    let raters: Vec<Rater> = by_customer
        .into_values()
        .map(|said| {
            let tags: Vec<usize> = (0..d)
                .filter(|&j| said.iter().any(|o| o.features()[j] > 0.0))
                .collect();
            let said = said.iter().map(|o| o.on(&tags)).collect();
            Rater { tags, said }
        })
        .collect();
    Population {
        mean: fit(d, &raters),
        tags: space.tags,
        touched,
        ratings,
    }
}

/// The population's mean weights: iterated until the average of the raters' posterior means
/// stops moving.
fn fit(d: usize, raters: &[Rater]) -> Vec<f64> {
    let mut mean = vec![0.0; d];
    for _ in 0..FIT_ROUNDS {
        let mut sum = vec![0.0; d];
        let mut count = vec![0usize; d];
        for rater in raters {
            let prior: Vec<f64> = rater.tags.iter().map(|&j| mean[j]).collect();
            let variance = vec![UNSTATED_SD.powi(2); rater.tags.len()];
            let mut belief = Belief::independent(prior, &variance);
            for observation in &rater.said {
                observation.teach(&mut belief);
            }
            for (&j, m) in rater.tags.iter().zip(belief.mean()) {
                sum[j] += m;
                count[j] += 1;
            }
        }
        let next: Vec<f64> = (0..d)
            .map(|j| sum[j] / (count[j] as f64 + NEUTRAL_CUSTOMERS))
            .collect();
        let change = next
            .iter()
            .zip(&mean)
            .fold(0.0f64, |most, (a, b)| most.max((a - b).abs()));
        mean = next;
        if change < FIT_TOLERANCE {
            break;
        }
    }
    mean
}
