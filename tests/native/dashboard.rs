//! The dashboard's visits, minutes, revenue, tiers and segments, for everyone and for one tier
//! or one segment, on the hand-computed world of `dashboard_world`; and a law: the three tiers'
//! dashboards add up to everyone's.

use crate::dashboard_world::{build, everyone, only_tier};
use crate::support::day;
use tsunagu::core::dashboard::audience::Audience;
use tsunagu::core::dashboard::period::Period;
use tsunagu::core::dashboard::Dashboard;
use tsunagu::core::identify::rfm::Segment;
use tsunagu::core::identify::tiers::Tier;

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
            .months
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
