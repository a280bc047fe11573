//! The merge laws, checked on many small generated pairs of datasets that collide often.

use super::support::{at, id};
use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use tsunagu::core::backup::merge::merge;
use tsunagu::core::backup::Dataset;
use tsunagu::core::customer::{Customer, CustomerId, Tombstone};

/// A small world of ids and instants, so that generated sides collide often.
fn version_strategy() -> impl Strategy<Value = (u8, bool, u32, u8)> {
    (0u8..6, any::<bool>(), 0u32..5, 0u8..3)
}

fn side(versions: Vec<(u8, bool, u32, u8)>) -> Dataset {
    let mut dataset = Dataset::default();
    for (n, live, hour, variant) in versions {
        let key = id(n);
        if dataset.customers.contains_key(&key) || dataset.tombstones.contains_key(&key) {
            continue;
        }
        let when = Utc.with_ymd_and_hms(2026, 1, 1, hour, 0, 0).unwrap();
        if live {
            let mut c = Customer::new(key.clone(), at(2025, 12, 1, 0, 0));
            c.name = format!("客{n}-{variant}");
            c.updated_at = when;
            dataset.customers.insert(key, c);
        } else {
            dataset.tombstones.insert(
                key.clone(),
                Tombstone {
                    id: key,
                    deleted_at: when,
                },
            );
        }
    }
    dataset
}

fn dataset_strategy() -> impl Strategy<Value = Dataset> {
    prop::collection::vec(version_strategy(), 0..8).prop_map(side)
}

fn ids_of(d: &Dataset) -> Vec<CustomerId> {
    let mut ids: Vec<_> = d
        .customers
        .keys()
        .chain(d.tombstones.keys())
        .cloned()
        .collect();
    ids.sort();
    ids
}

proptest! {
    #[test]
    fn merge_is_commutative(a in dataset_strategy(), b in dataset_strategy()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_with_itself_changes_nothing(a in dataset_strategy()) {
        let merged = merge(&a, &a);
        prop_assert_eq!(merged.dataset, a);
        prop_assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn merge_is_associative(a in dataset_strategy(), b in dataset_strategy(), c in dataset_strategy()) {
        let left = merge(&merge(&a, &b).dataset, &c).dataset;
        let right = merge(&a, &merge(&b, &c).dataset).dataset;
        prop_assert_eq!(left, right);
    }

    #[test]
    fn merge_loses_nothing_but_to_a_newer_deletion(a in dataset_strategy(), b in dataset_strategy()) {
        let merged = merge(&a, &b).dataset;
        let mut all = ids_of(&a);
        all.extend(ids_of(&b));
        all.sort();
        all.dedup();
        prop_assert_eq!(ids_of(&merged), all, "every id survives, live or as a tombstone");
        for side in [&a, &b] {
            for (id, record) in &side.customers {
                match (merged.customers.get(id), merged.tombstones.get(id)) {
                    (Some(kept), _) => prop_assert!(kept.updated_at >= record.updated_at),
                    (None, Some(tombstone)) => prop_assert!(tombstone.deleted_at >= record.updated_at,
                        "a record is dropped only for a deletion not older than it"),
                    (None, None) => prop_assert!(false, "lost {id}"),
                }
            }
        }
    }

    #[test]
    fn conflicts_are_the_ids_edited_differently_on_both_sides(a in dataset_strategy(), b in dataset_strategy()) {
        let expected: Vec<CustomerId> = a
            .customers
            .iter()
            .filter(|(id, c)| b.customers.get(*id).is_some_and(|other| other != *c))
            .map(|(id, _)| id.clone())
            .collect();
        prop_assert_eq!(merge(&a, &b).conflicts, expected);
    }
}
