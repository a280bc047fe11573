//! The "today" list: who needs the owner's attention now, and why, most important first. It
//! joins the reactive side (tickets late or nearly due, unhappy feedback not yet answered, a
//! visit delivered short and not yet made up for) with the proactive side (follow-ups due, a
//! valuable customer slipping away), so one list answers "who do I contact first?".
//!
//! The order is by what is at stake: a promise already broken (an overdue ticket, complaints
//! before the rest) comes before an unhappy customer waiting for a word, before a shortfall the
//! customer may not have mentioned yet, before a target about to be missed, before the
//! follow-ups (in their own order: answers owed, then wishes), before customers of value who
//! are slipping away (the most valuable first). Within a group the longest waiting comes first.

use super::follow_up::{FollowUp, Reason};
use crate::core::customer::CustomerId;
use crate::core::feedback::{Feedback, FeedbackId};
use crate::core::identify::analysis::Analysis;
use crate::core::identify::tiers::Tier;
use crate::core::loyalty::coupon::{Coupon, Origin};
use crate::core::service::sla::{Goal, Queue};
use crate::core::service::ticket::{Ticket, TicketId, TicketKind};
use crate::core::sorting;
use crate::core::visit::{Visit, VisitId};
use chrono::{DateTime, TimeDelta, Utc};
use std::collections::{BTreeMap, BTreeSet};

/// How far back a short visit is still raised: after two weeks the moment has passed and a
/// ticket is the place for it.
pub const SHORT_VISIT_DAYS: i64 = 14;

/// Why a customer is on the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Attention {
    /// A ticket past its target.
    Overdue {
        ticket: TicketId,
        kind: TicketKind,
        goal: Goal,
        due: DateTime<Utc>,
    },
    /// Negative feedback nobody has answered.
    UnhappyFeedback {
        feedback: FeedbackId,
        received: DateTime<Utc>,
    },
    /// A visit delivered short of what was booked, with no remedy issued or ticket opened.
    ShortVisit { visit: VisitId, at: DateTime<Utc> },
    /// A ticket near its target.
    DueSoon {
        ticket: TicketId,
        kind: TicketKind,
        goal: Goal,
        due: DateTime<Utc>,
    },
    /// A follow-up due (check-in, birthday, win-back, the question after a complaint).
    FollowUp(FollowUp),
    /// A customer of tier A or B whom the analysis flags as slipping away.
    AtRisk { tier: Tier, lifetime_value: f64 },
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct TodayItem {
    pub customer: CustomerId,
    pub attention: Attention,
}

/// What the list is made from.
pub struct TodayInputs<'a> {
    pub now: DateTime<Utc>,
    /// The tickets, for whose they are.
    pub tickets: &'a BTreeMap<TicketId, Ticket>,
    /// The overdue and due-soon lists (see `service::sla::queue`).
    pub queue: &'a Queue,
    pub feedback: &'a [Feedback],
    pub visits: &'a [Visit],
    pub coupons: &'a [Coupon],
    /// Follow-ups due (see `follow_up::follow_ups`), already in their order.
    pub follow_ups: &'a [FollowUp],
    pub analysis: &'a Analysis<CustomerId>,
    /// Customers still in the book: nobody else is listed.
    pub known: &'a BTreeSet<CustomerId>,
}

