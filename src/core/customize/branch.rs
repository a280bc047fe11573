//! The branch and bound behind [`super::search::best`]: items decided one by one in the
//! order of [`Relaxation`], each choice propagated (what a taken item requires comes in; what
//! it excludes, the rest of its group and whatever requires those go out), and a branch cut
//! as soon as the smaller of the two bounds cannot beat the k-th best set found so far.

use super::fractional::Fractional;
use super::relax::Relaxation;
use super::search::{feasible, minimal, Choice, Problem};
use std::cmp::Ordering;

/// The `k` best minimal feasible sets of `problem`, best first.
pub(super) fn search(problem: &Problem, k: usize) -> Vec<Choice> {
    let mut search = Search::new(problem, k);
    search.descend(0);
    search.found
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
