//! The population: what customers are like on average, per need tag, and how their feelings go
//! together across tags. It is the prior for every customer: a new customer who said nothing
//! about "socialising" is expected to feel about it as customers do on average, and — where
//! customers who love long walks mostly want their dog socialised too — one who said they love
//! long walks is expected to care more about socialising than the average, until their own
//! ratings say otherwise. Tastes are not independent across needs; learning how they go
//! together is what lets one customer's few ratings say something about needs they never rated.

use super::belief::Belief;
use super::gather::{Gathered, Gathering, Rater};
use super::learned::UNSTATED_SD;
use super::matrix::cholesky;
use super::observe::Space;
use crate::core::catalog::Catalog;
use crate::core::customer::CustomerId;
use crate::core::feedback::Feedback;
use crate::core::needs::Needs;

/// How firmly the population's mean starts at neutral, in customers: the mean of a need is
/// computed as if this many more customers had rated it and come out neutral. It keeps the
/// first few ratings of a need — given by the few customers it was offered to, mostly its fans —
/// from speaking for everyone, and fades as more customers rate it.
pub const NEUTRAL_CUSTOMERS: f64 = 20.0;

/// The most rounds of the population's fit, and the change in every mean weight and
/// covariance below which it stops earlier.
const FIT_ROUNDS: usize = 30;
const FIT_TOLERANCE: f64 = 1e-3;
/// The smallest spread of one need across customers the fit keeps (a variance, sd 0.2), so a
/// need a few customers agreed on is not taken as one everybody feels the same about.
const MIN_SPREAD: f64 = 0.04;

/// The population's mean weight per need tag of the catalog, and the covariance of customers'
/// weights around it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Population {
    tags: Vec<String>,
    mean: Vec<f64>,
    /// Row-major, tags × tags.
    cov: Vec<f64>,
    /// Per tag, how many pieces of feedback touched it.
    touched: Vec<u32>,
    ratings: u32,
}

impl Population {
    /// The population's mean weight for `need`; 0.0 when nobody rated it.
    pub fn mean(&self, need: &str) -> f64 {
        self.at(need).map_or(0.0, |j| self.mean[j])
    }

    /// How much customers' weights on `a` and `b` vary together ([`UNSTATED_SD`]² for a need
    /// with itself, 0 between two needs, when nothing is known).
    pub fn covariance(&self, a: &str, b: &str) -> f64 {
        match (self.at(a), self.at(b)) {
            (Some(i), Some(j)) => self.cov[i * self.tags.len() + j],
            _ if a == b => UNSTATED_SD.powi(2),
            _ => 0.0,
        }
    }

    /// How far customers' weights on `need` spread around the mean (a standard deviation).
    pub fn sd(&self, need: &str) -> f64 {
        self.covariance(need, need).sqrt()
    }

