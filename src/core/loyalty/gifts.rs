//! The gifts a rule gives on a date: a birthday coupon once a year, and a win-back coupon to a
//! customer who has stopped coming. Each is due over a window of days and issued on the first
//! day of it, whichever day the app is opened, so every device that issues it makes the same
//! record (same id, same dates) and issuing it again is harmless. A window that has passed
//! without the coupon being issued is not made up for: a gift that would arrive expired is not
//! a gift.

use super::coupon::{last_valid_day, start_of_day, Coupon, Origin};
use super::rules::LoyaltyRules;
use crate::core::customer::{Customer, CustomerId};
use chrono::{Datelike, Days, FixedOffset, NaiveDate};

/// The customer's birthday in `year`; a 29 February birthday falls on 28 February in years
/// without one.
pub fn birthday_in(birthday: NaiveDate, year: i32) -> Option<NaiveDate> {
    birthday.with_year(year).or_else(|| {
        (birthday.month() == 2 && birthday.day() == 29)
            .then(|| NaiveDate::from_ymd_opt(year, 2, 28))
            .flatten()
    })
}

/// The birthday coupon due to `customer` on `today`, unless it is among `existing` already:
/// one a year, issued `days_before` the birthday and valid `valid_days` from then. `None` when
/// the rule is off, the birthday unknown, or today outside every year's window.
pub fn birthday_coupon_due(
    customer: &Customer,
    today: NaiveDate,
    existing: &[Coupon],
    rules: &LoyaltyRules,
    offset: FixedOffset,
) -> Option<Coupon> {
    let gift = rules.birthday.as_ref()?;
    let birthday = customer.birthday?;
    let issued_on = |year| {
        birthday_in(birthday, year)?.checked_sub_days(Days::new(u64::from(gift.days_before)))
    };
    // The latest birthday whose coupon is issued by today. Issued `days_before` ahead, a
    // birthday early next year (or later, for a very early issue) can already be due.
    let ahead = i32::try_from(gift.days_before / 365 + 1).unwrap_or(i32::MAX);
    let (year, issue_day) = (today.year().saturating_sub(1)..=today.year().saturating_add(ahead))
        .rev()
        .find_map(|year| {
            issued_on(year)
                .filter(|day| *day <= today)
                .map(|day| (year, day))
        })?;
    let expires_on = last_valid_day(issue_day, gift.valid_days);
    if expires_on.is_some_and(|last| today > last) {
        return None;
    }
    Coupon::from_rule(
        &customer.id,
        gift.benefit.clone(),
        Origin::Birthday { year },
        start_of_day(issue_day, offset),
        expires_on,
    )
    .filter(|coupon| existing.iter().all(|c| c.id != coupon.id))
}

/// The win-back coupon due to `customer`, whose last visit was on `last_visit`, on `today`,
/// unless it is among `existing` already: issued `after_days` after that visit, valid
/// `valid_days` from then. One per absence: a customer who comes back and stays away again is
/// asked back again.
pub fn win_back_coupon(
    customer: &CustomerId,
    last_visit: NaiveDate,
    today: NaiveDate,
    existing: &[Coupon],
    rules: &LoyaltyRules,
    offset: FixedOffset,
) -> Option<Coupon> {
    let gift = rules.win_back.as_ref()?;
    let issue_day = last_visit.checked_add_days(Days::new(u64::from(gift.after_days)))?;
    let expires_on = last_valid_day(issue_day, gift.valid_days);
    if today < issue_day || expires_on.is_some_and(|last| today > last) {
        return None;
    }
    Coupon::from_rule(
        customer,
        gift.benefit.clone(),
        Origin::WinBack { last_visit },
        start_of_day(issue_day, offset),
        expires_on,
    )
    .filter(|coupon| existing.iter().all(|c| c.id != coupon.id))
}
