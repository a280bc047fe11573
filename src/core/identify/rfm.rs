//! RFM: each customer scored 1–5 on recency (how lately), frequency (how often) and monetary
//! value (how much), by quintile among the customers analysed, and placed in a named segment
//! by recency and frequency.
//!
//! Scores are quintiles of the *mid-rank*: a customer's score depends on the share of
//! customers strictly below them plus half of those equal. Customers with equal values
//! therefore always get equal scores (with many one-visit customers, all of them share one
//! frequency score instead of being split arbitrarily).
//!
//! The segment map (recency down, frequency across):
//!
//! ```text
//!        F1           F2           F3           F4           F5
//! R5     new          potential    potential    champion     champion
//! R4     promising    potential    loyal        champion     champion
//! R3     attention    attention    loyal        loyal        loyal
//! R2     hibernating  hibernating  at risk      at risk      can't lose
//! R1     lost         lost         at risk      at risk      can't lose
//! ```

use crate::core::sorting;
use serde::{Deserialize, Serialize};

/// A customer's three scores, each 1 (lowest) to 5 (highest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RfmScore {
    pub recency: u8,
    pub frequency: u8,
    pub monetary: u8,
}

/// Named segments, from the most to the least engaged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// Came recently and often: the best customers.
    Champion,
    /// Come regularly; recent enough.
    Loyal,
    /// Recent, a few visits: could become loyal.
    Potential,
    /// Their first visit was very recent.
    New,
    /// Recent, one visit so far.
    Promising,
    /// Neither recent nor frequent: worth a nudge before they slip.
    NeedsAttention,
    /// Used to come often, not lately.
    AtRisk,
    /// Came the most often, but not lately: win them back first.
    CantLose,
    /// Few visits, long ago.
    Hibernating,
    /// One or two visits, longest ago.
    Lost,
}

impl Segment {
    pub const ALL: [Segment; 10] = [
        Self::Champion,
        Self::Loyal,
        Self::Potential,
        Self::New,
        Self::Promising,
        Self::NeedsAttention,
        Self::AtRisk,
        Self::CantLose,
        Self::Hibernating,
        Self::Lost,
    ];

    /// The name it is stored and linked by (as in files: `at_risk`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Champion => "champion",
            Self::Loyal => "loyal",
            Self::Potential => "potential",
            Self::New => "new",
            Self::Promising => "promising",
            Self::NeedsAttention => "needs_attention",
            Self::AtRisk => "at_risk",
            Self::CantLose => "cant_lose",
            Self::Hibernating => "hibernating",
            Self::Lost => "lost",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The segment of recency score `r` and frequency score `f` (each 1–5), by the map above.
    pub fn of(r: u8, f: u8) -> Segment {
        use Segment::*;
        match (r.clamp(1, 5), f.clamp(1, 5)) {
            (5, 1) => New,
            (4, 1) => Promising,
            (4 | 5, 2) | (5, 3) => Potential,
            (4 | 5, 4 | 5) => Champion,
            (3, 3..=5) | (4, 3) => Loyal,
            (3, _) => NeedsAttention,
            (1 | 2, 5) => CantLose,
            (1 | 2, 3 | 4) => AtRisk,
            (2, _) => Hibernating,
            _ => Lost,
        }
    }
}

/// What RFM needs of a customer: days since the last visit, number of visits, total spent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RfmInput {
    pub recency_days: i64,
    pub frequency: u32,
    pub monetary: f64,
}

/// The scores of each input, in the same order.
pub fn score(inputs: &[RfmInput]) -> Vec<RfmScore> {
    // Fewer days since the last visit is better, so recency is scored on its negation.
    let recency = quintiles(
        &inputs
            .iter()
            .map(|i| -(i.recency_days as f64))
            .collect::<Vec<_>>(),
    );
    let frequency = quintiles(
        &inputs
            .iter()
            .map(|i| f64::from(i.frequency))
            .collect::<Vec<_>>(),
    );
    let monetary = quintiles(&inputs.iter().map(|i| i.monetary).collect::<Vec<_>>());
    (0..inputs.len())
        .map(|i| RfmScore {
            recency: recency[i],
            frequency: frequency[i],
            monetary: monetary[i],
        })
        .collect()
}

/// Quintile scores 1–5 of `values` by mid-rank (higher value, higher score).
pub fn quintiles(values: &[f64]) -> Vec<u8> {
    let n = values.len();
    let mut order: Vec<usize> = (0..n).collect();
    sorting::sort_by(&mut order, |&i, &j| values[i].total_cmp(&values[j]));
    let mut scores = vec![0u8; n];
    let mut start = 0;
    while start < n {
        let mut end = start;
        while end < n && values[order[end]] == values[order[start]] {
            end += 1;
        }
        // Share strictly below, plus half of the equal ones.
        let mid_rank = (start as f64 + (end - start) as f64 / 2.0) / n as f64;
        let score = ((mid_rank * 5.0).floor() as u8 + 1).min(5);
        for &i in &order[start..end] {
            scores[i] = score;
        }
        start = end;
    }
    scores
}
