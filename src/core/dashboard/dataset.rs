//! The dashboard's sources taken from a whole dataset (a backup, a sample business), with the
//! settings a fresh device has: the default tier shares, response targets, opening hours and
//! capacity. What the app shows for that data before the owner changes any setting.

use super::activity::Capacity;
use super::Sources;
use crate::core::backup::Dataset;
use crate::core::customer::CustomerId;
use crate::core::identify::analysis::{analyse, AnalysisSettings};
use crate::core::service::settings::ServiceSettings;
use crate::core::settings::{PlanSettings, Settings};
use chrono::{DateTime, FixedOffset, Utc};
use std::collections::BTreeMap;

/// Calls `f` with the sources of `data` as of `now`, for a business at `offset`.
pub fn with_sources<R>(
    data: &Dataset,
    now: DateTime<Utc>,
    offset: FixedOffset,
    f: impl FnOnce(&Sources<'_>) -> R,
) -> R {
    let today = now.with_timezone(&offset).date_naive();
    let purchases: Vec<_> = data.visits.values().map(|v| v.purchase(offset)).collect();
    let settings = AnalysisSettings {
        shares: Settings::default().tier_percents.shares(),
        ..AnalysisSettings::default()
    };
    let known = |id: &CustomerId| data.customers.contains_key(id);
    let analysis = analyse(&purchases, known, &BTreeMap::new(), today, settings);
    let service = ServiceSettings::default();
    let hours = service.hours(offset);
    let plan = PlanSettings::default();
    let catalog = data.catalog();
    let visits: Vec<_> = data.visits.values().collect();
    let feedback: Vec<_> = data.feedback.values().collect();
    let tickets: Vec<_> = data.tickets.values().collect();
    let coupons: Vec<_> = data.coupons.values().collect();
    let people: Vec<&CustomerId> = data.customers.keys().collect();
    f(&Sources {
        visits: &visits,
        feedback: &feedback,
        tickets: &tickets,
        coupons: &coupons,
        catalog: &catalog,
        analysis: &analysis,
        people: &people,
        policy: &service.sla,
        hours: &hours,
        capacity: Capacity {
            minutes: plan.minutes,
            days: plan.days,
        },
        now,
    })
}
