//! What the visits of the period say, read in one pass: visits and served minutes per week
//! against the minutes the owner has (the capacity plan's), and revenue per month.
//!
//! A visit's minutes are its items' delivered minutes; an item sold by count (a coffee) takes
//! its catalog part's minutes per piece, matched by name, so a café that never types minutes
//! still sees how full its weeks were. Revenue is counted in the currency most visits were
//! paid in; visits paid in another currency are counted apart, never added as if they were
//! the same money.

use super::period::{Bucket, Period};
use crate::core::catalog::Catalog;
use crate::core::identify::tiers::Tier;
use crate::core::sorting;
use crate::core::visit::{Visit, DEFAULT_CURRENCY};
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

/// The owner's minutes: `minutes` in every `days` days (the capacity plan's settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capacity {
    pub minutes: u32,
    pub days: u16,
}

impl Capacity {
    /// The minutes available over `days` days.
    pub fn over(&self, days: u32) -> u32 {
        if self.days == 0 {
            return 0;
        }
        let total = u64::from(self.minutes) * u64::from(days) / u64::from(self.days);
        u32::try_from(total).unwrap_or(u32::MAX)
    }
}

/// One week of the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekLoad {
    pub week: Bucket,
    pub visits: u32,
    /// Minutes served.
    pub minutes: u32,
    /// The owner's minutes over the week's days in the period.
    pub available: u32,
}

impl WeekLoad {
    /// Minutes served as a percent of those available; none when none were.
    pub fn utilisation(&self) -> Option<f64> {
        (self.available > 0).then(|| 100.0 * f64::from(self.minutes) / f64::from(self.available))
    }
}

/// One month's takings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthRevenue {
    pub month: Bucket,
    /// Minor units of the period's currency.
    pub amount: i64,
    /// Visits paid in that currency.
    pub visits: u32,
}

/// The visits of the period, counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Activity {
    pub weeks: Vec<WeekLoad>,
    pub months: Vec<MonthRevenue>,
    /// The currency revenue is counted in.
    pub currency: String,
    /// Visits paid in any other currency, left out of revenue.
    pub other_currency_visits: u32,
}

/// A visit of the period, with its day in the business's calendar and its customer's tier
/// (none: not analysed yet), worked out once for every figure that reads it.
#[derive(Clone, Copy, Debug)]
pub struct DayVisit<'a> {
    pub visit: &'a Visit,
    pub day: NaiveDate,
    pub tier: Option<Tier>,
}

/// Minutes of a visit: delivered minutes, or the catalog part's minutes per piece delivered.
pub fn served_minutes(visit: &Visit, part_minutes: &FxHashMap<&str, u32>) -> u32 {
    visit
        .items
        .iter()
        .map(|item| {
            if item.delivered.minutes > 0 {
                item.delivered.minutes
            } else {
                let each = part_minutes.get(item.name.trim()).copied().unwrap_or(0);
                each.saturating_mul(item.delivered.count)
            }
        })
        .fold(0u32, u32::saturating_add)
}

/// Counts the period's `visits` (of the customers counted).
pub fn activity(
    visits: &[DayVisit<'_>],
    period: &Period,
    catalog: &Catalog,
    capacity: Capacity,
) -> Activity {
    let currency = main_currency(visits.iter().map(|v| v.visit));
    let part_minutes: FxHashMap<&str, u32> = catalog
        .parts
        .iter()
        .map(|p| (p.name.trim(), p.minutes))
        .collect();

    // Buckets by position: weeks by days since the first Monday, months by months since the
    // first month.
    let mut weeks: Vec<WeekLoad> = period
        .weeks()
        .into_iter()
        .map(|week| WeekLoad {
            week,
            visits: 0,
            minutes: 0,
            available: capacity.over(week.days),
        })
        .collect();
    let mut months: Vec<MonthRevenue> = period
        .months()
        .into_iter()
        .map(|month| MonthRevenue {
            month,
            amount: 0,
            visits: 0,
        })
        .collect();
    let first_week = weeks.first().map(|w| w.week.start);
    let first_month = months.first().map(|m| month_number(m.month.start));
    let mut other_currency_visits = 0;
    for &DayVisit { visit, day, .. } in visits {
        let week = first_week.and_then(|first| usize::try_from((day - first).num_days() / 7).ok());
        if let Some(week) = week.and_then(|i| weeks.get_mut(i)) {
            week.visits += 1;
            week.minutes = week
                .minutes
                .saturating_add(served_minutes(visit, &part_minutes));
        }
        if visit.paid.currency != currency {
            other_currency_visits += 1;
            continue;
        }
        let month = first_month.and_then(|first| usize::try_from(month_number(day) - first).ok());
        if let Some(month) = month.and_then(|i| months.get_mut(i)) {
            month.amount = month.amount.saturating_add(visit.paid.amount);
            month.visits += 1;
        }
    }
    Activity {
        weeks,
        months,
        currency,
        other_currency_visits,
    }
}

/// The currency most visits were paid in (ties: alphabetical); the default without visits.
pub fn main_currency<'a>(visits: impl IntoIterator<Item = &'a Visit>) -> String {
    // A business takes one or two currencies: a short list beats a map.
    let mut counts: Vec<(&str, u32)> = Vec::new();
    for visit in visits {
        let currency = visit.paid.currency.as_str();
        match counts.iter_mut().find(|(c, _)| *c == currency) {
            Some((_, n)) => *n += 1,
            None => counts.push((currency, 1)),
        }
    }
    sorting::sort(&mut counts);
    let mut best: Option<(&str, u32)> = None;
    for (currency, n) in counts {
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((currency, n));
        }
    }
    best.map_or_else(|| DEFAULT_CURRENCY.to_string(), |(c, _)| c.to_string())
}

/// Months since year 0, so that consecutive months differ by one.
fn month_number(day: NaiveDate) -> i64 {
    i64::from(day.year()) * 12 + i64::from(day.month0())
}
