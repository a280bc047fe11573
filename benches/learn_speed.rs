//! How fast the learning answers on screen: the population's taste from everyone's feedback
//! (recomputed when feedback arrives), then one customer's learned taste, best offers and
//! "something new to try" (what opening a customer's page computes). 2,000 customers, each with
//! two stated feelings and five pieces of feedback, on the café sample catalog. Figures are
//! printed.

use crate::random::Lcg;
use crate::timing::median_ms;
use chrono::{TimeZone, Utc};
use tsunagu::core::catalog::samples::{sample_catalog, Sample};
use tsunagu::core::customer::CustomerId;
use tsunagu::core::customize::offer::{customize_with, Customization};
use tsunagu::core::feedback::{Channel, Feedback, FeedbackId, PartRating, Thumb};
use tsunagu::core::i18n::Lang;
use tsunagu::core::learn::{learn, population};
use tsunagu::core::needs::{Needs, Preference};

const CUSTOMERS: u32 = 2_000;
const EACH: u32 = 5;

/// Runs the timings, printing with `print` and timing with `now_ms`.
pub fn run(where_: &str, now_ms: impl Fn() -> f64, print: impl Fn(String)) {
    let mut rng = Lcg(7);
    let at = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
    let catalog = sample_catalog(Sample::Cafe, Lang::Ja, at, || rng.bytes());
    let mut rng = Lcg(11);
    let customers: Vec<CustomerId> = (0..CUSTOMERS)
        .map(|_| CustomerId::from_random_bytes(rng.bytes()))
        .collect();
    let feedback: Vec<Feedback> = customers
        .iter()
        .flat_map(|c| (0..EACH).map(move |_| c.clone()))
        .map(|customer| {
            let id = FeedbackId::from_random_bytes(rng.bytes());
            let mut f = Feedback::new(id, customer, at, Channel::InPerson, at);
            f.satisfaction = Some(1 + rng.below(5) as u8);
            f.parts = (0..3)
                .map(|_| {
                    let part = &catalog.parts[rng.below(catalog.parts.len() as u64) as usize];
                    let thumb = [None, Some(Thumb::Up), Some(Thumb::Down)][rng.below(3) as usize];
                    PartRating {
                        part: part.id.clone(),
                        thumb,
                    }
                })
                .fold(Vec::new(), |mut parts: Vec<PartRating>, p| {
                    if !parts.iter().any(|q| q.part == p.part) {
                        parts.push(p);
                    }
                    parts
                });
            f
        })
        .collect();
    let tags = catalog.need_tags();
    let feelings = [Preference::Love, Preference::Like, Preference::Dislike];
    let stated: Vec<Needs> = customers
        .iter()
        .map(|_| Needs {
            preferences: (0..2)
                .map(|_| {
                    let tag = tags[rng.below(tags.len() as u64) as usize].clone();
                    (tag, feelings[rng.below(3) as usize])
                })
                .collect(),
            ..Needs::default()
        })
        .collect();
    let everyone = median_ms(&now_ms, || {
        population(&catalog, customers.iter().zip(&stated), &feedback);
    });
    let population = population(&catalog, customers.iter().zip(&stated), &feedback);
    let needs = Needs::default();
    let one = median_ms(&now_ms, || {
        for customer in customers.iter().take(20) {
            let own: Vec<&Feedback> = feedback
                .iter()
                .filter(|f| &f.customer == customer)
                .collect();
            let learned = learn(&catalog, &needs, &own, &population);
            if let Customization::Offers(offers) = customize_with(&catalog, &needs, &learned.taste)
            {
                learned.try_new(&catalog, &needs, &offers[0].parts);
            }
        }
    }) / 20.0;
    print(format!(
        "Learning speed, {where_}: {} customers × {EACH} pieces of feedback, café catalog ({} parts)",
        CUSTOMERS,
        catalog.parts.len()
    ));
    print(format!(
        "  population taste from everyone's stated needs and feedback: {everyone:.1} ms"
    ));
    print(format!(
        "  one customer's page (learned taste, offers, something new): {one:.2} ms"
    ));
}
