//! The bound that makes the offer search fast: for every point of the search order, the most
//! score the items still to come could add, computed once per problem by dynamic programming.
//!
//! It relaxes the real problem in three ways, so it never underestimates: requires and
//! excludes are ignored; one resource is considered at a time (the budget, the minutes, or a
//! blend of both — any set within both limits is within their weighted sum); and weights are
//! rounded *down* to a unit, so no set that fits really is lost. The unit is the largest one
//! that divides every weight when that gives at most 256 cells (prices in hundreds of yen,
//! minutes in fives: then nothing is lost to rounding), a coarser one otherwise. What it keeps
//! is what a fractional bound loses: whole items, and choice groups taken at most (or exactly)
//! once. Items are ordered so that each group's items are next to each other; a table row per
//! stretch (a free item, or a whole group) then answers a bound in one lookup.

use super::board::{Board, State};
use super::order::{blend, search_order};
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
    /// Cells in a table row: the capacity's, and one for nothing left.
    width: usize,
    capacity: i64,
    per_yen: i64,
    per_minute: i64,
    /// The cells of the item at each position of the order.
    cells_at: Box<[usize]>,
    /// `best[r * width + c]`: the most score from stretch `s` on within `c` cells, where `r`
    /// is the row of `s` (see [`Relaxation::row_at`]).
    best: Box<[i64]>,
    /// The same with every group taking at most one item, for when a group further on may
    /// have its item already (taken in as a requirement); empty when that cannot happen.
    loose: Box<[i64]>,
}

impl Resource {
    fn weight(&self, price: i64, minutes: i64) -> i64 {
        price * self.per_yen + minutes * self.per_minute
    }

    /// An item's weight in cells.
    fn cells_of(&self, item: &Item) -> usize {
        (self.weight(item.price, i64::from(item.minutes)) / self.unit) as usize
    }
}

pub(super) struct Relaxation {
    /// Item indices in search order, each group's items together.
    pub order: Box<[usize]>,
    stretches: Box<[Stretch]>,
    /// The stretch of each position of `order`.
    stretch_at: Box<[usize]>,
    /// The table row of each stretch, and of the end of the order (row 0, all zeros).
    /// Stretches that cannot add anything (items of score ≤ 0 that may all be left out)
    /// share the row after them, so the tables hold only the rows that differ.
    row_at: Box<[usize]>,
    /// Each item's position in `order`.
    pub position: Box<[usize]>,
    resources: Box<[Resource]>,
    /// Whether an item of a group that must take one is required by another item, so may
    /// be taken in ahead of its turn (and the loose tables are needed).
    ahead_possible: bool,
}

