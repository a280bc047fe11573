//! The follow-up facts gathered from the records, so that every screen listing tasks reads them
//! the same way: the last visit by its start, the usual interval from the analysis, a
//! complaint's last resolution, feedback still unanswered, and the keys the contact log has
//! settled. Records of customers no longer in the book are left out, as identification does.

use super::contact::{done_keys, Contact};
use super::follow_up::{
    CustomerFacts, FollowUpFacts, LastVisit, ResolvedComplaint, WaitingFeedback,
};
use crate::core::customer::{Customer, CustomerId};
use crate::core::feedback::model::Feedback;
use crate::core::identify::analysis::Analysis;
use crate::core::service::ticket::{Ticket, TicketKind};
use crate::core::sorting;
use crate::core::visit::Visit;
use chrono::FixedOffset;
use std::collections::{BTreeMap, BTreeSet};

/// The records the facts come from.
#[derive(Clone, Copy, Debug)]
pub struct Records<'a> {
    pub customers: &'a [Customer],
    pub visits: &'a [Visit],
    pub tickets: &'a [Ticket],
    pub feedback: &'a [Feedback],
    pub contacts: &'a [Contact],
}

/// The facts in `records` as of the analysis date (later visits are not counted yet), with
/// days in the business's time zone (`offset`).
pub fn gather(
    records: Records<'_>,
    analysis: &Analysis<CustomerId>,
    offset: FixedOffset,
) -> FollowUpFacts {
    let known: BTreeSet<&CustomerId> = sorting::btree_set(records.customers.iter().map(|c| &c.id));
    let mut last: BTreeMap<&CustomerId, &Visit> = BTreeMap::new();
    for visit in records.visits {
        if visit.day(offset) > analysis.as_of {
            continue;
        }
        let newer = last
            .get(&visit.customer)
            .is_none_or(|seen| (visit.started_at, &visit.id) > (seen.started_at, &seen.id));
        if newer {
            last.insert(&visit.customer, visit);
        }
    }
    let customers = records
        .customers
        .iter()
        .map(|c| CustomerFacts {
            customer: c.id.clone(),
            birthday: c.birthday,
            last_visit: last.get(&c.id).map(|v| LastVisit {
                visit: v.id.clone(),
                day: v.day(offset),
            }),
            usual_interval_days: analysis
                .customers
                .get(&c.id)
                .and_then(|i| i.usual_interval_days),
        })
        .collect();
    let resolved_complaints = records
        .tickets
        .iter()
        .filter(|t| t.kind == TicketKind::Complaint && known.contains(&t.customer))
        .filter_map(|t| {
            t.resolved_at().map(|at| ResolvedComplaint {
                ticket: t.id.clone(),
                customer: t.customer.clone(),
                resolved: at.with_timezone(&offset).date_naive(),
            })
        })
        .collect();
    let unanswered_feedback = records
        .feedback
        .iter()
        .filter(|f| f.unanswered() && known.contains(&f.customer))
        .map(|f| WaitingFeedback {
            feedback: f.id.clone(),
            customer: f.customer.clone(),
            received: f.received_at.with_timezone(&offset).date_naive(),
            negative: f.negative(),
        })
        .collect();
    FollowUpFacts {
        customers,
        resolved_complaints,
        unanswered_feedback,
        done: done_keys(records.contacts),
    }
}
