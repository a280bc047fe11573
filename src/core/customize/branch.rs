//! The branch and bound behind [`super::search::best`]: items decided one by one in the
//! order of [`Relaxation`], each choice propagated (what a taken item requires comes in; what
//! it excludes, the rest of its group and whatever requires those go out), and a branch cut
//! as soon as the smaller of the two bounds — the tables of [`Relaxation`] and the open score
//! of the [`Board`] — cannot beat the k-th best set found so far.
//!
//! A node allocates nothing: what a branch takes in, rules out and chooses is pushed on stacks
//! shared by the whole search and popped when the branch is done, and the state a bound reads
//! is kept up to date by the [`Board`] as items come and go. The hot tables are boxed slices
//! rather than vectors: the app ships optimised for size, where a vector's indexing stays a
//! function call but a slice's is a plain bounds-checked load.

use super::board::{Board, State};
use super::relax::Relaxation;
use super::search::{feasible, minimal, Choice, Item, Problem};
use std::cmp::Ordering;

/// The `k` best minimal feasible sets of `problem`, best first.
pub(super) fn search(problem: &Problem, k: usize) -> Vec<Choice> {
    // Banned items start out ruled out, so a banned must-have would only show at every leaf.
    if problem.items.iter().any(|item| item.forced && item.banned) {
        return Vec::new();
    }
    let mut search = Search::new(problem, k);
    search.descend(0);
    search.found
}

struct Search<'a> {
    problem: &'a Problem,
    items: &'a [Item],
    k: usize,
    /// The order items are decided in, and the bound on what is left (see [`Relaxation`]).
    relaxation: Relaxation,
    board: Board<'a>,
    /// Who requires each item (the reverse of `requires`).
    required_by: Box<[Box<[usize]>]>,
    /// What each item cannot be chosen with, both ways round.
    clashes: Box<[Box<[usize]>]>,
    /// Whether the item at each position of the order is in a group that must take one.
    binding: Box<[bool]>,
    /// The positions in the order of the chosen items, in the order they were chosen.
    chosen: Vec<usize>,
    /// The items taken in along the current path, in order; each branch gives back its own.
    taken: Vec<usize>,
    /// The items ruled out along the current path, in order; each branch reopens its own.
    ruled_out: Vec<usize>,
    found: Vec<Choice>,
}

impl<'a> Search<'a> {
    fn new(problem: &'a Problem, k: usize) -> Self {
        let items = &problem.items;
        let mut required_by = vec![Vec::new(); items.len()];
        let mut clashes = vec![Vec::new(); items.len()];
        for (i, item) in items.iter().enumerate() {
            for &r in &item.requires {
                required_by[r].push(i);
            }
            for &x in &item.excludes {
                clashes[i].push(x);
                clashes[x].push(i);
            }
        }
        let relaxation = Relaxation::new(problem);
        let binding = relaxation
            .order
            .iter()
            .map(|&i| {
                items[i]
                    .group
                    .is_some_and(|g| problem.groups[g].exactly_one)
            })
            .collect();
        let boxed = |lists: Vec<Vec<usize>>| lists.into_iter().map(Vec::into_boxed_slice).collect();
        Self {
            problem,
            items,
            k,
            relaxation,
            board: Board::new(problem),
            required_by: boxed(required_by),
            clashes: boxed(clashes),
            binding,
            chosen: Vec::new(),
            taken: Vec::new(),
            ruled_out: Vec::new(),
            found: Vec::new(),
        }
    }

    fn descend(&mut self, depth: usize) {
        if !self.promising(depth) {
            return;
        }
        // Items decided already (taken in as a requirement, or ruled out by a choice) are
        // passed over, and so are passive ones.
        let order = &self.relaxation.order;
        let mut depth = depth;
        while order
            .get(depth)
            .is_some_and(|&i| self.board.state[i] != State::Open || self.passive(i))
        {
            depth += 1;
        }
        let Some(&i) = order.get(depth) else {
            self.leaf();
            return;
        };
        self.branch_in(i, depth);
        self.branch_out(i, depth);
    }

    fn branch_in(&mut self, i: usize, depth: usize) {
        let mark = self.ruled_out.len();
        let start = self.taken.len();
        if self.take_in(i) {
            let end = self.taken.len();
            for t in start..end {
                let item = self.taken[t];
                self.board.take(item);
                self.chosen.push(self.relaxation.position[item]);
            }
            if self.rule_out_around(start..end) {
                self.descend(depth + 1);
            }
            self.reopen(mark);
            for t in start..end {
                self.board.give_back(self.taken[t]);
                self.chosen.pop();
            }
            self.taken.truncate(start);
        }
    }

    fn branch_out(&mut self, i: usize, depth: usize) {
        let mark = self.ruled_out.len();
        if self.rule_out(i) {
            self.descend(depth + 1);
        }
        self.reopen(mark);
    }

