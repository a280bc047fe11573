//! Learning a customer's taste: the stated taste scores exactly as the needs do, thumbs move
//! the weights of the needs a part serves the way they point, more ratings make the taste
//! surer, a customer with no feedback gets the prior, the population follows what everyone
//! states and rates and learns which needs go together, so that a thumb or a stated feeling moves the needs
//! that go with it, learned tastes change offers, and "try something new" keeps to the rules.

use super::support::now;
use chrono::TimeDelta;
use tsunagu::core::catalog::part::{NeedServed, PartId, ServicePart};
use tsunagu::core::catalog::samples::{sample_catalog, Sample};
use tsunagu::core::catalog::Catalog;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::customize::offer::{customize, customize_with, Customization};
use tsunagu::core::feedback::{Channel, Feedback, FeedbackId, PartRating, Thumb};
use tsunagu::core::i18n::Lang;
use tsunagu::core::learn::{learn, population, Population, Taste, STATED_SD, UNSTATED_SD};
use tsunagu::core::needs::{Needs, Preference};
use tsunagu::core::visit::Money;

pub fn part_id(n: usize) -> PartId {
    PartId::from_random_bytes([n as u8 + 1; 16])
}

/// A part `n` serving `needs`, with a price and minutes.
pub fn part(n: usize, needs: &[(&str, u8)], price: i64, minutes: u32) -> ServicePart {
    ServicePart {
        needs: needs
            .iter()
            .map(|&(need, strength)| NeedServed::new(need, strength))
            .collect(),
        ..ServicePart::new(
            part_id(n),
            format!("part {n}"),
            minutes,
            Money::yen(price),
            now(),
        )
    }
}

pub fn catalog_of(parts: Vec<ServicePart>) -> Catalog {
    Catalog {
        parts,
        ..Catalog::default()
    }
}

/// Feedback number `n` from customer `customer`: the parts delivered with their thumbs, and
/// an overall satisfaction.
pub fn feedback(
    n: usize,
    customer: u8,
    parts: &[(&PartId, Option<Thumb>)],
    satisfaction: Option<u8>,
) -> Feedback {
    let at = now() + TimeDelta::hours(n as i64);
    let id = FeedbackId::from_random_bytes([
        (n % 251) as u8,
        (n / 251) as u8,
        customer,
        7,
        7,
        7,
        7,
        7,
        7,
        7,
        7,
        7,
        7,
        7,
        7,
        7,
    ]);
    let customer = CustomerId::from_random_bytes([customer; 16]);
    let mut feedback = Feedback::new(id, customer, at, Channel::InPerson, at);
    feedback.satisfaction = satisfaction;
    feedback.parts = parts
        .iter()
        .map(|(part, thumb)| PartRating {
            part: (*part).clone(),
            thumb: *thumb,
        })
        .collect();
    feedback
}

fn needs_of(feelings: &[(&str, Preference)]) -> Needs {
    Needs {
        preferences: feelings.iter().map(|(t, p)| (t.to_string(), *p)).collect(),
        ..Needs::default()
    }
}

#[test]
fn the_stated_taste_is_the_points_of_what_was_said() {
    use Preference::*;
    let needs = needs_of(&[("walks", Love), ("baths", Dislike), ("cats", Never)]);
    let taste = Taste::stated(&needs);
    let check = |need: &str, weight: f64, preference: Preference| {
        assert_eq!(taste.weight(need), weight, "{need}");
        assert_eq!(taste.preference(need), preference, "{need}");
    };
    check("walks", 2.0, Love);
    check("baths", -1.0, Dislike);
    check("cats", -2.0, Never);
    check("unheard of", 0.0, Neutral);
}

#[test]
fn a_learned_weight_reads_as_the_nearest_feeling() {
    use Preference::*;
    let taste = Taste::from_weights([("a", 1.6), ("b", 1.4), ("c", 0.4), ("d", -0.6), ("e", -3.0)]);
    let read: Vec<Preference> = ["a", "b", "c", "d", "e"]
        .map(|t| taste.preference(t))
        .into();
    assert_eq!(read, [Love, Like, Neutral, Dislike, Dislike]);
}

