//! The order in which the offer search decides items. Any order gives the same answer; a good
//! one makes the search short. Items are taken best score *per unit of what they use* first
//! (price and minutes blended so both limits weigh alike): deciding the items that a good set
//! is most likely made of first finds strong sets early, whose scores then cut the rest, and
//! leaves for later the items the bounds judge well. Each group's items stay together (the
//! tables of [`super::relax`] bound a group as one stretch), the group placed by its best.
//! Items that add nothing come last.

use super::search::{Item, Problem};
use crate::core::sorting;
use std::cmp::Ordering;

/// The weights of price and minutes that make the two limits weigh alike (each scaled by
/// the other's limit); only the limited ones count.
pub(super) fn blend(problem: &Problem) -> (i64, i64) {
    match (problem.budget, problem.minutes) {
        (Some(budget), Some(minutes)) => (i64::from(minutes).max(1), budget.max(1)),
        (Some(_), None) => (1, 0),
        (None, Some(_)) => (0, 1),
        (None, None) => (0, 0),
    }
}

/// The runs of the search order, in order: each group's items together (the group's index
/// first), and every item of no group alone.
pub(super) fn search_order(problem: &Problem) -> Vec<(Option<usize>, Vec<usize>)> {
    let items = &problem.items;
    let (per_yen, per_minute) = blend(problem);
    let weight = |item: &Item| {
        i128::from(item.price) * i128::from(per_yen)
            + i128::from(item.minutes) * i128::from(per_minute)
    };
    let sooner = |a: &usize, b: &usize| {
        let (x, y) = (&items[*a], &items[*b]);
        let by_ratio = if x.score > 0 && y.score > 0 {
            ratio_order(x.score, weight(x), y.score, weight(y))
        } else {
            (y.score > 0).cmp(&(x.score > 0))
        };
        y.forced
            .cmp(&x.forced)
            .then(by_ratio)
            .then(y.score.cmp(&x.score))
            .then(x.price.cmp(&y.price))
            .then(a.cmp(b))
    };
    let mut runs: Vec<(Option<usize>, Vec<usize>)> = (0..problem.groups.len())
        .map(|g| (Some(g), Vec::new()))
        .collect();
    for (i, item) in items.iter().enumerate() {
        match item.group {
            Some(g) => runs[g].1.push(i),
            None => runs.push((None, vec![i])),
        }
    }
    runs.retain(|(_, run)| !run.is_empty());
    for (_, run) in &mut runs {
        sorting::sort_by(run, sooner);
    }
    sorting::sort_by(&mut runs, |a, b| sooner(&a.1[0], &b.1[0]));
    runs
}

/// Orders by score per unit of weight, best first; weightless items first of all.
fn ratio_order(score_a: i64, weight_a: i128, score_b: i64, weight_b: i128) -> Ordering {
    match (weight_a == 0, weight_b == 0) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        // score_a / weight_a > score_b / weight_b, without division (saturating: beyond
        // any real catalog, the order only has to be some order).
        (false, false) => (i128::from(score_b).saturating_mul(weight_a))
            .cmp(&i128::from(score_a).saturating_mul(weight_b)),
    }
}
