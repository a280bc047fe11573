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

/// A small shop's week in Japan: weekdays 9:00–18:00, Saturday 10:00–14:00, closed on Sundays
/// and on `closed` ("2026-11-23").
pub fn small_shop(closed: &[&str]) -> tsunagu::core::service::hours::BusinessHours {
    use tsunagu::core::service::hours::{BusinessHours, Opening};
    let weekday = Some(Opening {
        open: 9 * 60,
        close: 18 * 60,
    });
    let saturday = Some(Opening {
        open: 10 * 60,
        close: 14 * 60,
    });
    let week = [weekday, weekday, weekday, weekday, weekday, saturday, None];
    BusinessHours::new(jst(), week)
        .unwrap()
        .closed_on(closed.iter().map(|d| day(d)))
}

/// A broken file: what is broken, how, where the reader should say it is, and what it should
/// say.
pub type Refusal = (
    &'static str,
    fn(&mut serde_json::Value),
    &'static str,
    tsunagu::core::backup::read::ValueProblem,
);

/// The backup fixture of `version` as JSON, to break.
pub fn fixture_json(version: u32) -> serde_json::Value {
    let text = std::fs::read_to_string(format!("tests/fixtures/backup-v{version}.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Each case applied to the fixture of `version` is refused at its place with its problem (a
/// wrong type may be named a level deeper, where the decoder found it).
pub fn check_refusals(version: u32, cases: Vec<Refusal>) {
    use tsunagu::core::backup::read::{read_backup, ReadError, ValueProblem};
    for (what, edit, path, problem) in cases {
        let mut document = fixture_json(version);
        edit(&mut document);
        let found = read_backup(&serde_json::to_vec(&document).unwrap(), now(), today());
        let expected = ReadError::Invalid {
            path: path.into(),
            problem: problem.clone(),
        };
        let same_place =
            matches!(&found, Err(ReadError::Invalid { path: p, .. }) if p.starts_with(path));
        assert!(
            found == Err(expected.clone()) || (problem == ValueProblem::WrongType && same_place),
            "{what}: {found:?}, expected {expected:?}"
        );
    }
}
