//! The second bound of the offer search, and the one that sees the search's state: the
//! fractional-knapsack relaxation of the items still open. Items ruled out by the choices so
//! far (excluded, of a group already served, requiring a dropped item) are left out of it,
//! which the precomputed tables of [`super::relax`] cannot do; the search takes the smaller
//! of the two bounds.
//!
//! A group still open stands in as one item with its open items' best score, lowest price and
//! fewest minutes; a group that must take one reserves that price and those minutes and adds
//! that score whatever it is. The rest is filled best score per yen (or per minute) first,
//! the last item in part. Budget and minutes are bounded separately; the smaller holds.

use super::search::{Item, Problem};
use std::cmp::Ordering;

/// A group's stand-in: (score, price, minutes).
type StandIn = (i64, i64, i64);

pub(super) struct Fractional {
    /// Positive items of no group, by score per yen and by score per minute.
    by_price: Vec<usize>,
    by_minute: Vec<usize>,
    /// Each group's items.
    members: Vec<Vec<usize>>,
}

impl Fractional {
    pub fn new(problem: &Problem) -> Self {
        let items = &problem.items;
        let free: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].score > 0 && items[i].group.is_none())
            .collect();
        let mut by_price = free.clone();
        by_price.sort_by(|&a, &b| {
            ratio_order(
                items[a].score,
                items[a].price,
                items[b].score,
                items[b].price,
            )
        });
        let mut by_minute = free;
        by_minute.sort_by(|&a, &b| {
            let (ma, mb) = (i64::from(items[a].minutes), i64::from(items[b].minutes));
            ratio_order(items[a].score, ma, items[b].score, mb)
        });
        let mut members = vec![Vec::new(); problem.groups.len()];
        for (i, item) in items.iter().enumerate() {
            if let Some(g) = item.group {
                members[g].push(i);
            }
        }
        Self {
            by_price,
            by_minute,
            members,
        }
    }

    /// An upper bound on the score the open items can still add, given each group's count so
    /// far (`taken`) and the price and minutes used; `None` when a group that must take one
    /// has no open item left or its cheapest cannot fit.
    pub fn bound(
        &self,
        problem: &Problem,
        open: impl Fn(usize) -> bool,
        taken: &[usize],
        (price, minutes): (i64, u64),
    ) -> Option<i64> {
        let (mut reserve_price, mut reserve_minutes, mut from_groups) = (0i64, 0u64, 0i64);
        let mut stand_ins: Vec<StandIn> = Vec::new();
        for (g, members) in self.members.iter().enumerate() {
            if taken[g] > 0 {
                continue;
            }
            let (mut low_price, mut low_minutes, mut best) = (i64::MAX, u32::MAX, i64::MIN);
            for &i in members {
                let item = &problem.items[i];
                if open(i) && !item.banned {
                    low_price = low_price.min(item.price);
                    low_minutes = low_minutes.min(item.minutes);
                    best = best.max(item.score);
                }
            }
            if problem.groups[g].exactly_one {
                if best == i64::MIN {
                    return None;
                }
                reserve_price += low_price;
                reserve_minutes += u64::from(low_minutes);
                from_groups += best;
            } else if best > 0 {
                stand_ins.push((best, low_price, i64::from(low_minutes)));
            }
        }
        let budget = match problem.budget {
            Some(b) => Some(Some(b - price - reserve_price).filter(|left| *left >= 0)?),
            None => None,
        };
        let minutes = match problem.minutes {
            Some(m) => {
                let left = u64::from(m).checked_sub(minutes + reserve_minutes)?;
                Some(i64::try_from(left).unwrap_or(i64::MAX))
            }
            None => None,
        };
        let by_price = fill(
            self.open_items(&self.by_price, problem, &open, |item| item.price),
            &mut stand_ins,
            budget,
            |s| s.1,
        );
        let by_minute = fill(
            self.open_items(&self.by_minute, problem, &open, |item| {
                i64::from(item.minutes)
            }),
            &mut stand_ins,
            minutes,
            |s| s.2,
        );
        Some(from_groups + by_price.min(by_minute))
    }

    /// The open items of `order` as (score, weight).
    fn open_items<'a>(
        &'a self,
        order: &'a [usize],
        problem: &'a Problem,
        open: &'a impl Fn(usize) -> bool,
        weight: impl Fn(&Item) -> i64 + 'a,
    ) -> impl Iterator<Item = (i64, i64)> + 'a {
        order
            .iter()
            .filter(move |&&i| open(i) && !problem.items[i].banned)
            .map(move |&i| (problem.items[i].score, weight(&problem.items[i])))
    }
}

/// The fractional knapsack of `free` (best ratio first) and the `stand_ins` under `capacity`
/// (`None`: unlimited), with `weight` a stand-in's weight.
fn fill(
    free: impl Iterator<Item = (i64, i64)>,
    stand_ins: &mut [StandIn],
    capacity: Option<i64>,
    weight: impl Fn(&StandIn) -> i64,
) -> i64 {
    stand_ins.sort_by(|a, b| ratio_order(a.0, weight(a), b.0, weight(b)));
    let grouped = stand_ins.iter().map(|s| (s.0, weight(s)));
    let mut left = capacity.unwrap_or(i64::MAX);
    let mut total = 0i64;
    for (score, w) in merge_by_ratio(free, grouped) {
        if w <= left {
            total += score;
            left -= w;
        } else {
            // Rounded up, so the bound stays an upper bound.
            let part = (i128::from(score) * i128::from(left) + i128::from(w) - 1) / i128::from(w);
            total += i64::try_from(part).unwrap_or(score);
            break;
        }
    }
    total
}

/// Two sequences of (score, weight), each best ratio first, merged best ratio first.
fn merge_by_ratio(
    a: impl Iterator<Item = (i64, i64)>,
    b: impl Iterator<Item = (i64, i64)>,
) -> impl Iterator<Item = (i64, i64)> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) => {
            if ratio_order(x.0, x.1, y.0, y.1) != Ordering::Greater {
                a.next()
            } else {
                b.next()
            }
        }
        (Some(_), None) => a.next(),
        (None, _) => b.next(),
    })
}

/// Orders by score per unit of a resource, best first; free items first of all.
fn ratio_order(score_a: i64, weight_a: i64, score_b: i64, weight_b: i64) -> Ordering {
    match (weight_a == 0, weight_b == 0) {
        (true, true) => score_b.cmp(&score_a),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        // score_a / weight_a > score_b / weight_b, without division.
        (false, false) => (i128::from(score_b) * i128::from(weight_a))
            .cmp(&(i128::from(score_a) * i128::from(weight_b))),
    }
}
