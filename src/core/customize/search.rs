//! The exact search behind every offer: choose a set of items (service parts) with the highest
//! total score within a budget and a time, honouring choice groups, requires and excludes —
//! and not only the best set but the next best ones, so the owner can offer alternatives.
//!
//! The problem is a 0/1 knapsack with two capacities and logical side constraints, which is
//! NP-hard in general but small in practice (a catalog has tens to a few hundred parts). It is
//! solved exactly by depth-first branch and bound:
//! - items are decided one by one, best score first; a branch that breaks a rule (over budget
//!   or time, a second item of a group, an item excluded by a chosen one, an item whose
//!   required item was left out) is cut at once;
//! - the bound on what a branch can still reach is the fractional-knapsack relaxation of the
//!   remaining positive items, taken for the budget and for the time separately (the smaller
//!   holds); a branch whose bound cannot beat the k-th best set found so far is cut.
//!
//! Only *minimal* sets count: a set from which some items of score ≤ 0 could be dropped while
//! staying feasible is never proposed, because dropping them is at least as good and cheaper.
//! So the alternatives differ in what matters instead of "the best set plus a useless extra".
//! The search never even branches on such an item: one that adds nothing, is not a must-have
//! and is in no group that must take one comes in only as the requirement of a chosen item.
//! Sets are ranked by score (higher first), then price, then minutes (lower first), then by
//! their items, so the answer is unique and tests can compare it with brute force.

use super::fractional::Fractional;
use super::relax::Relaxation;
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
    let mut search = Search::new(problem, k);
    search.descend(0);
    search.found
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

/// A decision about one item during the search.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Open,
    In,
    Out,
}

struct Search<'a> {
    problem: &'a Problem,
    k: usize,
    /// The order items are decided in, and the bound on what is left (see [`Relaxation`]).
    relaxation: Relaxation,
    fractional: Fractional,
    /// Who requires each item (the reverse of `requires`).
    required_by: Vec<Vec<usize>>,
    /// What each item cannot be chosen with, both ways round.
    clashes: Vec<Vec<usize>>,
    /// Each group's items.
    members: Vec<Vec<usize>>,
    state: Vec<State>,
    per_group: Vec<usize>,
    /// The positions in the order of the chosen items, in the order they were chosen.
    chosen: Vec<usize>,
    score: i64,
    price: i64,
    minutes: u64,
    found: Vec<Choice>,
}

impl<'a> Search<'a> {
    fn new(problem: &'a Problem, k: usize) -> Self {
        let items = &problem.items;
        let mut members = vec![Vec::new(); problem.groups.len()];
        let mut required_by = vec![Vec::new(); items.len()];
        let mut clashes = vec![Vec::new(); items.len()];
        for (i, item) in items.iter().enumerate() {
            if let Some(g) = item.group {
                members[g].push(i);
            }
            for &r in &item.requires {
                required_by[r].push(i);
            }
            for &x in &item.excludes {
                clashes[i].push(x);
                clashes[x].push(i);
            }
        }
        Self {
            problem,
            k,
            relaxation: Relaxation::new(problem),
            fractional: Fractional::new(problem),
            required_by,
            clashes,
            members,
            state: vec![State::Open; items.len()],
            per_group: vec![0; problem.groups.len()],
            chosen: Vec::new(),
            score: 0,
            price: 0,
            minutes: 0,
            found: Vec::new(),
        }
    }

    fn descend(&mut self, depth: usize) {
        if !self.promising(depth) {
            return;
        }
        // Items decided already (taken in as a requirement, or ruled out by a choice) are
        // passed over.
        let order = &self.relaxation.order;
        let mut depth = depth;
        while order
            .get(depth)
            .is_some_and(|&i| self.state[i] != State::Open)
        {
            depth += 1;
        }
        let Some(&i) = self.relaxation.order.get(depth) else {
            self.leaf();
            return;
        };
        if self.passive(i) {
            self.descend(depth + 1);
            return;
        }
        let mut undo = Vec::new();
        if let Some(taken) = self.inclusion(i) {
            for &t in &taken {
                self.set(t, State::In);
            }
            if self.rule_out_around(&taken, &mut undo) {
                self.descend(depth + 1);
            }
            self.reopen(&mut undo);
            for &t in &taken {
                self.unset(t);
            }
        }
        if self.rule_out(i, &mut undo) {
            self.descend(depth + 1);
        }
        self.reopen(&mut undo);
    }

