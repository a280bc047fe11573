//! Offers for one customer from the sample catalogs: the best combination and its
//! alternatives, the reason for every part, and plain explanations when nothing fits.

use super::support::now;
use tsunagu::core::catalog::samples::{sample_catalog, Sample};
use tsunagu::core::catalog::Catalog;
use tsunagu::core::customize::offer::{customize, Customization, Obstacle, Why};
use tsunagu::core::i18n::Lang;
use tsunagu::core::needs::{Needs, Preference};

fn catalog(sample: Sample) -> Catalog {
    let mut n = 0u8;
    sample_catalog(sample, Lang::En, now(), || {
        n += 1;
        [n; 16]
    })
}

/// Needs from plain words: `("exercise", Love)` pairs, parts by name, budget, minutes.
struct Ask<'a> {
    feel: &'a [(&'a str, Preference)],
    must: &'a [&'a str],
    never: &'a [&'a str],
    budget: Option<i64>,
    minutes: Option<u32>,
}

const ASK: Ask = Ask {
    feel: &[],
    must: &[],
    never: &[],
    budget: None,
    minutes: None,
};

fn needs(catalog: &Catalog, ask: &Ask) -> Needs {
    let id = |name: &&str| {
        catalog
            .parts
            .iter()
            .find(|p| p.name == *name)
            .unwrap_or_else(|| panic!("no part {name}"))
            .id
            .clone()
    };
    Needs {
        preferences: ask.feel.iter().map(|(n, p)| (n.to_string(), *p)).collect(),
        must_have: ask.must.iter().map(id).collect(),
        never: ask.never.iter().map(id).collect(),
        budget: ask.budget,
        minutes: ask.minutes,
    }
}

/// The offers as lines "parts | price | minutes | points", or the obstacles.
fn describe(catalog: &Catalog, result: &Customization) -> Vec<String> {
    let name = |id| catalog.part(id).map_or("?".to_owned(), |p| p.name.clone());
    match result {
        Customization::Offers(offers) => offers
            .iter()
            .map(|o| {
                let parts: Vec<String> = o.parts.iter().map(name).collect();
                format!(
                    "{} | ¥{} | {} min | {} pts",
                    parts.join(" + "),
                    o.price,
                    o.minutes,
                    o.satisfaction
                )
            })
            .collect(),
        Customization::Impossible(obstacles) => obstacles
            .iter()
            .map(|o| match o {
                Obstacle::Clash { a, b } => format!("clash: {} / {}", name(a), name(b)),
                Obstacle::MustHaveNever { part, never } => {
                    format!("never: {} ({never:?})", name(part))
                }
                Obstacle::RequiresRuledOut { part, required } => {
                    format!("{} requires {}", name(part), name(required))
                }
                Obstacle::GroupRuledOut { group } => {
                    format!("group: {}", catalog.group(group).unwrap().name)
                }
                other => format!("{other:?}"),
            })
            .collect(),
    }
}

fn check(sample: Sample, ask: Ask, expect: &[&str]) {
    let catalog = catalog(sample);
    let result = customize(&catalog, &needs(&catalog, &ask));
    assert_eq!(describe(&catalog, &result), expect);
}

#[test]
fn a_dog_that_loves_exercise_gets_the_longest_walk_it_can_afford() {
    use Preference::*;
    check(
        Sample::DogWalking,
        Ask {
            feel: &[("exercise", Love), ("socialising", Like)],
            budget: Some(4_000),
            minutes: Some(90),
            ..ASK
        },
        &[
            "60-minute walk + Dog-park play | ¥3600 | 80 min | 380 pts",
            "30-minute walk + Dog-park play | ¥2300 | 50 min | 280 pts",
            "90-minute walk | ¥3900 | 90 min | 230 pts",
            "60-minute walk | ¥2800 | 60 min | 200 pts",
        ],
    );
}

#[test]
fn nothing_liked_means_the_cheapest_way_to_keep_the_rules() {
    // The café always serves one drink; with no feelings stated, each drink alone, cheapest
    // first — nothing else is added for nothing.
    check(
        Sample::Cafe,
        ASK,
        &[
            "House blend coffee | ¥450 | 3 min | 0 pts",
            "Black tea | ¥450 | 3 min | 0 pts",
            "Orange juice | ¥480 | 2 min | 0 pts",
            "Caffè latte | ¥520 | 4 min | 0 pts",
        ],
    );
}