#[test]
fn a_customer_with_no_feedback_gets_the_prior() {
    let walk = part(0, &[("exercise", 100)], 1000, 30);
    let park = part(1, &[("socialising", 80)], 500, 20);
    let catalog = catalog_of(vec![walk.clone(), park.clone()]);
    // Everyone else loves the park.
    let everyone: Vec<Feedback> = (0..20)
        .map(|n| feedback(n, n as u8 + 10, &[(&park.id, Some(Thumb::Up))], Some(5)))
        .collect();
    let population = population(&catalog, [], &everyone);
    assert!(population.mean("socialising") > 0.5);
    let needs = needs_of(&[("exercise", Preference::Dislike)]);
    let learned = learn(&catalog, &needs, &[], &population);
    assert_eq!(learned.taste.weight("exercise"), -1.0);
    assert_eq!(
        learned.taste.weight("socialising"),
        population.mean("socialising")
    );
    assert_eq!(learned.sd("exercise"), Some(STATED_SD));
    assert_eq!(
        learned.sd("socialising"),
        Some(population.sd("socialising"))
    );
    assert!(population.sd("socialising") <= UNSTATED_SD);
    assert_eq!(learned.ratings(), 0);
    assert!(learned.lessons().is_empty());
}

#[test]
fn the_population_mean_moves_toward_what_everyone_rates() {
    let park = part(0, &[("socialising", 100)], 500, 20);
    let catalog = catalog_of(vec![park.clone()]);
    // Of ten customers, `ups` give the park a thumb up and the rest a thumb down.
    let mean = |ups: usize| {
        let everyone: Vec<Feedback> = (0..10)
            .map(|n| {
                let thumb = if n < ups { Thumb::Up } else { Thumb::Down };
                feedback(n, n as u8, &[(&park.id, Some(thumb))], None)
            })
            .collect();
        population(&catalog, [], &everyone).mean("socialising")
    };
    let means: Vec<f64> = (0..=10).map(mean).collect();
    assert!(means.windows(2).all(|w| w[0] < w[1]), "{means:?}");
    assert!(means[0] < 0.0 && means[10] > 0.0);
    assert!(means[5].abs() < 1e-9, "{}", means[5]);
    assert_eq!(population(&catalog, [], &[]).mean("socialising"), 0.0);
}

#[test]
fn what_customers_stated_teaches_the_population_before_any_rating() {
    use Preference::*;
    let hike = part(0, &[("exercise", 100)], 1000, 30);
    let park = part(1, &[("socialising", 100)], 500, 20);
    let bath = part(2, &[("grooming", 100)], 800, 30);
    let catalog = catalog_of(vec![hike, park, bath]);
    // Forty customers: half love exercise and socialising, half dislike both; baths split
    // them again, whatever they think of walks.
    let ids: Vec<CustomerId> = (0..40u8)
        .map(|c| CustomerId::from_random_bytes([c + 1; 16]))
        .collect();
    let stated: Vec<Needs> = (0..40)
        .map(|c| {
            let keen = if c % 2 == 0 { Love } else { Dislike };
            let baths = if c % 4 < 2 { Like } else { Dislike };
            needs_of(&[
                ("exercise", keen),
                ("socialising", keen),
                ("grooming", baths),
            ])
        })
        .collect();
    let taught = population(&catalog, ids.iter().zip(&stated), &[]);
    assert_eq!(taught.ratings(), 0);
    assert!(taught.correlation("exercise", "socialising") > 0.3);
    assert!(taught.correlation("exercise", "grooming").abs() < 0.1);
    // The means follow what was said (0.5 and 0), held a little towards neutral.
    assert!((0.3..0.5).contains(&taught.mean("exercise")));
    assert!(taught.mean("grooming").abs() < 1e-9);
    // So a newcomer who only says they love exercise is expected to like socialising.
    let newcomer = learn(&catalog, &needs_of(&[("exercise", Love)]), &[], &taught);
    assert!(newcomer.taste.weight("socialising") > taught.mean("socialising") + 0.3);
    // Nobody stated anything: nothing is learned.
    let silent = vec![Needs::default(); 40];
    let nothing = population(&catalog, ids.iter().zip(&silent), &[]);
    assert_eq!(nothing.mean("exercise"), 0.0);
    assert_eq!(nothing.sd("exercise"), UNSTATED_SD);
}

