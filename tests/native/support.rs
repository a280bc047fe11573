//! Builders shared by the native tests.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use tsunagu::core::customer::{Customer, CustomerId};
use tsunagu::core::draft::CustomerDraft;

pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// Japan's offset from UTC (+9 hours), where the tests' businesses are.
pub fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

/// A moment written as local time at `offset`, "2026-03-31 23:30".
pub fn local_at(offset: FixedOffset, text: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    offset
        .from_local_datetime(&naive)
        .unwrap()
        .with_timezone(&Utc)
}

/// A moment written as Japanese local time, "2026-03-31 23:30".
pub fn local(text: &str) -> DateTime<Utc> {
    local_at(jst(), text)
}

/// A calendar day written "2026-03-31".
pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The moment the tests run at (the evening of `today` in Japan).
pub fn now() -> DateTime<Utc> {
    at(2026, 11, 23, 9, 0)
}

pub fn id(n: u8) -> CustomerId {
    CustomerId::from_random_bytes([n; 16])
}

/// A customer with just a name and a reading, created at `created`.
pub fn person(n: u8, name: &str, reading: &str) -> Customer {
    let draft = CustomerDraft {
        name: name.into(),
        reading: reading.into(),
        ..CustomerDraft::default()
    };
    draft
        .validate(today())
        .expect("valid")
        .into_new_customer(id(n), at(2026, 1, 1, 9, 0))
}
