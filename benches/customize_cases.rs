//! The customization benchmark, shared by the native run (`benches/core.rs`) and the
//! browser run (`tests/wasm_bench.rs`): offers from a 200-part catalog for 20 customers, and a
//! capacity plan for 1,000 customers × 4 levels × 2,400 minutes. Figures are printed.

use crate::random::Lcg;
use crate::timing::median_ms;
use tsunagu::core::customize::capacity::{Level, Table};
use tsunagu::core::customize::search::{best, Group, Item, Problem};

const PARTS: usize = 200;

/// A part: the needs it serves (tag, strength) and its item without a score yet.
type Part = (Vec<(usize, i64)>, Item);
const TAGS: usize = 12;

/// A catalog of 200 parts: 5 groups of 4 that always take one, 15 groups of 4 that take at
/// most one, 120 free parts; every 10th part requires the one before, every 7th excludes the
/// one three further on; each part serves 1–3 of 12 needs.
fn catalog(rng: &mut Lcg) -> (Vec<Part>, Vec<Group>) {
    let groups = (0..20).map(|g| Group { exactly_one: g < 5 }).collect();
    let parts = (0..PARTS)
        .map(|i| {
            let needs = (0..1 + rng.below(3))
                .map(|_| (rng.below(TAGS as u64) as usize, 20 + rng.below(81) as i64))
                .collect();
            let item = Item {
                price: 100 * (1 + rng.below(30) as i64),
                minutes: 5 * (1 + rng.below(12) as u32),
                group: (i < 80).then_some(i / 4),
                requires: if i % 10 == 9 { vec![i - 1] } else { vec![] },
                excludes: if i % 7 == 6 && i + 3 < PARTS {
                    vec![i + 3]
                } else {
                    vec![]
                },
                ..Item::default()
            };
            (needs, item)
        })
        .collect();
    (parts, groups)
}

/// One customer's problem: feelings −1…+2 per need, a budget of ¥6,000–15,000 and 2–4 hours.
fn customer(rng: &mut Lcg, parts: &[Part], groups: &[Group]) -> Problem {
    let feel: Vec<i64> = (0..TAGS).map(|_| rng.below(4) as i64 - 1).collect();
    let items = parts
        .iter()
        .map(|(needs, item)| Item {
            score: needs
                .iter()
                .map(|&(tag, strength)| strength * feel[tag])
                .sum(),
            ..item.clone()
        })
        .collect();
    Problem {
        items,
        groups: groups.to_vec(),
        budget: Some(1_000 * (6 + rng.below(10) as i64)),
        minutes: Some(60 * (2 + rng.below(3) as u32)),
    }
}

/// 1,000 customers with a standard level of 1–3 minutes (a café's morning set) and three
/// customized ones of a few minutes more, worth weight × satisfaction.
fn capacity_instance(rng: &mut Lcg) -> Vec<Vec<Level>> {
    (0..1_000)
        .map(|_| {
            let weight = 1 + rng.below(3) as i64;
            let standard = 1 + rng.below(3) as u32;
            (0..4)
                .map(|l| Level {
                    minutes: standard + if l == 0 { 0 } else { 1 + rng.below(6) as u32 },
                    worth: weight * (rng.below(300) as i64 + if l == 0 { 0 } else { 100 }),
                })
                .collect()
        })
        .collect()
}

/// Runs the benchmark, printing with `print` and timing with `now_ms`.
pub fn run(where_: &str, now_ms: impl Fn() -> f64, print: impl Fn(String)) {
    let mut rng = Lcg(2026);
    let (parts, groups) = catalog(&mut rng);
    let problems: Vec<Problem> = (0..20)
        .map(|_| customer(&mut rng, &parts, &groups))
        .collect();
    let offered = problems.iter().filter(|p| !best(p, 4).is_empty()).count();
    let mut times: Vec<f64> = problems
        .iter()
        .map(|p| {
            median_ms(&now_ms, || {
                best(p, 4);
            })
        })
        .collect();
    times.sort_by(f64::total_cmp);
    print(format!(
        "Customization, {where_}: 200 parts, best + 3 alternatives, 20 customers (target ≤ 5 ms):\n  median {:.2} ms   slowest {:.2} ms   ({offered} with offers, the rest proven impossible)",
        times[times.len() / 2],
        times[times.len() - 1]
    ));
    let customers = capacity_instance(&mut rng);
    let mut planned = None;
    let plan_ms = median_ms(&now_ms, || {
        planned = Table::solve(&customers, 2_400).plan(2_400);
    });
    let plan = planned.expect("everyone fits in the benchmark");
    print(format!(
        "Capacity plan, {where_}: 1,000 customers × 4 levels × 2,400 minutes (target ≤ 100 ms):\n  {plan_ms:.1} ms   ({} minutes used, worth {})",
        plan.minutes, plan.worth
    ));
}
