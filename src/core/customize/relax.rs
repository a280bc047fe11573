//! The bound that makes the offer search fast: for every point of the search order, the most
//! score the items still to come could add, computed once per problem by dynamic programming.
//!
//! It relaxes the real problem in three ways, so it never underestimates: requires and
//! excludes are ignored; one resource is considered at a time (the budget, the minutes, or a
//! blend of both — any set within both limits is within their weighted sum); and weights are
//! rounded *down* to a coarse unit, so no set that fits really is lost. What it keeps is what
//! a fractional bound loses: whole items, and choice groups taken at most (or exactly) once.
//! Items are ordered so that each group's items are next to each other; a table row per
//! stretch (a free item, or a whole group) then answers a bound in one lookup.

use super::search::{Item, Problem};

/// The most cells a table row has: the resolution of the rounded weights.
const CELLS: i64 = 256;
/// "Impossible" in the tables; far from overflow when scores are added to it.
const IMPOSSIBLE: i64 = i64::MIN / 4;

/// A run of the search order: one free item, or every item of one group.
#[derive(Clone, Copy)]
struct Stretch {
    start: usize,
    end: usize,
    group: Option<usize>,
}

/// One resource, `price × per_yen + minutes × per_minute`, rounded: an item's cells are its
/// weight divided by `unit`, rounded down.
struct Resource {
    unit: i64,
    capacity: i64,
    per_yen: i64,
    per_minute: i64,
    /// `best[s * (cells + 1) + c]`: the most score from stretch `s` on within `c` cells.
    best: Vec<i64>,
    /// The same with every group taking at most one item, for when a group further on may
    /// have its item already (taken in as a requirement).
    loose: Vec<i64>,
}

impl Resource {
    fn weight(&self, price: i64, minutes: i64) -> i64 {
        price * self.per_yen + minutes * self.per_minute
    }

    /// An item's weight in cells.
    fn cells_of(&self, item: &Item) -> usize {
        (self.weight(item.price, i64::from(item.minutes)) / self.unit) as usize
    }

    fn cells(&self) -> usize {
        (self.capacity / self.unit) as usize
    }

    fn row(&self, stretch: usize, loose: bool) -> &[i64] {
        let width = self.cells() + 1;
        let table = if loose { &self.loose } else { &self.best };
        &table[stretch * width..(stretch + 1) * width]
    }
}

pub(super) struct Relaxation {
    /// Item indices in search order, each group's items together.
    pub order: Vec<usize>,
    stretches: Vec<Stretch>,
    /// The stretch of each position of `order`.
    stretch_at: Vec<usize>,
    /// Each item's position in `order`.
    pub position: Vec<usize>,
    resources: Vec<Resource>,
}

impl Relaxation {
    /// Orders the items (free items and groups by their best score, a group's items best
    /// first) and solves the tables.
    pub fn new(problem: &Problem) -> Self {
        let items = &problem.items;
        let by_score = |a: &usize, b: &usize| {
            items[*b]
                .score
                .cmp(&items[*a].score)
                .then(items[*a].price.cmp(&items[*b].price))
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
            run.sort_by(by_score);
        }
        runs.sort_by(|a, b| by_score(&a.1[0], &b.1[0]));
        let mut order = Vec::with_capacity(items.len());
        let mut stretches = Vec::with_capacity(runs.len());
        let mut stretch_at = Vec::with_capacity(items.len());
        for (group, run) in runs {
            let start = order.len();
            order.extend(run);
            stretch_at.resize(order.len(), stretches.len());
            stretches.push(Stretch {
                start,
                end: order.len(),
                group,
            });
        }
        let mut position = vec![0; order.len()];
        for (p, &i) in order.iter().enumerate() {
            position[i] = p;
        }
        let mut relaxation = Self {
            position,
            order,
            stretches,
            stretch_at,
            resources: resources(problem),
        };
        relaxation.solve(problem);
        relaxation
    }

    fn solve(&mut self, problem: &Problem) {
        for r in 0..self.resources.len() {
            let best = self.table(problem, &self.resources[r], false);
            let loose = self.table(problem, &self.resources[r], true);
            self.resources[r].best = best;
            self.resources[r].loose = loose;
        }
    }