#[test]
fn lessons_say_what_ratings_taught_most_ratings_first() {
    use Preference::*;
    let walk = part(0, &[("exercise", 100)], 1000, 30);
    let park = part(1, &[("socialising", 80), ("exercise", 20)], 500, 20);
    let photo = part(2, &[], 300, 5);
    let catalog = catalog_of(vec![walk.clone(), park.clone(), photo.clone()]);
    let needs = needs_of(&[("socialising", Like)]);
    let own = [
        feedback(0, 1, &[(&walk.id, Some(Thumb::Up))], None),
        feedback(
            1,
            1,
            &[(&walk.id, Some(Thumb::Up)), (&park.id, None)],
            Some(5),
        ),
        feedback(
            2,
            1,
            &[(&walk.id, None), (&park.id, Some(Thumb::Down))],
            None,
        ),
        // Says nothing about a need: a part that serves none, and no satisfaction.
        feedback(3, 1, &[(&photo.id, Some(Thumb::Up))], None),
    ];
    let own: Vec<&Feedback> = own.iter().collect();
    let learned = learn(&catalog, &needs, &own, &Population::default());
    assert_eq!(learned.ratings(), 3);
    let lessons: Vec<(String, u32, Option<Preference>)> = learned
        .lessons()
        .into_iter()
        .map(|l| (l.need, l.ratings, l.stated))
        .collect();
    assert_eq!(
        lessons,
        [
            ("exercise".to_owned(), 3, None),
            ("socialising".to_owned(), 2, Some(Like))
        ]
    );
    let exercise = &learned.lessons()[0];
    assert!(exercise.weight > 0.0 && exercise.sd < UNSTATED_SD);
    assert_eq!(exercise.learned, learned.taste.preference("exercise"));
}

#[test]
fn a_thumb_moves_the_needs_the_population_shows_go_together() {
    let hike = part(0, &[("exercise", 100)], 1000, 30);
    let park = part(1, &[("socialising", 100)], 500, 20);
    let bath = part(2, &[("grooming", 100)], 800, 30);
    let catalog = catalog_of(vec![hike.clone(), park.clone(), bath.clone()]);
    // Forty customers: those who liked the hike liked the park too, and the others neither;
    // baths went either way, whatever they thought of the hike.
    let everyone: Vec<Feedback> = (0..40)
        .flat_map(|c| {
            let keen = if c % 2 == 0 { Thumb::Up } else { Thumb::Down };
            let bath_thumb = if c % 4 < 2 { Thumb::Up } else { Thumb::Down };
            let customer = c as u8 + 10;
            [
                feedback(3 * c, customer, &[(&hike.id, Some(keen))], None),
                feedback(3 * c + 1, customer, &[(&park.id, Some(keen))], None),
                feedback(3 * c + 2, customer, &[(&bath.id, Some(bath_thumb))], None),
            ]
        })
        .collect();
    let population = population(&catalog, [], &everyone);
    assert!(population.correlation("exercise", "socialising") > 0.3);
    assert!(population.correlation("exercise", "grooming").abs() < 0.2);
    // A new customer's thumb up on the hike raises their socialising too, and a thumb down
    // lowers it; grooming, which does not go with exercise, hardly moves.
    let needs = Needs::default();
    let before = learn(&catalog, &needs, &[], &population);
    for (thumb, sign) in [(Thumb::Up, 1.0), (Thumb::Down, -1.0)] {
        let rated = feedback(1000, 1, &[(&hike.id, Some(thumb))], None);
        let after = learn(&catalog, &needs, &[&rated], &population);
        let moved = |need: &str| after.taste.weight(need) - before.taste.weight(need);
        assert!(
            sign * moved("socialising") > 0.1,
            "{thumb:?}: {}",
            moved("socialising")
        );
        assert!(moved("grooming").abs() < 0.5 * moved("socialising").abs());
    }
    // So does a stated love of exercise, and the stated weight itself is taken at its word.
    let loves = needs_of(&[("exercise", Preference::Love)]);
    let stated = learn(&catalog, &loves, &[], &population);
    assert_eq!(stated.taste.weight("exercise"), 2.0);
    assert_eq!(stated.sd("exercise"), Some(STATED_SD));
    assert!(stated.taste.weight("socialising") > before.taste.weight("socialising") + 0.1);
}

