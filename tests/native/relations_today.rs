//! The "today" list on one explicit morning: the right people, for the right reasons, in the
//! right order — an overdue complaint before an overdue inquiry, unhappy feedback before a
//! short visit before a ticket nearly due, the follow-ups, then valuable customers slipping
//! away; nothing twice and nobody no longer in the book.

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};
use std::collections::{BTreeMap, BTreeSet};
use tsunagu::core::customer::CustomerId;
use tsunagu::core::feedback::{Channel, Feedback, FeedbackId};
use tsunagu::core::identify::analysis::{analyse, AnalysisSettings};
use tsunagu::core::identify::history::Purchase;
use tsunagu::core::loyalty::coupon::{Benefit, Coupon, CouponId, Origin};
use tsunagu::core::relations::follow_up::{FollowUp, Reason};
use tsunagu::core::relations::today::{today, Attention, TodayInputs};
use tsunagu::core::service::sla::{Goal, Queue, Waiting};
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use tsunagu::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).unwrap()
}

fn person(n: u8) -> CustomerId {
    CustomerId::from_random_bytes([n; 16])
}

fn ticket(n: u8, customer: u8, kind: TicketKind) -> Ticket {
    Ticket::new(
        TicketId::from_random_bytes([n; 16]),
        person(customer),
        kind,
        TicketChannel::Line,
        Priority::Normal,
        now() - TimeDelta::days(2),
        String::new(),
        now() - TimeDelta::days(2),
    )
}

fn waiting(t: &Ticket, hours_ago: i64) -> Waiting {
    Waiting {
        ticket: t.id.clone(),
        goal: Goal::FirstResponse,
        due: now() - TimeDelta::hours(hours_ago),
        priority: t.priority,
    }
}

fn walk(n: u8, customer: u8, days_ago: i64, delivered: u32) -> Visit {
    let at = now() - TimeDelta::days(days_ago);
    let mut visit = Visit::new(
        VisitId::from_random_bytes([n; 16]),
        person(customer),
        at,
        Money::yen(3000),
        at,
    );
    visit.items = vec![VisitItem {
        name: "散歩".into(),
        booked: Quantity {
            count: 1,
            minutes: 60,
        },
        delivered: Quantity {
            count: 1,
            minutes: delivered,
        },
    }];
    visit
}

fn follow_up(customer: u8, reason: Reason, key: &str) -> FollowUp {
    FollowUp {
        customer: person(customer),
        reason,
        due: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        key: key.into(),
        overdue_days: 0,
    }
}

/// Who is listed, and why, in order: (customer, a short name of the reason).
fn lines(items: &[tsunagu::core::relations::today::TodayItem]) -> Vec<(u8, &'static str)> {
    items
        .iter()
        .map(|i| {
            let who = i.customer.as_str().as_bytes();
            let n = u8::from_str_radix(std::str::from_utf8(&who[0..2]).unwrap(), 16).unwrap();
            let why = match &i.attention {
                Attention::Overdue {
                    kind: TicketKind::Complaint,
                    ..
                } => "overdue complaint",
                Attention::Overdue { .. } => "overdue",
                Attention::UnhappyFeedback { .. } => "unhappy feedback",
                Attention::ShortVisit { .. } => "short visit",
                Attention::DueSoon { .. } => "due soon",
                Attention::FollowUp(f) => f.reason.kind(),
                Attention::AtRisk { .. } => "at risk",
            };
            (n, why)
        })
        .collect()
}

