//! Spending limited hours where they matter most: each customer expected in a period gets one
//! service level (the standard set menu, or a customized offer), each level takes minutes and
//! is worth its predicted satisfaction times the customer's importance; the plan maximises the
//! total worth within the minutes available.
//!
//! This is the multiple-choice knapsack problem, solved exactly by dynamic programming over
//! minutes: after the first `c` customers, `best[m]` is the highest worth reachable with at
//! most `m` minutes, and each customer's level is remembered per `m` to read the plan back.
//! Time O(L × M) for L levels in all and M minutes; memory O(C × M) bytes for the choices
//! (1,000 customers × 2,400 minutes ≈ 2.4 MB). One table answers every capacity up to its
//! size, so "what would 60 more minutes buy" costs nothing extra.

/// One way to serve a customer: its minutes and what it is worth (importance × satisfaction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    pub minutes: u32,
    pub worth: i64,
}

/// The most levels a customer may have (a level's index is kept in one byte).
pub const MAX_LEVELS: usize = 255;

/// The solved table: the best worth for every capacity up to its size.
pub struct Table {
    capacity: u32,
    /// The best total worth with at most `m` minutes, or `None` when not everyone fits.
    best: Vec<Option<i64>>,
    /// `choice[c][m]`: customer `c`'s level in the best plan of the first `c + 1` customers
    /// within `m` minutes.
    choice: Vec<Vec<u8>>,
    /// Each customer's levels' minutes, to walk the table back.
    minutes: Vec<Vec<u32>>,
}

/// A plan: one level per customer (by index), and its totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub levels: Vec<usize>,
    pub minutes: u32,
    pub worth: i64,
}

impl Table {
    /// Solves for every capacity up to `capacity` minutes; `customers[c]` lists customer `c`'s
    /// levels (at most [`MAX_LEVELS`]; a customer with none cannot be served, so no plan
    /// exists).
    pub fn solve(customers: &[Vec<Level>], capacity: u32) -> Self {
        let size = capacity as usize + 1;
        let mut best: Vec<Option<i64>> = vec![Some(0); size];
        let mut next: Vec<Option<i64>> = vec![None; size];
        let mut choice = Vec::with_capacity(customers.len());
        for levels in customers {
            let levels = &levels[..levels.len().min(MAX_LEVELS)];
            let mut picks = vec![0u8; size];
            for (m, slot) in next.iter_mut().enumerate() {
                *slot = None;
                for (l, level) in levels.iter().enumerate() {
                    let Some(rest) = m.checked_sub(level.minutes as usize) else {
                        continue;
                    };
                    if let Some(before) = best[rest] {
                        let worth = before + level.worth;
                        if slot.is_none_or(|s| worth > s) {
                            *slot = Some(worth);
                            picks[m] = l as u8;
                        }
                    }
                }
            }
            std::mem::swap(&mut best, &mut next);
            choice.push(picks);
        }
        let minutes = customers
            .iter()
            .map(|levels| levels.iter().map(|l| l.minutes).collect())
            .collect();
        Self {
            capacity,
            best,
            choice,
            minutes,
        }
    }

    /// The best plan within `minutes` (at most the table's capacity) — of the plans worth the
    /// most, the one using the fewest minutes — or `None` when not everyone fits.
    pub fn plan(&self, minutes: u32) -> Option<Plan> {
        let limit = minutes.min(self.capacity) as usize;
        let worth = self.best[limit]?;
        let mut m = (0..=limit).find(|&m| self.best[m] == Some(worth))?;
        let mut levels = vec![0; self.choice.len()];
        let mut used = 0u32;
        for (c, picks) in self.choice.iter().enumerate().rev() {
            let level = usize::from(picks[m]);
            levels[c] = level;
            let taken = self.minutes[c][level];
            used += taken;
            m -= taken as usize;
        }
        Some(Plan {
            levels,
            minutes: used,
            worth,
        })
    }
}
