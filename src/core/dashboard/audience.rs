//! Which customers the dashboard counts: everyone, or one tier, one RFM segment, or both.
//! Tier and segment are the analysis's, as of its date, like everywhere else in the app; a
//! customer with no visit by then has neither and is counted only when nothing is filtered.

use crate::core::customer::CustomerId;
use crate::core::identify::analysis::{Analysis, Insight};
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;

/// The tier and segment filter shared by every chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Audience {
    pub tier: Option<Tier>,
    pub segment: Option<Segment>,
}

impl Audience {
    pub fn everyone(&self) -> bool {
        self.tier.is_none() && self.segment.is_none()
    }

    /// Whether a customer with this insight (none: no visit yet) is counted.
    pub fn admits(&self, insight: Option<&Insight>) -> bool {
        match insight {
            None => self.everyone(),
            Some(i) => {
                self.tier.is_none_or(|t| t == i.tier) && self.segment.is_none_or(|s| s == i.segment)
            }
        }
    }

    /// Whether `customer` is counted under `analysis`.
    pub fn admits_customer(&self, analysis: &Analysis<CustomerId>, customer: &CustomerId) -> bool {
        self.everyone() || self.admits(analysis.customers.get(customer))
    }
}
