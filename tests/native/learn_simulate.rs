//! The learning loop on a smaller simulated population than the benchmark's (see
//! `tsunagu::core::learn::simulate`): 100 customers, five visits each.
//!
//! What holds at this size, with structured tastes and three suggestions in ten accepted, and is
//! asserted: from the first visit on — the population is learned from what everyone stated
//! before anyone rates — offers from the learned taste are truly better than those from the
//! stated needs and than the best set menu, and by the fifth visit they reach 88 % of what
//! knowing every customer's true taste would give (90.2 % with this seed; 86.5–89.6 % on seeds
//! 1–7, so the benchmark's 90 % is asserted only at its own size, in the benchmark).

use tsunagu::core::learn::simulate::{simulate, Setup};

const SMALL: Setup = Setup {
    customers: 100,
    visits: 5,
    ..Setup::BENCHMARK
};

#[test]
fn learning_beats_stated_needs_and_the_set_menu_at_every_visit() {
    let outcome = simulate(&SMALL);
    assert_eq!(outcome.visits.len(), 5);
    for (visit, shares) in outcome.visits.iter().enumerate() {
        // The oracle is the ceiling (up to the offer search's whole points).
        for share in [shares.set_menu, shares.stated, shares.learning] {
            assert!(share <= 1.005, "visit {}: {shares:?}", visit + 1);
        }
        assert!(
            shares.learning > shares.stated && shares.learning > shares.set_menu,
            "visit {}: {shares:?}",
            visit + 1
        );
    }
    let (second, fifth) = (outcome.visits[1].learning, outcome.visits[4].learning);
    assert!(fifth >= 0.88, "visit 5: {fifth}");
    assert!(fifth > second, "no progress: {second} then {fifth}");
    // The benchmark's policy offers from the learned taste and some suggestions are accepted.
    assert!(outcome.feedback > 0 && outcome.tried > 0);
}

#[test]
fn suggestions_are_tried_when_customers_accept_them() {
    let accepting = Setup {
        customers: 30,
        visits: 3,
        accept_new: 0.5,
        ..Setup::BENCHMARK
    };
    assert!(simulate(&accepting).tried > 0);
}

#[test]
fn a_run_is_repeatable() {
    let tiny = Setup {
        customers: 12,
        visits: 3,
        ..Setup::BENCHMARK
    };
    assert_eq!(simulate(&tiny), simulate(&tiny));
    let other = simulate(&Setup { seed: 7, ..tiny });
    assert_ne!(simulate(&tiny).visits, other.visits);
}

#[test]
fn what_everyone_stated_makes_the_first_offer_better_than_their_own_words_alone() {
    for arrivals in [1, 5] {
        let outcome = simulate(&Setup { arrivals, ..SMALL });
        let first = &outcome.visits[0];
        assert!(
            first.learning > first.stated + 0.1 && first.learning > first.set_menu,
            "arriving in {arrivals} groups, first visit: {first:?}"
        );
    }
}
