//! The dashboard: the business at a glance, for one period and one group of customers.
//!
//! Every chart on the insights page reads one [`Dashboard`], built here in one call from the
//! records in memory, so the charts, their tables and their tests agree on every number. The
//! period (`period`) and the tier/segment filter (`audience`) apply to all of them at once:
//! a visit, a piece of feedback, a ticket or a coupon counts when it falls in the period and
//! belongs to a customer the filter admits. Each figure is computed by the module that owns
//! its meaning — feedback tallies, service timings, coupon states — and only bounded and laid
//! out per month or week here, with empty months and weeks kept, so gaps show.

pub mod activity;
pub mod audience;
pub mod charts;
pub mod coupons;
pub mod dataset;
pub mod period;
pub mod quality;
pub mod standing;

use crate::core::catalog::Catalog;
use crate::core::customer::CustomerId;
use crate::core::feedback::model::Feedback;
use crate::core::identify::analysis::Analysis;
use crate::core::identify::tiers::Tier;
use crate::core::loyalty::coupon::Coupon;
use crate::core::service::hours::BusinessHours;
use crate::core::service::sla::SlaPolicy;
use crate::core::service::ticket::Ticket;
use crate::core::visit::Visit;
use activity::{activity, Activity, Capacity, DayVisit};
use audience::Audience;
use chrono::{DateTime, Utc};
use coupons::{coupons_by_month, CouponMonth};
use period::Period;
use quality::{
    satisfaction_by_month, satisfaction_by_part, service_in_period, MonthSatisfaction,
    PartSatisfaction, ServiceFigures,
};
use rustc_hash::FxHashMap;
use standing::{standing, Standing};

/// Everything the dashboard reads. Records of customers no longer in the book are ignored.
pub struct Sources<'a> {
    pub visits: &'a [&'a Visit],
    pub feedback: &'a [&'a Feedback],
    pub tickets: &'a [&'a Ticket],
    pub coupons: &'a [&'a Coupon],
    pub catalog: &'a Catalog,
    /// Tiers, segments and values, as of the analysis date.
    pub analysis: &'a Analysis<CustomerId>,
    /// The customers in the book.
    pub people: &'a [&'a CustomerId],
    pub policy: &'a SlaPolicy,
    /// Opening hours, in the business's time zone (which also sets its calendar).
    pub hours: &'a BusinessHours,
    pub capacity: Capacity,
    pub now: DateTime<Utc>,
}

/// The figures behind every chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    pub period: Period,
    pub audience: Audience,
    /// Visits, minutes and revenue.
    pub activity: Activity,
    /// Tiers and segments.
    pub standing: Standing,
    pub satisfaction: Vec<MonthSatisfaction>,
    pub parts: Vec<PartSatisfaction>,
    pub service: ServiceFigures,
    pub coupons: Vec<CouponMonth>,
}

/// The dashboard for `period` and `audience`. Each record's customer is looked up once, in a
/// hash map of the customers counted (with a large book, finding customers is most of the
/// work; ids are random, so a fast unkeyed hash serves), and each visit's day is worked out
/// once.
pub fn dashboard(sources: &Sources<'_>, period: Period, audience: Audience) -> Dashboard {
    let offset = sources.hours.offset();
    let counted: FxHashMap<&CustomerId, Option<Tier>> = sources
        .people
        .iter()
        .filter_map(|&id| {
            let insight = sources.analysis.customers.get(id);
            audience
                .admits(insight)
                .then(|| (id, insight.map(|i| i.tier)))
        })
        .collect();
    // The time comes first: it is in the record itself, while its customer must be fetched.
    let (start, end) = period.bounds(offset);
    let during = |at: DateTime<Utc>| start <= at && at < end;
    let visits: Vec<DayVisit> = sources
        .visits
        .iter()
        .filter(|v| during(v.started_at))
        .filter_map(|&visit| {
            let tier = *counted.get(&visit.customer)?;
            let day = visit.day(offset);
            Some(DayVisit { visit, day, tier })
        })
        .collect();
    let plain_visits: Vec<&Visit> = visits.iter().map(|v| v.visit).collect();
    let feedback: Vec<&Feedback> = kept(sources.feedback, |f| {
        during(f.received_at) && counted.contains_key(&f.customer)
    });
    let tickets: Vec<&Ticket> = kept(sources.tickets, |t| {
        during(t.received_at) && counted.contains_key(&t.customer)
    });
    let coupons: Vec<&Coupon> = kept(sources.coupons, |c| {
        during(c.issued_at) && counted.contains_key(&c.customer)
    });
    let today = sources.now.with_timezone(&offset).date_naive();

    let activity = activity(&visits, &period, sources.catalog, sources.capacity);
    let standing = standing(sources.analysis, &audience, &visits, &activity.currency);
    Dashboard {
        period,
        audience,
        standing,
        satisfaction: satisfaction_by_month(&feedback, &period, offset),
        parts: satisfaction_by_part(&feedback, &period, offset, sources.catalog),
        service: service_in_period(
            &tickets,
            &plain_visits,
            &period,
            sources.policy,
            sources.hours,
            sources.now,
        ),
        coupons: coupons_by_month(&coupons, &period, offset, today),
        activity,
    }
}

fn kept<'a, T>(records: &[&'a T], keep: impl Fn(&T) -> bool) -> Vec<&'a T> {
    records.iter().copied().filter(|r| keep(r)).collect()
}
