//! Gathering what every customer said, before the population's fit: their stated feelings,
//! then what each piece of feedback says about the catalog's parts. A book holds tens of
//! thousands of pieces of feedback, so they are read a chunk at a time (a page reads them in
//! slices between other work), and each customer's are put in the order they were given at
//! the end: the result does not depend on the order the feedback is stored or read in.

use super::observe::{count_touched, observations, stated, Observation, Space};
use crate::core::customer::CustomerId;
use crate::core::feedback::{Feedback, FeedbackId};
use crate::core::needs::Needs;
use crate::core::sorting;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// One customer's statements and ratings, and the tags they touch.
pub(super) struct Rater {
    pub touched: Vec<bool>,
    pub said: Vec<Observation>,
}

/// What the customers said, gathered so far.
pub(super) struct Gathering {
    space: Space,
    by_customer: BTreeMap<CustomerId, Said>,
    /// Per tag, how many pieces of feedback touched it.
    touched: Vec<u32>,
    /// How many pieces of feedback said something.
    ratings: u32,
    /// How many pieces of feedback have been read.
    read: usize,
}

#[derive(Default)]
struct Said {
    stated: Vec<Observation>,
    /// What each piece of feedback said, with when it was received and its id: the order in
    /// which it is learned.
    rated: Vec<(DateTime<Utc>, FeedbackId, Observation)>,
}

/// Everything gathered, ready for the fit.
pub(super) struct Gathered {
    pub tags: Vec<String>,
    /// By customer id.
    pub raters: Vec<Rater>,
    pub touched: Vec<u32>,
    pub ratings: u32,
}

impl Gathering {
    /// Starts with what each customer stated (`needs`, by customer).
    pub fn new<'a>(
        space: Space,
        needs: impl IntoIterator<Item = (&'a CustomerId, &'a Needs)>,
    ) -> Self {
        let mut by_customer: BTreeMap<CustomerId, Said> = BTreeMap::new();
        for (customer, needs) in needs {
            let said = stated(&space, needs);
            if !said.is_empty() {
                let entry = by_customer.entry(customer.clone()).or_default();
                entry.stated.extend(said);
            }
        }
        let touched = vec![0; space.tags.len()];
        Self {
            space,
            by_customer,
            touched,
            ratings: 0,
            read: 0,
        }
    }

    /// Reads up to `most` more of `feedback` (the same feedback at every call); `true` once all
    /// of it is read.
    pub fn read(&mut self, feedback: &[Feedback], most: usize) -> bool {
        let end = feedback.len().min(self.read.saturating_add(most));
        for one in feedback.get(self.read..end).unwrap_or_default() {
            let said = observations(&self.space, one);
            if said.is_empty() {
                continue;
            }
            self.ratings += 1;
            count_touched(&mut self.touched, &said);
            let entry = self.by_customer.entry(one.customer.clone()).or_default();
            entry.rated.extend(
                said.into_iter()
                    .map(|o| (one.received_at, one.id.clone(), o)),
            );
        }
        self.read = end;
        end == feedback.len()
    }

    /// Each customer's statements, then their ratings in the order given (then by id).
    pub fn finish(self) -> Gathered {
        let d = self.space.tags.len();
        let raters = self
            .by_customer
            .into_values()
            .map(|Said { stated, mut rated }| {
                // Stable: a piece of feedback's own observations keep their order.
                sorting::sort_by(&mut rated, |(at_a, id_a, _), (at_b, id_b, _)| {
                    at_a.cmp(at_b).then_with(|| id_a.cmp(id_b))
                });
                let mut said = stated;
                said.extend(rated.into_iter().map(|(_, _, o)| o));
                Rater {
                    touched: (0..d)
                        .map(|j| said.iter().any(|o| o.features()[j] > 0.0))
                        .collect(),
                    said,
                }
            })
            .collect();
        Gathered {
            tags: self.space.tags,
            raters,
            touched: self.touched,
            ratings: self.ratings,
        }
    }
}
