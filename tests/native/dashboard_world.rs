//! A small world for the dashboard tests, every figure of which is computed by hand in them:
//! three customers of three tiers, a deleted one whose records must not count, visits on both
//! sides of a month's edge in Japan, one paid in dollars, feedback, tickets and coupons.

use crate::support::{day, id, local, small_shop};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use tsunagu::core::catalog::part::{PartId, ServicePart};
use tsunagu::core::catalog::Catalog;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::dashboard::activity::Capacity;
use tsunagu::core::dashboard::audience::Audience;
use tsunagu::core::dashboard::period::PeriodChoice;
use tsunagu::core::dashboard::{dashboard, Dashboard, Sources};
use tsunagu::core::feedback::{Channel, Feedback, FeedbackId, PartRating, Thumb};
use tsunagu::core::identify::analysis::{Analysis, Insight};
use tsunagu::core::identify::rfm::{RfmScore, Segment};
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::identify::value::{CustomerValue, ValueModel};
use tsunagu::core::loyalty::coupon::{Benefit, Coupon, CouponId, Origin, Redemption};
use tsunagu::core::service::sla::SlaPolicy;
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use tsunagu::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};

/// Who is who: 1 is tier A and a champion, 2 tier B and loyal, 3 tier C and lost; 5 was
/// deleted.
pub const DELETED: u8 = 5;

pub fn now() -> DateTime<Utc> {
    local("2026-11-23 18:00")
}

pub fn walk() -> ServicePart {
    ServicePart::new(
        PartId::from_random_bytes([1; 16]),
        "散歩60分".into(),
        60,
        Money::yen(3000),
        now(),
    )
}

pub fn shampoo() -> ServicePart {
    ServicePart::new(
        PartId::from_random_bytes([2; 16]),
        "シャンプー".into(),
        30,
        Money::yen(2500),
        now(),
    )
}

pub fn insight(tier: Tier, segment: Segment, lifetime_value: f64) -> Insight {
    Insight {
        rfm: RfmScore {
            recency: 3,
            frequency: 3,
            monetary: 3,
        },
        segment,
        value: CustomerValue {
            expected_visits: None,
            probability_active: None,
            probability_active_before: None,
            spend_per_visit: 0.0,
            lifetime_value,
        },
        computed_tier: tier,
        tier,
        at_risk: false,
        occasions: 1,
        first_day: day("2026-09-01"),
        last_day: day("2026-11-23"),
        total_spent: 0,
        usual_interval_days: None,
        next_visit: None,
    }
}

pub fn analysis() -> Analysis<CustomerId> {
    Analysis {
        as_of: day("2026-11-23"),
        model: ValueModel::Historical { returning: 0 },
        customers: BTreeMap::from([
            (id(1), insight(Tier::A, Segment::Champion, 50_000.0)),
            (id(2), insight(Tier::B, Segment::Loyal, 20_000.0)),
            (id(3), insight(Tier::C, Segment::Lost, 1_000.0)),
        ]),
        segments: BTreeMap::new(),
        tiers: BTreeMap::new(),
    }
}

pub fn visit(n: u8, customer: u8, when: &str, paid: Money, items: Vec<VisitItem>) -> Visit {
    let mut v = Visit::new(
        VisitId::from_random_bytes([n; 16]),
        id(customer),
        local(when),
        paid,
        now(),
    );
    v.items = items;
    v
}

pub fn item(name: &str, count: u32, minutes: u32) -> VisitItem {
    let q = Quantity { count, minutes };
    VisitItem {
        name: name.into(),
        booked: q,
        delivered: q,
    }
}

pub fn visits() -> Vec<Visit> {
    vec![
        // In Japan this is already September; in UTC still August.
        visit(1, 2, "2026-09-01 00:30", Money::yen(2_000), vec![]),
        visit(
            2,
            1,
            "2026-09-02 10:00",
            Money::yen(3_000),
            vec![item("散歩60分", 1, 60)],
        ),
        // Sold by count: two shampoos of 30 catalog minutes.
        visit(
            3,
            1,
            "2026-10-15 10:00",
            Money::yen(5_000),
            vec![item("シャンプー", 2, 0)],
        ),
        visit(4, 3, "2026-10-20 10:00", Money::yen(1_000), vec![]),
        visit(
            5,
            2,
            "2026-11-02 10:00",
            Money {
                amount: 4_000,
                currency: "USD".into(),
            },
            vec![],
        ),
        visit(6, 1, "2026-11-23 08:00", Money::yen(2_500), vec![]),
        // Before the period, and a deleted customer's.
        visit(7, 1, "2026-08-31 23:30", Money::yen(9_999), vec![]),
        visit(8, DELETED, "2026-10-01 10:00", Money::yen(100_000), vec![]),
    ]
}

pub fn feedback(
    n: u8,
    customer: u8,
    when: &str,
    satisfaction: u8,
    recommend: u8,
    parts: &[(u8, Option<Thumb>)],
) -> Feedback {
    let mut f = Feedback::new(
        FeedbackId::from_random_bytes([n; 16]),
        id(customer),
        local(when),
        Channel::InPerson,
        now(),
    );
    f.satisfaction = Some(satisfaction);
    f.recommend = Some(recommend);
    f.parts = parts
        .iter()
        .map(|&(p, thumb)| PartRating {
            part: PartId::from_random_bytes([p; 16]),
            thumb,
        })
        .collect();
    f
}

