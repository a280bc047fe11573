//! The owner's customer-care settings: opening hours per weekday, the dates the business is
//! closed, the service targets, the loyalty rules and the follow-up rules. They start as a small shop's usual week (Monday to
//! Saturday, 9:00–18:00) and the targets the issue of answering fast calls for; both are
//! editable, and hours that cannot be used fall back to the wall clock rather than to no
//! clock at all.

use super::hours::{BusinessHours, Opening};
use super::sla::SlaPolicy;
use chrono::{FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceSettings {
    /// The business's name as messages sign it (`{shop}` in a template); empty when not set.
    pub shop_name: String,
    /// Monday first; `None` is closed all day.
    pub week: [Option<Opening>; 7],
    pub closed_on: Vec<NaiveDate>,
    pub sla: SlaPolicy,
    /// The stamp card, VIP benefit, birthday and win-back gifts.
    pub loyalty: crate::core::loyalty::rules::LoyaltyRules,
    /// When the relationship calls for a follow-up.
    pub follow_ups: crate::core::relations::follow_up::FollowUpRules,
}

impl Default for ServiceSettings {
    fn default() -> Self {
        let day = Some(Opening {
            open: 9 * 60,
            close: 18 * 60,
        });
        Self {
            shop_name: String::new(),
            week: [day, day, day, day, day, day, None],
            closed_on: Vec::new(),
            sla: SlaPolicy::default(),
            loyalty: Default::default(),
            follow_ups: Default::default(),
        }
    }
}

impl ServiceSettings {
    /// The clock service targets run on, where the business is (`offset`).
    pub fn hours(&self, offset: FixedOffset) -> BusinessHours {
        BusinessHours::new(offset, self.week)
            .map(|h| h.closed_on(self.closed_on.iter().copied()))
            .unwrap_or_else(|_| BusinessHours::always(offset))
    }
}