    /// The correlation of customers' weights on `a` and `b` (−1 … 1).
    pub fn correlation(&self, a: &str, b: &str) -> f64 {
        self.covariance(a, b) / (self.sd(a) * self.sd(b))
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

    /// The belief about a customer of whom nothing is known, over `tags` (which need not be
    /// the tags the population was learned on: a tag it does not know is neutral, sd
    /// [`UNSTATED_SD`], uncorrelated).
    pub(super) fn prior(&self, tags: &[String]) -> Belief {
        let d = tags.len();
        let at: Vec<Option<usize>> = tags.iter().map(|t| self.at(t)).collect();
        let mean = at.iter().map(|j| j.map_or(0.0, |j| self.mean[j])).collect();
        let mut cov = vec![0.0; d * d];
        for (a, ja) in at.iter().enumerate() {
            for (b, jb) in at.iter().enumerate() {
                cov[a * d + b] = match (ja, jb) {
                    (Some(i), Some(j)) => self.cov[i * self.tags.len() + j],
                    _ if a == b => UNSTATED_SD.powi(2),
                    _ => 0.0,
                };
            }
        }
        Belief::new(mean, cov)
    }

    fn at(&self, need: &str) -> Option<usize> {
        self.tags.binary_search_by(|t| t.as_str().cmp(need)).ok()
    }
}

/// The population learned from what every customer stated (`needs`, by customer) and from
/// everyone's `feedback`.
///
/// Each customer's weights are taken as a draw from a multivariate normal — the population's
/// mean and covariance — and both are fitted by expectation–maximisation (empirical Bayes):
/// each round, every customer's posterior from that prior, what they stated and their own
/// ratings, then the mean as the average of the posterior means and the covariance as the
/// average of the posterior covariances plus the spread of the posterior means around the
/// mean. So a customer counts once however much they rate, and the covariance learns which
/// needs go together from customers who stated or rated several. Both are computed as if [`NEUTRAL_CUSTOMERS`] more customers
/// had been neutral, each need independent with sd [`UNSTATED_SD`] (a conjugate prior on the
/// mean and covariance): a tag nobody rated stays neutral and independent, a tag few rated
/// stays near that, and a correlation counts for only n / (n + 20) of itself when n customers
/// rated both needs — the shrinkage towards a diagonal that keeps it stable with few
/// customers.
///
/// Plain EM moves slowly where each customer says little (most of a customer's weights are
/// missing data): each round, the change of a mean or covariance entry is divided by the
/// customers who touched it (both tags, for a covariance) plus the imagined ones, rather than
/// by all customers — the same fixed point, reached in a few rounds; at most [`FIT_ROUNDS`]
/// are run. The covariance is kept positive definite, each need's spread at least sd 0.2.
///
/// What customers stated counts as a measurement of each stated weight (the feeling's points,
/// sd [`STATED_SD`](super::STATED_SD)). It is what a business knows
/// on its first day: customers who say they love long walks mostly say they want their dog
/// socialised too, so the means and the covariance are there before the first rating (in the
/// simulation, the first visit's offers rose from 61 % to 84 % of the oracle's). It also
/// keeps the ratings in proportion: a part is offered mostly to those who said they want what
/// it serves, so its ratings come mostly from its fans; the fit sees what they said and puts
/// much of their enthusiasm down to them rather than to everyone (in the simulation, the
/// fitted means came out about a third less far above the true ones).
///
/// Even so, those who rate a part are mostly those it was offered to because they were
/// expected to like it, which still tilts the mean a little towards what its fans feel. That
/// optimism is kept on purpose: a need looks promising to the others until those who try it
/// say otherwise.
pub fn population<'a>(
    catalog: &Catalog,
    needs: impl IntoIterator<Item = (&'a CustomerId, &'a Needs)>,
    feedback: &[Feedback],
) -> Population {
    PopulationFit::start(catalog, needs).finish(feedback)
}

/// How many pieces of feedback one step of a [`PopulationFit`] reads while gathering (with
/// 30,000 of them the whole gathering takes some 50 ms in a browser on a slow machine).
const GATHER_CHUNK: usize = 2_000;

/// The fit of [`population`] a step at a time, so a page can run it in slices while idle and
/// take the same result as the whole fit in one go: first the feedback is read a chunk per
/// step, then the rounds run one per step (with 10,000 customers the whole fit takes a few
/// hundred ms, one round a few ms).
pub struct PopulationFit {
    /// Until every piece of feedback is read.
    gathering: Option<Gathering>,
    tags: Vec<String>,
    touched: Vec<u32>,
    ratings: u32,
    raters: Vec<Rater>,
    /// How many customers touched each tag, and either of each pair of tags.
    count: Vec<f64>,
    mean: Vec<f64>,
    cov: Vec<f64>,
    rounds: usize,
    done: bool,
}

