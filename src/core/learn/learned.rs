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
use std::collections::BTreeSet;

/// How far a stated feeling may be off, in points: people say "love" of things they merely
/// like, and "like" covers a range.
pub const STATED_SD: f64 = 0.6;
/// How far one customer may be from the population on a tag they said nothing about: about
/// one feeling either way.
pub const UNSTATED_SD: f64 = 1.0;
/// How optimistic the offer is for a customer who has not rated anything yet, in standard
/// deviations of each weight (see [`Learned::offer_taste`]).
pub const OFFER_OPTIMISM: f64 = 0.5;
/// How fast that optimism fades: it is divided by 1 + this × the customer's ratings.
pub const OPTIMISM_FADE: f64 = 3.0;

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

/// The prior for a customer with `needs`: the stated feeling where they gave one (within
/// [`STATED_SD`]), the population's mean elsewhere (within [`UNSTATED_SD`]).
fn prior(space: &Space, needs: &Needs, population: &Population) -> Belief {
    let (mean, variance): (Vec<f64>, Vec<f64>) = space
        .tags
        .iter()
        .map(|tag| match needs.preferences.get(tag) {
            Some(p) => (p.points() as f64, STATED_SD.powi(2)),
            None => (population.mean(tag), UNSTATED_SD.powi(2)),
        })
        .unzip();
    Belief::independent(mean, &variance)
}

/// The taste of a customer with `needs`, learned from their `own` feedback with the
/// `population` as the prior where they stated nothing. Ratings of parts no longer in the
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
        lessons.sort_by(|a, b| b.ratings.cmp(&a.ratings).then_with(|| a.need.cmp(&b.need)));
        lessons
    }

    /// The taste to make this customer's next offer from (through
    /// [`customize_with`](crate::core::customize::offer::customize_with)): each weight its
    /// posterior mean plus κ standard deviations, with κ = [`OFFER_OPTIMISM`] for a customer who
    /// has rated nothing and fading as 1 / (1 + [`OPTIMISM_FADE`] × ratings) — 0.13 after one
    /// rating, 0.05 after three. So a new customer's first offer leans towards the needs least
    /// is known about (a bundle that tries several at once, not one forced part), and once
    /// their own ratings come in the offer follows the mean. [`Learned::taste`] stays the
    /// best estimate, for explaining. In the simulation this raised the first visit by about
    /// eight points and visits 2–5 by about one; more optimism, optimism that lasts longer, or
    /// Thompson sampling cost more at visits 2–5 than they taught.
    pub fn offer_taste(&self) -> Taste {
        let kappa = OFFER_OPTIMISM / (1.0 + OPTIMISM_FADE * f64::from(self.ratings));
        let mut taste = self.taste.clone();
        for (j, tag) in self.space_tags.iter().enumerate() {
            taste.set(tag, self.belief.mean()[j] + kappa * self.belief.sd(j));
        }
        taste
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