    /// The table of `resource`; `loose` lets every group take no item.
    fn table(&self, problem: &Problem, resource: &Resource, loose: bool) -> Vec<i64> {
        let items = &problem.items;
        {
            let width = resource.cells() + 1;
            let mut best = vec![IMPOSSIBLE; (self.stretches.len() + 1) * width];
            best[self.stretches.len() * width..].fill(0);
            for (s, stretch) in self.stretches.iter().enumerate().rev() {
                let (row, next) = best[s * width..].split_at_mut(width);
                let next = &next[..width];
                let exactly_one =
                    !loose && stretch.group.is_some_and(|g| problem.groups[g].exactly_one);
                if !exactly_one {
                    row.copy_from_slice(next);
                }
                for &i in &self.order[stretch.start..stretch.end] {
                    let item = &items[i];
                    if item.banned {
                        continue;
                    }
                    let cells = resource.cells_of(item);
                    for c in cells..width {
                        let with = next[c - cells].saturating_add(item.score);
                        if next[c - cells] > IMPOSSIBLE && with > row[c] {
                            row[c] = with;
                        }
                    }
                }
            }
            best
        }
    }

    /// An upper bound on the score the items from `position` of the order on can still add,
    /// given each item's `open`ness, each group's count so far (`taken`), and the price and
    /// minutes used; `None` when no completion can keep the rules. `taken_ahead` says whether
    /// an item further on is chosen already (so its group may be satisfied).
    pub fn bound(
        &self,
        problem: &Problem,
        position: usize,
        open: impl Fn(usize) -> bool,
        taken: &[usize],
        (price, minutes): (i64, u64),
        taken_ahead: bool,
    ) -> Option<i64> {
        let Some(&s) = self.stretch_at.get(position) else {
            return Some(0);
        };
        let stretch = self.stretches[s];
        let mut bound = i64::MAX;
        for resource in &self.resources {
            let used = resource.weight(price, i64::try_from(minutes).unwrap_or(i64::MAX / 4));
            let left = resource.capacity.checked_sub(used).filter(|l| *l >= 0)?;
            let cells = (left / resource.unit) as usize;
            let here = match stretch.group {
                Some(g) if taken[g] == 0 => {
                    // The group's first open items may be passed already: only those left.
                    let next = resource.row(s + 1, taken_ahead);
                    let mut best = if problem.groups[g].exactly_one {
                        IMPOSSIBLE
                    } else {
                        next[cells]
                    };
                    for &i in &self.order[position.max(stretch.start)..stretch.end] {
                        let item = &problem.items[i];
                        if !open(i) || item.banned {
                            continue;
                        }
                        let w = resource.cells_of(item);
                        if w <= cells && next[cells - w] > IMPOSSIBLE {
                            best = best.max(next[cells - w] + item.score);
                        }
                    }
                    best
                }
                Some(_) => resource.row(s + 1, taken_ahead)[cells],
                None => resource.row(s, taken_ahead)[cells],
            };
            if here <= IMPOSSIBLE {
                return None;
            }
            bound = bound.min(here);
        }
        Some(bound)
    }
}

/// The resources of `problem` as tables: the budget, the minutes and their blend, those that
/// are limited; with no limit at all, one resource nothing uses (so groups still count).
fn resources(problem: &Problem) -> Vec<Resource> {
    let make = |capacity: i64, per_yen, per_minute| {
        let capacity = capacity.max(0);
        Resource {
            unit: capacity / CELLS + 1,
            capacity,
            per_yen,
            per_minute,
            best: Vec::new(),
            loose: Vec::new(),
        }
    };
    let mut resources = Vec::new();
    if let Some(budget) = problem.budget {
        resources.push(make(budget, 1, 0));
    }
    if let Some(minutes) = problem.minutes {
        resources.push(make(i64::from(minutes), 0, 1));
    }
    if let (Some(budget), Some(minutes)) = (problem.budget, problem.minutes) {
        // Each scaled by the other's capacity, so both weigh alike.
        let (per_yen, per_minute) = (i64::from(minutes).max(1), budget.max(1));
        let both = budget.max(0) * per_yen + i64::from(minutes) * per_minute;
        resources.push(make(both, per_yen, per_minute));
    }
    if resources.is_empty() {
        resources.push(make(0, 0, 0));
    }
    resources
}
