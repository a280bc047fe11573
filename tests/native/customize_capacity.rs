//! The capacity plan is exact: equal to brute force on small instances and to an independent
//! integer-programming solver (good_lp with microlp) on medium ones; more minutes never lower
//! it; everyone is served whenever that fits.

use good_lp::{constraint, microlp, variable, Expression, ProblemVariables, Solution, SolverModel};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use tsunagu::core::customize::capacity::{Level, Table};
use tsunagu::core::customize::plan::{plan_capacity, Assigned, Expected, ServiceLevel};

/// The best total worth with one level per customer within `capacity`, by trying every
/// combination; `None` when nothing fits.
fn brute_force(customers: &[Vec<Level>], capacity: u32) -> Option<i64> {
    let mut best = None;
    let mut pick = vec![0usize; customers.len()];
    loop {
        let minutes: u32 = pick.iter().zip(customers).map(|(&l, c)| c[l].minutes).sum();
        let worth: i64 = pick.iter().zip(customers).map(|(&l, c)| c[l].worth).sum();
        if minutes <= capacity && best.is_none_or(|b| worth > b) {
            best = Some(worth);
        }
        // The next combination, like an odometer.
        let mut c = 0;
        loop {
            if c == customers.len() {
                return best;
            }
            pick[c] += 1;
            if pick[c] < customers[c].len() {
                break;
            }
            pick[c] = 0;
            c += 1;
        }
    }
}

/// The same optimum from a mixed-integer program: a binary per (customer, level), one level
/// per customer, minutes within the capacity.
fn integer_program(customers: &[Vec<Level>], capacity: u32) -> Option<i64> {
    let mut vars = ProblemVariables::new();
    let x: Vec<Vec<_>> = customers
        .iter()
        .map(|levels| {
            levels
                .iter()
                .map(|_| vars.add(variable().binary()))
                .collect()
        })
        .collect();
    let objective: Expression = customers
        .iter()
        .zip(&x)
        .flat_map(|(levels, xs)| levels.iter().zip(xs).map(|(l, &v)| l.worth as f64 * v))
        .sum();
    let minutes: Expression = customers
        .iter()
        .zip(&x)
        .flat_map(|(levels, xs)| {
            levels
                .iter()
                .zip(xs)
                .map(|(l, &v)| f64::from(l.minutes) * v)
        })
        .sum();
    let mut model = vars
        .maximise(objective.clone())
        .using(microlp)
        .with(constraint!(minutes <= f64::from(capacity)));
    for xs in &x {
        let one: Expression = xs.iter().copied().map(Expression::from).sum();
        model = model.with(constraint!(one == 1));
    }
    let solution = model.solve().ok()?;
    Some(solution.eval(&objective).round() as i64)
}

