//! The simulated world: a dog-walking and care service (20 parts over 8 needs, three choice
//! groups, one requirement, one exclusion; everyone books within the same ¥6,000 and two
//! hours), its customers with their hidden true tastes, what they state when asked, and how
//! they rate a visit. Only [`Customer::needs`] and the ratings ever reach the policies under
//! test; [`Customer::truth`] is for scoring them.

use super::tastes::{deviations, Tastes};
use crate::core::catalog::part::{GroupId, GroupRule, NeedServed, PartGroup, PartId, ServicePart};
use crate::core::catalog::Catalog;
use crate::core::customer::CustomerId;
use crate::core::feedback::{Channel, Feedback, FeedbackId, PartRating, Thumb};
use crate::core::learn::{nearest, Taste};
use crate::core::needs::{Needs, Preference};
use crate::core::random::Random;
use crate::core::sorting;
use crate::core::visit::Money;
use chrono::{DateTime, TimeDelta, Utc};

/// The needs, and the population's true mean weight for each (in points per percent of
/// strength): most dogs need exercise and enjoy treats, owners like updates, few dogs are old.
pub const NEEDS: [(&str, f64); 8] = [
    ("exercise", 1.0),
    ("socialising", 0.4),
    ("calm", 0.3),
    ("grooming", 0.2),
    ("training", 0.0),
    ("updates", 0.6),
    ("treats", 0.8),
    ("senior care", -0.4),
];
/// How far one customer's true weight strays from the population's (sd, per need; in both
/// worlds of [`super::tastes`]).
pub const INDIVIDUAL_SD: f64 = 0.8;
/// Everyone's limits per visit.
pub const BUDGET: i64 = 6_000;
pub const MINUTES: u32 = 120;

/// How much of a visit comes back as feedback.
pub const GIVES_FEEDBACK: f64 = 0.75;
pub const GIVES_SATISFACTION: f64 = 0.85;
/// The chance a part gets a thumb, when the customer felt clearly about it.
pub const THUMBS_PART: f64 = 0.5;
/// How a part is felt on the day around its true utility (sd, in points).
pub const FELT_SD: f64 = 0.7;
/// A part felt within this of neutral gets no thumb ("it was fine").
pub const MEH: f64 = 0.3;
/// Satisfaction: 3 + this × the mean felt utility + the customer's generosity + noise.
pub const SATISFACTION_SCALE: f64 = 0.8;
pub const GENEROSITY_MEAN: f64 = 0.2;
pub const GENEROSITY_SD: f64 = 0.4;
pub const SATISFACTION_SD: f64 = 0.5;
/// How roughly customers report a feeling (sd, in points) and how many needs they mention.
pub const STATED_NOISE_SD: f64 = 0.5;
pub const MENTIONS: [usize; 3] = [1, 2, 3];

type PartSpec = (
    &'static str,
    u32,
    i64,
    &'static [(&'static str, u8)],
    Option<usize>,
);

/// Name, minutes, price, needs served, group (0 walk: exactly one; 1 play, 2 grooming: at most
/// one).
const PARTS: [PartSpec; 20] = [
    (
        "20-minute stroll",
        20,
        1_500,
        &[("calm", 60), ("senior care", 50)],
        Some(0),
    ),
    (
        "30-minute walk",
        30,
        2_000,
        &[("exercise", 40), ("calm", 30)],
        Some(0),
    ),
    (
        "60-minute walk",
        60,
        3_200,
        &[("exercise", 80), ("calm", 20)],
        Some(0),
    ),
    ("90-minute hike", 90, 4_500, &[("exercise", 100)], Some(0)),
    (
        "Group walk",
        60,
        2_800,
        &[("socialising", 90), ("exercise", 50)],
        Some(0),
    ),
    (
        "Dog-park play",
        20,
        800,
        &[("socialising", 80), ("exercise", 30)],
        Some(1),
    ),
    ("Fetch session", 15, 600, &[("exercise", 60)], Some(1)),
    (
        "Puzzle games",
        15,
        700,
        &[("training", 50), ("calm", 30)],
        Some(1),
    ),
    (
        "Brushing",
        10,
        600,
        &[("grooming", 50), ("calm", 20)],
        Some(2),
    ),
    ("Bath and dry", 40, 2_500, &[("grooming", 100)], Some(2)),
    (
        "Nail trim",
        10,
        700,
        &[("grooming", 40), ("senior care", 30)],
        Some(2),
    ),
    ("Training drills", 20, 1_200, &[("training", 90)], None),
    ("Photo report", 5, 300, &[("updates", 80)], None),
    (
        "Live GPS link",
        5,
        400,
        &[("updates", 60), ("calm", 20)],
        None,
    ),
    ("Treat pack", 5, 500, &[("treats", 90)], None),
    (
        "Gentle massage",
        15,
        1_200,
        &[("calm", 60), ("senior care", 70)],
        None,
    ),
    (
        "Paw balm",
        5,
        400,
        &[("senior care", 40), ("grooming", 20)],
        None,
    ),
    ("Pick-up and drop-off", 20, 800, &[("calm", 40)], None),
    (
        "Senior health check",
        15,
        1_000,
        &[("senior care", 90), ("calm", 20)],
        None,
    ),
    (
        "Playdate with a friend",
        30,
        1_500,
        &[("socialising", 100)],
        None,
    ),
];
/// Paw balm goes on after a nail trim; a playdate gets too muddy for a bath the same day.
const REQUIRES: [(usize, usize); 1] = [(16, 10)];
const EXCLUDES: [(usize, usize); 1] = [(19, 9)];

/// The moment the simulated business opens.
pub fn opening() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
}

