//! The sample business: drawn from a seed, the same every time; a backup of it reads back
//! through every check a real file passes; its records are shaped as the dashboard needs
//! (every kind present, nothing after now, coupons used only at a later visit of their own
//! customer).

use crate::support::{jst, now, today};
use tsunagu::core::backup::read::read_backup;
use tsunagu::core::backup::write_backup;
use tsunagu::core::catalog::samples::Sample;
use tsunagu::core::i18n::Lang;
use tsunagu::core::sample::{generate, SampleSize};

fn small(seed: u64) -> tsunagu::core::backup::Dataset {
    generate(
        seed,
        SampleSize::SMALL,
        Sample::DogWalking,
        Lang::Ja,
        now(),
        jst(),
    )
}

#[test]
fn a_seed_draws_the_same_business_and_passes_every_check() {
    let first = small(7);
    assert_eq!(
        write_backup(&first, now(), "test"),
        write_backup(&small(7), now(), "test")
    );
    assert_ne!(
        write_backup(&first, now(), "test"),
        write_backup(&small(8), now(), "test")
    );
    let size = SampleSize::SMALL;
    assert_eq!(first.customers.len(), size.customers);
    assert_eq!(first.visits.len(), size.visits);
    assert_eq!(first.tickets.len(), size.tickets);
    assert_eq!(first.coupons.len(), size.coupons);
    assert!(first.feedback.len() > size.feedback * 8 / 10 && first.feedback.len() <= size.feedback);

    let text = write_backup(&first, now(), "test");
    let read = read_backup(text.as_bytes(), now(), today()).expect("a sample backup reads back");
    assert_eq!(read.visits, first.visits);
    assert_eq!(read.feedback, first.feedback);
    assert_eq!(read.coupons, first.coupons);
    assert_eq!(read.customers.len(), first.customers.len());
}

#[test]
fn the_records_look_like_a_business() {
    let d = small(3);
    assert!(d
        .visits
        .values()
        .all(|v| v.started_at <= now() && !v.items.is_empty()));
    assert!(d.feedback.values().all(|f| f.received_at <= now()));
    // Some customers come much more often than others.
    let mut per_customer = std::collections::HashMap::new();
    for v in d.visits.values() {
        *per_customer.entry(&v.customer).or_insert(0) += 1;
    }
    let most = per_customer.values().max().copied().unwrap_or(0);
    assert!(
        most > 3 * 3_000 / 300,
        "the most frequent customer came {most} times"
    );
    // Mostly happy, not only.
    let satisfied = d
        .feedback
        .values()
        .filter(|f| f.satisfaction >= Some(4))
        .count();
    let share = satisfied as f64 / d.feedback.len() as f64;
    assert!((0.6..0.85).contains(&share), "{share}");
    // Most tickets were answered; a coupon is used on a later visit of its own customer.
    let answered = d
        .tickets
        .values()
        .filter(|t| t.first_response_at().is_some())
        .count();
    assert!(answered * 10 > d.tickets.len() * 8);
    let redeemed: Vec<_> = d
        .coupons
        .values()
        .filter_map(|c| c.redemption.as_ref().map(|r| (c, r)))
        .collect();
    assert!(redeemed.len() * 4 > d.coupons.len());
    for (coupon, redemption) in redeemed {
        let visit = &d.visits[&redemption.visit];
        assert_eq!(visit.customer, coupon.customer);
        assert!(visit.started_at > coupon.issued_at);
    }
}
