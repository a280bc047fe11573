//! The coupon record: what was promised (the benefit), to whom, why (the origin), until when,
//! and whether it was kept (redeemed on a visit) or withdrawn (voided). The benefit says how
//! much it takes off a bill; the short code is what the customer shows at the counter.

use crate::core::catalog::part::PartId;
use crate::core::customer::CustomerId;
use crate::core::normalize::nfkc;
use crate::core::record::{fnv1a, record_id, versioned};
use crate::core::service::ticket::TicketId;
use crate::core::visit::{Money, VisitId};
use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

record_id!(
    /// A coupon's stable identity: a UUID, random for a coupon issued by hand, derived from
    /// the customer and the origin for one a rule issued ([`CouponId::derived`]).
    CouponId,
    "coupon"
);

/// What a coupon gives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Benefit {
    /// So many percent off the bill (1–100), rounded down to whole minor units.
    Percent { percent: u8 },
    /// A fixed amount off the bill, never more than the bill.
    Amount { money: Money },
    /// One part of the service for free, named as the owner knows it ("ドリンク一杯").
    FreePart {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        part: Option<PartId>,
        name: String,
    },
    /// The service, or the minutes missing from it, done again at no charge.
    Redo { minutes: u32 },
}

/// Why a benefit cannot be offered as written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvalidBenefit {
    #[error("a percentage must be from 1 to 100, not {percent}")]
    Percent { percent: u8 },
    #[error("an amount off must be more than nothing")]
    Amount,
    #[error("not a currency code: {code:?}")]
    Currency { code: String },
    #[error("a free part needs a name")]
    Unnamed,
    #[error("a redo needs at least one minute")]
    Minutes,
}

/// A benefit in one currency applied to a bill in another.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the benefit is in {benefit}, the bill in {bill}")]
pub struct CurrencyMismatch {
    pub benefit: String,
    pub bill: String,
}

impl Benefit {
    /// Whether the benefit can be offered: a percentage from 1 to 100, a positive amount in a
    /// currency, a named part, a redo of at least a minute.
    pub fn check(&self) -> Result<(), InvalidBenefit> {
        match self {
            Self::Percent { percent } if !(1..=100).contains(percent) => {
                Err(InvalidBenefit::Percent { percent: *percent })
            }
            Self::Amount { money } if money.amount <= 0 => Err(InvalidBenefit::Amount),
            Self::Amount { money } if !Money::is_currency_code(&money.currency) => {
                Err(InvalidBenefit::Currency {
                    code: money.currency.clone(),
                })
            }
            Self::FreePart { name, .. } if name.trim().is_empty() => Err(InvalidBenefit::Unnamed),
            Self::Redo { minutes: 0 } => Err(InvalidBenefit::Minutes),
            _ => Ok(()),
        }
    }

    /// The money the benefit takes off `bill` (what the visit costs before it), in the bill's
    /// currency: a percentage rounded down to whole minor units, an amount or a free part's
    /// price (`part_price`, from the catalog) capped at the bill, and nothing for a redo, which
    /// is service rather than money. A free part whose price is not known takes nothing off:
    /// the part is left off the bill instead. Nothing comes off a bill of nothing or less.
    pub fn discount(
        &self,
        bill: &Money,
        part_price: Option<&Money>,
    ) -> Result<Money, CurrencyMismatch> {
        let same_currency = |money: &Money| {
            if money.currency == bill.currency {
                Ok(money.amount)
            } else {
                Err(CurrencyMismatch {
                    benefit: money.currency.clone(),
                    bill: bill.currency.clone(),
                })
            }
        };
        let off = match self {
            Self::Percent { percent } => {
                let share = i128::from(bill.amount.max(0)) * i128::from((*percent).min(100)) / 100;
                i64::try_from(share).unwrap_or(0)
            }
            Self::Amount { money } => same_currency(money)?,
            Self::FreePart { .. } => part_price.map(same_currency).transpose()?.unwrap_or(0),
            Self::Redo { .. } => 0,
        };
        Ok(Money {
            amount: off.clamp(0, bill.amount.max(0)),
            currency: bill.currency.clone(),
        })
    }
}

/// Why a coupon was issued.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Origin {
    /// Making up for something that went wrong: a complaint, a visit delivered short.
    Remedy {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ticket: Option<TicketId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        visit: Option<VisitId>,
    },
    /// The `reward`-th reward of the stamp card (the first is 1).
    Stamps { reward: u32 },
    /// The gift for the birthday in `year`.
    Birthday { year: i32 },
    /// Asking back a customer who has not come since `last_visit`.
    WinBack { last_visit: NaiveDate },
    /// Given to a customer of the top tier.
    Vip,
    /// Given by hand, for a reason in the note.
    Manual,
}

impl Origin {
    /// Whether a rule issues coupons of this origin (and so derives their ids), rather than a
    /// person.
    pub fn is_automatic(&self) -> bool {
        matches!(
            self,
            Self::Stamps { .. } | Self::Birthday { .. } | Self::WinBack { .. }
        )
    }
}

