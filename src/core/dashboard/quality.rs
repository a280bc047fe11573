//! How well customers were served in the period: NPS and CSAT by month, satisfaction per
//! service part, and the first response by month (its median and the share within target).
//! Each figure comes with the count it rests on. The tallies are the feedback's and the
//! service's own (`feedback::metrics`, `service::metrics`); this module only bounds them to the
//! period and lays them on every month of it, empty months included, so a gap shows as a gap.

use super::period::{first_of_month, Bucket, Period};
use crate::core::catalog::part::PartId;
use crate::core::catalog::Catalog;
use crate::core::feedback::metrics::{by_group, by_part, Tally};
use crate::core::feedback::model::Feedback;
use crate::core::service::hours::BusinessHours;
use crate::core::service::metrics::{by_month, overall, ServiceMonth};
use crate::core::service::sla::SlaPolicy;
use crate::core::service::ticket::Ticket;
use crate::core::sorting;
use crate::core::visit::Visit;
use chrono::{DateTime, FixedOffset, Utc};

/// One month's satisfaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthSatisfaction {
    pub month: Bucket,
    pub tally: Tally,
}

/// One part's satisfaction: the feedback on visits that included it, and its thumbs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartSatisfaction {
    pub part: PartId,
    pub name: String,
    pub tally: Tally,
}

/// One month's customer service.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthService {
    pub month: Bucket,
    pub figures: ServiceMonth,
}

/// Feedback received in `period`, tallied per month of it.
pub fn satisfaction_by_month(
    feedback: &[&Feedback],
    period: &Period,
    offset: FixedOffset,
) -> Vec<MonthSatisfaction> {
    let tallies = by_group(feedback.iter().copied(), |f| {
        let day = f.received_at.with_timezone(&offset).date_naive();
        period.contains(day).then(|| first_of_month(day))
    });
    period
        .months()
        .into_iter()
        .map(|month| MonthSatisfaction {
            month,
            tally: tallies.get(&month.start).copied().unwrap_or_default(),
        })
        .collect()
}

/// Each catalog part rated or delivered in feedback received in `period`, most answers first
/// (then by name). Parts no longer in the catalog are left out: there is nothing to improve.
pub fn satisfaction_by_part(
    feedback: &[&Feedback],
    period: &Period,
    offset: FixedOffset,
    catalog: &Catalog,
) -> Vec<PartSatisfaction> {
    let kept = feedback
        .iter()
        .copied()
        .filter(|f| period.contains(f.received_at.with_timezone(&offset).date_naive()));
    let mut parts: Vec<PartSatisfaction> = by_part(kept)
        .into_iter()
        .filter_map(|(part, tally)| {
            let name = catalog.part(&part)?.name.clone();
            Some(PartSatisfaction { part, name, tally })
        })
        .collect();
    sorting::sort_by(&mut parts, |a, b| {
        answers(&b.tally)
            .cmp(&answers(&a.tally))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.part.cmp(&b.part))
    });
    parts
}

/// The most answers behind any of a tally's figures.
pub fn answers(tally: &Tally) -> u32 {
    tally
        .csat
        .count
        .max(tally.nps.count())
        .max(tally.thumbs.count())
}

/// The service of the period: per month, and over the whole period (a median is not an
/// average of monthly medians, so the whole is counted on its own).
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceFigures {
    pub months: Vec<MonthService>,
    pub total: ServiceMonth,
}

/// Tickets received and visits made in `period`, per month of it and in all, as of `now`.
pub fn service_in_period(
    tickets: &[&Ticket],
    visits: &[&Visit],
    period: &Period,
    policy: &SlaPolicy,
    hours: &BusinessHours,
    now: DateTime<Utc>,
) -> ServiceFigures {
    let offset = hours.offset();
    let day_of = |at: DateTime<Utc>| at.with_timezone(&offset).date_naive();
    let tickets: Vec<&Ticket> = tickets
        .iter()
        .copied()
        .filter(|t| period.contains(day_of(t.received_at)))
        .collect();
    let visits: Vec<&Visit> = visits
        .iter()
        .copied()
        .filter(|v| period.contains(day_of(v.started_at)))
        .collect();
    let figures = by_month(
        tickets.iter().copied(),
        visits.iter().copied(),
        policy,
        hours,
        now,
    );
    let months = period
        .months()
        .into_iter()
        .map(|month| MonthService {
            month,
            figures: figures.get(&month.start).cloned().unwrap_or_default(),
        })
        .collect();
    let total = overall(tickets, visits, policy, hours, now);
    ServiceFigures { months, total }
}
