//! Every dashboard figure on a small world computed by hand: three customers of three tiers, a
//! deleted one whose records must not count, visits on both sides of a month's edge in Japan,
//! one paid in dollars, feedback, tickets and coupons; for everyone and for one tier or one
//! segment. And a law: the three tiers' dashboards add up to everyone's.

use crate::support::{day, id, local, small_shop};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use tsunagu::core::catalog::part::{PartId, ServicePart};
use tsunagu::core::catalog::Catalog;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::dashboard::activity::Capacity;
use tsunagu::core::dashboard::audience::Audience;
use tsunagu::core::dashboard::period::{Period, PeriodChoice};
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
const DELETED: u8 = 5;

fn now() -> DateTime<Utc> {
    local("2026-11-23 18:00")
}

fn walk() -> ServicePart {
    ServicePart::new(
        PartId::from_random_bytes([1; 16]),
        "散歩60分".into(),
        60,
        Money::yen(3000),
        now(),
    )
}

fn shampoo() -> ServicePart {
    ServicePart::new(
        PartId::from_random_bytes([2; 16]),
        "シャンプー".into(),
        30,
        Money::yen(2500),
        now(),
    )
}

fn insight(tier: Tier, segment: Segment, lifetime_value: f64) -> Insight {
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

fn analysis() -> Analysis<CustomerId> {
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

fn visit(n: u8, customer: u8, when: &str, paid: Money, items: Vec<VisitItem>) -> Visit {
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

fn item(name: &str, count: u32, minutes: u32) -> VisitItem {
    let q = Quantity { count, minutes };
    VisitItem {
        name: name.into(),
        booked: q,
        delivered: q,
    }
}

fn visits() -> Vec<Visit> {
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

fn feedback(
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

fn all_feedback() -> Vec<Feedback> {
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

fn ticket(n: u8, customer: u8, kind: TicketKind, received: &str) -> Ticket {
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

fn tickets() -> Vec<Ticket> {
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

fn coupon(n: u8, customer: u8, issued: &str, expires: Option<&str>) -> Coupon {
    Coupon::new(
        CouponId::from_random_bytes([n; 16]),
        id(customer),
        Benefit::Percent { percent: 10 },
        Origin::Manual,
        local(issued),
        expires.map(day),
    )
}

fn coupons() -> Vec<Coupon> {
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

fn build(audience: Audience) -> Dashboard {
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
    let known = |c: &CustomerId| *c != id(DELETED);
    let period = PeriodChoice::Last3Months.period(day("2026-11-23")).unwrap();
    let sources = Sources {
        visits: &visits.iter().collect::<Vec<_>>(),
        feedback: &feedback.iter().collect::<Vec<_>>(),
        tickets: &tickets.iter().collect::<Vec<_>>(),
        coupons: &coupons.iter().collect::<Vec<_>>(),
        catalog: &catalog,
        analysis: &analysis,
        known: &known,
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

fn everyone() -> Dashboard {
    build(Audience::default())
}

fn only_tier(tier: Tier) -> Audience {
    Audience {
        tier: Some(tier),
        segment: None,
    }
}

#[test]
fn visits_minutes_and_utilisation_per_week() {
    let d = everyone();
    assert_eq!(
        d.period,
        Period {
            from: day("2026-09-01"),
            to: day("2026-11-23")
        }
    );
    // (Monday, days in the period, visits, minutes served, minutes available)
    let weeks: Vec<_> = d
        .activity
        .weeks
        .iter()
        .map(|w| (w.week.start, w.week.days, w.visits, w.minutes, w.available))
        .collect();
    assert_eq!(weeks.len(), 13);
    let nonzero: Vec<_> = weeks.iter().filter(|w| w.2 > 0).copied().collect();
    assert_eq!(
        nonzero,
        vec![
            // 1 September is a Tuesday: six days of the week, 2,400 × 6 / 7 minutes.
            (day("2026-08-31"), 6, 2, 60, 2_057),
            (day("2026-10-12"), 7, 1, 60, 2_400),
            (day("2026-10-19"), 7, 1, 0, 2_400),
            (day("2026-11-02"), 7, 1, 0, 2_400),
            (day("2026-11-23"), 1, 1, 0, 342),
        ]
    );
    let first = &d.activity.weeks[0];
    assert!((first.utilisation().unwrap() - 100.0 * 60.0 / 2_057.0).abs() < 1e-9);
    assert!(weeks.iter().all(|w| w.4 > 0));
}

#[test]
fn revenue_per_month_in_the_main_currency() {
    let d = everyone();
    assert_eq!(d.activity.currency, "JPY");
    assert_eq!(d.activity.other_currency_visits, 1);
    let months: Vec<_> = d
        .activity
        .months
        .iter()
        .map(|m| (m.month.start, m.amount, m.visits, m.month.partial))
        .collect();
    assert_eq!(
        months,
        vec![
            (day("2026-09-01"), 5_000, 2, false),
            (day("2026-10-01"), 6_000, 2, false),
            (day("2026-11-01"), 2_500, 1, true),
        ]
    );
    let a: Vec<_> = build(only_tier(Tier::A))
        .activity
        .months
        .iter()
        .map(|m| m.amount)
        .collect();
    assert_eq!(a, vec![3_000, 5_000, 2_500]);
}

#[test]
fn tiers_and_segments_follow_the_filter() {
    let tiers = |d: &Dashboard| -> Vec<(Tier, u32, f64, i64)> {
        d.standing
            .tiers
            .iter()
            .map(|t| (t.tier, t.customers, t.lifetime_value, t.revenue))
            .collect()
    };
    let segments = |d: &Dashboard| -> Vec<(Segment, u32)> {
        d.standing
            .segments
            .iter()
            .copied()
            .filter(|(_, n)| *n > 0)
            .collect()
    };
    let d = everyone();
    assert_eq!(
        tiers(&d),
        vec![
            (Tier::A, 1, 50_000.0, 10_500),
            (Tier::B, 1, 20_000.0, 2_000),
            (Tier::C, 1, 1_000.0, 1_000)
        ]
    );
    assert_eq!(d.standing.segments.len(), Segment::ALL.len());
    assert_eq!(
        segments(&d),
        vec![
            (Segment::Champion, 1),
            (Segment::Loyal, 1),
            (Segment::Lost, 1)
        ]
    );

    let lost = build(Audience {
        tier: None,
        segment: Some(Segment::Lost),
    });
    assert_eq!(
        tiers(&lost),
        vec![
            (Tier::A, 0, 0.0, 0),
            (Tier::B, 0, 0.0, 0),
            (Tier::C, 1, 1_000.0, 1_000)
        ]
    );
    assert_eq!(segments(&lost), vec![(Segment::Lost, 1)]);
    assert_eq!(lost.activity.weeks.iter().map(|w| w.visits).sum::<u32>(), 1);

    // Tier A and lost: nobody.
    let nobody = build(Audience {
        tier: Some(Tier::A),
        segment: Some(Segment::Lost),
    });
    assert!(segments(&nobody).is_empty());
    assert_eq!(
        nobody.activity.months.iter().map(|m| m.amount).sum::<i64>(),
        0
    );
    assert!(nobody.satisfaction.iter().all(|m| m.tally.feedback == 0));
}

#[test]
fn nps_and_csat_per_month_with_their_counts() {
    // (month, CSAT answers, CSAT %, NPS answers, NPS)
    type Row = (chrono::NaiveDate, u32, Option<f64>, u32, Option<f64>);
    let rows = |d: &Dashboard| -> Vec<Row> {
        d.satisfaction
            .iter()
            .map(|m| {
                (
                    m.month.start,
                    m.tally.csat.count,
                    m.tally.csat.score(),
                    m.tally.nps.count(),
                    m.tally.nps.score(),
                )
            })
            .collect()
    };
    assert_eq!(
        rows(&everyone()),
        vec![
            // 5 and 2: one satisfied of two; 10 and 3: a promoter and a detractor.
            (day("2026-09-01"), 2, Some(50.0), 2, Some(0.0)),
            // The deleted customer's feedback is not counted.
            (day("2026-10-01"), 1, Some(100.0), 1, Some(100.0)),
            // 8 is passive.
            (day("2026-11-01"), 1, Some(100.0), 1, Some(0.0)),
        ]
    );
    assert_eq!(
        rows(&build(only_tier(Tier::B))),
        vec![
            (day("2026-09-01"), 1, Some(0.0), 1, Some(-100.0)),
            (day("2026-10-01"), 0, None, 0, None),
            (day("2026-11-01"), 0, None, 0, None),
        ]
    );
}

#[test]
fn satisfaction_per_part_most_answered_first() {
    let d = everyone();
    // (name, feedback, CSAT %, thumbs up, thumbs down)
    let parts: Vec<_> = d
        .parts
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.tally.feedback,
                p.tally.csat.score(),
                p.tally.thumbs.up,
                p.tally.thumbs.down,
            )
        })
        .collect();
    assert_eq!(
        parts,
        vec![
            ("散歩60分", 2, Some(50.0), 1, 1),
            ("シャンプー", 1, Some(0.0), 0, 0)
        ]
    );
    let a = build(only_tier(Tier::A));
    assert_eq!(a.parts.len(), 1);
    assert_eq!(a.parts[0].tally.thumbs.up, 1);
}

#[test]
fn first_response_and_share_within_target_per_month() {
    let d = everyone();
    // (month, tickets, complaints, visits, median first response, responded, % within target)
    let rows: Vec<_> = d
        .service
        .iter()
        .map(|m| {
            let f = &m.figures;
            (
                m.month.start,
                f.tickets,
                f.complaints,
                f.visits,
                f.first_response.median_minutes(),
                f.first_response.count(),
                f.first_response.percent_within_target(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (day("2026-09-01"), 0, 0, 2, None, 0, None),
            // 60 and 2,880 minutes: the median is their mean; one of two in time.
            (day("2026-10-01"), 2, 1, 2, Some(1_470.0), 2, Some(50.0)),
            // The waiting complaint is overdue: decided, and missed.
            (day("2026-11-01"), 1, 1, 2, None, 0, Some(0.0)),
        ]
    );
    let november = &d.service[2].figures;
    assert_eq!(november.complaints_per_100_visits(), Some(50.0));
}

#[test]
fn coupons_by_month_issued_and_where_they_stand() {
    let d = everyone();
    // (month, issued, redeemed, open, expired, voided, redemption %)
    let rows: Vec<_> = d
        .coupons
        .iter()
        .map(|m| {
            (
                m.month.start,
                m.issued(),
                m.redeemed,
                m.open,
                m.expired,
                m.voided,
                m.redemption_rate(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (day("2026-09-01"), 0, 0, 0, 0, 0, None),
            (day("2026-10-01"), 2, 1, 0, 1, 0, Some(50.0)),
            // The voided coupon could not be used: one usable, none redeemed.
            (day("2026-11-01"), 2, 0, 1, 0, 1, Some(0.0)),
        ]
    );
}

#[test]
fn tiers_add_up_to_everyone() {
    let all = everyone();
    let parts: Vec<Dashboard> = Tier::ALL.iter().map(|&t| build(only_tier(t))).collect();
    let sum = |f: &dyn Fn(&Dashboard) -> Vec<i64>| -> Vec<i64> {
        parts.iter().map(f).fold(vec![0; f(&all).len()], |acc, v| {
            acc.iter().zip(v).map(|(a, b)| a + b).collect()
        })
    };
    let weekly = |d: &Dashboard| {
        d.activity
            .weeks
            .iter()
            .map(|w| i64::from(w.visits))
            .collect::<Vec<_>>()
    };
    let monthly = |d: &Dashboard| {
        d.activity
            .months
            .iter()
            .map(|m| m.amount)
            .collect::<Vec<_>>()
    };
    let answers = |d: &Dashboard| {
        d.satisfaction
            .iter()
            .map(|m| i64::from(m.tally.feedback))
            .collect::<Vec<_>>()
    };
    let tickets = |d: &Dashboard| {
        d.service
            .iter()
            .map(|m| i64::from(m.figures.tickets))
            .collect::<Vec<_>>()
    };
    let issued = |d: &Dashboard| {
        d.coupons
            .iter()
            .map(|m| i64::from(m.issued()))
            .collect::<Vec<_>>()
    };
    for f in [
        &weekly as &dyn Fn(&Dashboard) -> Vec<i64>,
        &monthly,
        &answers,
        &tickets,
        &issued,
    ] {
        assert_eq!(sum(f), f(&all));
    }
}