fn instances(
    customers: std::ops::RangeInclusive<usize>,
    levels: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = (Vec<Vec<Level>>, u32)> {
    let level = (0u32..=24, -50i64..=400).prop_map(|(m, worth)| Level {
        minutes: m * 5,
        worth,
    });
    (
        proptest::collection::vec(proptest::collection::vec(level, levels), customers),
        0u32..=100,
    )
        .prop_map(|(customers, share)| {
            let most: u32 = customers
                .iter()
                .map(|l| l.iter().map(|l| l.minutes).max().unwrap_or(0))
                .sum();
            (customers, most * share / 100)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_plan_equals_brute_force((customers, capacity) in instances(1..=6, 1..=4)) {
        let table = Table::solve(&customers, capacity);
        let plan = table.plan(capacity);
        prop_assert_eq!(plan.as_ref().map(|p| p.worth), brute_force(&customers, capacity));
        if let Some(plan) = plan {
            let minutes: u32 = plan.levels.iter().zip(&customers).map(|(&l, c)| c[l].minutes).sum();
            let worth: i64 = plan.levels.iter().zip(&customers).map(|(&l, c)| c[l].worth).sum();
            prop_assert_eq!((minutes, worth), (plan.minutes, plan.worth));
            prop_assert!(minutes <= capacity);
        }
    }

    #[test]
    fn more_minutes_never_lower_the_plan(
        (customers, capacity) in instances(1..=8, 1..=4), more in 0u32..=120,
    ) {
        let table = Table::solve(&customers, capacity + more);
        if let Some(before) = table.plan(capacity) {
            let after = table.plan(capacity + more).expect("what fitted still fits");
            prop_assert!(after.worth >= before.worth);
        }
    }
}

#[test]
fn the_plan_equals_an_integer_program_on_100_medium_instances() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = instances(20..=20, 4..=4);
    for _ in 0..100 {
        let (customers, capacity) = strategy.new_tree(&mut runner).unwrap().current();
        let ours = Table::solve(&customers, capacity)
            .plan(capacity)
            .map(|p| p.worth);
        assert_eq!(
            ours,
            integer_program(&customers, capacity),
            "capacity {capacity}: {customers:?}"
        );
    }
}

fn expected(weight: i64, levels: &[(u32, i64)]) -> Expected {
    Expected {
        weight,
        levels: levels
            .iter()
            .map(|&(minutes, satisfaction)| ServiceLevel {
                minutes,
                satisfaction,
            })
            .collect(),
    }
}

#[test]
fn everyone_gets_the_standard_level_when_it_fits_and_upgrades_go_by_weight() {
    // Two customers: standard 60 min, a better 90-minute offer. 150 minutes: one upgrade,
    // to the tier-A customer (weight 3), whose satisfaction counts more.
    let customers = [
        expected(1, &[(60, 100), (90, 200)]),
        expected(3, &[(60, 100), (90, 200)]),
    ];
    let plan = plan_capacity(&customers, 150, 60);
    assert!(plan.everyone_served);
    assert_eq!(plan.plan.assigned, [Assigned::Level(0), Assigned::Level(1)]);
    assert_eq!((plan.plan.minutes, plan.plan.worth), (150, 100 + 600));
    // 60 more minutes buy the other upgrade.
    assert_eq!(
        plan.with_more.assigned,
        [Assigned::Level(1), Assigned::Level(1)]
    );
    assert_eq!(plan.with_more.worth, 200 + 600);
}

#[test]
fn when_not_everyone_fits_the_least_important_are_postponed_and_it_is_said() {
    let customers = [
        expected(1, &[(60, 100)]),
        expected(3, &[(60, 100)]),
        expected(2, &[(60, 100)]),
    ];
    let plan = plan_capacity(&customers, 130, 60);
    assert!(!plan.everyone_served);
    assert_eq!(plan.minutes_to_serve_everyone, 180);
    assert_eq!(
        plan.plan.assigned,
        [Assigned::Postponed, Assigned::Level(0), Assigned::Level(0)]
    );
    assert!(plan
        .with_more
        .assigned
        .iter()
        .all(|a| *a == Assigned::Level(0)));
}

#[test]
fn with_no_preferences_everyone_gets_the_standard_level_in_the_fewest_minutes() {
    let customers = [
        expected(3, &[(60, 0), (45, 0), (90, 0)]),
        expected(1, &[(30, 0), (60, 0)]),
    ];
    let plan = plan_capacity(&customers, 600, 60);
    // All levels are worth the same; the plan takes the fewest minutes.
    assert_eq!(plan.plan.assigned, [Assigned::Level(1), Assigned::Level(0)]);
    assert_eq!(plan.plan.minutes, 75);
}

#[test]
fn serving_comes_before_satisfaction_when_not_everyone_fits() {
    // Nobody has stated needs (satisfaction 0 everywhere), and only two of three fit: two are
    // served, not none, and the one postponed is the lightest.
    let customers = [
        expected(2, &[(30, 0)]),
        expected(1, &[(30, 0)]),
        expected(3, &[(30, 0)]),
    ];
    let plan = plan_capacity(&customers, 60, 60);
    assert!(!plan.everyone_served);
    assert_eq!(
        plan.plan.assigned,
        [Assigned::Level(0), Assigned::Postponed, Assigned::Level(0)]
    );
    assert_eq!((plan.plan.minutes, plan.plan.worth), (60, 0));
    // Serving one more beats a better level for someone already served.
    let customers = [expected(1, &[(30, 0), (60, 500)]), expected(1, &[(30, 0)])];
    let plan = plan_capacity(&customers, 60, 0);
    assert_eq!(plan.plan.assigned, [Assigned::Level(0), Assigned::Level(0)]);
}