#[test]
fn the_list_puts_broken_promises_first_and_the_slipping_away_last() {
    // Customers 1–6; 9 was deleted.
    let inquiry = ticket(1, 2, TicketKind::Inquiry);
    let complaint = ticket(2, 1, TicketKind::Complaint);
    let nearly = ticket(3, 3, TicketKind::Request);
    let deleted_customers = ticket(4, 9, TicketKind::Complaint);
    let about_visit = {
        let mut t = ticket(5, 5, TicketKind::Complaint);
        t.visit = Some(VisitId::from_random_bytes([23; 16]));
        t
    };
    let tickets: BTreeMap<TicketId, Ticket> = [
        &inquiry,
        &complaint,
        &nearly,
        &deleted_customers,
        &about_visit,
    ]
    .into_iter()
    .map(|t| (t.id.clone(), t.clone()))
    .collect();
    // The inquiry has been late longer, yet the complaint comes first.
    let queue = Queue {
        overdue: vec![
            waiting(&inquiry, 30),
            waiting(&deleted_customers, 20),
            waiting(&complaint, 2),
        ],
        due_soon: vec![waiting(&nearly, -1)],
    };
    let mut unhappy = Feedback::new(
        FeedbackId::from_random_bytes([1; 16]),
        person(3),
        now() - TimeDelta::hours(5),
        Channel::InPerson,
        now(),
    );
    unhappy.satisfaction = Some(1);
    let mut happy = Feedback::new(
        FeedbackId::from_random_bytes([2; 16]),
        person(4),
        now() - TimeDelta::hours(5),
        Channel::InPerson,
        now(),
    );
    happy.satisfaction = Some(5);
    let visits = vec![
        walk(21, 4, 3, 30),  // short, nothing done: listed
        walk(22, 4, 2, 60),  // delivered in full
        walk(23, 5, 3, 20),  // short, but a ticket is about it
        walk(24, 6, 3, 45),  // short, and a remedy was issued
        walk(25, 6, 20, 10), // short, too long ago
    ];
    let remedy = Coupon::new(
        CouponId::from_random_bytes([1; 16]),
        person(6),
        Benefit::Redo { minutes: 15 },
        Origin::Remedy {
            ticket: None,
            visit: Some(visits[3].id.clone()),
        },
        now(),
        None,
    );
    let follow_ups = vec![
        // The unhappy feedback's own follow-up is not listed twice.
        follow_up(
            3,
            Reason::Feedback {
                feedback: unhappy.id.clone(),
                received: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                negative: true,
            },
            "feedback:1",
        ),
        follow_up(
            1,
            Reason::AfterComplaint {
                ticket: complaint.id.clone(),
                resolved: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
            },
            "after_complaint:2",
        ),
        follow_up(
            2,
            Reason::CheckIn {
                visit: VisitId::from_random_bytes([26; 16]),
                visit_day: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
            },
            "check_in:26",
        ),
    ];
    let analysis = analyse::<CustomerId>(
        &[],
        |_| true,
        &BTreeMap::new(),
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        AnalysisSettings::default(),
    );
    let known: BTreeSet<CustomerId> = (1..=6).map(person).collect();
    let items = today(&TodayInputs {
        now: now(),
        tickets: &tickets,
        queue: &queue,
        feedback: &[happy, unhappy],
        visits: &visits,
        coupons: &[remedy],
        follow_ups: &follow_ups,
        analysis: &analysis,
        known: &known,
    });
    assert_eq!(
        lines(&items),
        vec![
            (1, "overdue complaint"),
            (2, "overdue"),
            (3, "unhappy feedback"),
            (4, "short visit"),
            (3, "due soon"),
            (1, "after_complaint"),
            (2, "check_in"),
        ]
    );
}

#[test]
fn a_valuable_customer_slipping_away_is_listed_once_and_after_the_rest() {
    // Customer 1 came every ten days and spent the most, then stopped 40 days ago: tier A and
    // slipping away. Customer 2 comes often and cheaply and came last week.
    let day = |n: i64| NaiveDate::from_ymd_opt(2026, 11, 24).unwrap() - TimeDelta::days(n);
    let mut purchases = Vec::new();
    for d in [70, 60, 50, 40] {
        purchases.push(Purchase {
            customer: person(1),
            day: day(d),
            amount: 20_000,
        });
    }
    for d in [30, 23, 16, 9, 7] {
        purchases.push(Purchase {
            customer: person(2),
            day: day(d),
            amount: 500,
        });
    }
    let analysis = analyse(
        &purchases,
        |_| true,
        &BTreeMap::new(),
        day(0),
        AnalysisSettings::default(),
    );
    assert!(
        analysis.customers[&person(1)].at_risk,
        "the premise: customer 1 is slipping away"
    );
    let known: BTreeSet<CustomerId> = [person(1), person(2)].into();
    let inputs = |follow_ups: &[FollowUp]| {
        today(&TodayInputs {
            now: now(),
            tickets: &BTreeMap::new(),
            queue: &Queue::default(),
            feedback: &[],
            visits: &[],
            coupons: &[],
            follow_ups,
            analysis: &analysis,
            known: &known,
        })
    };
    assert_eq!(lines(&inputs(&[])), vec![(1, "at risk")]);
    // With a win-back follow-up due, the same customer is listed once, for it.
    let win_back = follow_up(
        1,
        Reason::WinBack {
            last_visit: VisitId::from_random_bytes([9; 16]),
            last_visit_day: day(40),
            days_since: 40,
            usual_interval_days: Some(10),
            limit_days: 20,
        },
        "win_back:1",
    );
    assert_eq!(lines(&inputs(&[win_back])), vec![(1, "win_back")]);
}
