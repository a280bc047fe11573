//! The business's opening hours and the clock that runs only inside them.
//!
//! Service targets ("answer a complaint within two hours") count the hours the business is
//! open, as help desks do: the two hours of a complaint received at 17:30 on a Friday, in a shop
//! open 9:00–18:00 on weekdays, are the half hour before closing and the first hour and a half
//! of Monday, so it is due at 10:30 on Monday. Hours are kept per weekday in the business's
//! time zone (a fixed offset: Japan has no daylight saving), with one opening span a day and
//! dates the business is closed (holidays).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeDelta, Utc, Weekday};
use std::collections::BTreeSet;
use thiserror::Error;

/// One day's opening, in minutes from midnight: `open` up to (not including) `close`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Opening {
    pub open: u32,
    pub close: u32,
}

/// Why opening hours cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum HoursError {
    /// A day closes at or before it opens, or past midnight.
    #[error("{day:?} closes before it opens")]
    ClosesBeforeOpening { day: Weekday },
}

/// The minutes in a day.
const DAY: u32 = 24 * 60;
/// How far ahead the clock looks for enough open time before giving up (a business closed for
/// a year and more has no due times).
const HORIZON_DAYS: u32 = 400;

/// When the business is open, in its time zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BusinessHours {
    offset: FixedOffset,
    /// Monday first; `None` is closed all day.
    week: [Option<Opening>; 7],
    closed_on: BTreeSet<NaiveDate>,
}

impl BusinessHours {
    /// Hours of `week` (Monday first) at `offset`, checked.
    pub fn new(offset: FixedOffset, week: [Option<Opening>; 7]) -> Result<Self, HoursError> {
        for (i, opening) in week.iter().enumerate() {
            if let Some(o) = opening {
                if o.close <= o.open || o.close > DAY {
                    let day = Weekday::try_from(i as u8).unwrap_or(Weekday::Mon);
                    return Err(HoursError::ClosesBeforeOpening { day });
                }
            }
        }
        Ok(Self {
            offset,
            week,
            closed_on: BTreeSet::new(),
        })
    }

    /// Open every day of the week, around the clock: the clock is the wall clock.
    pub fn always(offset: FixedOffset) -> Self {
        let all = Some(Opening {
            open: 0,
            close: DAY,
        });
        Self {
            offset,
            week: [all; 7],
            closed_on: BTreeSet::new(),
        }
    }

    /// The same hours, closed on `dates` as well.
    pub fn closed_on(mut self, dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.closed_on.extend(dates);
        self
    }

    pub fn offset(&self) -> FixedOffset {
        self.offset
    }

    /// The opening on `date`, if the business opens that day.
    fn opening(&self, date: NaiveDate) -> Option<Opening> {
        if self.closed_on.contains(&date) {
            return None;
        }
        self.week[date.weekday().num_days_from_monday() as usize]
    }

    /// The instant of `minute` minutes after midnight on `date`, where the business is.
    fn at(&self, date: NaiveDate, minute: u32) -> DateTime<Utc> {
        let midnight = date.and_time(NaiveTime::MIN) - self.offset;
        (midnight + TimeDelta::minutes(i64::from(minute))).and_utc()
    }

    /// The open minutes between `from` and `to` (0 when `to` is not after `from`).
    pub fn open_minutes(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        if to <= from {
            return 0;
        }
        let mut total = TimeDelta::zero();
        let mut date = from.with_timezone(&self.offset).date_naive();
        let last = to.with_timezone(&self.offset).date_naive();
        while date <= last {
            if let Some(o) = self.opening(date) {
                let start = self.at(date, o.open).max(from);
                let end = self.at(date, o.close).min(to);
                if end > start {
                    total += end - start;
                }
            }
            let Some(next) = date.succ_opt() else { break };
            date = next;
        }
        total.num_minutes()
    }

    /// The moment `minutes` open minutes after `from`: when a target of that many minutes, set
    /// at `from`, falls due. `None` when the business does not open enough within a year or so.
    pub fn after(&self, from: DateTime<Utc>, minutes: u32) -> Option<DateTime<Utc>> {
        let mut left = TimeDelta::minutes(i64::from(minutes));
        if left.is_zero() {
            return Some(from);
        }
        let mut date = from.with_timezone(&self.offset).date_naive();
        for _ in 0..HORIZON_DAYS {
            if let Some(o) = self.opening(date) {
                let start = self.at(date, o.open).max(from);
                let end = self.at(date, o.close);
                if end > start {
                    if end - start >= left {
                        return Some(start + left);
                    }
                    left -= end - start;
                }
            }
            date = date.succ_opt()?;
        }
        None
    }
}
