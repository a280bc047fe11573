//! Does learning pay? A simulation that answers with numbers: a synthetic population of a
//! dog-walking service (see [`world`]) whose true tastes are hidden, served for ten visits each
//! by four policies, scored by the true satisfaction of what each one delivered.
//!
//! - **Set menu**: the same set for everyone — the best set for the population as a whole,
//!   chosen with the true mean taste (more than a real owner knows, so the baseline is, if
//!   anything, flattered).
//! - **Stated**: the best offer for what each customer stated, every visit the same.
//! - **Learning**: exactly what the app's offer card does — the best offer for the learned
//!   taste ([`learn`]'s posterior mean, with what everyone stated and everyone's feedback so
//!   far as the population prior, [`population`]), and beside it [`Learned::try_new`]'s "something new to try",
//!   which the owner proposes and the customer accepts with chance [`Setup::accept_new`]
//!   ([`ACCEPT_NEW`], 0.3, in the benchmark); the offer is then the best one that includes it.
//!   Only this policy's visits are rated, and only its ratings are learned from.
//! - **Oracle**: the best offer for the true taste: the most any policy can reach.
//!
//! **The world.** True weights are the population's mean per need (−0.4 … +1.0) plus a
//! personal deviation of sd 0.8 per need (dogs differ): in the benchmark mostly a mix of three
//! kinds of customer, so needs go together, and in a second, stress-test run independent per
//! need ([`tastes`]). Customers state one to three of the eight needs,
//! those they feel most strongly about, rounded to a feeling after a personal error (sd 0.5
//! points). Everyone books within ¥6,000 and two hours. A visit brings feedback three times in
//! four; each part is felt around its true utility (sd 0.7), and half of the parts felt clearly
//! (beyond ±0.3) get a thumb; satisfaction (given 85 % of the time) is
//! 3 + 0.8 × the mean felt utility + the customer's own generosity (mean +0.2, sd 0.4) + noise
//! (sd 0.5), rounded into 1–5. None of this matches the learning model exactly (another margin,
//! no generosity, another scale): the model has to cope, as with real customers. In the
//! benchmark everyone starts at once — a new business, the hardest case: the first visit's
//! population is learned from what everyone stated, with no rating yet; a third run lets the
//! same customers arrive in ten groups, one every round, as at an established business
//! ([`Setup::arrivals`]).
//!
//! The result is, per visit, each policy's mean true satisfaction as a share of the oracle's.
//! Everything is drawn from one seed, so a run is repeatable.
//!
//! **What it shows.** Structured tastes, everyone from the opening day, seed 2026: set menu
//! 67 %, stated 59 % throughout; learning 84 % at the first visit, 85.5 % at the second,
//! 90.2 % at the fifth and 92.5 % at the tenth. Over seed 2026 and seeds 1–7 the first visit is
//! at 77–84 %, the second at 83–86 % (above both baselines on every seed), the fifth at
//! 88.4–90.2 % (mean 89.5 %) and the tenth at 91.5–92.7 % (91.9 %). Arriving over time, seed
//! 2026: 83 %, 85 %, 89.0 % and 91.8 % (fifth visit over the eight seeds: 88.0–89.9 %, mean
//! 88.9 %). Independent tastes (the stress test), seed 2026: set menu 66 %, stated 63 %;
//! learning 76, 81, 85.1 and 88.3 % (fifth visit over the eight seeds: 82.1–85.1 %, mean
//! 83.7 %). Accepting no suggestions gave 0.3 of a point less at the fifth visit and 0.4 less
//! at the tenth (structured, over the eight seeds): a suggestion half a standard deviation
//! optimistic cost more than it taught, a quarter pays a little.
//!
//! Where the figures come from: on the opening day, the population fitted from what everyone
//! stated already knows which needs go together and what most customers want (61 % at the
//! first visit when it was fitted from ratings alone), and from then on it keeps the ratings
//! of a part's fans from speaking for everyone. How near is the fifth visit to what the
//! feedback can teach at all? A diagnostic run of an ideal learner — told the true population
//! and exactly how these customers rate, offering the best for its posterior mean — reached
//! 89.5–91 % at the fifth visit (structured tastes, seeds 2026, 1 and 2; 87 % with
//! independent tastes, seed 2026): with half the parts left unthumbed and a part felt differently from
//! one visit to the next, three or so pieces of feedback leave that much unknown.
//!
//! What the population's covariance does: with structured tastes the fit finds the kinds of
//! customer (exercise, socialising and training together against calm and senior care; calm
//! with senior care and grooming; updates with treats), so a customer's thumbs and stated
//! feelings move the needs that go with them. With independent tastes there is nothing to find,
//! and the fitted correlations are noise and the selection of who is offered what. The
//! learner's spreads come out larger than the world's (the model's thumb and satisfaction
//! scales are not the world's), so each need's spread is capped at the prior's sd 1.

