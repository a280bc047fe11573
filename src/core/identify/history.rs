//! From visits to each customer's purchase history as of an analysis date: visits on the
//! same calendar day are one occasion (their amounts added up), visits after the date are
//! ignored, and the summaries the models and RFM need are read off the occasions.

use super::bgnbd::RepeatHistory;
use super::gamma_gamma::SpendHistory;
use crate::core::sorting;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One visit as the analysis sees it: whose, which day, what was paid (minor units).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Purchase<Id> {
    pub customer: Id,
    pub day: NaiveDate,
    pub amount: i64,
}

/// A customer's purchases up to the analysis date, by occasion (one per day, in order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    /// (day, amount paid that day), oldest first; never empty.
    pub occasions: Vec<(NaiveDate, i64)>,
    /// The analysis date.
    pub as_of: NaiveDate,
}

const DAYS_PER_WEEK: f64 = 7.0;

impl History {
    pub fn first_day(&self) -> NaiveDate {
        self.occasions[0].0
    }

    pub fn last_day(&self) -> NaiveDate {
        self.occasions[self.occasions.len() - 1].0
    }

    /// Days from the last occasion to the analysis date.
    pub fn recency_days(&self) -> i64 {
        (self.as_of - self.last_day()).num_days()
    }

    /// Number of occasions (days with a visit).
    pub fn frequency(&self) -> u32 {
        self.occasions.len() as u32
    }

    /// Everything paid up to the analysis date.
    pub fn total_spent(&self) -> i64 {
        self.occasions.iter().map(|(_, amount)| amount).sum()
    }

    /// The BG/NBD summary in weeks: repeat occasions, time of the last, time observed.
    pub fn repeat_history(&self) -> RepeatHistory {
        let weeks = |from: NaiveDate, to: NaiveDate| (to - from).num_days() as f64 / DAYS_PER_WEEK;
        RepeatHistory {
            x: self.frequency() - 1,
            t_x: weeks(self.first_day(), self.last_day()),
            t: weeks(self.first_day(), self.as_of),
        }
    }

    /// The Gamma-Gamma summary: repeat occasions and their mean value (the first occasion is
    /// left out, as in the model's derivation).
    pub fn spend_history(&self) -> SpendHistory {
        let repeats = &self.occasions[1..];
        let mean_value = if repeats.is_empty() {
            0.0
        } else {
            repeats.iter().map(|(_, a)| *a as f64).sum::<f64>() / repeats.len() as f64
        };
        SpendHistory {
            x: repeats.len() as u32,
            mean_value,
        }
    }
}

/// Each customer's history as of `as_of` (purchases after it are ignored); customers with no
/// purchase by then are absent. Ordered by customer id for reproducible results.
///
/// A customer's id is copied once, for their first purchase: with 100,000 visits the copies
/// (one allocation each for a text id) were a large share of the analysis.
pub fn histories<'a, Id: Clone + Ord + 'a>(
    purchases: impl IntoIterator<Item = &'a Purchase<Id>>,
    as_of: NaiveDate,
) -> BTreeMap<Id, History> {
    let mut by_customer: BTreeMap<Id, BTreeMap<NaiveDate, i64>> = BTreeMap::new();
    for p in purchases.into_iter().filter(|p| p.day <= as_of) {
        if let Some(days) = by_customer.get_mut(&p.customer) {
            *days.entry(p.day).or_default() += p.amount;
        } else {
            by_customer.insert(p.customer.clone(), sorting::btree_map([(p.day, p.amount)]));
        }
    }
    sorting::btree_map(by_customer.into_iter().map(|(id, days)| {
        (
            id,
            History {
                occasions: days.into_iter().collect(),
                as_of,
            },
        )
    }))
}