/// The list, most important first.
pub fn today(inputs: &TodayInputs) -> Vec<TodayItem> {
    let mut items = Vec::new();
    let whose = |id: &TicketId| inputs.tickets.get(id).map(|t| (t.customer.clone(), t.kind));

    // Overdue tickets: complaints first, then by due time (the queue's order).
    let mut overdue: Vec<TodayItem> = inputs
        .queue
        .overdue
        .iter()
        .filter_map(|w| {
            let (customer, kind) = whose(&w.ticket)?;
            Some(TodayItem {
                customer,
                attention: Attention::Overdue {
                    ticket: w.ticket.clone(),
                    kind,
                    goal: w.goal,
                    due: w.due,
                },
            })
        })
        .collect();
    sorting::sort_by_key(&mut overdue, |i| match i.attention {
        Attention::Overdue { kind, .. } => kind != TicketKind::Complaint,
        _ => true,
    });
    items.extend(overdue);

    let mut unhappy: Vec<&Feedback> = inputs
        .feedback
        .iter()
        .filter(|f| f.negative() && f.unanswered())
        .collect();
    sorting::sort_by(&mut unhappy, |a, b| a.received_order(b));
    let unhappy_ids: BTreeSet<&FeedbackId> = sorting::btree_set(unhappy.iter().map(|f| &f.id));
    items.extend(unhappy.iter().map(|f| TodayItem {
        customer: f.customer.clone(),
        attention: Attention::UnhappyFeedback {
            feedback: f.id.clone(),
            received: f.received_at,
        },
    }));

    items.extend(short_visits(inputs));

    items.extend(inputs.queue.due_soon.iter().filter_map(|w| {
        let (customer, kind) = whose(&w.ticket)?;
        Some(TodayItem {
            customer,
            attention: Attention::DueSoon {
                ticket: w.ticket.clone(),
                kind,
                goal: w.goal,
                due: w.due,
            },
        })
    }));

    let mut winning_back = BTreeSet::new();
    for follow_up in inputs.follow_ups {
        if let Reason::Feedback { feedback, .. } = &follow_up.reason {
            if unhappy_ids.contains(feedback) {
                continue;
            }
        }
        if let Reason::WinBack { .. } = follow_up.reason {
            winning_back.insert(follow_up.customer.clone());
        }
        items.push(TodayItem {
            customer: follow_up.customer.clone(),
            attention: Attention::FollowUp(follow_up.clone()),
        });
    }

    let mut at_risk: Vec<TodayItem> = inputs
        .analysis
        .customers
        .iter()
        .filter(|(id, i)| {
            i.at_risk && matches!(i.tier, Tier::A | Tier::B) && !winning_back.contains(*id)
        })
        .map(|(id, i)| TodayItem {
            customer: id.clone(),
            attention: Attention::AtRisk {
                tier: i.tier,
                lifetime_value: i.value.lifetime_value,
            },
        })
        .collect();
    sorting::sort_by(&mut at_risk, |a, b| match (&a.attention, &b.attention) {
        (
            Attention::AtRisk {
                tier: ta,
                lifetime_value: va,
            },
            Attention::AtRisk {
                tier: tb,
                lifetime_value: vb,
            },
        ) => ta
            .cmp(tb)
            .then(vb.total_cmp(va))
            .then_with(|| a.customer.cmp(&b.customer)),
        _ => std::cmp::Ordering::Equal,
    });
    items.extend(at_risk);

    items.retain(|i| inputs.known.contains(&i.customer));
    items
}

/// Visits of the last [`SHORT_VISIT_DAYS`] days delivered short, with no remedy coupon issued
/// for them and no ticket about them, oldest first.
fn short_visits(inputs: &TodayInputs) -> Vec<TodayItem> {
    let remedied: BTreeSet<&VisitId> = sorting::btree_set(
        inputs
            .coupons
            .iter()
            .filter_map(|c| match &c.origin {
                Origin::Remedy { visit: Some(v), .. } => Some(v),
                _ => None,
            })
            .chain(inputs.tickets.values().filter_map(|t| t.visit.as_ref())),
    );
    let since = inputs.now - TimeDelta::days(SHORT_VISIT_DAYS);
    let mut short: Vec<&Visit> = inputs
        .visits
        .iter()
        .filter(|v| v.started_at >= since && v.short() && !remedied.contains(&v.id))
        .collect();
    sorting::sort_by_key(&mut short, |v| (v.started_at, v.id.clone()));
    short
        .into_iter()
        .map(|v| TodayItem {
            customer: v.customer.clone(),
            attention: Attention::ShortVisit {
                visit: v.id.clone(),
                at: v.started_at,
            },
        })
        .collect()
}
