//! Purchase histories, RFM scores and segments, and tiers by share of value.

use chrono::NaiveDate;
use proptest::prelude::*;
use tsunagu::core::identify::history::{histories, Purchase};
use tsunagu::core::identify::rfm::{quintiles, score, RfmInput, Segment};
use tsunagu::core::identify::tiers::{assign, Tier, TierShares};

pub(super) fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

pub(super) fn buy(customer: &str, on: &str, amount: i64) -> Purchase<String> {
    Purchase {
        customer: customer.to_owned(),
        day: day(on),
        amount,
    }
}

#[test]
fn visits_on_one_day_are_one_occasion_and_later_visits_are_ignored() {
    let purchases = [
        buy("hanako", "2026-01-05", 800),
        buy("hanako", "2026-01-05", 400),
        buy("hanako", "2026-01-19", 1000),
        buy("hanako", "2026-03-02", 900),
        buy("ichiro", "2026-02-01", 500),
        buy("ichiro", "2026-06-01", 700),
        buy("later", "2026-04-01", 300),
    ];
    let all = histories(&purchases, day("2026-03-02"));
    assert_eq!(all.keys().collect::<Vec<_>>(), ["hanako", "ichiro"]);
    let hanako = &all["hanako"];
    assert_eq!(
        hanako.occasions,
        vec![
            (day("2026-01-05"), 1200),
            (day("2026-01-19"), 1000),
            (day("2026-03-02"), 900)
        ]
    );
    assert_eq!(
        (
            hanako.frequency(),
            hanako.recency_days(),
            hanako.total_spent()
        ),
        (3, 0, 3100)
    );
    let h = hanako.repeat_history();
    assert_eq!(h.x, 2);
    assert!((h.t_x - 56.0 / 7.0).abs() < 1e-12 && (h.t - 56.0 / 7.0).abs() < 1e-12);
    let s = hanako.spend_history();
    assert_eq!(
        (s.x, s.mean_value),
        (2, 950.0),
        "the first occasion is not a repeat"
    );
    let ichiro = &all["ichiro"];
    assert_eq!((ichiro.frequency(), ichiro.recency_days()), (1, 29));
    assert_eq!(ichiro.repeat_history().x, 0);
}

#[test]
fn the_segment_map() {
    use Segment::*;
    // Recency rows 5 (top) to 1, frequency columns 1 to 5, as documented in rfm.rs.
    let map = [
        [New, Potential, Potential, Champion, Champion],
        [Promising, Potential, Loyal, Champion, Champion],
        [NeedsAttention, NeedsAttention, Loyal, Loyal, Loyal],
        [Hibernating, Hibernating, AtRisk, AtRisk, CantLose],
        [Lost, Lost, AtRisk, AtRisk, CantLose],
    ];
    for (row, segments) in map.iter().enumerate() {
        let r = 5 - row as u8;
        for (column, segment) in segments.iter().enumerate() {
            assert_eq!(
                Segment::of(r, column as u8 + 1),
                *segment,
                "R{r} F{}",
                column + 1
            );
        }
    }
    let used: std::collections::BTreeSet<_> = map.iter().flatten().collect();
    assert_eq!(
        used.len(),
        Segment::ALL.len(),
        "every segment appears in the map"
    );
}

