//! A visit: one time a customer was served. It records what was booked and what was actually
//! delivered (so a shortfall can be noticed before the customer complains), what was paid, a
//! coupon if one was used, and the staff's note. Visits are the history that identification
//! (RFM, predicted value, tiers) is computed from.

use crate::core::customer::CustomerId;
use crate::core::identify::history::Purchase;
use crate::core::record::{record_id, versioned};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

record_id!(
    /// A visit's stable identity: a random (version 4) UUID in its hyphenated text form.
    VisitId,
    "visit"
);

/// An amount of money in the currency's minor units (yen have none: 1,200 means ¥1,200).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount: i64,
    /// ISO 4217 code, upper case ("JPY").
    pub currency: String,
}

/// The currency a business starts with.
pub const DEFAULT_CURRENCY: &str = "JPY";

impl Money {
    pub fn yen(amount: i64) -> Self {
        Self {
            amount,
            currency: DEFAULT_CURRENCY.to_owned(),
        }
    }

    /// Whether `code` has the form of an ISO 4217 code (three capital letters).
    pub fn is_currency_code(code: &str) -> bool {
        code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
    }
}

/// How much of an item: a count, and minutes where time is what is sold (a walk, a cut).
/// Zeros are left out of files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub count: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub minutes: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One thing served in a visit, booked against delivered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitItem {
    /// A service part's name or a free description ("60分散歩", "カット").
    pub name: String,
    #[serde(default)]
    pub booked: Quantity,
    #[serde(default)]
    pub delivered: Quantity,
}

impl VisitItem {
    /// Whether less was delivered than booked, in count or in minutes.
    pub fn short(&self) -> bool {
        self.delivered.count < self.booked.count || self.delivered.minutes < self.booked.minutes
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub id: VisitId,
    pub customer: CustomerId,
    pub started_at: DateTime<Utc>,
    #[serde(default)]
    pub items: Vec<VisitItem>,
    pub paid: Money,
    /// The coupon redeemed, as written on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

impl Visit {
    /// A visit by `customer` starting `at`, paid `paid`, recorded at `now`.
    pub fn new(
        id: VisitId,
        customer: CustomerId,
        at: DateTime<Utc>,
        paid: Money,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            customer,
            started_at: at,
            items: Vec::new(),
            paid,
            coupon: None,
            note: String::new(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }

    /// "Same as last time": a new visit starting `at` with this visit's items (as they were
    /// delivered, booked the same) and payment; no coupon and no note carried over.
    pub fn repeat(&self, id: VisitId, at: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        let items = self
            .items
            .iter()
            .map(|item| VisitItem {
                name: item.name.clone(),
                booked: item.delivered,
                delivered: item.delivered,
            })
            .collect();
        Self {
            items,
            ..Self::new(id, self.customer.clone(), at, self.paid.clone(), now)
        }
    }

    /// The calendar day of the visit where the business is (`offset` from UTC).
    pub fn day(&self, offset: FixedOffset) -> NaiveDate {
        self.started_at.with_timezone(&offset).date_naive()
    }

    /// The visit as identification sees it: whose, which day, how much.
    pub fn purchase(&self, offset: FixedOffset) -> Purchase<CustomerId> {
        Purchase {
            customer: self.customer.clone(),
            day: self.day(offset),
            amount: self.paid.amount,
        }
    }

    /// Whether any item was delivered short of what was booked.
    pub fn short(&self) -> bool {
        self.items.iter().any(VisitItem::short)
    }
}

versioned!(Visit, VisitId);
