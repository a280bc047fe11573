//! The trust check: did the customer get what they booked? A dog walk booked for 60 minutes and
//! walked for 30, two of three lessons given — the business should notice before the customer
//! has to say so, and offer the fair remedy unprompted. Time not given is given again (a redo
//! of the missing minutes); things not given are paid back in proportion to what was paid.

use super::coupon::Benefit;
use crate::core::visit::{Money, Quantity, Visit};

/// One item of a visit delivered short of what was booked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortfall {
    /// The item's name, as on the visit.
    pub item: String,
    pub booked: Quantity,
    pub delivered: Quantity,
    pub missing_minutes: u32,
    pub missing_count: u32,
}

/// The items of `visit` delivered short, in the visit's order. An item delivered in full (or
/// more), or with nothing booked, is not short; more of one item never makes up for less of
/// another.
pub fn shortfalls(visit: &Visit) -> Vec<Shortfall> {
    visit
        .items
        .iter()
        .filter(|item| item.short())
        .map(|item| Shortfall {
            item: item.name.clone(),
            booked: item.booked,
            delivered: item.delivered,
            missing_minutes: item.booked.minutes.saturating_sub(item.delivered.minutes),
            missing_count: item.booked.count.saturating_sub(item.delivered.count),
        })
        .collect()
}

/// What was measured missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Minutes,
    Count,
}

/// How much was missing out of how much was booked, across the visit: "30 of 60 minutes".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Missing {
    pub unit: Unit,
    pub missing: u32,
    /// All that the visit booked in that unit, short items or not.
    pub of: u32,
}

impl Missing {
    /// The share missing in whole percent, rounded down ("50 %"); never more than 100.
    pub fn percent(&self) -> u32 {
        if self.of == 0 {
            return 0;
        }
        let share = u64::from(self.missing.min(self.of)) * 100 / u64::from(self.of);
        u32::try_from(share).unwrap_or(100)
    }
}

/// The remedy to offer for a visit delivered short, and what it makes up for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuggestedRemedy {
    pub benefit: Benefit,
    pub missing: Missing,
}

/// The fair remedy for `shortfalls` of `visit`. When minutes are missing, the missing minutes
/// done again (a [`Benefit::Redo`]): time not given is best made up with time. Otherwise the
/// share of the paid amount that the missing count is of everything booked, rounded down to
/// whole minor units (a [`Benefit::Amount`]). `None` when nothing is short, or when only a count
/// is short of a visit paid too little for a share of it to be a whole minor unit (there is
/// no money to give back; the owner chooses).
pub fn suggest_remedy(visit: &Visit, shortfalls: &[Shortfall]) -> Option<SuggestedRemedy> {
    let booked = |unit: fn(&Quantity) -> u32| -> u32 {
        visit
            .items
            .iter()
            .fold(0u32, |sum, item| sum.saturating_add(unit(&item.booked)))
    };
    let missing_minutes = shortfalls
        .iter()
        .fold(0u32, |sum, s| sum.saturating_add(s.missing_minutes));
    if missing_minutes > 0 {
        return Some(SuggestedRemedy {
            benefit: Benefit::Redo {
                minutes: missing_minutes,
            },
            missing: Missing {
                unit: Unit::Minutes,
                missing: missing_minutes,
                of: booked(|q| q.minutes).max(missing_minutes),
            },
        });
    }
    let missing_count = shortfalls
        .iter()
        .fold(0u32, |sum, s| sum.saturating_add(s.missing_count));
    let of = booked(|q| q.count).max(missing_count);
    if missing_count == 0 || visit.paid.amount <= 0 {
        return None;
    }
    let share = i128::from(visit.paid.amount) * i128::from(missing_count) / i128::from(of);
    let amount = i64::try_from(share).unwrap_or(visit.paid.amount);
    if amount == 0 {
        return None;
    }
    Some(SuggestedRemedy {
        benefit: Benefit::Amount {
            money: Money {
                amount,
                currency: visit.paid.currency.clone(),
            },
        },
        missing: Missing {
            unit: Unit::Count,
            missing: missing_count,
            of,
        },
    })
}