pub fn all_feedback() -> Vec<Feedback> {
    vec![
        feedback(1, 1, "2026-09-10 12:00", 5, 10, &[(1, Some(Thumb::Up))]),
        feedback(
            2,
            2,
            "2026-09-20 12:00",
            2,
            3,
            &[(1, Some(Thumb::Down)), (2, None)],
        ),
        feedback(3, 3, "2026-11-01 12:00", 4, 8, &[]),
        feedback(4, 1, "2026-08-20 12:00", 1, 0, &[(1, Some(Thumb::Down))]),
        feedback(
            5,
            DELETED,
            "2026-10-02 12:00",
            1,
            0,
            &[(2, Some(Thumb::Down))],
        ),
        // A part deleted from the catalog is not shown.
        feedback(6, 1, "2026-10-03 12:00", 5, 9, &[(9, Some(Thumb::Up))]),
    ]
}

pub fn ticket(n: u8, customer: u8, kind: TicketKind, received: &str) -> Ticket {
    let at = local(received);
    Ticket::new(
        TicketId::from_random_bytes([n; 16]),
        id(customer),
        kind,
        TicketChannel::Phone,
        Priority::Normal,
        at,
        String::new(),
        at,
    )
}

pub fn tickets() -> Vec<Ticket> {
    // A complaint answered in one open hour (target: two) and resolved the next day.
    let mut complaint = ticket(1, 1, TicketKind::Complaint, "2026-10-05 10:00");
    complaint
        .respond(
            local("2026-10-05 11:00"),
            TicketChannel::Phone,
            String::new(),
        )
        .unwrap();
    complaint
        .resolve(local("2026-10-06 10:00"), String::new())
        .unwrap();
    // An inquiry answered after 48 hours (target: 24 on the clock).
    let mut inquiry = ticket(2, 2, TicketKind::Inquiry, "2026-10-10 10:00");
    inquiry
        .respond(
            local("2026-10-12 10:00"),
            TicketChannel::Email,
            String::new(),
        )
        .unwrap();
    // A complaint still unanswered, long overdue.
    let waiting = ticket(3, 3, TicketKind::Complaint, "2026-11-20 10:00");
    let deleted = ticket(4, DELETED, TicketKind::Complaint, "2026-10-07 10:00");
    vec![complaint, inquiry, waiting, deleted]
}

pub fn coupon(n: u8, customer: u8, issued: &str, expires: Option<&str>) -> Coupon {
    Coupon::new(
        CouponId::from_random_bytes([n; 16]),
        id(customer),
        Benefit::Percent { percent: 10 },
        Origin::Manual,
        local(issued),
        expires.map(day),
    )
}

pub fn coupons() -> Vec<Coupon> {
    let mut redeemed = coupon(1, 1, "2026-10-05 12:00", None);
    redeemed.redemption = Some(Redemption {
        visit: VisitId::from_random_bytes([3; 16]),
        at: local("2026-10-15 10:00"),
    });
    let expired = coupon(2, 2, "2026-10-10 12:00", Some("2026-10-31"));
    let open = coupon(3, 3, "2026-11-20 12:00", None);
    let mut voided = coupon(4, 1, "2026-11-01 12:00", None);
    voided.voided_at = Some(local("2026-11-02 12:00"));
    let deleted = coupon(5, DELETED, "2026-10-05 12:00", None);
    vec![redeemed, expired, open, voided, deleted]
}

pub fn build(audience: Audience) -> Dashboard {
    let visits = visits();
    let feedback = all_feedback();
    let tickets = tickets();
    let coupons = coupons();
    let catalog = Catalog {
        parts: vec![walk(), shampoo()],
        ..Catalog::default()
    };
    let analysis = analysis();
    let hours = small_shop(&[]);
    // The deleted customer is no longer in the book.
    let ids: Vec<CustomerId> = (1..=4).map(id).collect();
    let people: Vec<&CustomerId> = ids.iter().collect();
    let period = PeriodChoice::Last3Months.period(day("2026-11-23")).unwrap();
    let sources = Sources {
        visits: &visits.iter().collect::<Vec<_>>(),
        feedback: &feedback.iter().collect::<Vec<_>>(),
        tickets: &tickets.iter().collect::<Vec<_>>(),
        coupons: &coupons.iter().collect::<Vec<_>>(),
        catalog: &catalog,
        analysis: &analysis,
        people: &people,
        policy: &SlaPolicy::default(),
        hours: &hours,
        capacity: Capacity {
            minutes: 2_400,
            days: 7,
        },
        now: now(),
    };
    dashboard(&sources, period, audience)
}

pub fn everyone() -> Dashboard {
    build(Audience::default())
}

pub fn only_tier(tier: Tier) -> Audience {
    Audience {
        tier: Some(tier),
        segment: None,
    }
}
