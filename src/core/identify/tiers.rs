//! Tiers by importance: A, B and C by share of predicted value. Customers are ranked by value;
//! those who together make the first `a_share` of the total value are A (the customer who
//! crosses the line included), the next `b_share` B, the rest C. An owner's override, with
//! its reason, always wins over the computed tier.

use crate::core::sorting;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tier {
    A,
    B,
    C,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::A, Tier::B, Tier::C];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::C => "C",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// The value shares that make the tiers (defaults: top 50 % of value A, next 30 % B).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierShares {
    pub a_share: f64,
    pub b_share: f64,
}

impl Default for TierShares {
    fn default() -> Self {
        Self {
            a_share: 0.5,
            b_share: 0.3,
        }
    }
}

/// The tier shares as the owner sets them, in whole percent (kept in the settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierPercents {
    pub a: u8,
    pub b: u8,
}

impl Default for TierPercents {
    fn default() -> Self {
        Self { a: 50, b: 30 }
    }
}

impl TierPercents {
    /// Percents the owner may choose: A from 1 to 99, and A and B together at most 100.
    pub fn new(a: u8, b: u8) -> Option<Self> {
        ((1..=99).contains(&a) && u16::from(a) + u16::from(b) <= 100).then_some(Self { a, b })
    }

    pub fn shares(self) -> TierShares {
        TierShares {
            a_share: f64::from(self.a) / 100.0,
            b_share: f64::from(self.b) / 100.0,
        }
    }
}

/// The tier of each customer in `values` (customer, predicted value). Equal values are
/// ordered by id, so the result does not depend on the input order.
pub fn assign<Id: Clone + Ord>(values: &[(Id, f64)], shares: TierShares) -> BTreeMap<Id, Tier> {
    let mut ranked: Vec<&(Id, f64)> = values.iter().collect();
    sorting::sort_by(&mut ranked, |x, y| {
        y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0))
    });
    let total: f64 = values.iter().map(|(_, v)| v.max(0.0)).sum();
    let mut before = 0.0;
    sorting::btree_map(ranked.into_iter().map(|(id, value)| {
        let share_before = if total > 0.0 { before / total } else { 1.0 };
        let tier = if total > 0.0 && *value > 0.0 && share_before < shares.a_share {
            Tier::A
        } else if total > 0.0 && *value > 0.0 && share_before < shares.a_share + shares.b_share {
            Tier::B
        } else {
            Tier::C
        };
        before += value.max(0.0);
        (id.clone(), tier)
    }))
}
