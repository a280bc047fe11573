//! Dates in the reader's own convention: 2026年11月23日 in Japanese, Nov 23, 2026 in English.
//!
//! Hand-written rather than through a locale crate: two fixed formats do not justify shipping
//! locale tables to the browser.

use super::Lang;
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Timelike};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => format!(
            "{} {}, {}",
            MONTHS[date.month0() as usize],
            date.day(),
            date.year()
        ),
    }
}

/// A moment in the viewer's time zone, to the minute.
pub fn format_date_time<Tz: TimeZone>(lang: Lang, at: &DateTime<Tz>) -> String {
    let date = format_date(lang, at.date_naive());
    match lang {
        Lang::Ja => format!("{date} {}:{:02}", at.hour(), at.minute()),
        Lang::En => {
            let (pm, hour) = at.hour12();
            let suffix = if pm { "PM" } else { "AM" };
            format!("{date}, {hour}:{:02} {suffix}", at.minute())
        }
    }
}

/// Completed years between `birthday` and `today` (a 29 February birthday counts on 1 March in
/// other years); `None` when the birthday is after today.
pub fn age_on(birthday: NaiveDate, today: NaiveDate) -> Option<u32> {
    if birthday > today {
        return None;
    }
    let mut years = today.year() - birthday.year();
    if (today.month(), today.day()) < (birthday.month(), birthday.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}
