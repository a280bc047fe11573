//! A customer's taste: a weight per need tag, in the unit of [`Preference::points`] (love 2,
//! like 1, neutral 0, dislike −1). The stated needs give whole numbers; learning from ratings
//! moves them in between. The offer search scores parts with a taste, so an offer can follow
//! what the customer said or what their ratings taught, with one engine.

use crate::core::catalog::part::ServicePart;
use crate::core::needs::{Needs, Preference};
use std::collections::{BTreeMap, BTreeSet};

/// A weight per need tag. Tags it does not know weigh 0 (neutral).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Taste {
    weights: BTreeMap<String, f64>,
    /// Needs the customer never wants. "Never" is a rule, not a taste: the offer search rules
    /// such parts out from the needs, and no rating changes it.
    never: BTreeSet<String>,
}

impl Taste {
    /// The points of the stated preferences.
    pub fn stated(needs: &Needs) -> Taste {
        let mut taste = Taste::default();
        for (need, preference) in &needs.preferences {
            taste.set(need, preference.points() as f64);
            if *preference == Preference::Never {
                taste.never.insert(need.clone());
            }
        }
        taste
    }

    /// A taste of exactly these weights (a tag set twice keeps the last).
    pub fn from_weights<'a>(weights: impl IntoIterator<Item = (&'a str, f64)>) -> Taste {
        let mut taste = Taste::default();
        for (need, weight) in weights {
            taste.set(need, weight);
        }
        taste
    }

    /// Sets the weight of `need`; a "never" need keeps its rule and weight.
    pub(super) fn set(&mut self, need: &str, weight: f64) {
        if !self.never.contains(need) {
            self.weights.insert(need.to_owned(), weight);
        }
    }

    /// The weight of `need`; 0.0 when unknown.
    pub fn weight(&self, need: &str) -> f64 {
        self.weights.get(need).copied().unwrap_or(0.0)
    }

    /// The feeling nearest the weight, for explaining: love, like, neutral or dislike — or
    /// never, where the customer said so.
    pub fn preference(&self, need: &str) -> Preference {
        if self.never.contains(need) {
            return Preference::Never;
        }
        nearest(self.weight(need))
    }

    /// The weights the taste knows, by need tag.
    pub fn weights(&self) -> impl Iterator<Item = (&str, f64)> {
        self.weights.iter().map(|(need, w)| (need.as_str(), *w))
    }

    /// How much the customer is predicted to like `part`: Σ strength × weight, in the points of
    /// [`crate::core::catalog::Catalog::score`] (so a part fully serving a loved need scores 200).
    pub fn utility(&self, part: &ServicePart) -> f64 {
        part.needs
            .iter()
            .map(|n| f64::from(n.strength) * self.weight(&n.need))
            .sum()
    }

    /// [`Taste::utility`] rounded to whole points, as the offer search takes it. For a stated
    /// taste it equals [`crate::core::catalog::Catalog::score`] exactly.
    pub fn score(&self, part: &ServicePart) -> i64 {
        self.utility(part).round() as i64
    }
}

/// The feeling among love, like, neutral and dislike whose points are nearest `weight` (halves
/// go to the warmer one).
pub fn nearest(weight: f64) -> Preference {
    if weight >= 1.5 {
        Preference::Love
    } else if weight >= 0.5 {
        Preference::Like
    } else if weight >= -0.5 {
        Preference::Neutral
    } else {
        Preference::Dislike
    }
}
