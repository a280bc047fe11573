//! The stretch of days the dashboard looks at, and the months and weeks it is cut into.
//!
//! The ready-made periods end today and start on the first of a month, so a month's bar is
//! never a fragment at the start: "the last 3 months" is this month and the two before it.
//! Only the current month (and week) is partial, and says so. A custom period is any run of
//! whole days, at most [`MAX_DAYS`] long. Days are the business's calendar days.

use chrono::{DateTime, Datelike, Days, FixedOffset, Months, NaiveDate, TimeZone, Utc, Weekday};
use thiserror::Error;

/// The longest custom period, in days: ten years of weekly points is still a readable line.
pub const MAX_DAYS: i64 = 3_660;

/// What the owner picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PeriodChoice {
    ThisMonth,
    #[default]
    Last3Months,
    Last12Months,
    /// From the first to the last day, inclusive.
    Custom {
        from: NaiveDate,
        to: NaiveDate,
    },
}

/// Why a custom period cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum PeriodError {
    #[error("the period ends before it starts")]
    Reversed,
    #[error("the period is longer than {MAX_DAYS} days")]
    TooLong,
}

/// Whole days from `from` to `to`, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A month or week of the period: its first day, and how many of its days the period covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bucket {
    /// The first of the month, or the week's Monday (possibly before the period).
    pub start: NaiveDate,
    /// Days of the bucket inside the period.
    pub days: u32,
    /// Whether the period covers only part of it.
    pub partial: bool,
}

impl PeriodChoice {
    /// The ready-made choices, in the order offered.
    pub const READY: [PeriodChoice; 3] = [Self::ThisMonth, Self::Last3Months, Self::Last12Months];

    /// The name in a link (`?period=3m`).
    pub fn name(self) -> &'static str {
        match self {
            Self::ThisMonth => "month",
            Self::Last3Months => "3m",
            Self::Last12Months => "12m",
            Self::Custom { .. } => "custom",
        }
    }

    /// The choice a link names; a custom period takes its days from `from` and `to`
    /// (`YYYY-MM-DD`), each defaulting to the last 3 months' when missing or unreadable.
    /// Anything else is the default.
    pub fn from_link(
        name: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        today: NaiveDate,
    ) -> Self {
        let parse =
            |text: Option<&str>| text.and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok());
        match name {
            Some("custom") => {
                let fallback = Self::Last3Months.period(today).unwrap_or(Period {
                    from: today,
                    to: today,
                });
                Self::Custom {
                    from: parse(from).unwrap_or(fallback.from),
                    to: parse(to).unwrap_or(fallback.to),
                }
            }
            Some(name) => Self::READY
                .into_iter()
                .find(|c| c.name() == name)
                .unwrap_or_default(),
            None => Self::default(),
        }
    }

    /// The days this choice means on `today`.
    pub fn period(self, today: NaiveDate) -> Result<Period, PeriodError> {
        let months_back = |n: u32| {
            let first = first_of_month(today);
            first.checked_sub_months(Months::new(n)).unwrap_or(first)
        };
        let (from, to) = match self {
            Self::ThisMonth => (months_back(0), today),
            Self::Last3Months => (months_back(2), today),
            Self::Last12Months => (months_back(11), today),
            Self::Custom { from, to } => (from, to),
        };
        if to < from {
            return Err(PeriodError::Reversed);
        }
        if (to - from).num_days() + 1 > MAX_DAYS {
            return Err(PeriodError::TooLong);
        }
        Ok(Period { from, to })
    }
}

impl Period {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The first instant of the period and the first after it, for a business at `offset`.
    pub fn bounds(&self, offset: FixedOffset) -> (DateTime<Utc>, DateTime<Utc>) {
        let start_of = |day: NaiveDate| {
            let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
            offset
                .from_local_datetime(&midnight)
                .single()
                .map_or(DateTime::<Utc>::MIN_UTC, |t| t.with_timezone(&Utc))
        };
        let after = self
            .to
            .succ_opt()
            .map_or(DateTime::<Utc>::MAX_UTC, start_of);
        (start_of(self.from), after)
    }

    /// Days in the period.
    pub fn days(&self) -> u32 {
        u32::try_from((self.to - self.from).num_days() + 1).unwrap_or(0)
    }

    /// Every month the period touches, oldest first.
    pub fn months(&self) -> Vec<Bucket> {
        self.buckets(first_of_month, |start| {
            start.checked_add_months(Months::new(1)).unwrap_or(start)
        })
    }

    /// Every week (Monday to Sunday) the period touches, oldest first.
    pub fn weeks(&self) -> Vec<Bucket> {
        self.buckets(week_of, |start| start + Days::new(7))
    }

    fn buckets(
        &self,
        start_of: impl Fn(NaiveDate) -> NaiveDate,
        next: impl Fn(NaiveDate) -> NaiveDate,
    ) -> Vec<Bucket> {
        let mut buckets = Vec::new();
        let mut start = start_of(self.from);
        while start <= self.to {
            let end = next(start);
            if end <= start {
                break;
            }
            let first = start.max(self.from);
            let last = end.pred_opt().unwrap_or(end).min(self.to);
            let days = u32::try_from((last - first).num_days() + 1).unwrap_or(0);
            let whole = u32::try_from((end - start).num_days()).unwrap_or(0);
            buckets.push(Bucket {
                start,
                days,
                partial: days < whole,
            });
            start = end;
        }
        buckets
    }
}

/// The first day of `day`'s month.
pub fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The Monday of `day`'s week.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day.week(Weekday::Mon).first_day()
}
