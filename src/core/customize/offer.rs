//! Customization for one customer: the catalog and their stated needs in, the best set of parts
//! (and the next best different ones) out, each part with the reason it is there — or, when no
//! set can keep every rule, the reasons why, in terms the owner can act on ("the must-have
//! parts alone cost ¥4,800 over a ¥4,000 budget").

use super::search::{self, Choice, Group, Item, Problem};
use crate::core::catalog::part::{GroupId, GroupRule, PartId, ServicePart};
use crate::core::catalog::{Catalog, Never};
use crate::core::learn::Taste;
use crate::core::needs::{Needs, Preference};
use crate::core::sorting;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// How many offers to make: the best and three alternatives.
pub const OFFERS: usize = 4;

/// One proposed combination of parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// In catalog order.
    pub parts: Vec<PartId>,
    pub price: i64,
    pub cost: i64,
    pub minutes: u32,
    /// Predicted satisfaction, in points (see [`Preference::points`]).
    pub satisfaction: i64,
    /// One per part, in the same order.
    pub reasons: Vec<Reason>,
}

/// Why a part is in an offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub part: PartId,
    pub why: Why,
    /// The needs it serves that the customer has feelings about, strongest first.
    pub fits: Vec<Fit>,
    pub points: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// It serves what the customer likes.
    Liked,
    /// The customer asked for it.
    MustHave,
    /// Another chosen part needs it.
    RequiredBy(PartId),
    /// Its group always takes one part, and this one suits best.
    OneOfGroup(GroupId),
}

/// A need a part serves and how the customer feels about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    pub need: String,
    pub preference: Preference,
    pub strength: u8,
}

/// What stands in the way of any offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Obstacle {
    /// A must-have part is ruled out by the customer's own "never".
    MustHaveNever { part: PartId, never: Never },
    /// A must-have part needs a part that is ruled out.
    RequiresRuledOut { part: PartId, required: PartId },
    /// Two parts that must both be in cannot go together.
    Clash { a: PartId, b: PartId },
    /// The must-have parts (with what they require) cost more than the budget.
    OverBudget { price: i64, budget: i64 },
    /// They take longer than the customer has.
    OverTime { minutes: u32, available: u32 },
    /// A group that always takes one part has none the customer accepts.
    GroupRuledOut { group: GroupId },
    /// Every rule holds on its own, but no combination fits both the budget and the time; the
    /// cheapest combination that keeps the rules costs this much and takes this long.
    Cheapest { price: i64, minutes: u32 },
    /// The catalog's own rules contradict each other (no combination at all).
    NoCombination,
}

/// The offers, best first, or what prevents any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Customization {
    Offers(Vec<Offer>),
    Impossible(Vec<Obstacle>),
}

/// The best [`OFFERS`] different offers for a customer with `needs` from `catalog`, scored by
/// what they stated.
pub fn customize(catalog: &Catalog, needs: &Needs) -> Customization {
    customize_with(catalog, needs, &Taste::stated(needs))
}

/// The best [`OFFERS`] different offers for a customer with `needs`, scored by `taste` (what
/// their ratings taught, see [`crate::core::learn`]). The rules — must-have and never parts,
/// never needs, budget, minutes — still come from `needs`.
pub fn customize_with(catalog: &Catalog, needs: &Needs, taste: &Taste) -> Customization {
    let problem = problem_with(catalog, needs, taste);
    let obstacles = obstacles(catalog, needs, &problem);
    if !obstacles.is_empty() {
        return Customization::Impossible(obstacles);
    }
    let choices = search::best(&problem, OFFERS);
    if choices.is_empty() {
        return Customization::Impossible(vec![cheapest(&problem)]);
    }
    let offers = choices
        .iter()
        .map(|choice| offer(catalog, taste, &problem, choice))
        .collect();
    Customization::Offers(offers)
}

/// The search problem for `needs`: one item per part, in catalog order.
pub fn problem(catalog: &Catalog, needs: &Needs) -> Problem {
    problem_with(catalog, needs, &Taste::stated(needs))
}

/// The search problem for the rules of `needs`, each part scored by `taste`.
pub fn problem_with(catalog: &Catalog, needs: &Needs, taste: &Taste) -> Problem {
    let index: FxHashMap<&PartId, usize> = catalog
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.id, i))
        .collect();
    let group_index: FxHashMap<&GroupId, usize> = catalog
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (&g.id, i))
        .collect();
    let refs = |ids: &[PartId]| -> Vec<usize> {
        ids.iter().filter_map(|id| index.get(id).copied()).collect()
    };
    let items = catalog
        .parts
        .iter()
        .map(|part| Item {
            score: taste.score(part),
            price: part.price.amount.max(0),
            minutes: part.minutes,
            group: part
                .group
                .as_ref()
                .and_then(|g| group_index.get(g).copied()),
            requires: refs(&part.requires),
            excludes: refs(&part.excludes),
            forced: needs.must_have.contains(&part.id),
            banned: Catalog::never_for(part, needs).is_some(),
        })
        .collect();
    // A group with no parts yet asks nothing, whatever its rule.
    let groups = catalog
        .groups
        .iter()
        .map(|g| Group {
            exactly_one: g.rule == GroupRule::ExactlyOne
                && catalog
                    .parts
                    .iter()
                    .any(|p| p.group.as_ref() == Some(&g.id)),
        })
        .collect();
    Problem {
        items,
        groups,
        budget: needs.budget,
        minutes: needs.minutes,
    }
}

