//! Who the customers are, by importance: each tier's customers, their predicted lifetime value
//! and what they paid in the period, and how many customers each RFM segment holds. Tier and
//! segment are the analysis's, as of its date (the same the list and the customer's page
//! show); the period only bounds the revenue.

use super::activity::DayVisit;
use super::audience::Audience;
use crate::core::customer::CustomerId;
use crate::core::identify::analysis::Analysis;
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;
use chrono::NaiveDate;

/// One tier's figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierFigures {
    pub tier: Tier,
    pub customers: u32,
    /// The sum of the customers' predicted lifetime values, in minor units.
    pub lifetime_value: f64,
    /// What they paid in the period, in minor units of `currency`.
    pub revenue: i64,
}

/// Customers by tier and by segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    /// The analysis date the tiers and segments are as of.
    pub as_of: NaiveDate,
    /// A, B, C, every tier present.
    pub tiers: Vec<TierFigures>,
    /// Every segment, most engaged first, zero when empty.
    pub segments: Vec<(Segment, u32)>,
}

/// Tiers and segments of the customers `audience` admits; revenue from the period's `visits`
/// (of those customers) paid in `currency`.
pub fn standing(
    analysis: &Analysis<CustomerId>,
    audience: &Audience,
    visits: &[DayVisit<'_>],
    currency: &str,
) -> Standing {
    let mut tiers: Vec<TierFigures> = Tier::ALL
        .iter()
        .map(|&tier| TierFigures {
            tier,
            customers: 0,
            lifetime_value: 0.0,
            revenue: 0,
        })
        .collect();
    let mut segments: Vec<(Segment, u32)> = Segment::ALL.iter().map(|&s| (s, 0)).collect();
    for insight in analysis.customers.values() {
        if !audience.admits(Some(insight)) {
            continue;
        }
        let tier = &mut tiers[tier_index(insight.tier)];
        tier.customers += 1;
        tier.lifetime_value += insight.value.lifetime_value;
        if let Some(segment) = segments.iter_mut().find(|(s, _)| *s == insight.segment) {
            segment.1 += 1;
        }
    }
    for v in visits {
        if let Some(tier) = v.tier.filter(|_| v.visit.paid.currency == currency) {
            let figures = &mut tiers[tier_index(tier)];
            figures.revenue = figures.revenue.saturating_add(v.visit.paid.amount);
        }
    }
    Standing {
        as_of: analysis.as_of,
        tiers,
        segments,
    }
}

fn tier_index(tier: Tier) -> usize {
    Tier::ALL.iter().position(|&t| t == tier).unwrap_or(0)
}
