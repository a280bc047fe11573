//! Sample data: a whole business's records drawn from a seed, the same on every device — for
//! trying the app out, for the dashboard's end-to-end checks and for the speed benchmarks.
//!
//! The shapes follow what a small service business sees. Customers differ a lot in how often
//! they come (log-normal weights), start over two years and some stop coming; each visit is a
//! set menu of the sample catalog, sometimes with an add-on, sometimes delivered short. About
//! one visit in three gets feedback, mostly happy; tickets arrive in opening hours and most are
//! answered within hours; coupons are issued over the last year and about half are used at a
//! later visit.

mod names;
mod records;

use crate::core::backup::Dataset;
use crate::core::catalog::samples::{sample_catalog, Sample};
use crate::core::i18n::Lang;
use crate::core::random::Random;
use chrono::{DateTime, FixedOffset, Utc};

/// How much to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleSize {
    pub customers: usize,
    pub visits: usize,
    pub feedback: usize,
    pub tickets: usize,
    pub coupons: usize,
}

impl SampleSize {
    /// A small shop: enough for every chart to say something.
    pub const SMALL: SampleSize = SampleSize {
        customers: 300,
        visits: 3_000,
        feedback: 900,
        tickets: 150,
        coupons: 200,
    };

    /// A large book, as the speed targets are set for.
    pub const LARGE: SampleSize = SampleSize {
        customers: 10_000,
        visits: 100_000,
        feedback: 30_000,
        tickets: 5_000,
        coupons: 5_000,
    };
}

/// The records of a `sample` business in `lang`, drawn from `seed`, as they stand at `now`
/// in a business at `offset`: at most `size` of each kind (the last visits and feedback fall
/// no later than `now`).
pub fn generate(
    seed: u64,
    size: SampleSize,
    sample: Sample,
    lang: Lang,
    now: DateTime<Utc>,
    offset: FixedOffset,
) -> Dataset {
    let mut random = Random::new(seed);
    let mut ids = random.fork(1);
    let catalog = sample_catalog(sample, lang, now, || ids.bytes());
    let mut make = records::Maker {
        random: random.fork(2),
        now,
        offset,
        catalog: &catalog,
    };
    let customers = make.customers(size.customers);
    let visits = make.visits(&customers, size.visits);
    let feedback = make.feedback(&visits, size.feedback);
    let tickets = make.tickets(&visits, size.tickets);
    let coupons = make.coupons(&visits, size.coupons);
    Dataset::new(customers, [])
        .with_visits(visits, [])
        .with_catalog(
            (catalog.parts.clone(), Vec::new()),
            (catalog.groups.clone(), Vec::new()),
            (catalog.menus.clone(), Vec::new()),
        )
        .with_feedback(feedback, [])
        .with_tickets(tickets, [])
        .with_relations(
            (coupons, Vec::new()),
            (Vec::new(), Vec::new()),
            (Vec::new(), Vec::new()),
        )
}