    /// Rules out what the newly `taken` items leave impossible: what they exclude, the rest
    /// of their groups, and (through [`Self::rule_out`]) whatever requires those. Returns
    /// false when that would drop a must-have, so no set of this branch keeps the rules.
    fn rule_out_around(&mut self, taken: &[usize], undo: &mut Vec<usize>) -> bool {
        for &t in taken {
            for x in self.clashes[t].clone() {
                if !self.rule_out(x, undo) {
                    return false;
                }
            }
            if let Some(g) = self.problem.items[t].group {
                for m in self.members[g].clone() {
                    if m != t && !self.rule_out(m, undo) {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Marks `i` as out, and with it every open item that requires it; the marks are pushed
    /// on `undo`. Returns false when `i` cannot be left out (a must-have, or required by a
    /// chosen item).
    fn rule_out(&mut self, i: usize, undo: &mut Vec<usize>) -> bool {
        match self.state[i] {
            State::Out => true,
            State::In => false,
            State::Open => {
                if self.problem.items[i].forced {
                    return false;
                }
                self.state[i] = State::Out;
                undo.push(i);
                (0..self.required_by[i].len()).all(|k| {
                    let r = self.required_by[i][k];
                    self.rule_out(r, undo)
                })
            }
        }
    }

    /// Reopens everything marked out on `undo`, emptying it.
    fn reopen(&mut self, undo: &mut Vec<usize>) {
        for i in undo.drain(..) {
            self.state[i] = State::Open;
        }
    }

    /// Whether `i` is left undecided: an item that adds nothing (score ≤ 0), is not a
    /// must-have and is in no group that must take one. A minimal set holds such an item only
    /// because a chosen item requires it, so it comes in with that item or not at all.
    fn passive(&self, i: usize) -> bool {
        let item = &self.problem.items[i];
        item.score <= 0
            && !item.forced
            && !item
                .group
                .is_some_and(|g| self.problem.groups[g].exactly_one)
    }

    /// What including `i` takes in — `i` and every open item it requires, transitively — if
    /// all of that can join the current set; `None` if any rule forbids it. Taking the
    /// requirements in at once finds a broken rule here rather than at every leaf below.
    fn inclusion(&self, i: usize) -> Option<Vec<usize>> {
        let mut taken = vec![i];
        let mut next = 0;
        while let Some(&t) = taken.get(next) {
            next += 1;
            for &r in &self.problem.items[t].requires {
                match self.state[r] {
                    State::Out => return None,
                    State::Open if !taken.contains(&r) => taken.push(r),
                    _ => {}
                }
            }
        }
        let (mut price, mut minutes) = (self.price, self.minutes);
        let mut groups_taken: Vec<usize> = Vec::new();
        for &t in &taken {
            let item = &self.problem.items[t];
            if item.banned
                || self.clashes[t]
                    .iter()
                    .any(|&x| self.state[x] == State::In || taken.contains(&x))
            {
                return None;
            }
            if let Some(g) = item.group {
                if self.per_group[g] > 0 || groups_taken.contains(&g) {
                    return None;
                }
                groups_taken.push(g);
            }
            price += item.price;
            minutes += u64::from(item.minutes);
        }
        let fits = self.problem.budget.is_none_or(|b| price <= b)
            && self.problem.minutes.is_none_or(|m| minutes <= u64::from(m));
        fits.then_some(taken)
    }

    fn set(&mut self, i: usize, state: State) {
        let item = &self.problem.items[i];
        self.state[i] = state;
        self.chosen.push(self.relaxation.position[i]);
        self.score += item.score;
        self.price += item.price;
        self.minutes += u64::from(item.minutes);
        if let Some(g) = item.group {
            self.per_group[g] += 1;
        }
    }

    fn unset(&mut self, i: usize) {
        let item = &self.problem.items[i];
        self.chosen.pop();
        self.state[i] = State::Open;
        self.score -= item.score;
        self.price -= item.price;
        self.minutes -= u64::from(item.minutes);
        if let Some(g) = item.group {
            self.per_group[g] -= 1;
        }
    }

    /// Whether this branch, at `depth` of the order, may still produce a set that would
    /// enter the top `k`.
    fn promising(&self, depth: usize) -> bool {
        let open = |i: usize| self.state[i] == State::Open;
        let taken_ahead = self.chosen.iter().any(|&p| p >= depth);
        let used = (self.price, self.minutes);
        let Some(tables) = self.relaxation.bound(
            self.problem,
            depth,
            open,
            &self.per_group,
            used,
            taken_ahead,
        ) else {
            return false;
        };
        let worst = self.found.get(self.k - 1);
        if worst.is_some_and(|w| self.score + tables < w.score) {
            return false;
        }
        let Some(fractional) = self
            .fractional
            .bound(self.problem, open, &self.per_group, used)
        else {
            return false;
        };
        let more = fractional.min(tables);
        let Some(worst) = worst else {
            return true;
        };
        let bound = self.score + more;
        bound > worst.score
            || (bound == worst.score
                && (self.price, self.minutes) <= (worst.price, u64::from(worst.minutes)))
    }

    fn leaf(&mut self) {
        let chosen: Vec<bool> = self.state.iter().map(|s| *s == State::In).collect();
        if !feasible(self.problem, &chosen) || !minimal(self.problem, &chosen) {
            return;
        }
        let items = (0..chosen.len()).filter(|&i| chosen[i]).collect();
        let choice = Choice::of(self.problem, items);
        let at = self
            .found
            .partition_point(|c| c.rank(&choice) == Ordering::Less);
        if at < self.k {
            self.found.insert(at, choice);
            self.found.truncate(self.k);
        }
    }
}
