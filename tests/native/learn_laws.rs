//! Laws of learning on random catalogs, needs and feedback: the stated taste scores and
//! explains exactly as the needs always have; a thumb moves the weights the way it points;
//! every rating makes the taste surer; "try something new" never breaks a rule; the
//! population fitted a round at a time is the population fitted at once.

use super::learn::{catalog_of, feedback, part};
use super::support::{jst, now};
use proptest::prelude::*;
use tsunagu::core::catalog::part::{GroupId, GroupRule, PartGroup, PartId};
use tsunagu::core::catalog::samples::Sample;
use tsunagu::core::catalog::Catalog;
use tsunagu::core::customize::offer::{customize, customize_with, Customization};
use tsunagu::core::feedback::{Feedback, Thumb};
use tsunagu::core::i18n::Lang;
use tsunagu::core::learn::{learn, population, Population, PopulationFit, Taste};
use tsunagu::core::needs::{Needs, Preference};
use tsunagu::core::sample::{generate, SampleSize};

const TAGS: [&str; 4] = ["exercise", "grooming", "socialising", "treats"];

/// A part as drawn: needs (tag, strength), price in hundreds, minutes in fives, group,
/// requires, excludes.
type PartDraw = (
    Vec<(usize, u8)>,
    i64,
    u32,
    Option<usize>,
    Vec<usize>,
    Vec<usize>,
);

fn catalogs() -> impl Strategy<Value = Catalog> {
    (1usize..=7, 0usize..=2).prop_flat_map(|(n, groups)| {
        let part = (
            proptest::collection::vec((0..TAGS.len(), 1u8..=100), 0..=3),
            0i64..=30,
            0u32..=12,
            proptest::option::weighted(0.4, 0..groups.max(1)),
            proptest::collection::vec(0..n, 0..=1),
            proptest::collection::vec(0..n, 0..=1),
        );
        let rules = proptest::collection::vec(proptest::bool::ANY, groups);
        (proptest::collection::vec(part, n), rules)
            .prop_map(move |(draws, rules)| build(draws, rules, groups))
    })
}

fn build(draws: Vec<PartDraw>, exactly_one: Vec<bool>, groups: usize) -> Catalog {
    let group_id = |g: usize| GroupId::from_random_bytes([200 + g as u8; 16]);
    let parts = draws
        .into_iter()
        .enumerate()
        .map(|(i, (needs, price, minutes, group, requires, excludes))| {
            let needs: Vec<(&str, u8)> = needs.iter().map(|&(t, s)| (TAGS[t], s)).collect();
            let mut p = part(i, &needs, price * 100, minutes * 5);
            p.group = group.filter(|_| groups > 0).map(group_id);
            let others = |ids: Vec<usize>| ids.into_iter().filter(|&j| j != i);
            p.requires = others(requires).map(super::learn::part_id).collect();
            p.excludes = others(excludes).map(super::learn::part_id).collect();
            p
        })
        .collect();
    let mut catalog = catalog_of(parts);
    catalog.groups = exactly_one
        .into_iter()
        .enumerate()
        .map(|(g, exactly)| PartGroup {
            id: group_id(g),
            name: format!("group {g}"),
            rule: if exactly {
                GroupRule::ExactlyOne
            } else {
                GroupRule::AtMostOne
            },
            created_at: super::support::now(),
            updated_at: super::support::now(),
            earlier_versions: Vec::new(),
        })
        .collect();
    catalog
}

/// Needs over the catalog's parts 0..7: feelings (any of the five), must-have and never
/// parts, budget and minutes.
fn needs() -> impl Strategy<Value = Needs> {
    (
        proptest::collection::vec((0..TAGS.len(), 0..Preference::ALL.len()), 0..=4),
        proptest::collection::vec(proptest::bool::weighted(0.1), 7),
        proptest::collection::vec(proptest::bool::weighted(0.1), 7),
        proptest::option::weighted(0.7, 0i64..=80),
        proptest::option::weighted(0.6, 0u32..=30),
    )
        .prop_map(|(feelings, must, never, budget, minutes)| Needs {
            preferences: feelings
                .into_iter()
                .map(|(t, p)| (TAGS[t].to_owned(), Preference::ALL[p]))
                .collect(),
            must_have: picked(&must),
            never: picked(&never),
            budget: budget.map(|b| b * 100),
            minutes: minutes.map(|m| m * 5),
        })
}

fn picked(flags: &[bool]) -> Vec<PartId> {
    let chosen = flags.iter().enumerate().filter(|(_, &f)| f);
    chosen.map(|(i, _)| super::learn::part_id(i)).collect()
}

/// Feedback on parts 0..7 (those not in the catalog are left out by learning): customer,
/// parts with a thumb each (0 none, 1 up, 2 down), satisfaction.
type FeedbackDraw = (u8, Vec<(usize, u8)>, Option<u8>);

fn feedback_draws() -> impl Strategy<Value = Vec<FeedbackDraw>> {
    let one = (
        0u8..4,
        proptest::collection::vec((0usize..7, 0u8..3), 1..=3),
        proptest::option::weighted(0.6, 1u8..=5),
    );
    proptest::collection::vec(one, 0..=12)
}

