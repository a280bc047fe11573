//! The two spaces a tab can work in: the real book keeps the names its data has always been
//! stored under, the demo shares none of them (so it can never read or overwrite the real
//! book), and the demo's sample is the same small dog-walking business every time.

use crate::support::{jst, local, now, person};
use tsunagu::core::backup::{backup_file_name, backup_file_name_in, Dataset};
use tsunagu::core::customer::Tombstone;
use tsunagu::core::i18n::Lang;
use tsunagu::core::sample::SampleSize;
use tsunagu::core::space::{demo_dataset, never_used, Space};

/// Every name `space` stores or announces anything under.
fn names(space: Space) -> Vec<String> {
    let export = local("2026-11-23 14:05")
        .with_timezone(&jst())
        .naive_local();
    vec![
        space.database().to_owned(),
        space.channel().to_owned(),
        space.storage_key("settings"),
        space.storage_key("plan"),
        space.storage_key("service"),
        backup_file_name_in(space, export),
        space.file_name("customers-20261123-1405.csv"),
    ]
}

fn check(space: Space, expected: &[&str]) {
    assert_eq!(names(space), expected, "{space:?}");
}

#[test]
fn the_real_book_keeps_its_names() {
    check(
        Space::Real,
        &[
            "tsunagu",
            "tsunagu",
            "tsunagu.settings",
            "tsunagu.plan",
            "tsunagu.service",
            "tsunagu-backup-20261123-1405.json",
            "tsunagu-customers-20261123-1405.csv",
        ],
    );
    let export = local("2026-11-23 14:05")
        .with_timezone(&jst())
        .naive_local();
    assert_eq!(
        backup_file_name(export),
        backup_file_name_in(Space::Real, export)
    );
}

#[test]
fn the_demo_has_names_of_its_own() {
    check(
        Space::Demo,
        &[
            "tsunagu-demo",
            "tsunagu-demo",
            "tsunagu-demo.settings",
            "tsunagu-demo.plan",
            "tsunagu-demo.service",
            "tsunagu-demo-backup-20261123-1405.json",
            "tsunagu-demo-customers-20261123-1405.csv",
        ],
    );
    let real = names(Space::Real);
    for name in names(Space::Demo) {
        assert!(!real.contains(&name), "{name} is also the real book's");
    }
}

#[test]
fn a_space_is_read_back_by_its_name_and_anything_else_is_none() {
    for space in Space::ALL {
        assert_eq!(Space::parse(space.as_str()), Some(space));
    }
    assert_eq!(Space::parse("Demo"), None);
    assert_eq!(Space::parse(""), None);
    assert_eq!(Space::default(), Space::Real);
    assert!(Space::Demo.is_demo() && !Space::Real.is_demo());
}

#[test]
fn the_demo_is_the_same_small_dog_walking_business_every_time() {
    let first = demo_dataset(Lang::Ja, now(), jst());
    assert_eq!(first, demo_dataset(Lang::Ja, now(), jst()));
    assert_eq!(first.customers.len(), SampleSize::SMALL.customers);
    assert_eq!(first.visits.len(), SampleSize::SMALL.visits);
    assert!(first.parts.values().any(|p| p.name.contains("散歩")));
    let english = demo_dataset(Lang::En, now(), jst());
    assert!(english
        .parts
        .values()
        .any(|p| p.name.to_lowercase().contains("walk")));
}

#[test]
fn only_a_book_with_nothing_ever_stored_is_new() {
    assert!(never_used(&Dataset::default()));
    assert!(!never_used(&demo_dataset(Lang::Ja, now(), jst())));
    // Every customer deleted: the tombstone says the book was used, so it is not filled again.
    let gone = Tombstone::of(&person(1, "山田 花子", ""), now());
    assert!(!never_used(&Dataset::new([], [gone])));
}