    /// Rules out what the newly taken items (`taken[range]`) leave impossible: what they
    /// exclude, the rest of their groups, and (through [`Self::rule_out`]) whatever requires
    /// those. Returns false when that would drop a must-have, so no set of this branch keeps
    /// the rules.
    fn rule_out_around(&mut self, range: std::ops::Range<usize>) -> bool {
        for at in range {
            let t = self.taken[at];
            for c in 0..self.clashes[t].len() {
                if !self.rule_out(self.clashes[t][c]) {
                    return false;
                }
            }
            if let Some(g) = self.items[t].group {
                for m in 0..self.board.members[g].len() {
                    let m = self.board.members[g][m];
                    if m != t && !self.rule_out(m) {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Rules out `i`, and with it every open item that requires it; they are pushed on
    /// `ruled_out`. Returns false when `i` cannot be left out (a must-have, or required by a
    /// chosen item).
    fn rule_out(&mut self, i: usize) -> bool {
        match self.board.state[i] {
            State::Out => true,
            State::In => false,
            State::Open => {
                if self.items[i].forced {
                    return false;
                }
                self.board.close(i);
                self.ruled_out.push(i);
                (0..self.required_by[i].len()).all(|k| {
                    let r = self.required_by[i][k];
                    self.rule_out(r)
                })
            }
        }
    }

    /// Reopens everything ruled out since `ruled_out` held `mark` items.
    fn reopen(&mut self, mark: usize) {
        for at in (mark..self.ruled_out.len()).rev() {
            self.board.reopen(self.ruled_out[at]);
        }
        self.ruled_out.truncate(mark);
    }

    /// Whether `i` is left undecided: an item that adds nothing (score ≤ 0), is not a
    /// must-have and is in no group that must take one. A minimal set holds such an item only
    /// because a chosen item requires it, so it comes in with that item or not at all.
    fn passive(&self, i: usize) -> bool {
        let item = &self.items[i];
        item.score <= 0
            && !item.forced
            && !item
                .group
                .is_some_and(|g| self.problem.groups[g].exactly_one)
    }

    /// Pushes on `taken` what including `i` takes in — `i` and every open item it requires,
    /// transitively — and returns true if all of that can join the current set; pushes
    /// nothing and returns false if any rule forbids it. Taking the requirements in at once
    /// finds a broken rule here rather than at every leaf below.
    fn take_in(&mut self, i: usize) -> bool {
        let start = self.taken.len();
        self.taken.push(i);
        let fits = self.gather(start) && self.joins(start);
        if !fits {
            self.taken.truncate(start);
        }
        fits
    }

    /// Pushes on `taken` what `taken[start..]` requires, transitively, and still open; false
    /// if any of it is ruled out.
    fn gather(&mut self, start: usize) -> bool {
        let mut next = start;
        while let Some(&t) = self.taken.get(next) {
            next += 1;
            for &r in &self.items[t].requires {
                match self.board.state[r] {
                    State::Out => return false,
                    State::Open if !self.taken[start..].contains(&r) => self.taken.push(r),
                    _ => {}
                }
            }
        }
        true
    }

    /// Whether `taken[start..]` can join the current set: no clash with what is in or among
    /// themselves, no group served twice, within the budget and the time.
    fn joins(&self, start: usize) -> bool {
        let board = &self.board;
        let taken = &self.taken[start..];
        let (mut price, mut minutes) = (board.price, board.minutes);
        for (a, &t) in taken.iter().enumerate() {
            let item = &self.items[t];
            let clash = self.clashes[t]
                .iter()
                .any(|&x| board.state[x] == State::In || taken.contains(&x));
            let served = item.group.is_some_and(|g| {
                board.per_group[g] > 0 || taken[..a].iter().any(|&u| self.items[u].group == Some(g))
            });
            if item.banned || clash || served {
                return false;
            }
            price += item.price;
            minutes += u64::from(item.minutes);
        }
        self.problem.budget.is_none_or(|b| price <= b)
            && self.problem.minutes.is_none_or(|m| minutes <= u64::from(m))
    }

    /// Whether this branch, at `depth` of the order, may still produce a set that would
    /// enter the top `k`.
    fn promising(&self, depth: usize) -> bool {
        let board = &self.board;
        if board.starved() {
            return false;
        }
        // The least the items still to come must add: enough to beat the k-th best set, or
        // to tie its score at no higher price and minutes.
        let need = match self.found.get(self.k - 1) {
            None => i64::MIN,
            Some(worst) => {
                let dearer = (board.price, board.minutes) > (worst.price, u64::from(worst.minutes));
                worst.score - board.score + i64::from(dearer)
            }
        };
        if board.open_score() < need {
            return false;
        }
        // An item further on in a group that must take one may be in already (taken in as a
        // requirement); the tables then may not insist on that group.
        let taken_ahead = self.relaxation.ahead_possible() && {
            let beyond = self.relaxation.stretch_end(depth);
            self.chosen.iter().any(|&p| p >= beyond && self.binding[p])
        };
        self.relaxation
            .reaches(self.problem, board, depth, taken_ahead, need)
    }

    fn leaf(&mut self) {
        let board = &self.board;
        if let Some(worst) = self.found.get(self.k - 1) {
            let totals = |score: i64, price: i64, minutes: u64| (-score, price, minutes);
            if totals(board.score, board.price, board.minutes)
                > totals(worst.score, worst.price, u64::from(worst.minutes))
            {
                return;
            }
        }
        let chosen: Vec<bool> = board.state.iter().map(|s| *s == State::In).collect();
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
