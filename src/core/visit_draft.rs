//! The visit form as typed, checked and turned into a [`Visit`]: the moment (local date and
//! time, as a `datetime-local` input gives it), the amount paid (half- or full-width digits,
//! commas and a yen sign allowed), what was served (comma-separated), the minutes booked and
//! the minutes actually delivered (so a short visit is noticed at once; they belong to the
//! first thing served, the visit's main service), coupon and note.

use crate::core::customer::CustomerId;
use crate::core::draft::{split_tags, Problem, ITEM_MAX, LIST_MAX, NOTE_MAX};
use crate::core::normalize::nfkc;
use crate::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};
use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VisitDraft {
    /// `YYYY-MM-DDTHH:MM` in the business's time zone.
    pub when: String,
    pub amount: String,
    pub items: String,
    /// Minutes booked for the main service; empty when time is not what is sold.
    pub booked_minutes: String,
    /// Minutes actually delivered; empty means as booked.
    pub delivered_minutes: String,
    pub coupon: String,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisitField {
    When,
    Amount,
    Items,
    BookedMinutes,
    DeliveredMinutes,
    Coupon,
    Note,
}

/// The largest amount accepted (¥100,000,000), against slips of the finger.
pub const AMOUNT_MAX: i64 = 100_000_000;

impl VisitDraft {
    /// Checks every field; the visit, or each field's problem. `offset` is the business's
    /// time zone at that moment.
    pub fn validate(
        &self,
        id: VisitId,
        customer: CustomerId,
        offset: FixedOffset,
        now: DateTime<Utc>,
    ) -> Result<Visit, Vec<(VisitField, Problem)>> {
        let mut errors = Vec::new();
        let at = parse_local_moment(&self.when, offset);
        if at.is_none() {
            errors.push((VisitField::When, Problem::DateInvalid));
        }
        let amount = parse_amount(&self.amount);
        if amount.is_none() {
            errors.push((VisitField::Amount, Problem::AmountInvalid));
        }
        let names = split_tags(&self.items);
        if names.len() > LIST_MAX {
            errors.push((VisitField::Items, Problem::TooMany { max: LIST_MAX }));
        } else if names.iter().any(|n| n.chars().count() > ITEM_MAX) {
            errors.push((VisitField::Items, Problem::TooLong { max: ITEM_MAX }));
        }
        let booked = parse_minutes(&self.booked_minutes);
        let delivered = parse_minutes(&self.delivered_minutes);
        let minutes_bad = Problem::OutOfRange {
            min: 0,
            max: i64::from(MINUTES_MAX),
        };
        match (&booked, &delivered) {
            (None, _) => errors.push((VisitField::BookedMinutes, minutes_bad)),
            (_, None) => errors.push((VisitField::DeliveredMinutes, minutes_bad)),
            (Some(None), Some(Some(_))) => {
                errors.push((VisitField::BookedMinutes, Problem::Required))
            }
            (Some(Some(_)), _) if names.is_empty() => {
                errors.push((VisitField::Items, Problem::Required))
            }
            _ => {}
        }
        let coupon = self.coupon.trim();
        if coupon.chars().count() > ITEM_MAX {
            errors.push((VisitField::Coupon, Problem::TooLong { max: ITEM_MAX }));
        }
        let note = self.note.trim();
        if note.chars().count() > NOTE_MAX {
            errors.push((VisitField::Note, Problem::TooLong { max: NOTE_MAX }));
        }
        let (Some(at), Some(amount), true) = (at, amount, errors.is_empty()) else {
            return Err(errors);
        };
        let mut visit = Visit::new(id, customer, at, Money::yen(amount), now);
        let one = Quantity {
            count: 1,
            minutes: 0,
        };
        visit.items = names
            .into_iter()
            .map(|name| VisitItem {
                name,
                booked: one,
                delivered: one,
            })
            .collect();
        if let (Some(Some(booked)), Some(delivered), Some(main)) =
            (booked, delivered, visit.items.first_mut())
        {
            main.booked.minutes = booked;
            main.delivered.minutes = delivered.unwrap_or(booked);
        }
        visit.coupon = (!coupon.is_empty()).then(|| coupon.to_owned());
        visit.note = note.to_owned();
        Ok(visit)
    }
}

/// The most minutes one visit can book or deliver (a day).
pub const MINUTES_MAX: u32 = 24 * 60;

/// Whole minutes from what was typed ("60", "６０", "60分"): `Some(None)` when empty, `None`
/// when not a number of minutes within a day.
pub fn parse_minutes(text: &str) -> Option<Option<u32>> {
    let folded: String = nfkc(text)
        .chars()
        .filter(|c| !matches!(c, ' ' | '分'))
        .collect::<String>()
        .trim_end_matches("min")
        .to_owned();
    if folded.is_empty() {
        return Some(None);
    }
    if !folded.bytes().all(|b| b.is_ascii_digit()) || folded.len() > 5 {
        return None;
    }
    folded
        .parse::<u32>()
        .ok()
        .filter(|m| *m <= MINUTES_MAX)
        .map(Some)
}

/// A `datetime-local` value (`YYYY-MM-DDTHH:MM`) in the business's time zone, as an instant.
pub fn parse_local_moment(text: &str, offset: FixedOffset) -> Option<DateTime<Utc>> {
    NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M")
        .ok()
        .and_then(|local| local.and_local_timezone(offset).single())
        .map(|local| local.with_timezone(&Utc))
}

/// Whole yen from what was typed: "3000", "３，０００", "¥3,000", "3000円"; empty is 0.
pub fn parse_amount(text: &str) -> Option<i64> {
    let folded: String = nfkc(text)
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '¥' | '円'))
        .collect();
    if folded.is_empty() {
        return Some(0);
    }
    if !folded.bytes().all(|b| b.is_ascii_digit()) || folded.len() > 12 {
        return None;
    }
    folded.parse().ok().filter(|n| *n <= AMOUNT_MAX)
}