pub mod tastes;
pub mod world;

use super::{learn, population, Learned, Taste};
use crate::core::catalog::part::PartId;
use crate::core::catalog::Catalog;
use crate::core::customize::offer::{customize_with, Customization};
use crate::core::feedback::Feedback;
use crate::core::needs::Needs;
use crate::core::random::Random;
pub use tastes::Tastes;
use world::Customer;

/// The size of a run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Setup {
    pub customers: usize,
    pub visits: usize,
    pub seed: u64,
    /// The chance that a customer accepts a "try something new" suggestion; at 0 none is asked.
    pub accept_new: f64,
    /// How the customers' tastes vary across needs.
    pub tastes: Tastes,
    /// In how many equal groups the customers arrive, one group a round (every two weeks):
    /// 1 is everyone on the opening day (a new business, the hardest case); more is an
    /// established business, where newcomers meet a population already learned from.
    pub arrivals: usize,
}

impl Setup {
    /// The benchmark: 300 customers with structured tastes, ten visits each, offers from the
    /// learned taste and three "try something new" suggestions in ten accepted.
    pub const BENCHMARK: Setup = Setup {
        customers: 300,
        visits: 10,
        seed: 2026,
        accept_new: ACCEPT_NEW,
        tastes: Tastes::Structured,
        arrivals: 1,
    };
    /// The same with independent tastes: a stress test.
    pub const STRESS_TEST: Setup = Setup {
        tastes: Tastes::Independent,
        ..Setup::BENCHMARK
    };
    /// The benchmark's customers arriving in ten groups of 30, one every round.
    pub const ESTABLISHED: Setup = Setup {
        arrivals: 10,
        ..Setup::BENCHMARK
    };
}

/// How often a customer accepts the "something new to try" an owner proposes.
pub const ACCEPT_NEW: f64 = 0.3;

/// Mean true satisfaction per policy at one visit, as a share of the oracle's (1.0 = as good).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shares {
    pub set_menu: f64,
    pub stated: f64,
    pub learning: f64,
}

/// What a run found.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub setup: Setup,
    /// The oracle's mean true satisfaction per visit, in points.
    pub oracle: f64,
    /// One per visit, the first first.
    pub visits: Vec<Shares>,
    /// How many pieces of feedback the learning policy collected.
    pub feedback: usize,
    /// How many "try something new" suggestions were accepted.
    pub tried: usize,
}

/// The parts of the best offer for `needs` scored by `taste`; empty when nothing fits.
fn best(catalog: &Catalog, needs: &Needs, taste: &Taste) -> Vec<PartId> {
    match customize_with(catalog, needs, taste) {
        Customization::Offers(offers) => {
            offers.into_iter().next().map_or_else(Vec::new, |o| o.parts)
        }
        Customization::Impossible(_) => Vec::new(),
    }
}

/// The mean true taste of `customers`: what the best set menu is chosen for.
fn mean_taste(customers: &[Customer]) -> Taste {
    let n = customers.len().max(1) as f64;
    Taste::from_weights(world::NEEDS.iter().map(|&(need, _)| {
        let sum: f64 = customers.iter().map(|c| c.truth.weight(need)).sum();
        (need, sum / n)
    }))
}

