//! The dashboard's satisfaction, service and coupon figures per month and per part, on the
//! hand-computed world of `dashboard_world`.

use crate::dashboard_world::{build, everyone, only_tier};
use crate::support::day;
use tsunagu::core::dashboard::Dashboard;
use tsunagu::core::identify::tiers::Tier;

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
        .months
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
    let november = &d.service.months[2].figures;
    assert_eq!(november.complaints_per_100_visits(), Some(50.0));
    // The whole period: both responses, and one of three tickets decided in time.
    let total = &d.service.total.first_response;
    assert_eq!((total.count(), total.median_minutes()), (2, Some(1_470.0)));
    assert_eq!((total.within_target, total.with_target), (1, 3));
    assert_eq!(d.service.total.visits, 6);
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