/// The simulated catalog, its ids drawn from `random`.
pub fn catalog(random: &mut Random) -> Catalog {
    let now = opening();
    let rules = [
        GroupRule::ExactlyOne,
        GroupRule::AtMostOne,
        GroupRule::AtMostOne,
    ];
    let names = ["Walk", "Play", "Grooming"];
    let groups: Vec<PartGroup> = rules
        .iter()
        .zip(names)
        .map(|(&rule, name)| PartGroup {
            id: GroupId::from_random_bytes(random.bytes()),
            name: name.to_owned(),
            rule,
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        })
        .collect();
    let ids: Vec<PartId> = PARTS
        .iter()
        .map(|_| PartId::from_random_bytes(random.bytes()))
        .collect();
    let linked = |rules: &[(usize, usize)], i: usize| -> Vec<PartId> {
        rules
            .iter()
            .filter(|r| r.0 == i)
            .map(|r| ids[r.1].clone())
            .collect()
    };
    let parts = PARTS
        .iter()
        .enumerate()
        .map(|(i, &(name, minutes, price, needs, group))| ServicePart {
            cost: Money::yen(price / 3),
            needs: needs
                .iter()
                .map(|&(need, strength)| NeedServed::new(need, strength))
                .collect(),
            group: group.map(|g| groups[g].id.clone()),
            requires: linked(&REQUIRES, i),
            excludes: linked(&EXCLUDES, i),
            ..ServicePart::new(
                ids[i].clone(),
                name.to_owned(),
                minutes,
                Money::yen(price),
                now,
            )
        })
        .collect();
    Catalog {
        parts,
        groups,
        menus: Vec::new(),
    }
}

/// The limits everyone books within, with nothing stated.
pub fn limits() -> Needs {
    Needs {
        budget: Some(BUDGET),
        minutes: Some(MINUTES),
        ..Needs::default()
    }
}

/// A simulated customer.
#[derive(Clone, Debug)]
pub struct Customer {
    pub id: CustomerId,
    /// What they told the business: a few feelings, roughly, and the shared limits.
    pub needs: Needs,
    /// Their true weights — hidden from every policy but the oracle.
    pub truth: Taste,
    /// How much higher than they feel they rate a visit.
    generosity: f64,
}

impl Customer {
    /// A customer drawn around the population's means, their deviations as `tastes` says.
    pub fn draw(tastes: Tastes, random: &mut Random) -> Self {
        let truth: Vec<(&str, f64)> = NEEDS
            .iter()
            .zip(deviations(tastes, random))
            .map(|(&(need, mean), deviation)| (need, mean + deviation))
            .collect();
        // They mention the needs they feel most strongly about, as they roughly see them.
        let mut felt: Vec<(&str, f64)> = truth
            .iter()
            .map(|&(need, w)| (need, w + random.normal(STATED_NOISE_SD)))
            .collect();
        sorting::sort_by(&mut felt, |a, b| b.1.abs().total_cmp(&a.1.abs()));
        let mentions = MENTIONS[random.below(MENTIONS.len())];
        let preferences = felt
            .iter()
            .take(mentions)
            .map(|&(need, w)| (need.to_owned(), nearest(w)))
            .filter(|(_, p)| *p != Preference::Neutral)
            .collect();
        Self {
            id: CustomerId::from_random_bytes(random.bytes()),
            needs: Needs {
                preferences,
                ..limits()
            },
            truth: Taste::from_weights(truth),
            generosity: GENEROSITY_MEAN + random.normal(GENEROSITY_SD),
        }
    }

    /// Their true satisfaction with `parts`: the sum of the parts' true utilities, in points.
    pub fn satisfaction(&self, catalog: &Catalog, parts: &[PartId]) -> f64 {
        parts
            .iter()
            .filter_map(|id| catalog.part(id))
            .map(|part| self.truth.utility(part))
            .sum()
    }

    /// The feedback they give after receiving `parts` at `at`, if any: each part felt around
    /// its true utility, a thumb for some of those felt clearly, and a satisfaction from the
    /// mean felt utility and their generosity.
    pub fn rate(
        &self,
        catalog: &Catalog,
        parts: &[PartId],
        at: DateTime<Utc>,
        random: &mut Random,
    ) -> Option<Feedback> {
        if !random.chance(GIVES_FEEDBACK) {
            return None;
        }
        let id = FeedbackId::from_random_bytes(random.bytes());
        let mut feedback = Feedback::new(id, self.id.clone(), at, Channel::InPerson, at);
        let mut felt_sum = 0.0;
        for id in parts {
            let utility = catalog.part(id).map_or(0.0, |p| self.truth.utility(p)) / 100.0;
            let felt = utility + random.normal(FELT_SD);
            felt_sum += felt;
            let thumb = if !random.chance(THUMBS_PART) || felt.abs() <= MEH {
                None
            } else if felt > 0.0 {
                Some(Thumb::Up)
            } else {
                Some(Thumb::Down)
            };
            feedback.parts.push(PartRating {
                part: id.clone(),
                thumb,
            });
        }
        if random.chance(GIVES_SATISFACTION) && !parts.is_empty() {
            let mean = felt_sum / parts.len() as f64;
            let noise = random.normal(SATISFACTION_SD);
            let score = 3.0 + SATISFACTION_SCALE * mean + self.generosity + noise;
            feedback.satisfaction = Some(score.round().clamp(1.0, 5.0) as u8);
        }
        Some(feedback)
    }
}

/// The moment of visit `visit` (from 0) of customer number `n`: a fortnight apart, each
/// customer at their own minute.
pub fn visit_time(visit: usize, n: usize) -> DateTime<Utc> {
    opening() + TimeDelta::days(14 * visit as i64) + TimeDelta::minutes(n as i64)
}