fn dog_walking() -> Catalog {
    let mut n = 0u8;
    sample_catalog(Sample::DogWalking, Lang::En, now(), || {
        n += 1;
        [n; 16]
    })
}

fn best_names(catalog: &Catalog, result: &Customization) -> Vec<String> {
    let Customization::Offers(offers) = result else {
        panic!("no offer: {result:?}");
    };
    let name = |id: &PartId| catalog.part(id).map(|p| p.name.clone()).unwrap();
    offers[0].parts.iter().map(name).collect()
}

#[test]
fn consistent_ratings_change_the_best_offer() {
    use Preference::*;
    let catalog = dog_walking();
    let id = |name: &str| {
        catalog
            .parts
            .iter()
            .find(|p| p.name == name)
            .unwrap()
            .id
            .clone()
    };
    let (walk, park) = (id("60-minute walk"), id("Dog-park play"));
    let needs = Needs {
        budget: Some(4_000),
        minutes: Some(90),
        ..needs_of(&[("exercise", Love), ("socialising", Like)])
    };
    let stated = customize(&catalog, &needs);
    assert_eq!(
        best_names(&catalog, &stated),
        ["60-minute walk", "Dog-park play"]
    );
    // Three visits: the walk enjoyed, the dog park not, a middling day overall.
    let own: Vec<Feedback> = (0..3)
        .map(|n| {
            let parts = [(&walk, Some(Thumb::Up)), (&park, Some(Thumb::Down))];
            feedback(n, 1, &parts, Some(3))
        })
        .collect();
    let own: Vec<&Feedback> = own.iter().collect();
    let learned = learn(&catalog, &needs, &own, &Population::default());
    let offer = customize_with(&catalog, &needs, &learned.taste);
    let names = best_names(&catalog, &offer);
    assert!(!names.contains(&"Dog-park play".to_owned()), "{names:?}");
    let socialising = learned
        .lessons()
        .into_iter()
        .find(|l| l.need == "socialising");
    let socialising = socialising.expect("the dog park taught about socialising");
    assert_eq!((socialising.stated, socialising.ratings), (Some(Like), 3));
    assert!(socialising.weight < 1.0 && socialising.learned != Love);
}

#[test]
fn try_new_suggests_an_uncertain_part_and_nothing_once_all_were_had() {
    let walk = part(0, &[("exercise", 100)], 1000, 30);
    let treats = part(1, &[("treats", 90)], 300, 5);
    let catalog = catalog_of(vec![walk.clone(), treats.clone()]);
    let needs = needs_of(&[("exercise", Preference::Love)]);
    let own = [feedback(0, 1, &[(&walk.id, Some(Thumb::Up))], Some(4))];
    let own: Vec<&Feedback> = own.iter().collect();
    let learned = learn(&catalog, &needs, &own, &Population::default());
    let offer = [walk.id.clone()];
    let suggestion = learned
        .try_new(&catalog, &needs, &offer)
        .expect("treats are unknown");
    assert_eq!(
        (suggestion.part, suggestion.need.as_str()),
        (treats.id.clone(), "treats")
    );
    // Had them once, or ruled them out: nothing new to try.
    let had = [own[0].clone(), feedback(1, 1, &[(&treats.id, None)], None)];
    let had: Vec<&Feedback> = had.iter().collect();
    let learned_more = learn(&catalog, &needs, &had, &Population::default());
    assert_eq!(learned_more.try_new(&catalog, &needs, &offer), None);
    let never = Needs {
        never: vec![treats.id.clone()],
        ..needs.clone()
    };
    assert_eq!(learned.try_new(&catalog, &never, &offer), None);
}
