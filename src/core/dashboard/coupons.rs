//! Whether the coupons given were used: the coupons issued in each month of the period, by
//! where they stand today — redeemed, still open, expired unused, or voided. The redemption
//! rate leaves voided coupons out: a coupon withdrawn could not have been used.

use super::period::{first_of_month, Bucket, Period};
use crate::core::loyalty::coupon::Coupon;
use crate::core::loyalty::redeem::CouponState;
use crate::core::sorting;
use chrono::{FixedOffset, NaiveDate};
use std::collections::BTreeMap;

/// The coupons issued in one month, as they stand today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CouponMonth {
    pub month: Bucket,
    pub redeemed: u32,
    pub open: u32,
    pub expired: u32,
    pub voided: u32,
}

impl CouponMonth {
    pub fn issued(&self) -> u32 {
        self.redeemed + self.open + self.expired + self.voided
    }

    /// Percent of the coupons not voided that were redeemed; none without such coupons.
    pub fn redemption_rate(&self) -> Option<f64> {
        let usable = self.issued() - self.voided;
        (usable > 0).then(|| 100.0 * f64::from(self.redeemed) / f64::from(usable))
    }
}

/// Coupons issued in `period`, per month of it, as they stand on `today`.
pub fn coupons_by_month(
    coupons: &[&Coupon],
    period: &Period,
    offset: FixedOffset,
    today: NaiveDate,
) -> Vec<CouponMonth> {
    let mut months: BTreeMap<NaiveDate, CouponMonth> =
        sorting::btree_map(period.months().into_iter().map(|month| {
            let empty = CouponMonth {
                month,
                redeemed: 0,
                open: 0,
                expired: 0,
                voided: 0,
            };
            (month.start, empty)
        }));
    for coupon in coupons {
        let issued = coupon.issued_on(offset);
        if !period.contains(issued) {
            continue;
        }
        let Some(month) = months.get_mut(&first_of_month(issued)) else {
            continue;
        };
        match coupon.state(today) {
            CouponState::Redeemed { .. } => month.redeemed += 1,
            CouponState::Available => month.open += 1,
            CouponState::Expired { .. } => month.expired += 1,
            CouponState::Voided { .. } => month.voided += 1,
        }
    }
    months.into_values().collect()
}
