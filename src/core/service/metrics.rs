//! How fast and how well the business answers, month by month: the median time to a first
//! response and to a resolution (as the customer waited, on the wall clock, and in open hours,
//! as the targets count), the share that met its target, and complaints per 100 visits — a
//! count of complaints alone grows with a busy month; per visit it says whether service got
//! worse. A ticket counts in the month it was received, in the business's calendar; one still
//! waiting and not yet late is left out of the share, since it may yet be in time.

use super::hours::BusinessHours;
use super::sla::{standing, Goal, SlaPolicy};
use super::ticket::{Ticket, TicketKind};
use crate::core::sorting;
use crate::core::visit::Visit;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::collections::BTreeMap;

/// Times to one goal within a month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timings {
    /// Wall-clock minutes of each ticket that reached the goal.
    wall: Vec<i64>,
    /// Open minutes of each.
    open: Vec<i64>,
    /// Tickets that met their target.
    pub within_target: u32,
    /// Tickets decided against a target: met, missed, or overdue.
    pub with_target: u32,
}

impl Timings {
    /// How many tickets reached the goal.
    pub fn count(&self) -> usize {
        self.wall.len()
    }

    /// The median wall-clock minutes (the mean of the middle two for an even count).
    pub fn median_minutes(&self) -> Option<f64> {
        median(&self.wall)
    }

    /// The median open minutes.
    pub fn median_open_minutes(&self) -> Option<f64> {
        median(&self.open)
    }

    /// The percent of tickets with a decided target that met it.
    pub fn percent_within_target(&self) -> Option<f64> {
        (self.with_target > 0)
            .then(|| 100.0 * f64::from(self.within_target) / f64::from(self.with_target))
    }
}

fn median(values: &[i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorting::sort(&mut sorted);
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid] as f64
    } else {
        (sorted[mid - 1] + sorted[mid]) as f64 / 2.0
    })
}

/// One month's service figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceMonth {
    pub tickets: u32,
    pub complaints: u32,
    pub visits: u32,
    pub first_response: Timings,
    pub resolution: Timings,
}

impl ServiceMonth {
    /// Complaints per 100 visits; none in a month without visits.
    pub fn complaints_per_100_visits(&self) -> Option<f64> {
        (self.visits > 0).then(|| 100.0 * f64::from(self.complaints) / f64::from(self.visits))
    }
}

/// The service figures for each month (keyed by its first day) with a ticket or a visit, as of
/// `now`.
pub fn by_month<'a>(
    tickets: impl IntoIterator<Item = &'a Ticket>,
    visits: impl IntoIterator<Item = &'a Visit>,
    policy: &SlaPolicy,
    hours: &BusinessHours,
    now: DateTime<Utc>,
) -> BTreeMap<NaiveDate, ServiceMonth> {
    let offset = hours.offset();
    let month_of = |at: DateTime<Utc>| {
        let day = at.with_timezone(&offset).date_naive();
        NaiveDate::from_ymd_opt(day.year(), day.month(), 1).unwrap_or(day)
    };
    by_key(tickets, visits, policy, hours, now, month_of)
}

/// The service figures of all `tickets` and `visits` together, as of `now`.
pub fn overall<'a>(
    tickets: impl IntoIterator<Item = &'a Ticket>,
    visits: impl IntoIterator<Item = &'a Visit>,
    policy: &SlaPolicy,
    hours: &BusinessHours,
    now: DateTime<Utc>,
) -> ServiceMonth {
    by_key(tickets, visits, policy, hours, now, |_| ())
        .remove(&())
        .unwrap_or_default()
}

/// The service figures grouped by `month_of` the time a ticket was received or a visit began.
fn by_key<'a, K: Ord>(
    tickets: impl IntoIterator<Item = &'a Ticket>,
    visits: impl IntoIterator<Item = &'a Visit>,
    policy: &SlaPolicy,
    hours: &BusinessHours,
    now: DateTime<Utc>,
    month_of: impl Fn(DateTime<Utc>) -> K,
) -> BTreeMap<K, ServiceMonth> {
    let mut months: BTreeMap<K, ServiceMonth> = BTreeMap::new();
    for visit in visits {
        months.entry(month_of(visit.started_at)).or_default().visits += 1;
    }
    for ticket in tickets {
        let month = months.entry(month_of(ticket.received_at)).or_default();
        month.tickets += 1;
        if ticket.kind == TicketKind::Complaint {
            month.complaints += 1;
        }
        for (goal, reached, timings) in [
            (
                Goal::FirstResponse,
                ticket.first_response_at(),
                &mut month.first_response,
            ),
            (
                Goal::Resolution,
                ticket.resolved_at(),
                &mut month.resolution,
            ),
        ] {
            if let Some(at) = reached {
                timings
                    .wall
                    .push((at - ticket.received_at).num_minutes().max(0));
                timings
                    .open
                    .push(hours.open_minutes(ticket.received_at, at));
            }
            if let Some(met) = standing(ticket, goal, policy, hours, now).and_then(|s| s.decided())
            {
                timings.with_target += 1;
                timings.within_target += u32::from(met);
            }
        }
    }
    months
}
