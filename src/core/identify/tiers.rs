//! Tiers by importance: A, B and C by share of predicted value. Customers are ranked by value;
//! those who together make the first `a_share` of the total value are A (the customer who
//! crosses the line included), the next `b_share` B, the rest C. An owner's override, with
//! its reason, always wins over the computed tier.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tier {
    A,
    B,
    C,
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

/// The tier of each customer in `values` (customer, predicted value). Equal values are
/// ordered by id, so the result does not depend on the input order.
pub fn assign<Id: Clone + Ord>(values: &[(Id, f64)], shares: TierShares) -> BTreeMap<Id, Tier> {
    let mut ranked: Vec<&(Id, f64)> = values.iter().collect();
    ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    let total: f64 = values.iter().map(|(_, v)| v.max(0.0)).sum();
    let mut before = 0.0;
    ranked
        .into_iter()
        .map(|(id, value)| {
            let share_before = if total > 0.0 { before / total } else { 1.0 };
            let tier = if total > 0.0 && *value > 0.0 && share_before < shares.a_share {
                Tier::A
            } else if total > 0.0 && *value > 0.0 && share_before < shares.a_share + shares.b_share
            {
                Tier::B
            } else {
                Tier::C
            };
            before += value.max(0.0);
            (id.clone(), tier)
        })
        .collect()
}