/// The must-have parts and everything they require, transitively.
fn forced_closure(problem: &Problem) -> BTreeSet<usize> {
    let mut closure = BTreeSet::new();
    let mut stack: Vec<usize> = (0..problem.items.len())
        .filter(|&i| problem.items[i].forced)
        .collect();
    while let Some(i) = stack.pop() {
        if closure.insert(i) {
            stack.extend(problem.items[i].requires.iter().copied());
        }
    }
    closure
}

/// The reasons no offer can exist that can be named without searching.
fn obstacles(catalog: &Catalog, needs: &Needs, problem: &Problem) -> Vec<Obstacle> {
    let parts = &catalog.parts;
    let mut found = Vec::new();
    let forced = forced_closure(problem);
    for &i in &forced {
        let item = &problem.items[i];
        if item.forced {
            if let Some(never) = Catalog::never_for(&parts[i], needs) {
                found.push(Obstacle::MustHaveNever {
                    part: parts[i].id.clone(),
                    never,
                });
            }
        }
        for &r in &item.requires {
            if problem.items[r].banned {
                found.push(Obstacle::RequiresRuledOut {
                    part: parts[i].id.clone(),
                    required: parts[r].id.clone(),
                });
            }
        }
    }
    for &a in &forced {
        for &b in forced.range(a + 1..) {
            let (x, y) = (&problem.items[a], &problem.items[b]);
            let same_group = x.group.is_some() && x.group == y.group;
            if same_group || x.excludes.contains(&b) || y.excludes.contains(&a) {
                found.push(Obstacle::Clash {
                    a: parts[a].id.clone(),
                    b: parts[b].id.clone(),
                });
            }
        }
    }
    let price: i64 = forced.iter().map(|&i| problem.items[i].price).sum();
    let minutes: u32 = forced.iter().map(|&i| problem.items[i].minutes).sum();
    if let Some(budget) = problem.budget.filter(|&b| price > b) {
        found.push(Obstacle::OverBudget { price, budget });
    }
    if let Some(available) = problem.minutes.filter(|&m| minutes > m) {
        found.push(Obstacle::OverTime { minutes, available });
    }
    for (g, group) in catalog.groups.iter().enumerate() {
        let members = || (0..parts.len()).filter(|&i| problem.items[i].group == Some(g));
        if group.rule == GroupRule::ExactlyOne
            && members().next().is_some()
            && members().all(|i| problem.items[i].banned)
        {
            found.push(Obstacle::GroupRuledOut {
                group: group.id.clone(),
            });
        }
    }
    found
}

/// Why no offer fits: the cheapest combination that keeps every rule, ignoring the budget and
/// the time, or none at all.
fn cheapest(problem: &Problem) -> Obstacle {
    let mut unlimited = problem.clone();
    unlimited.budget = None;
    unlimited.minutes = None;
    for item in &mut unlimited.items {
        item.score = -item.price;
    }
    match search::best(&unlimited, 1).first() {
        Some(choice) => Obstacle::Cheapest {
            price: choice.price,
            minutes: choice.minutes,
        },
        None => Obstacle::NoCombination,
    }
}

fn offer(catalog: &Catalog, taste: &Taste, problem: &Problem, choice: &Choice) -> Offer {
    let parts = &catalog.parts;
    let reasons = choice
        .items
        .iter()
        .map(|&i| Reason {
            part: parts[i].id.clone(),
            why: why(catalog, problem, choice, i),
            fits: fits_with(&parts[i], taste),
            points: problem.items[i].score,
        })
        .collect();
    Offer {
        parts: choice.items.iter().map(|&i| parts[i].id.clone()).collect(),
        price: choice.price,
        cost: choice.items.iter().map(|&i| parts[i].cost.amount).sum(),
        minutes: choice.minutes,
        satisfaction: choice.score,
        reasons,
    }
}

fn why(catalog: &Catalog, problem: &Problem, choice: &Choice, i: usize) -> Why {
    let item = &problem.items[i];
    if item.forced {
        return Why::MustHave;
    }
    if item.score > 0 {
        return Why::Liked;
    }
    if let Some(&by) = choice
        .items
        .iter()
        .find(|&&j| problem.items[j].requires.contains(&i))
    {
        return Why::RequiredBy(catalog.parts[by].id.clone());
    }
    match item.group {
        Some(g) => Why::OneOfGroup(catalog.groups[g].id.clone()),
        // Unreachable for a minimal set; said plainly rather than guessed.
        None => Why::Liked,
    }
}

/// The needs `part` serves that the customer has a feeling about, strongest first.
pub fn fits(part: &ServicePart, needs: &Needs) -> Vec<Fit> {
    fits_with(part, &Taste::stated(needs))
}

/// The needs `part` serves on which `taste` is not neutral, strongest first.
pub fn fits_with(part: &ServicePart, taste: &Taste) -> Vec<Fit> {
    let mut fits: Vec<Fit> = part
        .needs
        .iter()
        .filter(|n| n.strength > 0)
        .map(|n| Fit {
            need: n.need.clone(),
            preference: taste.preference(&n.need),
            strength: n.strength,
        })
        .filter(|f| f.preference != Preference::Neutral)
        .collect();
    sorting::sort_by_key(&mut fits, |f| {
        std::cmp::Reverse(i64::from(f.strength) * f.preference.points().abs())
    });
    fits
}
