//! The stamp card, counted from the visits. Stamps are never stored: each visit earns its
//! stamps (when it was paid enough), every so many stamps earn the next reward, and the reward
//! coupons are issued from that count. Counting afresh means an edited or deleted visit cannot
//! leave the card out of step; a reward already issued stays issued, because a promise made is
//! kept even if the visit that earned it is later corrected.

use super::coupon::{last_valid_day, Coupon, CouponId, Origin};
use super::rules::{LoyaltyRules, StampCard};
use crate::core::customer::CustomerId;
use crate::core::sorting;
use crate::core::visit::{Visit, VisitId};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use std::collections::BTreeSet;

/// The stamps `visit` earns on `card`: none before the card counts or when paid less than its
/// minimum (or in another currency), `per_visit` otherwise.
pub fn stamps_for(visit: &Visit, card: &StampCard, offset: FixedOffset) -> u32 {
    let too_early = card
        .counts_from
        .is_some_and(|from| visit.day(offset) < from);
    let paid_too_little = card
        .min_paid
        .as_ref()
        .is_some_and(|min| visit.paid.currency != min.currency || visit.paid.amount < min.amount);
    if too_early || paid_too_little {
        0
    } else {
        card.per_visit
    }
}

/// A visit that earned stamps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamped {
    pub visit: VisitId,
    pub at: DateTime<Utc>,
    pub day: NaiveDate,
    /// Stamps this visit earned.
    pub stamps: u32,
    /// Stamps on the card after it, counting from the first visit.
    pub total: u32,
}

/// `customer`'s visits that earned stamps, oldest first (visits at the same moment in id
/// order, so the count does not depend on the order `visits` come in).
pub fn stamped_visits(
    customer: &CustomerId,
    visits: &[Visit],
    card: &StampCard,
    offset: FixedOffset,
) -> Vec<Stamped> {
    let mut theirs: Vec<&Visit> = visits.iter().filter(|v| &v.customer == customer).collect();
    sorting::sort_by(&mut theirs, |x, y| {
        (x.started_at, &x.id).cmp(&(y.started_at, &y.id))
    });
    let mut total = 0u32;
    theirs
        .into_iter()
        .filter_map(|visit| {
            let stamps = stamps_for(visit, card, offset);
            (stamps > 0).then(|| {
                total = total.saturating_add(stamps);
                Stamped {
                    visit: visit.id.clone(),
                    at: visit.started_at,
                    day: visit.day(offset),
                    stamps,
                    total,
                }
            })
        })
        .collect()
}

/// A reward of the card, and the visit that completed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RewardEarned {
    /// Which reward (the first is 1).
    pub reward: u32,
    pub visit: VisitId,
    pub at: DateTime<Utc>,
    pub day: NaiveDate,
}

/// Every reward `customer` has earned on `card`, in order: reward n is earned by the visit that
/// brings the card to n × `stamps_for_reward` stamps or past it. None when a reward takes no
/// stamps.
pub fn rewards_earned(
    customer: &CustomerId,
    visits: &[Visit],
    card: &StampCard,
    offset: FixedOffset,
) -> Vec<RewardEarned> {
    let per_reward = card.stamps_for_reward;
    if per_reward == 0 {
        return Vec::new();
    }
    stamped_visits(customer, visits, card, offset)
        .into_iter()
        .flat_map(|stamped| {
            let before = (stamped.total - stamped.stamps) / per_reward;
            let after = stamped.total / per_reward;
            (before + 1..=after).map(move |reward| RewardEarned {
                reward,
                visit: stamped.visit.clone(),
                at: stamped.at,
                day: stamped.day,
            })
        })
        .collect()
}

/// The reward coupons `customer` has earned that are not among `existing` yet, oldest first.
/// Each is issued when the visit that earned it began and is valid from that visit's day; every
/// field follows from the visits, so two devices issuing it make the very same record, and
/// asking again once they are issued gives nothing more. `existing` should include voided
/// coupons (a voided reward is not issued again); a deleted one would be.
pub fn rewards_to_issue(
    customer: &CustomerId,
    visits: &[Visit],
    existing: &[Coupon],
    rules: &LoyaltyRules,
    offset: FixedOffset,
) -> Vec<Coupon> {
    let Some(card) = &rules.stamp_card else {
        return Vec::new();
    };
    let issued: BTreeSet<&CouponId> = sorting::btree_set(existing.iter().map(|c| &c.id));
    rewards_earned(customer, visits, card, offset)
        .into_iter()
        .filter_map(|earned| {
            Coupon::from_rule(
                customer,
                card.reward.clone(),
                Origin::Stamps {
                    reward: earned.reward,
                },
                earned.at,
                last_valid_day(earned.day, card.reward_valid_days),
            )
        })
        .filter(|coupon| !issued.contains(&coupon.id))
        .collect()
}
