//! The analysis the screens read: segments, tiers with overrides, "at risk", the usual
//! interval, and visits of deleted customers left out.

use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;
use tsunagu::core::identify::analysis::{analyse, Analysis, AnalysisSettings, AT_RISK_DROP};
use tsunagu::core::identify::history::Purchase;
use tsunagu::core::identify::rfm::Segment;
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::identify::value::ValueModel;

use super::identify_segments::{buy, day};
use super::identify_value::{as_of, cdnow_purchases};

/// Everyone's analysis as of `as_of`, with no overrides and the default settings.
fn everyone<Id: Clone + Ord>(purchases: &[Purchase<Id>], as_of: NaiveDate) -> Analysis<Id> {
    analyse(
        purchases,
        |_| true,
        &BTreeMap::new(),
        as_of,
        AnalysisSettings::default(),
    )
}

#[test]
fn counts_add_up_and_lists_follow_the_counts() {
    let purchases = cdnow_purchases();
    let a = everyone(&purchases, as_of());
    assert!(matches!(a.model, ValueModel::Fitted { .. }));
    assert_eq!(a.customers.len(), 2357);
    assert_eq!(a.segments.len(), Segment::ALL.len());
    assert_eq!(a.segments.values().sum::<usize>(), 2357);
    for (segment, count) in &a.segments {
        assert_eq!(a.in_segment(*segment).len(), *count, "{segment:?}");
    }
    let tiers: usize = a.tiers.values().map(|t| t.customers).sum();
    assert_eq!(tiers, 2357);
    let total: f64 = a.tiers.values().map(|t| t.value).sum();
    let share_a = a.tiers[&Tier::A].value / total;
    assert!(
        (0.5..0.55).contains(&share_a),
        "tier A holds just over half the value: {share_a}"
    );
    // Lists are ordered by value, and A's lowest is at least B's highest.
    let value = |id: &usize| a.customers[id].value.lifetime_value;
    let tier_a = a.in_tier(Tier::A);
    let tier_b = a.in_tier(Tier::B);
    assert!(tier_a.windows(2).all(|w| value(w[0]) >= value(w[1])));
    assert!(value(tier_a.last().unwrap()) >= value(tier_b[0]));
    // At risk: tier A whose probability active fell by the threshold.
    assert!(!a.at_risk().is_empty());
    for id in a.at_risk() {
        let i = &a.customers[id];
        let (now, before) = (
            i.value.probability_active.unwrap(),
            i.value.probability_active_before.unwrap(),
        );
        assert!(i.tier == Tier::A && before - now >= AT_RISK_DROP, "{i:?}");
    }
}

#[test]
fn the_owners_override_wins_and_moves_the_totals() {
    let purchases = cdnow_purchases();
    let plain = everyone(&purchases, as_of());
    let lowest = **plain.in_tier(Tier::C).last().expect("a C customer");
    let overrides = BTreeMap::from([(lowest, Tier::A)]);
    let a = analyse(
        &purchases,
        |_| true,
        &overrides,
        as_of(),
        AnalysisSettings::default(),
    );
    let insight = &a.customers[&lowest];
    assert_eq!((insight.computed_tier, insight.tier), (Tier::C, Tier::A));
    assert_eq!(a.tier_of(&lowest, Some(Tier::A)), Some(Tier::A));
    assert_eq!(a.tier_of(&lowest, None), Some(Tier::C));
    assert_eq!(
        a.tiers[&Tier::A].customers,
        plain.tiers[&Tier::A].customers + 1
    );
    assert_eq!(
        a.tiers[&Tier::C].customers + 1,
        plain.tiers[&Tier::C].customers
    );
}

#[test]
fn visits_of_unknown_customers_and_after_the_date_are_left_out() {
    let purchases = [
        buy("hanako", "2026-01-05", 800),
        buy("hanako", "2026-01-19", 1000),
        buy("hanako", "2026-02-02", 900),
        buy("hanako", "2026-06-01", 5000),
        buy("deleted", "2026-01-10", 99_000),
    ];
    // The customer "deleted" is no longer in the book.
    let as_of = |date| {
        analyse(
            &purchases,
            |id| id != "deleted",
            &BTreeMap::new(),
            day(date),
            AnalysisSettings::default(),
        )
    };
    let a = as_of("2026-03-05");
    assert_eq!(a.customers.keys().collect::<Vec<_>>(), ["hanako"]);
    let h = &a.customers["hanako"];
    assert_eq!(
        (h.occasions, h.total_spent, h.last_day),
        (3, 2700, day("2026-02-02"))
    );
    assert_eq!(h.usual_interval_days, Some(14));
    assert_eq!(h.next_visit, Some(day("2026-02-16")));
    assert!(matches!(a.model, ValueModel::Historical { returning: 1 }));
    // Alone, she holds all the value: tier A. Overdue by more than two intervals: at risk.
    assert_eq!(h.tier, Tier::A);
    assert!(h.at_risk);
    let sooner = as_of("2026-02-20");
    assert!(
        !sooner.customers["hanako"].at_risk,
        "18 days is not two intervals of 14"
    );
}

#[test]
fn one_visit_has_no_usual_interval_and_a_later_date_ages_everyone() {
    let purchases = [buy("once", "2026-01-05", 800)];
    let early = everyone(&purchases, day("2026-01-05"));
    let once = &early.customers["once"];
    assert_eq!((once.usual_interval_days, once.next_visit), (None, None));
    let later = everyone(&purchases, day("2026-01-05") + Days::new(400));
    assert!(later.customers["once"].value.lifetime_value < once.value.lifetime_value);
}
