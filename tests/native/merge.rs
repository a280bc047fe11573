//! The merge laws, checked on many small generated pairs of datasets that collide often.

use super::support::{at, id};
use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use tsunagu::core::backup::merge::{merge, ConflictKind};
use tsunagu::core::backup::Dataset;
use tsunagu::core::customer::{Customer, CustomerId, Tombstone};
use tsunagu::core::record::Versioned;

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
                    deleted_versions: Vec::new(),
                },
            );
        }
    }
    dataset
}

fn dataset_strategy() -> impl Strategy<Value = Dataset> {
    prop::collection::vec(version_strategy(), 0..8).prop_map(side)
}

/// What one device did to a shared record after the devices parted.
#[derive(Clone, Copy, Debug)]
enum Op {
    Keep,
    /// Edited this many times.
    Edit(u8),
    /// Deleted, after editing this many times.
    Delete(u8),
}

fn op_strategy() -> impl Strategy<Value = Op> {
    prop_oneof![
        Just(Op::Keep),
        (1u8..4).prop_map(Op::Edit),
        (0u8..3).prop_map(Op::Delete),
    ]
}

/// `count` customers both devices had, each already edited a few times.
fn shared_base(count: usize) -> Dataset {
    let mut dataset = Dataset::default();
    for n in 0..count {
        let mut c = Customer::new(id(n as u8), at(2025, 12, 1, 0, 0));
        c.name = format!("客{n}");
        for day in 2..5 {
            c.touch(at(2025, 12, day, 0, 0));
        }
        dataset.customers.insert(c.id.clone(), c);
    }
    dataset
}

/// One device's copy of `base` after `ops`, its clock moving forward by the given steps after
/// the parting. Each device's clock stays on its own parity and every step is at least two
/// milliseconds, so no edit is bumped by a lagging clock and two devices never stamp the same
/// millisecond.
fn diverge(base: &Dataset, ops: impl Iterator<Item = Op>, clock: &[i64], device: i64) -> Dataset {
    let parted = at(2026, 1, 1, 0, 0);
    let mut elapsed = 0;
    let mut ticks = clock.iter().cycle().map(|step| {
        elapsed += step;
        parted + chrono::TimeDelta::milliseconds(elapsed * 2 + device)
    });
    let mut dataset = base.clone();
    for (n, op) in ops.enumerate() {
        let key = id(n as u8);
        let Some(customer) = dataset.customers.get_mut(&key) else {
            continue;
        };
        let edits = match op {
            Op::Keep => 0,
            Op::Edit(k) | Op::Delete(k) => k,
        };
        for e in 0..edits {
            customer.name = format!("{}/{device}{e}", customer.name);
            customer.touch(ticks.next().unwrap());
        }
        if let Op::Delete(_) = op {
            let tombstone = Tombstone::of(customer, ticks.next().unwrap());
            dataset.customers.remove(&key);
            dataset.tombstones.insert(key, tombstone);
        }
    }
    dataset
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
    fn without_history_conflicts_are_differing_edits_and_edits_newer_than_a_deletion(
        a in dataset_strategy(), b in dataset_strategy()
    ) {
        let mut expected = Vec::new();
        for (id, c) in &a.customers {
            if b.customers.get(id).is_some_and(|other| other != c) {
                expected.push((id.clone(), ConflictKind::BothEdited));
            }
        }
        for (live, deleted) in [(&a, &b), (&b, &a)] {
            for (id, c) in &live.customers {
                if deleted.tombstones.get(id).is_some_and(|t| c.updated_at > t.deleted_at) {
                    expected.push((id.clone(), ConflictKind::EditedAndDeleted));
                }
            }
        }
        expected.sort_by(|x, y| x.0.cmp(&y.0));
        let found: Vec<_> = merge(&a, &b).conflicts.into_iter().map(|c| (c.id, c.kind)).collect();
        prop_assert_eq!(found, expected);
    }

    #[test]
    fn conflicts_are_the_records_changed_on_both_sides_since_they_parted(
        ops in prop::collection::vec((op_strategy(), op_strategy()), 1..6),
        clock_a in prop::collection::vec(1i64..100_000, 12),
        clock_b in prop::collection::vec(1i64..100_000, 12),
    ) {
        let base = shared_base(ops.len());
        let a = diverge(&base, ops.iter().map(|(x, _)| *x), &clock_a, 0);
        let b = diverge(&base, ops.iter().map(|(_, y)| *y), &clock_b, 1);
        let mut expected = Vec::new();
        for (n, (x, y)) in ops.iter().enumerate() {
            let kind = match (x, y) {
                (Op::Edit(_), Op::Edit(_)) => Some(ConflictKind::BothEdited),
                (Op::Edit(_), Op::Delete(_)) | (Op::Delete(_), Op::Edit(_)) => {
                    Some(ConflictKind::EditedAndDeleted)
                }
                _ => None,
            };
            if let Some(kind) = kind {
                expected.push((id(n as u8), kind));
            }
        }
        expected.sort_by(|x, y| x.0.cmp(&y.0));
        let merged = merge(&a, &b);
        let found: Vec<_> = merged.conflicts.iter().map(|c| (c.id.clone(), c.kind)).collect();
        prop_assert_eq!(found, expected);

        // A change made on one side only always comes through, conflict or not.
        for (n, (x, y)) in ops.iter().enumerate() {
            let key = id(n as u8);
            let from = match (x, y) {
                (Op::Keep, Op::Keep) => &base,
                (_, Op::Keep) => &a,
                (Op::Keep, _) => &b,
                _ => continue,
            };
            prop_assert_eq!(merged.dataset.customers.get(&key), from.customers.get(&key));
            prop_assert_eq!(merged.dataset.tombstones.get(&key), from.tombstones.get(&key));
        }

        // Once both sides hold the merge, new edits on one side merge back without conflict.
        let m = merged.dataset;
        let ops_again: Vec<Op> = ops.iter().map(|_| Op::Edit(1)).collect();
        let edited = diverge(&m, ops_again.into_iter(), &clock_a, 0);
        prop_assert!(merge(&m, &edited).conflicts.is_empty());
    }
}