impl CouponId {
    /// The id of the coupon a rule issues to `customer` for `origin`: the same on every device
    /// and every time, so a reward issued twice is one record. `None` for origins a person
    /// issues (remedies, VIP and manual coupons), which take random ids: two of them for the
    /// same reason are two promises.
    pub fn derived(customer: &CustomerId, origin: &Origin) -> Option<Self> {
        let what = match origin {
            Origin::Stamps { reward } => format!("stamps\u{1F}{reward}"),
            Origin::Birthday { year } => format!("birthday\u{1F}{year}"),
            Origin::WinBack { last_visit } => format!("win_back\u{1F}{last_visit}"),
            Origin::Remedy { .. } | Origin::Vip | Origin::Manual => return None,
        };
        Some(Self::from_content(&format!(
            "coupon\u{1F}{customer}\u{1F}{what}"
        )))
    }
}

/// The coupon was redeemed on `visit`, recorded at `at`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redemption {
    pub visit: VisitId,
    pub at: DateTime<Utc>,
}

/// What remains of a deleted coupon.
pub type CouponTombstone = crate::core::record::Tombstone<CouponId>;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coupon {
    pub id: CouponId,
    pub customer: CustomerId,
    pub benefit: Benefit,
    pub origin: Origin,
    pub issued_at: DateTime<Utc>,
    /// The last day it can be used, inclusive, in the business's calendar; `None` never
    /// expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redemption: Option<Redemption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(Coupon, CouponId);

/// The characters of a coupon code: no 0 or O, no 1 or I, so a code read aloud or copied from
/// a phone screen cannot be mistaken. 32 of them, five bits each.
pub const CODE_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// How many characters a code has: 30 bits, so among a thousand coupons two share a code
/// about once in two thousand businesses. Codes are looked up among one customer's coupons.
pub const CODE_LENGTH: usize = 6;

impl Coupon {
    /// A coupon issued at `issued_at` (also its first version), not yet redeemed or voided.
    pub fn new(
        id: CouponId,
        customer: CustomerId,
        benefit: Benefit,
        origin: Origin,
        issued_at: DateTime<Utc>,
        expires_on: Option<NaiveDate>,
    ) -> Self {
        Self {
            id,
            customer,
            benefit,
            origin,
            issued_at,
            expires_on,
            note: String::new(),
            redemption: None,
            voided_at: None,
            created_at: issued_at,
            updated_at: issued_at,
            earlier_versions: Vec::new(),
        }
    }

    /// The coupon a rule issues to `customer` for `origin`, with the derived id
    /// ([`CouponId::derived`]); `None` for an origin a person issues.
    pub fn from_rule(
        customer: &CustomerId,
        benefit: Benefit,
        origin: Origin,
        issued_at: DateTime<Utc>,
        expires_on: Option<NaiveDate>,
    ) -> Option<Self> {
        let id = CouponId::derived(customer, &origin)?;
        Some(Self::new(
            id,
            customer.clone(),
            benefit,
            origin,
            issued_at,
            expires_on,
        ))
    }

    /// The short code for the counter ("7KQ4MZ"), the same wherever the coupon is shown.
    pub fn code(&self) -> String {
        let hash = fnv1a(0xcbf2_9ce4_8422_2325, self.id.as_str().as_bytes());
        (0..CODE_LENGTH)
            .map(|i| char::from(CODE_ALPHABET[((hash >> (5 * i)) & 31) as usize]))
            .collect()
    }

    /// Whether `typed` is this coupon's code as someone may type it: in lower case, in
    /// full-width letters, with spaces or hyphens.
    pub fn matches_code(&self, typed: &str) -> bool {
        let typed: String = nfkc(typed)
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect();
        typed == self.code()
    }

    /// The day it was issued, where the business is.
    pub fn issued_on(&self, offset: FixedOffset) -> NaiveDate {
        self.issued_at.with_timezone(&offset).date_naive()
    }

    /// Whether `day` is past its last valid day.
    pub fn expired_on(&self, day: NaiveDate) -> bool {
        self.expires_on.is_some_and(|last| day > last)
    }
}

/// The last valid day of something issued on `issued` and valid `valid_days` days, counting
/// the day of issue (a coupon valid 1 day expires the day it is issued); `None` never expires.
pub fn last_valid_day(issued: NaiveDate, valid_days: Option<u32>) -> Option<NaiveDate> {
    valid_days.map(|days| {
        let after = u64::from(days.max(1) - 1);
        issued
            .checked_add_days(Days::new(after))
            .unwrap_or(NaiveDate::MAX)
    })
}

/// The instant `day` begins where the business is (`offset` from UTC).
pub fn start_of_day(day: NaiveDate, offset: FixedOffset) -> DateTime<Utc> {
    (day.and_time(NaiveTime::MIN) - offset).and_utc()
}