impl PopulationFit {
    /// Gathers what each customer stated; their feedback is read by the steps.
    pub fn start<'a>(
        catalog: &Catalog,
        needs: impl IntoIterator<Item = (&'a CustomerId, &'a Needs)>,
    ) -> Self {
        Self {
            gathering: Some(Gathering::new(Space::new(catalog), needs)),
            tags: Vec::new(),
            touched: Vec::new(),
            ratings: 0,
            raters: Vec::new(),
            count: Vec::new(),
            mean: Vec::new(),
            cov: Vec::new(),
            rounds: 0,
            done: false,
        }
    }

    /// Reads a chunk of `feedback` — the same feedback at every step — or, once all of it is
    /// read, runs one round of the fit, unless it is done; `true` once it is.
    pub fn step(&mut self, feedback: &[Feedback]) -> bool {
        if let Some(gathering) = self.gathering.as_mut() {
            if gathering.read(feedback, GATHER_CHUNK) {
                let gathered = self.gathering.take().map(Gathering::finish);
                if let Some(gathered) = gathered {
                    self.begin(gathered);
                }
            }
            return false;
        }
        if !self.done {
            let change = self.round();
            self.rounds += 1;
            self.done = change < FIT_TOLERANCE || self.rounds == FIT_ROUNDS;
        }
        self.done
    }

    /// How many rounds of the fit have run.
    pub fn rounds(&self) -> usize {
        self.rounds
    }

    /// The population: the steps still to take, taken now.
    pub fn finish(mut self, feedback: &[Feedback]) -> Population {
        while !self.step(feedback) {}
        Population {
            mean: self.mean,
            cov: self.cov,
            tags: self.tags,
            touched: self.touched,
            ratings: self.ratings,
        }
    }

    /// Sets up the rounds once everything is gathered: the counts of customers per tag and
    /// pair of tags, a neutral mean and independent needs.
    fn begin(&mut self, gathered: Gathered) {
        let d = gathered.tags.len();
        let mut count = vec![0.0; d * d];
        for rater in &gathered.raters {
            for j in 0..d {
                for k in (0..d).filter(|&k| rater.touched[j] || rater.touched[k]) {
                    count[j * d + k] += 1.0;
                }
            }
        }
        let spread = UNSTATED_SD.powi(2);
        self.tags = gathered.tags;
        self.touched = gathered.touched;
        self.ratings = gathered.ratings;
        self.raters = gathered.raters;
        self.count = count;
        self.mean = vec![0.0; d];
        self.cov = (0..d * d)
            .map(|i| if i % (d + 1) == 0 { spread } else { 0.0 })
            .collect();
    }

    /// One round of expectation–maximisation (see [`population`]); the largest change of a
    /// mean weight or covariance.
    fn round(&mut self) -> f64 {
        let d = self.tags.len();
        let spread = UNSTATED_SD.powi(2);
        let (mean, cov) = (&mut self.mean, &mut self.cov);
        let mut shift = vec![0.0; d];
        let mut second = vec![0.0; d * d];
        for rater in &self.raters {
            let mut belief = Belief::new(mean.clone(), cov.clone());
            for observation in &rater.said {
                observation.teach(&mut belief);
            }
            let delta: Vec<f64> = belief
                .mean()
                .iter()
                .zip(mean.iter())
                .map(|(m, p)| m - p)
                .collect();
            for j in 0..d {
                shift[j] += delta[j];
                for k in 0..d {
                    second[j * d + k] +=
                        belief.cov()[j * d + k] + delta[j] * delta[k] - cov[j * d + k];
                }
            }
        }
        let mut change = 0.0f64;
        let mut next_cov = cov.clone();
        for j in 0..d {
            for k in 0..d {
                let i = j * d + k;
                let target = if j == k { spread } else { 0.0 };
                let step = (second[i] + NEUTRAL_CUSTOMERS * (target - cov[i]))
                    / (self.count[i] + NEUTRAL_CUSTOMERS);
                next_cov[i] += step;
                change = change.max(step.abs());
            }
        }
        for j in 0..d {
            let step = (shift[j] - NEUTRAL_CUSTOMERS * mean[j])
                / (self.count[j * d + j] + NEUTRAL_CUSTOMERS);
            mean[j] += step;
            change = change.max(step.abs());
        }
        *cov = positive_definite(next_cov, d);
        change
    }
}

/// `cov` with each variance at least [`MIN_SPREAD`] and, while it is not positive definite,
/// its covariances halved.
fn positive_definite(mut cov: Vec<f64>, d: usize) -> Vec<f64> {
    for j in 0..d {
        cov[j * d + j] = cov[j * d + j].max(MIN_SPREAD);
    }
    let most = UNSTATED_SD.powi(2);
    let scale: Vec<f64> = (0..d)
        .map(|j| (most / cov[j * d + j]).min(1.0).sqrt())
        .collect();
    for j in 0..d {
        for k in 0..d {
            cov[j * d + k] *= scale[j] * scale[k];
        }
    }
    for _ in 0..40 {
        if cholesky(&cov, d, 1e-6).is_some() {
            break;
        }
        for j in 0..d {
            for k in (0..d).filter(|&k| k != j) {
                cov[j * d + k] *= 0.5;
            }
        }
    }
    cov
}