#[test]
fn scores_on_a_hand_computed_example() {
    // Ten customers; four came once, so they share the frequency score of their mid-rank
    // (0 + 4/2) / 10 = 0.2 → 2.
    let inputs: Vec<RfmInput> = [
        (1, 9, 9000.0),
        (3, 6, 5000.0),
        (7, 5, 4000.0),
        (10, 4, 3500.0),
        (14, 3, 3000.0),
        (20, 2, 2000.0),
        (40, 1, 800.0),
        (60, 1, 600.0),
        (90, 1, 500.0),
        (200, 1, 100.0),
    ]
    .iter()
    .map(|&(recency_days, frequency, monetary)| RfmInput {
        recency_days,
        frequency,
        monetary,
    })
    .collect();
    let scores = score(&inputs);
    let r: Vec<u8> = scores.iter().map(|s| s.recency).collect();
    let f: Vec<u8> = scores.iter().map(|s| s.frequency).collect();
    let m: Vec<u8> = scores.iter().map(|s| s.monetary).collect();
    assert_eq!(r, [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    assert_eq!(f, [5, 5, 4, 4, 3, 3, 2, 2, 2, 2]);
    assert_eq!(m, [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    assert_eq!(Segment::of(r[0], f[0]), Segment::Champion);
    assert_eq!(Segment::of(r[9], f[9]), Segment::Lost);
}

#[test]
fn tiers_on_a_hand_computed_example() {
    // Total 1000: 400 + 200 = 60 % (the second crosses 50 % and is still A); then 150 + 100
    // reach 85 % (the second crosses 80 % and is still B); the rest are C, as is a zero.
    let values: Vec<(&str, f64)> = vec![
        ("e", 50.0),
        ("a", 400.0),
        ("c", 150.0),
        ("b", 200.0),
        ("d", 100.0),
        ("f", 50.0),
        ("g", 50.0),
        ("z", 0.0),
    ];
    let tiers = assign(&values, TierShares::default());
    let of = |id: &str| tiers[id];
    assert_eq!(
        [
            of("a"),
            of("b"),
            of("c"),
            of("d"),
            of("e"),
            of("f"),
            of("g"),
            of("z")
        ],
        [
            Tier::A,
            Tier::A,
            Tier::B,
            Tier::B,
            Tier::C,
            Tier::C,
            Tier::C,
            Tier::C
        ]
    );
    assert!(assign::<&str>(&[("x", 0.0)], TierShares::default())
        .values()
        .all(|t| *t == Tier::C));
}

proptest! {
    #[test]
    fn quintile_scores_follow_the_values(values in prop::collection::vec(0u32..50, 1..200)) {
        let values: Vec<f64> = values.into_iter().map(f64::from).collect();
        let scores = quintiles(&values);
        for i in 0..values.len() {
            prop_assert!((1..=5).contains(&scores[i]));
            for j in 0..values.len() {
                if values[i] == values[j] { prop_assert_eq!(scores[i], scores[j]); }
                if values[i] < values[j] { prop_assert!(scores[i] <= scores[j]); }
            }
        }
    }

    #[test]
    fn distinct_values_fill_the_quintiles_evenly(n in 1usize..40) {
        let values: Vec<f64> = (0..n * 5).map(|i| i as f64).collect();
        let scores = quintiles(&values);
        for s in 1..=5u8 {
            prop_assert_eq!(scores.iter().filter(|&&x| x == s).count(), n);
        }
    }

    #[test]
    fn tier_a_is_the_smallest_top_group_reaching_its_share(values in prop::collection::vec(1u32..10_000, 1..60)) {
        let values: Vec<(usize, f64)> = values.into_iter().map(f64::from).enumerate().collect();
        let tiers = assign(&values, TierShares::default());
        let total: f64 = values.iter().map(|v| v.1).sum();
        let a: Vec<f64> = values.iter().filter(|v| tiers[&v.0] == Tier::A).map(|v| v.1).collect();
        let a_sum: f64 = a.iter().sum();
        let smallest_a = a.iter().copied().fold(f64::INFINITY, f64::min);
        prop_assert!(a_sum >= 0.5 * total, "A holds at least half the value");
        prop_assert!(a_sum - smallest_a < 0.5 * total, "and no customer more than needed");
        // Nobody outside A is worth more than someone in A.
        for v in &values {
            if tiers[&v.0] != Tier::A { prop_assert!(v.1 <= smallest_a); }
        }
    }
}

#[test]
fn tier_percents_the_owner_may_choose() {
    use tsunagu::core::identify::tiers::TierPercents;
    let cases = [
        ((50, 30), true),
        ((1, 0), true),
        ((99, 1), true),
        ((0, 30), false),
        ((100, 0), false),
        ((60, 41), false),
    ];
    for ((a, b), allowed) in cases {
        assert_eq!(TierPercents::new(a, b).is_some(), allowed, "{a} {b}");
    }
    let shares = TierPercents::default().shares();
    assert_eq!((shares.a_share, shares.b_share), (0.5, 0.3));
    assert_eq!(shares, TierShares::default());
}