#[test]
fn must_have_and_never_are_obeyed() {
    use Preference::*;
    check(
        Sample::Salon,
        Ask {
            feel: &[("relaxation", Love), ("new look", Dislike)],
            must: &["Treatment"],
            never: &["Shoulder massage"],
            budget: Some(9_000),
            ..ASK
        },
        &[
            // A quick cut: the customer dislikes a new look, which the full cut serves.
            "Quick cut + Treatment + Shampoo + Head spa | ¥9000 | 80 min | 260 pts",
            "Quick cut + Treatment + Shampoo | ¥5500 | 50 min | 60 pts",
            "Cut + Treatment + Shampoo | ¥7000 | 75 min | 10 pts",
            "Quick cut + Treatment | ¥5500 | 40 min | 0 pts",
        ],
    );
}

#[test]
fn impossible_requests_are_explained() {
    use Preference::*;
    // The must-haves alone cost more than the budget.
    check(
        Sample::Salon,
        Ask {
            must: &["Cut", "Treatment"],
            budget: Some(6_000),
            ..ASK
        },
        &["OverBudget { price: 7000, budget: 6000 }"],
    );
    // A perm cannot go with a full colour.
    check(
        Sample::Salon,
        Ask {
            must: &["Perm", "Full colour"],
            ..ASK
        },
        &["clash: Full colour / Perm"],
    );
    // A head spa needs a shampoo, which the customer never wants.
    check(
        Sample::Salon,
        Ask {
            must: &["Head spa"],
            never: &["Shampoo"],
            ..ASK
        },
        &["Head spa requires Shampoo"],
    );
    // Every walk serves exercise, which this dog must never have.
    check(
        Sample::DogWalking,
        Ask {
            feel: &[("exercise", Never)],
            ..ASK
        },
        &["group: Walk length (one)"],
    );
    // Rules hold, but nothing fits the budget: the cheapest combination is named.
    check(
        Sample::DogWalking,
        Ask {
            budget: Some(1_000),
            ..ASK
        },
        &["Cheapest { price: 1500, minutes: 30 }"],
    );
}

#[test]
fn every_part_comes_with_its_reason() {
    use Preference::*;
    let catalog = catalog(Sample::Salon);
    let ask = Ask {
        feel: &[("relaxation", Love), ("hair care", Like)],
        budget: Some(8_000),
        minutes: Some(120),
        ..ASK
    };
    let Customization::Offers(offers) = customize(&catalog, &needs(&catalog, &ask)) else {
        panic!("an offer fits");
    };
    let best = &offers[0];
    let reasons: Vec<String> = best
        .reasons
        .iter()
        .map(|r| {
            let name = &catalog.part(&r.part).unwrap().name;
            let why = match &r.why {
                Why::Liked => "liked".to_owned(),
                Why::MustHave => "asked for".to_owned(),
                Why::RequiredBy(by) => format!("needed by {}", catalog.part(by).unwrap().name),
                Why::OneOfGroup(g) => format!("one of {}", catalog.group(g).unwrap().name),
            };
            let fits: Vec<String> = r
                .fits
                .iter()
                .map(|f| format!("{} {:?} {}%", f.need, f.preference, f.strength))
                .collect();
            format!("{name}: {why} [{}] {} pts", fits.join(", "), r.points)
        })
        .collect();
    assert_eq!(
        reasons,
        [
            "Quick cut: one of Cut (one) [] 0 pts",
            "Shampoo: liked [relaxation Love 30%] 60 pts",
            "Head spa: liked [relaxation Love 100%] 200 pts",
            "Shoulder massage: liked [relaxation Love 70%] 140 pts",
        ]
    );
}

#[test]
fn every_sample_catalog_offers_something_in_both_languages() {
    for sample in Sample::ALL {
        for lang in [Lang::Ja, Lang::En] {
            let mut n = 0u8;
            let catalog = sample_catalog(sample, lang, now(), || {
                n += 1;
                [n; 16]
            });
            assert!(
                catalog.parts.len() >= 10 && catalog.menus.len() >= 3,
                "{sample:?}"
            );
            let menu_parts_exist = catalog
                .menus
                .iter()
                .all(|m| m.live_parts(&catalog.parts).len() == m.parts.len());
            assert!(menu_parts_exist);
            assert!(matches!(
                customize(&catalog, &Needs::default()),
                Customization::Offers(_)
            ));
        }
    }
}