fn realise(draws: &[FeedbackDraw], first: usize) -> Vec<Feedback> {
    let thumb = |t: u8| [None, Some(Thumb::Up), Some(Thumb::Down)][t as usize];
    draws
        .iter()
        .enumerate()
        .map(|(n, (customer, parts, satisfaction))| {
            let ids: Vec<(PartId, Option<Thumb>)> = parts
                .iter()
                .map(|&(p, t)| (super::learn::part_id(p), thumb(t)))
                .collect();
            let refs: Vec<(&PartId, Option<Thumb>)> = ids.iter().map(|(p, t)| (p, *t)).collect();
            feedback(first + n, *customer, &refs, *satisfaction)
        })
        .collect()
}

/// Whether `part` of `catalog` serves a need `needs` never wants (its weight is then a rule).
fn serves_never(catalog: &Catalog, part: usize, needs: &Needs) -> bool {
    catalog.parts[part]
        .needs
        .iter()
        .any(|n| needs.preference(&n.need) == Preference::Never)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_stated_taste_scores_and_explains_exactly_as_the_needs(
        catalog in catalogs(),
        needs in needs(),
    ) {
        let taste = Taste::stated(&needs);
        for part in &catalog.parts {
            prop_assert_eq!(taste.score(part), Catalog::score(part, &needs));
        }
        for tag in TAGS {
            prop_assert_eq!(taste.preference(tag), needs.preference(tag));
        }
        let plain = customize(&catalog, &needs);
        prop_assert_eq!(&plain, &customize_with(&catalog, &needs, &taste));
        if let Customization::Offers(offers) = plain {
            for offer in offers {
                let parts = offer.parts.iter().map(|id| catalog.part(id).unwrap());
                let total: i64 = parts.map(|p| Catalog::score(p, &needs)).sum();
                prop_assert_eq!(offer.satisfaction, total);
                for reason in &offer.reasons {
                    let part = catalog.part(&reason.part).unwrap();
                    prop_assert_eq!(reason.points, Catalog::score(part, &needs));
                    for fit in &reason.fits {
                        prop_assert_eq!(fit.preference, needs.preference(&fit.need));
                    }
                }
            }
        }
    }

    #[test]
    fn a_thumb_moves_the_weights_of_the_parts_needs_its_way(
        catalog in catalogs(),
        needs in needs(),
        others in feedback_draws(),
        earlier in feedback_draws(),
        which in 0usize..7,
        up in proptest::bool::ANY,
    ) {
        let which = which % catalog.parts.len();
        prop_assume!(!catalog.parts[which].needs.is_empty());
        prop_assume!(!serves_never(&catalog, which, &needs));
        let population = population(&catalog, [], &realise(&others, 0));
        let part = &catalog.parts[which];
        let thumb = if up { Thumb::Up } else { Thumb::Down };
        let rated = feedback(1000, 9, &[(&part.id, Some(thumb))], None);
        let sign = if up { 1.0 } else { -1.0 };
        // From the prior, the part's predicted utility moves the thumb's way; with a population
        // that shows no correlations, so does every need the part serves.
        let before = learn(&catalog, &needs, &[], &population);
        let after = learn(&catalog, &needs, &[&rated], &population);
        let predicted = before.taste.utility(part) / 100.0;
        let change = after.taste.utility(part) - before.taste.utility(part);
        prop_assert!(sign * change >= -1e-9, "utility moved {change}");
        if sign * predicted <= 2.0 {
            prop_assert!(sign * change > 0.0, "utility moved {change}");
        }
        let plain = Population::default();
        let before = learn(&catalog, &needs, &[], &plain);
        let after = learn(&catalog, &needs, &[&rated], &plain);
        let predicted = before.taste.utility(part) / 100.0;
        for served in &part.needs {
            let change = after.taste.weight(&served.need) - before.taste.weight(&served.need);
            if sign * predicted <= 2.0 {
                prop_assert!(sign * change > 0.0, "{} moved {change}", served.need);
            } else {
                prop_assert!(sign * change >= 0.0, "{} moved {change}", served.need);
            }
        }
        // After any earlier ratings, the part's predicted utility never moves against it.
        let earlier = realise(&earlier, 0);
        let earlier: Vec<Feedback> = earlier.into_iter().map(|mut f| {
            f.customer = rated.customer.clone();
            f
        }).collect();
        let mut own: Vec<&Feedback> = earlier.iter().collect();
        let before = learn(&catalog, &needs, &own, &population);
        own.push(&rated);
        let after = learn(&catalog, &needs, &own, &population);
        let change = after.taste.utility(part) - before.taste.utility(part);
        prop_assert!(sign * change >= -1e-9, "utility moved {change}");
    }

    #[test]
    fn every_rating_makes_the_taste_surer(
        catalog in catalogs(),
        needs in needs(),
        own in feedback_draws(),
    ) {
        let own = realise(&own, 0);
        let population = population(&catalog, [], &own);
        let tags = catalog.need_tags();
        let mut last: Option<(Vec<f64>, u32)> = None;
        for k in 0..=own.len() {
            let some: Vec<&Feedback> = own[..k].iter().collect();
            let learned = learn(&catalog, &needs, &some, &population);
            let sds: Vec<f64> = tags.iter().map(|t| learned.sd(t).unwrap()).collect();
            if let Some((earlier, ratings)) = &last {
                for (now, then) in sds.iter().zip(earlier) {
                    prop_assert!(now <= &(then + 1e-12), "sd rose from {then} to {now}");
                }
                let total = |sds: &[f64]| sds.iter().map(|s| s * s).sum::<f64>();
                if learned.ratings() > *ratings && own[k - 1].satisfaction.is_some() {
                    prop_assert!(total(&sds) < total(earlier));
                }
            }
            last = Some((sds, learned.ratings()));
        }
    }

    #[test]
    fn try_new_never_suggests_what_is_offered_ruled_out_had_or_unaffordable(
        catalog in catalogs(),
        needs in needs(),
        everyone in feedback_draws(),
    ) {
        let everyone = realise(&everyone, 0);
        let population = population(&catalog, [], &everyone);
        let customer = everyone.first().map(|f| f.customer.clone());
        let own: Vec<&Feedback> = everyone
            .iter()
            .filter(|f| Some(&f.customer) == customer.as_ref())
            .collect();
        let learned = learn(&catalog, &needs, &own, &population);
        let offer = match customize_with(&catalog, &needs, &learned.taste) {
            Customization::Offers(offers) => offers[0].parts.clone(),
            Customization::Impossible(_) => Vec::new(),
        };
        if let Some(suggestion) = learned.try_new(&catalog, &needs, &offer) {
            let part = catalog.part(&suggestion.part).expect("a catalog part");
            prop_assert!(!offer.contains(&part.id));
            prop_assert!(Catalog::never_for(part, &needs).is_none());
            prop_assert!(!own.iter().any(|f| f.parts.iter().any(|p| p.part == part.id)));
            prop_assert!(needs.budget.is_none_or(|b| part.price.amount <= b));
            prop_assert!(needs.minutes.is_none_or(|m| part.minutes <= m));
            prop_assert!(part.needs.iter().any(|n| n.need == suggestion.need));
        }
    }

    #[test]
    fn the_population_fitted_in_slices_is_the_population_fitted_at_once(
        catalog in catalogs(),
        needs in needs(),
        everyone in feedback_draws(),
        slices in 0usize..40,
        rotation in 0usize..50,
    ) {
        let everyone = realise(&everyone, 0);
        let stated: Vec<_> = everyone.first().map(|f| (&f.customer, &needs)).into_iter().collect();
        let at_once = population(&catalog, stated.clone(), &everyone);
        let mut fit = PopulationFit::start(&catalog, stated.clone());
        for _ in 0..slices {
            fit.step(&everyone);
        }
        prop_assert_eq!(fit.finish(&everyone), at_once.clone());
        // A fit ends: within its rounds, and once ended it stays so.
        let mut fit = PopulationFit::start(&catalog, stated.clone());
        let steps = (1..=100).find(|_| fit.step(&everyone));
        prop_assert!(steps.is_some(), "not done after 100 steps");
        prop_assert!((1..=30).contains(&fit.rounds()), "{} rounds", fit.rounds());
        prop_assert!(fit.step(&everyone));
        prop_assert_eq!(fit.finish(&everyone), at_once.clone());
        // Feedback stored in another order teaches the same, to the last bit.
        let mut shuffled = everyone.clone();
        shuffled.reverse();
        let turn = rotation.min(shuffled.len());
        shuffled.rotate_left(turn);
        prop_assert_eq!(population(&catalog, stated, &shuffled), at_once);
    }
}

