//! The offer search is exact: on random small catalogs it returns exactly the best minimal
//! sets that brute force finds, every set it returns keeps every rule, and more budget or
//! time never lowers the best score.

use proptest::prelude::*;
use tsunagu::core::customize::search::{best, Choice, Group, Item, Problem};

/// Whether `set` keeps every rule, written independently of the engine.
fn keeps_rules(problem: &Problem, set: &[usize]) -> bool {
    let has = |i: &usize| set.contains(i);
    let items = &problem.items;
    let price: i64 = set.iter().map(|&i| items[i].price).sum();
    let minutes: u32 = set.iter().map(|&i| items[i].minutes).sum();
    let forced_in = (0..items.len())
        .filter(|i| items[*i].forced)
        .all(|i| has(&i));
    let rules = set.iter().all(|&i| {
        !items[i].banned && items[i].requires.iter().all(has) && !items[i].excludes.iter().any(has)
    });
    let groups = problem.groups.iter().enumerate().all(|(g, group)| {
        let n = set.iter().filter(|&&i| items[i].group == Some(g)).count();
        if group.exactly_one {
            n == 1
        } else {
            n <= 1
        }
    });
    forced_in
        && rules
        && groups
        && problem.budget.is_none_or(|b| price <= b)
        && problem.minutes.is_none_or(|m| minutes <= m)
}

/// Whether no nonempty subset of the items of score ≤ 0 can be dropped from `set` with the
/// rest keeping the rules, by trying every subset.
fn nothing_droppable(problem: &Problem, set: &[usize]) -> bool {
    let useless: Vec<usize> = set
        .iter()
        .copied()
        .filter(|&i| problem.items[i].score <= 0)
        .collect();
    (1u32..1 << useless.len()).all(|drop| {
        let dropped = |i: &usize| {
            useless
                .iter()
                .position(|u| u == i)
                .is_some_and(|at| drop & (1 << at) != 0)
        };
        let rest: Vec<usize> = set.iter().copied().filter(|i| !dropped(i)).collect();
        !keeps_rules(problem, &rest)
    })
}

/// The best sets from which nothing useless can be dropped, best first, by trying them all.
fn brute_force(problem: &Problem, k: usize) -> Vec<Choice> {
    let n = problem.items.len();
    let mut all: Vec<Choice> = (0u32..1 << n)
        .map(|mask| (0..n).filter(|i| mask & (1 << i) != 0).collect::<Vec<_>>())
        .filter(|set| keeps_rules(problem, set))
        .filter(|set| nothing_droppable(problem, set))
        .map(|set| Choice::of(problem, set))
        .collect();
    all.sort_by(|a, b| a.rank(b));
    all.truncate(k);
    all
}

fn problems() -> impl Strategy<Value = Problem> {
    (1usize..=12, 0usize..=3).prop_flat_map(|(n, groups)| {
        let item = (
            -100i64..=300,
            0i64..=40,
            0u32..=12,
            proptest::option::weighted(0.5, 0..groups.max(1)),
            proptest::collection::vec(0..n, 0..=1),
            proptest::collection::vec(0..n, 0..=2),
            proptest::bool::weighted(0.1),
            proptest::bool::weighted(0.1),
        )
            .prop_map(
                move |(score, price, minutes, group, requires, excludes, forced, banned)| Item {
                    score,
                    price: price * 100,
                    minutes: minutes * 5,
                    group: group.filter(|_| groups > 0),
                    requires,
                    excludes,
                    forced,
                    banned,
                },
            );
        (
            proptest::collection::vec(item, n),
            proptest::collection::vec(proptest::bool::ANY, groups),
            proptest::option::weighted(0.8, 0i64..=8_000),
            proptest::option::weighted(0.6, 0u32..=150),
        )
            .prop_map(|(mut items, exactly, budget, minutes)| {
                // An item neither requires nor excludes itself.
                for (i, item) in items.iter_mut().enumerate() {
                    item.requires.retain(|&r| r != i);
                    item.excludes.retain(|&x| x != i);
                }
                Problem {
                    items,
                    groups: exactly
                        .into_iter()
                        .map(|exactly_one| Group { exactly_one })
                        .collect(),
                    budget,
                    minutes,
                }
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_search_finds_exactly_what_brute_force_finds(problem in problems()) {
        prop_assert_eq!(best(&problem, 4), brute_force(&problem, 4));
    }

    #[test]
    fn every_offered_set_keeps_every_rule(problem in problems()) {
        for choice in best(&problem, 4) {
            prop_assert!(keeps_rules(&problem, &choice.items), "{choice:?}");
        }
    }

    #[test]
    fn more_budget_or_time_never_lowers_the_best_score(
        problem in problems(), more_yen in 0i64..3_000, more_minutes in 0u32..60,
    ) {
        let mut richer = problem.clone();
        richer.budget = problem.budget.map(|b| b + more_yen);
        richer.minutes = problem.minutes.map(|m| m + more_minutes);
        let before = best(&problem, 1);
        let after = best(&richer, 1);
        if let Some(before) = before.first() {
            let after = after.first().expect("a set that fitted still fits");
            prop_assert!(after.score >= before.score, "{before:?} then {after:?}");
        }
    }
}

#[test]
fn the_alternatives_are_the_next_best_different_sets() {
    // Three liked items; the budget takes any two.
    let item = |score, price| Item {
        score,
        price,
        ..Item::default()
    };
    let problem = Problem {
        items: vec![item(300, 500), item(200, 500), item(100, 500), item(0, 100)],
        budget: Some(1_000),
        ..Problem::default()
    };
    let sets: Vec<(Vec<usize>, i64)> = best(&problem, 4)
        .into_iter()
        .map(|c| (c.items, c.score))
        .collect();
    // The useless item 3 (score 0) is never added to a set that does not need it.
    assert_eq!(
        sets,
        vec![
            (vec![0, 1], 500),
            (vec![0, 2], 400),
            // Equal scores: the cheaper set first.
            (vec![0], 300),
            (vec![1, 2], 300),
        ]
    );
}
