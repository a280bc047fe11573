//! The visit form as typed, checked and turned into a [`Visit`]: the moment (local date and
//! time, as a `datetime-local` input gives it), the amount paid (half- or full-width digits,
//! commas and a yen sign allowed), what was served (comma-separated), coupon and note.

use crate::core::customer::CustomerId;
use crate::core::draft::{split_tags, Problem, ITEM_MAX, LIST_MAX, NOTE_MAX};
use crate::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};
use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VisitDraft {
    /// `YYYY-MM-DDTHH:MM` in the business's time zone.
    pub when: String,
    pub amount: String,
    pub items: String,
    pub coupon: String,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisitField {
    When,
    Amount,
    Items,
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
        visit.coupon = (!coupon.is_empty()).then(|| coupon.to_owned());
        visit.note = note.to_owned();
        Ok(visit)
    }
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
    let folded: String = text
        .nfkc()
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