/// A book's worth of feedback, read by the fit a chunk at a time: the population is the same
/// whichever order the feedback is stored in and however the fit is sliced, and it counts
/// every piece of feedback.
#[test]
fn a_large_book_teaches_the_same_population_in_any_order_and_any_slices() {
    let size = SampleSize {
        customers: 400,
        visits: 9_000,
        feedback: 7_000,
        tickets: 0,
        coupons: 0,
    };
    let data = generate(3, size, Sample::DogWalking, Lang::Ja, now(), jst());
    let catalog = data.catalog();
    let everyone: Vec<Feedback> = data.feedback.values().cloned().collect();
    assert!(
        everyone.len() > 5_000,
        "{} pieces of feedback",
        everyone.len()
    );
    let stated = || data.customers.iter().map(|(id, c)| (id, &c.needs));
    let at_once = population(&catalog, stated(), &everyone);
    assert!(at_once.ratings() > 5_000, "{} ratings", at_once.ratings());

    let mut newest_first = everyone.clone();
    newest_first.reverse();
    assert_eq!(population(&catalog, stated(), &newest_first), at_once);

    let mut fit = PopulationFit::start(&catalog, stated());
    let mut steps = 0;
    while !fit.step(&everyone) {
        steps += 1;
    }
    assert!(
        steps > fit.rounds() + 2,
        "the feedback read in several steps"
    );
    assert_eq!(fit.finish(&everyone), at_once);
}