impl Relaxation {
    /// Orders the items (see [`search_order`]) and solves the tables.
    pub fn new(problem: &Problem) -> Self {
        let mut order = Vec::with_capacity(problem.items.len());
        let mut stretches = Vec::new();
        let mut stretch_at = Vec::with_capacity(problem.items.len());
        for (group, run) in search_order(problem) {
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
        let items = &problem.items;
        let binding = |i: usize| {
            items[i]
                .group
                .is_some_and(|g| problem.groups[g].exactly_one)
        };
        let ahead_possible = items
            .iter()
            .any(|item| !item.banned && item.requires.iter().any(|&r| binding(r)));
        let inert = |stretch: &Stretch| {
            !stretch.group.is_some_and(|g| problem.groups[g].exactly_one)
                && order[stretch.start..stretch.end]
                    .iter()
                    .all(|&i| items[i].banned || items[i].score <= 0)
        };
        let mut row_at = vec![0; stretches.len() + 1];
        let mut rows = 1;
        for s in (0..stretches.len()).rev() {
            row_at[s] = if inert(&stretches[s]) {
                row_at[s + 1]
            } else {
                rows += 1;
                rows - 1
            };
        }
        let mut relaxation = Self {
            position: position.into(),
            order: order.into(),
            stretches: stretches.into(),
            stretch_at: stretch_at.into(),
            row_at: row_at.into(),
            resources: resources(problem).into(),
            ahead_possible,
        };
        for r in 0..relaxation.resources.len() {
            let resource = &relaxation.resources[r];
            let cells_at = relaxation
                .order
                .iter()
                .map(|&i| resource.cells_of(&items[i]))
                .collect();
            let best = relaxation.table(problem, resource, false).into();
            let loose = if ahead_possible {
                relaxation.table(problem, resource, true).into()
            } else {
                Box::default()
            };
            relaxation.resources[r].cells_at = cells_at;
            relaxation.resources[r].best = best;
            relaxation.resources[r].loose = loose;
        }
        relaxation
    }

    /// The table of `resource`; `loose` lets every group take no item.
    fn table(&self, problem: &Problem, resource: &Resource, loose: bool) -> Vec<i64> {
        let items = &problem.items;
        let width = resource.width;
        let rows = self.row_at[0] + 1;
        let mut best = vec![IMPOSSIBLE; rows * width];
        best[..width].fill(0);
        for (s, stretch) in self.stretches.iter().enumerate().rev() {
            let (r, r_next) = (self.row_at[s], self.row_at[s + 1]);
            if r == r_next {
                continue;
            }
            let (before, after) = best.split_at_mut(r * width);
            let (row, next) = (&mut after[..width], &before[r_next * width..][..width]);
            let exactly_one =
                !loose && stretch.group.is_some_and(|g| problem.groups[g].exactly_one);
            if !exactly_one {
                row.copy_from_slice(next);
            }
            for &i in &self.order[stretch.start..stretch.end] {
                let item = &items[i];
                // Rows grow with the cells, so an item adding nothing cannot raise one when
                // taking no item is allowed.
                if item.banned || (item.score <= 0 && !exactly_one) {
                    continue;
                }
                let cells = resource.cells_of(item);
                let mut c = cells;
                while c < width {
                    let from = next[c - cells];
                    if from > IMPOSSIBLE {
                        row[c] = row[c].max(from.saturating_add(item.score));
                    }
                    c += 1;
                }
            }
        }
        best
    }

    /// Whether an item of a group that must take one may be taken in ahead of its turn.
    pub fn ahead_possible(&self) -> bool {
        self.ahead_possible
    }

    /// The position just past the stretch that holds `position` (the end of the order when
    /// `position` is past it).
    pub fn stretch_end(&self, position: usize) -> usize {
        self.stretch_at
            .get(position)
            .map_or(self.order.len(), |&s| self.stretches[s].end)
    }

    /// Whether the items from `position` of the order on may still add `need` or more to
    /// `board`, by every table; false as well when no completion can keep the group rules or
    /// the limits. `taken_ahead` says whether an item further on, of a group that must take
    /// one, is chosen already.
    pub fn reaches(
        &self,
        problem: &Problem,
        board: &Board,
        position: usize,
        taken_ahead: bool,
        need: i64,
    ) -> bool {
        if position >= self.order.len() {
            return need <= 0;
        }
        if taken_ahead && !self.ahead_possible {
            // Cannot happen; no bound rather than a wrong one.
            return true;
        }
        let s = self.stretch_at[position];
        let stretch = self.stretches[s];
        let (here, after) = (self.row_at[s], self.row_at[s + 1]);
        let (price, minutes) = (
            board.price,
            i64::try_from(board.minutes).unwrap_or(i64::MAX / 4),
        );
        for resource in self.resources.iter() {
            let left = match resource
                .capacity
                .checked_sub(resource.weight(price, minutes))
            {
                Some(left) if left >= 0 => left,
                _ => return false,
            };
            let cells = (left / resource.unit) as usize;
            let width = resource.width;
            let table: &[i64] = if taken_ahead {
                &resource.loose
            } else {
                &resource.best
            };
            let most = match stretch.group {
                Some(g) if board.per_group[g] == 0 => {
                    // The group's first open items may be passed already: only those left.
                    let next = &table[after * width..][..width];
                    let mut best = if problem.groups[g].exactly_one {
                        IMPOSSIBLE
                    } else {
                        next[cells]
                    };
                    let mut p = position.max(stretch.start);
                    while p < stretch.end {
                        let w = resource.cells_at[p];
                        let i = self.order[p];
                        if w <= cells
                            && board.state[i] == State::Open
                            && next[cells - w] > IMPOSSIBLE
                        {
                            best = best.max(next[cells - w] + problem.items[i].score);
                        }
                        p += 1;
                    }
                    best
                }
                Some(_) => table[after * width + cells],
                None => table[here * width + cells],
            };
            if most <= IMPOSSIBLE || most < need {
                return false;
            }
        }
        true
    }
}

/// The resources of `problem` as tables: the budget, the minutes and their blend, those that
/// are limited; with no limit at all, one resource nothing uses (so groups still count).
fn resources(problem: &Problem) -> Vec<Resource> {
    let make = |capacity: i64, (per_yen, per_minute): (i64, i64)| {
        let capacity = capacity.max(0);
        let common = problem
            .items
            .iter()
            .filter(|item| !item.banned)
            .fold(0, |d, item| {
                gcd(
                    d,
                    item.price * per_yen + i64::from(item.minutes) * per_minute,
                )
            })
            .max(1);
        // A multiple of `common`, so the rounding loses no more than it must.
        let unit = if capacity / common <= CELLS {
            common
        } else {
            (capacity / CELLS + common) / common * common
        };
        Resource {
            unit,
            width: (capacity / unit) as usize + 1,
            capacity,
            per_yen,
            per_minute,
            cells_at: Box::default(),
            best: Box::default(),
            loose: Box::default(),
        }
    };
    let mut resources = Vec::new();
    if let Some(budget) = problem.budget {
        resources.push(make(budget, (1, 0)));
    }
    if let Some(minutes) = problem.minutes {
        resources.push(make(i64::from(minutes), (0, 1)));
    }
    if let (Some(budget), Some(minutes)) = (problem.budget, problem.minutes) {
        // Each weighed by the other's limit, so both count alike.
        let (per_yen, per_minute) = blend(problem);
        let both = budget.max(0) * per_yen + i64::from(minutes) * per_minute;
        resources.push(make(both, (per_yen, per_minute)));
    }
    if resources.is_empty() {
        resources.push(make(0, (0, 0)));
    }
    resources
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}