/// Runs the simulation.
pub fn simulate(setup: &Setup) -> Outcome {
    let mut random = Random::new(setup.seed);
    let catalog = world::catalog(&mut random.fork(1));
    let mut people = random.fork(2);
    let customers: Vec<Customer> = (0..setup.customers)
        .map(|_| Customer::draw(setup.tastes, &mut people))
        .collect();
    let set_menu = best(&catalog, &world::limits(), &mean_taste(&customers));
    let truly = |c: &Customer, parts: &[PartId]| c.satisfaction(&catalog, parts);
    let oracle: f64 = customers
        .iter()
        .map(|c| truly(c, &best(&catalog, &c.needs, &c.truth)))
        .sum();
    let set_menu_total: f64 = customers.iter().map(|c| truly(c, &set_menu)).sum();
    let stated_total: f64 = customers
        .iter()
        .map(|c| truly(c, &best(&catalog, &c.needs, &Taste::stated(&c.needs))))
        .sum();

    let mut ratings = random.fork(3);
    let mut choices = random.fork(4);
    let mut everyone: Vec<Feedback> = Vec::new();
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); customers.len()];
    let groups = setup.arrivals.max(1);
    // Customer n arrives in round `n % groups` and comes back every round after it.
    let arrival = |n: usize| n % groups;
    let mut learning_totals = vec![0.0; setup.visits];
    let mut tried = 0;
    for round in 0..setup.visits + groups - 1 {
        let arrived = customers
            .iter()
            .enumerate()
            .filter(|&(n, _)| arrival(n) <= round);
        let stated = arrived.map(|(_, c)| (&c.id, &c.needs));
        let population = population(&catalog, stated, &everyone);
        let mut given = Vec::new();
        for (n, customer) in customers.iter().enumerate() {
            let Some(visit) = round.checked_sub(arrival(n)).filter(|v| *v < setup.visits) else {
                continue;
            };
            let mine: Vec<&Feedback> = own[n].iter().map(|&i| &everyone[i]).collect();
            let learned = learn(&catalog, &customer.needs, &mine, &population);
            let mut parts = best(&catalog, &customer.needs, &learned.taste);
            if let Some(new) = accepted(&learned, &catalog, customer, &parts, setup, &mut choices) {
                parts = new;
                tried += 1;
            }
            learning_totals[visit] += truly(customer, &parts);
            let at = world::visit_time(round, n);
            if let Some(feedback) = customer.rate(&catalog, &parts, at, &mut ratings) {
                given.push((n, feedback));
            }
        }
        for (n, feedback) in given {
            own[n].push(everyone.len());
            everyone.push(feedback);
        }
    }
    let share = |total: f64| if oracle > 0.0 { total / oracle } else { 0.0 };
    let visits = learning_totals
        .into_iter()
        .map(|learning_total| Shares {
            set_menu: share(set_menu_total),
            stated: share(stated_total),
            learning: share(learning_total),
        })
        .collect();
    Outcome {
        setup: *setup,
        oracle: oracle / setup.customers.max(1) as f64,
        visits,
        feedback: everyone.len(),
        tried,
    }
}

/// The offer with the suggested new part in it, when there is a suggestion, the customer
/// accepts it, and some offer can include it.
fn accepted(
    learned: &Learned,
    catalog: &Catalog,
    customer: &Customer,
    offer: &[PartId],
    setup: &Setup,
    random: &mut Random,
) -> Option<Vec<PartId>> {
    if setup.accept_new <= 0.0 {
        return None;
    }
    let suggestion = learned.try_new(catalog, &customer.needs, offer)?;
    if !random.chance(setup.accept_new) {
        return None;
    }
    let mut needs = customer.needs.clone();
    needs.must_have.push(suggestion.part);
    Some(best(catalog, &needs, &learned.taste)).filter(|parts| !parts.is_empty())
}

/// The outcome as a table, one line per visit.
pub fn table(outcome: &Outcome) -> Vec<String> {
    let setup = &outcome.setup;
    let mut lines = vec![
        format!(
            "{}, {} customers × {} visits; true satisfaction as a share of the oracle's ({:.0} points a visit)",
            match (setup.tastes, setup.arrivals > 1) {
                (Tastes::Structured, false) => "Structured tastes, everyone from the opening day",
                (Tastes::Structured, true) => "Structured tastes, customers arriving over time",
                (Tastes::Independent, _) => "Independent tastes (a stress test)",
            },
            setup.customers, setup.visits, outcome.oracle
        ),
        format!("  {:>5} {:>9} {:>9} {:>9}", "visit", "set menu", "stated", "learning"),
    ];
    for (i, shares) in outcome.visits.iter().enumerate() {
        lines.push(format!(
            "  {:>5} {:>8.1}% {:>8.1}% {:>8.1}%",
            i + 1,
            100.0 * shares.set_menu,
            100.0 * shares.stated,
            100.0 * shares.learning
        ));
    }
    lines.push(format!(
        "  ({} pieces of feedback learned from; {} \"try something new\" accepted)",
        outcome.feedback, outcome.tried
    ));
    lines
}
