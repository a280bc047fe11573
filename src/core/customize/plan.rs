//! The capacity plan for a period: who gets which service level within the owner's minutes,
//! everyone served when that fits, and what a little more time would buy. The exact solver is
//! in [`super::capacity`]; this module states the policy around it.
//!
//! - Each customer's first level is the standard one; the others are customized offers.
//! - A level is worth the customer's weight (from their tier, or set by hand) times its
//!   predicted satisfaction.
//! - When everyone fits, everyone is served and the worth is maximised. When not, the plan
//!   may postpone customers (a level of no minutes and no worth), and it says how many minutes
//!   are missing. Serving comes first: the plan serves as much customer weight as fits (a
//!   served customer is worth [`SERVED`] points per unit of weight more than a postponed one,
//!   far beyond any satisfaction), and then maximises satisfaction; so postponing falls on
//!   the lightest customers, and never on someone who fits just because their predicted
//!   satisfaction is zero.

use super::capacity::{Level, Table};

/// One level of service for one customer, as the planner sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceLevel {
    pub minutes: u32,
    /// Predicted satisfaction, in points.
    pub satisfaction: i64,
}

/// A customer expected in the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// How much this customer's satisfaction counts (tier A = 3, B = 2, C = 1 by default).
    pub weight: i64,
    /// The standard level first, then the customized ones.
    pub levels: Vec<ServiceLevel>,
}

/// What each customer gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assigned {
    Level(usize),
    /// Not served in this period (only when not everyone fits).
    Postponed,
}

/// The totals and assignments of one plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Allocation {
    pub assigned: Vec<Assigned>,
    pub minutes: u32,
    pub worth: i64,
}

/// The plan for the period, and the same with more minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapacityPlan {
    pub available: u32,
    pub plan: Allocation,
    /// Whether every customer is served.
    pub everyone_served: bool,
    /// The least minutes that serve everyone (each at their quickest level).
    pub minutes_to_serve_everyone: u32,
    /// The plan with `extra` more minutes.
    pub with_more: Allocation,
    pub extra: u32,
}

/// What being served at all is worth, per unit of weight, when not everyone fits.
pub const SERVED: i64 = 1_000_000_000;

/// The default weight of each tier, A to C.
pub const TIER_WEIGHTS: [i64; 3] = [3, 2, 1];

/// Plans `available` minutes for `customers`, and the same with `extra` more.
pub fn plan_capacity(customers: &[Expected], available: u32, extra: u32) -> CapacityPlan {
    let minutes_to_serve_everyone: u32 = customers
        .iter()
        .map(|c| c.levels.iter().map(|l| l.minutes).min().unwrap_or(0))
        .sum();
    let everyone_fits = minutes_to_serve_everyone <= available;
    let levels: Vec<Vec<Level>> = customers
        .iter()
        .map(|c| {
            let mut levels: Vec<Level> = c
                .levels
                .iter()
                .map(|l| Level {
                    minutes: l.minutes,
                    worth: c.weight * l.satisfaction
                        + if everyone_fits { 0 } else { c.weight * SERVED },
                })
                .collect();
            if !everyone_fits || levels.is_empty() {
                levels.push(Level {
                    minutes: 0,
                    worth: 0,
                });
            }
            levels
        })
        .collect();
    let table = Table::solve(&levels, available + extra);
    let read = |minutes: u32| {
        let plan = table
            .plan(minutes)
            .expect("with postponing allowed, a plan always exists");
        Allocation {
            assigned: plan
                .levels
                .iter()
                .zip(customers)
                .map(|(&l, c)| {
                    if l < c.levels.len() {
                        Assigned::Level(l)
                    } else {
                        Assigned::Postponed
                    }
                })
                .collect(),
            minutes: plan.minutes,
            worth: plan
                .levels
                .iter()
                .zip(customers)
                .filter_map(|(&l, c)| c.levels.get(l).map(|level| c.weight * level.satisfaction))
                .sum(),
        }
    };
    let plan = read(available);
    let everyone_served = plan.assigned.iter().all(|a| *a != Assigned::Postponed);
    CapacityPlan {
        available,
        plan,
        everyone_served,
        minutes_to_serve_everyone,
        with_more: read(available + extra),
        extra,
    }
}
