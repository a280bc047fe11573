//! Keeping a promise once: the rules for redeeming a coupon on a visit, taking a redemption
//! back when the visit goes away, and voiding a coupon given by mistake. A coupon's state on a
//! given day is read from these facts, never stored beside them.
//!
//! Days are the business's: a coupon valid until 31 March is still good for a visit at 23:30
//! on the 31st in Japan, although that is already 1 April nowhere and 14:30 on the 31st in UTC.

use super::coupon::{Coupon, Redemption};
use crate::core::customer::CustomerId;
use crate::core::record::Versioned;
use crate::core::sorting;
use crate::core::visit::{Visit, VisitId};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// Why a coupon cannot be redeemed on a visit.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RedeemError {
    #[error("the coupon belongs to another customer")]
    NotTheirs,
    #[error("the coupon expired after {on}")]
    Expired { on: NaiveDate },
    #[error("the coupon was already redeemed on another visit")]
    AlreadyRedeemed { visit: VisitId },
    #[error("the coupon was voided")]
    Voided,
    #[error("the visit is before the coupon was issued")]
    NotYetIssued,
}

/// Why a coupon cannot be voided.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VoidError {
    /// The promise was kept; take the redemption back first if it was a mistake.
    #[error("the coupon was already redeemed")]
    Redeemed { visit: VisitId },
}

/// Where a coupon stands on a given day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CouponState {
    /// It can be used.
    Available,
    /// Used on `visit`; stays so after its last valid day.
    Redeemed { visit: VisitId, at: DateTime<Utc> },
    /// Not used, and `on` was its last valid day.
    Expired { on: NaiveDate },
    /// Withdrawn at `at`.
    Voided { at: DateTime<Utc> },
}

impl Coupon {
    /// Where the coupon stands on `today` (the business's calendar day).
    pub fn state(&self, today: NaiveDate) -> CouponState {
        if let Some(redemption) = &self.redemption {
            return CouponState::Redeemed {
                visit: redemption.visit.clone(),
                at: redemption.at,
            };
        }
        if let Some(at) = self.voided_at {
            return CouponState::Voided { at };
        }
        match self.expires_on {
            Some(last) if today > last => CouponState::Expired { on: last },
            _ => CouponState::Available,
        }
    }
}

/// Redeems `coupon` on `visit`, at `now`. The visit's day, where the business is (`offset`),
/// must fall between the day the coupon was issued and its last valid day. Redeeming it again
/// on the same visit is the same redemption: it succeeds and changes nothing.
pub fn redeem(
    coupon: &mut Coupon,
    visit: &Visit,
    offset: FixedOffset,
    now: DateTime<Utc>,
) -> Result<(), RedeemError> {
    if coupon.customer != visit.customer {
        return Err(RedeemError::NotTheirs);
    }
    if let Some(redemption) = &coupon.redemption {
        return if redemption.visit == visit.id {
            Ok(())
        } else {
            Err(RedeemError::AlreadyRedeemed {
                visit: redemption.visit.clone(),
            })
        };
    }
    if coupon.voided_at.is_some() {
        return Err(RedeemError::Voided);
    }
    let day = visit.day(offset);
    if day < coupon.issued_on(offset) {
        return Err(RedeemError::NotYetIssued);
    }
    if let Some(last) = coupon.expires_on.filter(|last| day > *last) {
        return Err(RedeemError::Expired { on: last });
    }
    coupon.redemption = Some(Redemption {
        visit: visit.id.clone(),
        at: now,
    });
    coupon.touch(now);
    Ok(())
}

/// Takes back the coupon's redemption on `visit` (the visit was deleted, or the coupon taken
/// off it), at `now`, so the coupon can be used again. Whether anything changed: a coupon
/// redeemed on another visit, or not at all, is left alone.
pub fn unredeem(coupon: &mut Coupon, visit: &VisitId, now: DateTime<Utc>) -> bool {
    let on_this_visit = coupon
        .redemption
        .as_ref()
        .is_some_and(|redemption| &redemption.visit == visit);
    if on_this_visit {
        coupon.redemption = None;
        coupon.touch(now);
    }
    on_this_visit
}

/// Withdraws a coupon not yet used, at `now`. Voiding it again keeps the first time.
pub fn void(coupon: &mut Coupon, now: DateTime<Utc>) -> Result<(), VoidError> {
    if let Some(redemption) = &coupon.redemption {
        return Err(VoidError::Redeemed {
            visit: redemption.visit.clone(),
        });
    }
    if coupon.voided_at.is_none() {
        coupon.voided_at = Some(now);
        coupon.touch(now);
    }
    Ok(())
}

/// `customer`'s coupons usable on `today`, the soonest to expire first and those that never
/// expire last; coupons expiring the same day in id order.
pub fn available<'a>(
    coupons: &'a [Coupon],
    customer: &CustomerId,
    today: NaiveDate,
) -> Vec<&'a Coupon> {
    let mut usable: Vec<&Coupon> = coupons
        .iter()
        .filter(|c| &c.customer == customer && c.state(today) == CouponState::Available)
        .collect();
    sorting::sort_by(&mut usable, |x, y| {
        expiry_order(x)
            .cmp(&expiry_order(y))
            .then_with(|| x.id.cmp(&y.id))
    });
    usable
}

/// Sorts coupons that never expire after all others.
fn expiry_order(coupon: &Coupon) -> (bool, Option<NaiveDate>) {
    (coupon.expires_on.is_none(), coupon.expires_on)
}

/// The coupon among `coupons` whose code `typed` is, if exactly one has it.
pub fn find_by_code<'a>(coupons: &'a [Coupon], typed: &str) -> Option<&'a Coupon> {
    let mut found = coupons.iter().filter(|c| c.matches_code(typed));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}
