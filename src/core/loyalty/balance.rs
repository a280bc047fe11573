//! A customer's loyalty at a glance, as the counter shows it and the customer may ask for it:
//! the stamps on the card, how many more the next reward takes, the coupons usable today, and
//! the story of how they came to be — stamps earned, coupons issued, redeemed, expired and
//! voided, oldest first.

use super::coupon::{start_of_day, Benefit, Coupon, CouponId, Origin};
use super::redeem::available;
use super::rules::LoyaltyRules;
use super::stamps::stamped_visits;
use crate::core::customer::CustomerId;
use crate::core::sorting;
use crate::core::visit::{Visit, VisitId};
use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};
use std::collections::BTreeMap;

/// One customer's loyalty on a given day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Balance {
    /// Stamps earned since the card began counting.
    pub stamps: u32,
    /// Stamps on the card toward the next reward (0 to `stamps_for_reward` − 1).
    pub toward_next: u32,
    /// Rewards the stamps have earned.
    pub rewards_earned: u32,
    /// Coupons usable today, the soonest to expire first.
    pub available: Vec<Coupon>,
    /// Oldest first.
    pub history: Vec<LoyaltyEntry>,
}

/// Something that happened to the customer's loyalty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoyaltyEntry {
    /// The business's calendar day it happened on.
    pub day: NaiveDate,
    /// When it happened; for an expiry, the first moment after the last valid day.
    pub at: DateTime<Utc>,
    pub event: LoyaltyEvent,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoyaltyEvent {
    /// A visit earned `stamps`, bringing the card to `total`.
    Stamped {
        visit: VisitId,
        stamps: u32,
        total: u32,
    },
    Issued {
        coupon: CouponId,
        origin: Origin,
        benefit: Benefit,
    },
    Redeemed {
        coupon: CouponId,
        visit: VisitId,
    },
    /// The coupon's last valid day passed unused.
    Expired {
        coupon: CouponId,
    },
    Voided {
        coupon: CouponId,
    },
}

impl LoyaltyEvent {
    /// At the same moment, a visit's stamps come before the reward they issue, which comes
    /// before its use.
    fn rank(&self) -> u8 {
        match self {
            Self::Stamped { .. } => 0,
            Self::Issued { .. } => 1,
            Self::Redeemed { .. } => 2,
            Self::Voided { .. } => 3,
            Self::Expired { .. } => 4,
        }
    }

    /// What the event is about, to order events of the same rank at the same moment.
    fn subject(&self) -> &str {
        match self {
            Self::Stamped { visit, .. } => visit.as_str(),
            Self::Issued { coupon, .. }
            | Self::Redeemed { coupon, .. }
            | Self::Expired { coupon }
            | Self::Voided { coupon } => coupon.as_str(),
        }
    }
}

/// `customer`'s balance on `today`, from their `visits` and `coupons` (others' are ignored) and
/// the owner's `rules`, days read where the business is (`offset`). A redemption is dated by
/// the visit it was used on when that visit is among `visits`.
pub fn balance(
    customer: &CustomerId,
    visits: &[Visit],
    coupons: &[Coupon],
    rules: &LoyaltyRules,
    today: NaiveDate,
    offset: FixedOffset,
) -> Balance {
    let at_day = |at: DateTime<Utc>| at.with_timezone(&offset).date_naive();
    let mut history = Vec::new();
    let (mut stamps, mut toward_next, mut rewards_earned) = (0, 0, 0);
    if let Some(card) = &rules.stamp_card {
        for stamped in stamped_visits(customer, visits, card, offset) {
            stamps = stamped.total;
            history.push(LoyaltyEntry {
                day: stamped.day,
                at: stamped.at,
                event: LoyaltyEvent::Stamped {
                    visit: stamped.visit,
                    stamps: stamped.stamps,
                    total: stamped.total,
                },
            });
        }
        if let Some(per_reward) = std::num::NonZeroU32::new(card.stamps_for_reward) {
            toward_next = stamps % per_reward;
            rewards_earned = stamps / per_reward;
        }
    }
    let started: BTreeMap<&VisitId, DateTime<Utc>> =
        sorting::btree_map(visits.iter().map(|v| (&v.id, v.started_at)));
    for coupon in coupons.iter().filter(|c| &c.customer == customer) {
        let id = || coupon.id.clone();
        let mut push = |at: DateTime<Utc>, day: NaiveDate, event| {
            history.push(LoyaltyEntry { day, at, event });
        };
        push(
            coupon.issued_at,
            at_day(coupon.issued_at),
            LoyaltyEvent::Issued {
                coupon: id(),
                origin: coupon.origin.clone(),
                benefit: coupon.benefit.clone(),
            },
        );
        if let Some(redemption) = &coupon.redemption {
            let at = started
                .get(&redemption.visit)
                .copied()
                .unwrap_or(redemption.at);
            let event = LoyaltyEvent::Redeemed {
                coupon: id(),
                visit: redemption.visit.clone(),
            };
            push(at, at_day(at), event);
        }
        let voided_on = coupon.voided_at.map(at_day);
        if let Some(at) = coupon.voided_at {
            push(at, at_day(at), LoyaltyEvent::Voided { coupon: id() });
        }
        // Expired: unused past its last day, and not withdrawn before it ran out.
        if let Some(last) = coupon.expires_on.filter(|last| {
            coupon.redemption.is_none()
                && today > *last
                && voided_on.is_none_or(|voided| voided > *last)
        }) {
            let after = last.checked_add_days(Days::new(1)).unwrap_or(last);
            let event = LoyaltyEvent::Expired { coupon: id() };
            push(start_of_day(after, offset), last, event);
        }
    }
    sorting::sort_by(&mut history, |x, y| {
        (x.day, x.at, x.event.rank(), x.event.subject()).cmp(&(
            y.day,
            y.at,
            y.event.rank(),
            y.event.subject(),
        ))
    });
    Balance {
        stamps,
        toward_next,
        rewards_earned,
        available: available(coupons, customer, today)
            .into_iter()
            .cloned()
            .collect(),
        history,
    }
}
