//! The exact search behind every offer: choose a set of items (service parts) with the highest
//! total score within a budget and a time, honouring choice groups, requires and excludes —
//! and not only the best set but the next best ones, so the owner can offer alternatives.
//!
//! The problem is a 0/1 knapsack with two capacities and logical side constraints, which is
//! NP-hard in general but small in practice (a catalog has tens to a few hundred parts). It is
//! solved exactly by depth-first branch and bound:
//! - items are decided one by one, must-haves first, then best score per unit of budget and
//!   time; a branch that breaks a rule (over budget or time, a second item of a group, an item
//!   excluded by a chosen one, an item whose required item was left out) is cut at once;
//! - the bound on what a branch can still reach is the smaller of two: knapsack tables over
//!   the items still to come, solved once per problem for the budget, the time and their
//!   blend; and the sum of what the items still open could add with no limit at all, kept up
//!   to date as items are decided. A branch whose bound cannot beat the k-th best set found
//!   so far is cut.
//!
//! Only *minimal* sets count: a set from which some items of score ≤ 0 could be dropped while
//! staying feasible is never proposed, because dropping them is at least as good and cheaper.
//! So the alternatives differ in what matters instead of "the best set plus a useless extra".
//! The search never even branches on such an item: one that adds nothing, is not a must-have
//! and is in no group that must take one comes in only as the requirement of a chosen item.
//! Sets are ranked by score (higher first), then price, then minutes (lower first), then by
//! their items, so the answer is unique and tests can compare it with brute force.

use std::cmp::Ordering;

/// One thing that can be chosen, with the rules attached to it. Indices refer to
/// [`Problem::items`] and [`Problem::groups`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    /// How much the customer is predicted to like it (any scale; may be negative).
    pub score: i64,
    /// Never negative.
    pub price: i64,
    pub minutes: u32,
    pub group: Option<usize>,
    /// Items that must be chosen too when this one is.
    pub requires: Vec<usize>,
    /// Items that cannot be chosen with this one (the rule holds both ways).
    pub excludes: Vec<usize>,
    /// Must be in every set (a must-have).
    pub forced: bool,
    /// Must be in no set (a "never").
    pub banned: bool,
}

/// A choice group: at most one of its items, or exactly one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Group {
    pub exactly_one: bool,
}

/// Everything the search needs. `budget` and `minutes` of `None` are unlimited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problem {
    pub items: Vec<Item>,
    pub groups: Vec<Group>,
    pub budget: Option<i64>,
    pub minutes: Option<u32>,
}

/// A set of items (indices, ascending) and its totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub items: Vec<usize>,
    pub score: i64,
    pub price: i64,
    pub minutes: u32,
}

impl Choice {
    /// The set of `items` (ascending) with its totals.
    pub fn of(problem: &Problem, items: Vec<usize>) -> Self {
        let score = items.iter().map(|&i| problem.items[i].score).sum();
        let price = items.iter().map(|&i| problem.items[i].price).sum();
        let minutes = items.iter().map(|&i| problem.items[i].minutes).sum();
        Self {
            items,
            score,
            price,
            minutes,
        }
    }

    /// The ranking of sets: `Less` means `self` is better.
    pub fn rank(&self, other: &Self) -> Ordering {
        other
            .score
            .cmp(&self.score)
            .then(self.price.cmp(&other.price))
            .then(self.minutes.cmp(&other.minutes))
            .then_with(|| self.items.cmp(&other.items))
    }
}

/// Whether the set `chosen` (one flag per item) keeps every rule of `problem`.
pub fn feasible(problem: &Problem, chosen: &[bool]) -> bool {
    let items = &problem.items;
    let in_set = |i: usize| chosen.get(i).copied().unwrap_or(false);
    let (mut price, mut minutes) = (0i64, 0u64);
    let mut per_group = vec![0usize; problem.groups.len()];
    for (i, item) in items.iter().enumerate() {
        if !in_set(i) {
            if item.forced {
                return false;
            }
            continue;
        }
        if item.banned
            || item.requires.iter().any(|&r| !in_set(r))
            || item.excludes.iter().any(|&x| in_set(x))
        {
            return false;
        }
        price += item.price;
        minutes += u64::from(item.minutes);
        if let Some(g) = item.group {
            per_group[g] += 1;
        }
    }
    let groups_ok = problem
        .groups
        .iter()
        .zip(&per_group)
        .all(|(group, &n)| n <= 1 && (n == 1 || !group.exactly_one));
    groups_ok
        && problem.budget.is_none_or(|b| price <= b)
        && problem.minutes.is_none_or(|m| minutes <= u64::from(m))
}

/// Whether the feasible set `chosen` is minimal: no items of score ≤ 0 can be dropped from it
/// with the set staying feasible. Equivalently, every item is an *anchor* (of positive score,
/// a must-have, or its group's one item where the group must take one) or required, through
/// a chain of requirements, by an anchor: whatever is not could be dropped all together.
pub fn minimal(problem: &Problem, chosen: &[bool]) -> bool {
    let items = &problem.items;
    let anchor = |i: usize| {
        items[i].score > 0
            || items[i].forced
            || items[i]
                .group
                .is_some_and(|g| problem.groups[g].exactly_one)
    };
    let mut reached = vec![false; items.len()];
    let mut stack: Vec<usize> = (0..items.len())
        .filter(|&i| chosen[i] && anchor(i))
        .collect();
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut reached[i], true) {
            stack.extend(items[i].requires.iter().copied().filter(|&r| chosen[r]));
        }
    }
    (0..items.len()).all(|i| !chosen[i] || reached[i])
}

/// The `k` best minimal feasible sets, best first; empty when no set keeps every rule.
pub fn best(problem: &Problem, k: usize) -> Vec<Choice> {
    if k == 0 {
        return Vec::new();
    }
    let problem = &without_impossible(problem);
    super::branch::search(problem, k)
}

/// `problem` with every item that can be in no set banned: one whose requirements (followed
/// through) include a banned item, two items of one group, or two items that exclude each
/// other. Banned from the start, such items no longer inflate the bounds.
fn without_impossible(problem: &Problem) -> Problem {
    let items = &problem.items;
    let mut reduced = problem.clone();
    for (i, item) in reduced.items.iter_mut().enumerate() {
        let mut closure = vec![i];
        let mut next = 0;
        while let Some(&t) = closure.get(next) {
            next += 1;
            for &r in &items[t].requires {
                if !closure.contains(&r) {
                    closure.push(r);
                }
            }
        }
        let broken = closure.iter().enumerate().any(|(a, &x)| {
            items[x].banned
                || closure[a + 1..].iter().any(|&y| {
                    (items[x].group.is_some() && items[x].group == items[y].group)
                        || items[x].excludes.contains(&y)
                        || items[y].excludes.contains(&x)
                })
        });
        item.banned |= broken;
    }
    reduced
}
