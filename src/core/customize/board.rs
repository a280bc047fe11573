//! Where the offer search stands at one node: what is decided, the totals so far, and two
//! facts kept up to date as items are decided and undecided, so that reading them at a node
//! costs nothing — whether a group that must take one has lost every item, and the most the
//! items still open could add if budget and time were no object.
//!
//! The second is the bound that sees the search's state: unlike the precomputed tables of
//! [`super::relax`], it leaves out what the choices so far ruled out (excluded items, the rest
//! of a group already served, items requiring a dropped one). With no limit at all it is the
//! only bound that tightens as the search goes down; the search takes the smaller of the two.

use super::search::{Group, Item, Problem};

/// A decision about one item during the search.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum State {
    Open,
    In,
    Out,
}

pub(super) struct Board<'a> {
    items: &'a [Item],
    groups: &'a [Group],
    /// Each group's items.
    pub members: Box<[Box<[usize]>]>,
    pub state: Box<[State]>,
    /// How many items of each group are in.
    pub per_group: Box<[usize]>,
    /// How many items of each group are open.
    open_members: Box<[usize]>,
    /// How many groups that must take one have no item in and none open.
    starved: usize,
    /// What each group can still add (see [`Self::share`]).
    shares: Box<[i64]>,
    /// The open items' positive scores outside groups, plus every group's share.
    open_score: i64,
    pub score: i64,
    pub price: i64,
    pub minutes: u64,
}

impl<'a> Board<'a> {
    /// Nothing decided; banned items are out from the start.
    pub fn new(problem: &'a Problem) -> Self {
        let items = &problem.items;
        let mut members = vec![Vec::new(); problem.groups.len()];
        for (i, item) in items.iter().enumerate() {
            if let Some(g) = item.group {
                members[g].push(i);
            }
        }
        let state: Box<[State]> = items
            .iter()
            .map(|item| if item.banned { State::Out } else { State::Open })
            .collect();
        let open_members = members
            .iter()
            .map(|m| m.iter().filter(|&&i| state[i] == State::Open).count())
            .collect();
        let mut board = Self {
            items,
            groups: &problem.groups,
            members: members.into_iter().map(Vec::into_boxed_slice).collect(),
            state,
            per_group: vec![0; problem.groups.len()].into(),
            open_members,
            starved: 0,
            shares: vec![0; problem.groups.len()].into(),
            open_score: 0,
            score: 0,
            price: 0,
            minutes: 0,
        };
        for (i, item) in items.iter().enumerate() {
            if item.group.is_none() && board.state[i] == State::Open {
                board.open_score += item.score.max(0);
            }
        }
        for g in 0..problem.groups.len() {
            board.starved += usize::from(board.starving(g));
            board.shares[g] = board.share(g);
            board.open_score += board.shares[g];
        }
        board
    }

    /// Whether no set below this node can keep the group rules: a group that must take one
    /// has nothing in and nothing open.
    pub fn starved(&self) -> bool {
        self.starved > 0
    }

    /// An upper bound on the score the open items can still add, whatever the limits.
    pub fn open_score(&self) -> i64 {
        self.open_score
    }

    /// Chooses the open item `i`.
    pub fn take(&mut self, i: usize) {
        let item = &self.items[i];
        self.state[i] = State::In;
        self.score += item.score;
        self.price += item.price;
        self.minutes += u64::from(item.minutes);
        match item.group {
            Some(g) => {
                self.per_group[g] += 1;
                self.open_members[g] -= 1;
                self.reshare(g);
            }
            None => self.open_score -= item.score.max(0),
        }
    }

    /// Undoes [`Self::take`] of `i`.
    pub fn give_back(&mut self, i: usize) {
        let item = &self.items[i];
        self.state[i] = State::Open;
        self.score -= item.score;
        self.price -= item.price;
        self.minutes -= u64::from(item.minutes);
        match item.group {
            Some(g) => {
                self.per_group[g] -= 1;
                self.open_members[g] += 1;
                self.reshare(g);
            }
            None => self.open_score += item.score.max(0),
        }
    }

    /// Rules out the open item `i`.
    pub fn close(&mut self, i: usize) {
        self.state[i] = State::Out;
        match self.items[i].group {
            Some(g) => {
                self.open_members[g] -= 1;
                self.starved += usize::from(self.starving(g));
                self.reshare(g);
            }
            None => self.open_score -= self.items[i].score.max(0),
        }
    }

    /// Undoes [`Self::close`] of `i`.
    pub fn reopen(&mut self, i: usize) {
        self.state[i] = State::Open;
        match self.items[i].group {
            Some(g) => {
                self.starved -= usize::from(self.starving(g));
                self.open_members[g] += 1;
                self.reshare(g);
            }
            None => self.open_score += self.items[i].score.max(0),
        }
    }

    /// Whether group `g` must take one but has nothing in and nothing open.
    fn starving(&self, g: usize) -> bool {
        self.open_members[g] == 0 && self.per_group[g] == 0 && self.groups[g].exactly_one
    }

    /// What group `g`, with no item in yet, can still add: its best open item's score — even
    /// below zero when the group must take one, or at least zero when it may take none.
    fn share(&self, g: usize) -> i64 {
        let mut best = None;
        for &i in self.members[g].iter() {
            if self.state[i] == State::Open {
                let score = self.items[i].score;
                best = Some(best.map_or(score, |b: i64| b.max(score)));
            }
        }
        match best {
            Some(best) if self.groups[g].exactly_one => best,
            Some(best) => best.max(0),
            None => 0,
        }
    }

    fn reshare(&mut self, g: usize) {
        let share = if self.per_group[g] > 0 {
            0
        } else {
            self.share(g)
        };
        self.open_score += share - self.shares[g];
        self.shares[g] = share;
    }
}
