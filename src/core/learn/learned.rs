//! One customer's learned taste: the prior from what they stated and what the population
//! likes, updated by each of their own ratings, with how sure it is of every weight — and the
//! lessons worth telling the owner ("likes socialising — from 3 ratings").

use super::belief::Belief;
use super::observe::{count_touched, in_order, observations, Space};
use super::population::Population;
use super::taste::Taste;
use crate::core::catalog::part::PartId;
use crate::core::catalog::Catalog;
use crate::core::feedback::Feedback;
use crate::core::needs::{Needs, Preference};
use crate::core::sorting;
use std::collections::BTreeSet;

/// How far a stated feeling may be off, in points: people say "love" of things they merely
/// like, and "like" covers a range.
pub const STATED_SD: f64 = 0.6;
/// How far one customer may be from the population on a tag they said nothing about, before
/// the population has taught better: about one feeling either way. It is also the spread the
/// population's fit starts from and shrinks towards (see [`population`](super::population)).
pub const UNSTATED_SD: f64 = 1.0;

/// What a customer's feedback taught about one need.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    pub need: String,
    /// The feeling nearest the learned weight.
    pub learned: Preference,
    /// What the customer said, if anything.
    pub stated: Option<Preference>,
    /// How many of their ratings said something about this need.
    pub ratings: u32,
    /// The learned weight, in points per percent of strength.
    pub weight: f64,
    /// How unsure the weight still is (its posterior standard deviation).
    pub sd: f64,
}

/// A customer's taste as learned from their ratings.
#[derive(Clone, Debug, PartialEq)]
pub struct Learned {
    /// The posterior mean weights, for the offer search.
    pub taste: Taste,
    space_tags: Vec<String>,
    pub(super) belief: Belief,
    stated: Needs,
    /// Per tag, how many pieces of feedback touched it.
    touched: Vec<u32>,
    ratings: u32,
    /// Every part their feedback says was delivered.
    pub(super) delivered: BTreeSet<PartId>,
}

/// The prior for a customer with `needs`: the population's belief (its mean and covariance)
/// with each stated feeling taken at its word — that weight believed at the feeling's points,
/// within [`STATED_SD`] — and carried to the needs it goes with by the population's
/// correlations ([`Belief::set_marginals`]). With no population, or needs that do not go
/// together, the stated weights are their points and the others the population's mean, within
/// [`UNSTATED_SD`].
fn prior(space: &Space, needs: &Needs, population: &Population) -> Belief {
    let mut belief = population.prior(&space.tags);
    let stated: Vec<(usize, f64)> = space
        .tags
        .iter()
        .enumerate()
        .filter_map(|(j, tag)| Some((j, needs.preferences.get(tag)?.points() as f64)))
        .collect();
    belief.set_marginals(&stated, STATED_SD.powi(2));
    belief
}

/// The taste of a customer with `needs`, learned from their `own` feedback with the
/// `population` as the prior (see [`prior`]). Ratings of parts no longer in the
/// catalog are left out.
pub fn learn(
    catalog: &Catalog,
    needs: &Needs,
    own: &[&Feedback],
    population: &Population,
) -> Learned {
    let space = Space::new(catalog);
    let mut belief = prior(&space, needs, population);
    let mut touched = vec![0u32; space.tags.len()];
    let mut ratings = 0;
    let mut delivered = BTreeSet::new();
    for one in in_order(own.iter().copied()) {
        delivered.extend(one.parts.iter().map(|p| p.part.clone()));
        let said = observations(&space, one);
        if said.is_empty() {
            continue;
        }
        ratings += 1;
        count_touched(&mut touched, &said);
        for observation in &said {
            observation.teach(&mut belief);
        }
    }
    let mut taste = Taste::stated(needs);
    for (tag, weight) in space.tags.iter().zip(belief.mean()) {
        taste.set(tag, *weight);
    }
    Learned {
        taste,
        space_tags: space.tags,
        belief,
        stated: needs.clone(),
        touched,
        ratings,
        delivered,
    }
}

impl Learned {
    /// The needs the feedback taught something about (at least one rating touched them; not
    /// those the customer never wants), most ratings first, then by need.
    pub fn lessons(&self) -> Vec<Lesson> {
        let mut lessons: Vec<Lesson> = self
            .space_tags
            .iter()
            .enumerate()
            .filter(|&(j, tag)| {
                self.touched[j] > 0 && self.stated.preference(tag) != Preference::Never
            })
            .map(|(j, tag)| Lesson {
                need: tag.clone(),
                learned: self.taste.preference(tag),
                stated: self.stated.preferences.get(tag).copied(),
                ratings: self.touched[j],
                weight: self.belief.mean()[j],
                sd: self.belief.sd(j),
            })
            .collect();
        sorting::sort_by(&mut lessons, |a, b| {
            b.ratings.cmp(&a.ratings).then_with(|| a.need.cmp(&b.need))
        });
        lessons
    }

    /// How many pieces of this customer's feedback the taste was learned from.
    pub fn ratings(&self) -> u32 {
        self.ratings
    }

    /// How unsure the weight of `need` still is (its posterior standard deviation); `None`
    /// for a need no part of the catalog serves.
    pub fn sd(&self, need: &str) -> Option<f64> {
        let j = self.space_tags.binary_search_by(|t| t.as_str().cmp(need));
        j.ok().map(|j| self.belief.sd(j))
    }
}
