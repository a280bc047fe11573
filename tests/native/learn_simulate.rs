//! The learning loop on a smaller simulated population than the benchmark's (see
//! `tsunagu::core::learn::simulate`): 100 customers, five visits each.
//!
//! What holds at this size, with structured tastes and three suggestions in ten accepted, and is
//! asserted: from the second visit on, offers from the learned taste are truly better than
//! those from the stated needs and than the best set menu, and by the fifth visit they reach
//! 85 % of what knowing every customer's true taste would give (87.5 % with this seed; 83–88.5 %
//! on seeds 1–7). The benchmark's goal of 90 % by the fifth visit is not reached (about 87 % at
//! 300 customers; see the module documentation of the simulation), so it is not asserted.

use tsunagu::core::learn::simulate::{simulate, Setup};

const SMALL: Setup = Setup {
    customers: 100,
    visits: 5,
    ..Setup::BENCHMARK
};

#[test]
fn learning_beats_stated_needs_and_the_set_menu_from_the_second_visit() {
    let outcome = simulate(&SMALL);
    assert_eq!(outcome.visits.len(), 5);
    for (visit, shares) in outcome.visits.iter().enumerate() {
        // The oracle is the ceiling (up to the offer search's whole points).
        for share in [shares.set_menu, shares.stated, shares.learning] {
            assert!(share <= 1.005, "visit {}: {shares:?}", visit + 1);
        }
        if visit >= 1 {
            assert!(
                shares.learning > shares.stated && shares.learning > shares.set_menu,
                "visit {}: {shares:?}",
                visit + 1
            );
        }
    }
    let (second, fifth) = (outcome.visits[1].learning, outcome.visits[4].learning);
    assert!(fifth >= 0.85, "visit 5: {fifth}");
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
fn newcomers_to_an_established_business_start_from_what_everyone_taught() {
    let opening = SMALL;
    let over_time = Setup {
        arrivals: 5,
        ..SMALL
    };
    let (a, b) = (simulate(&opening), simulate(&over_time));
    // The same people and the same oracle; only when they arrive differs.
    assert_eq!(a.oracle, b.oracle);
    assert_eq!(a.visits[0].stated, b.visits[0].stated);
    assert!(
        b.visits[0].learning > a.visits[0].learning + 0.05,
        "first visits: {:.3} arriving over time, {:.3} all on the opening day",
        b.visits[0].learning,
        a.visits[0].learning
    );
}
