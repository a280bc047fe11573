//! Combining two datasets — this device's and a backup from another — so that nothing is lost
//! and the result does not depend on which side is which.
//!
//! Each id has at most one version on each side: a live record (dated by `updated_at`) or a
//! tombstone (dated by `deleted_at`). The merge keeps, per id, the greatest version under one
//! total order: later time first; at equal times a deletion beats an edit; two different
//! records from the same instant are ordered by their content. Taking a maximum under a total
//! order is commutative, associative and idempotent, which is what makes merging safe to repeat
//! and to do in any order across devices.

use super::Dataset;
use crate::core::customer::{Customer, CustomerId, Tombstone};
use chrono::{DateTime, Utc};
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The merged dataset, and the ids whose record was edited differently on the two sides (the
/// older edit was set aside; the owner may want to look at them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub dataset: Dataset,
    pub conflicts: Vec<CustomerId>,
}

#[derive(Clone, Copy)]
enum Version<'a> {
    Live(&'a Customer),
    Deleted(&'a Tombstone),
}

impl Version<'_> {
    fn at(self) -> DateTime<Utc> {
        match self {
            Version::Live(c) => c.updated_at,
            Version::Deleted(t) => t.deleted_at,
        }
    }

    /// The total order the merge maximises.
    fn cmp(self, other: Self) -> Ordering {
        self.at()
            .cmp(&other.at())
            .then_with(|| match (self, other) {
                (Version::Deleted(_), Version::Live(_)) => Ordering::Greater,
                (Version::Live(_), Version::Deleted(_)) => Ordering::Less,
                (Version::Deleted(_), Version::Deleted(_)) => Ordering::Equal,
                (Version::Live(a), Version::Live(b)) => content(a).cmp(&content(b)),
            })
    }
}

fn content(customer: &Customer) -> String {
    serde_json::to_string(customer).expect("a customer always serialises")
}

fn version<'a>(side: &'a Dataset, id: &CustomerId) -> Option<Version<'a>> {
    side.customers
        .get(id)
        .map(Version::Live)
        .or_else(|| side.tombstones.get(id).map(Version::Deleted))
}

/// Merges two datasets: per id, the newest version wins, and a deletion wins over an edit it
/// is not older than.
pub fn merge(a: &Dataset, b: &Dataset) -> Merged {
    let ids: BTreeSet<&CustomerId> = [a, b]
        .iter()
        .flat_map(|side| side.customers.keys().chain(side.tombstones.keys()))
        .collect();
    let mut merged = Dataset::default();
    let mut conflicts = Vec::new();
    for id in ids {
        let winner = match (version(a, id), version(b, id)) {
            (Some(x), Some(y)) => {
                if let (Version::Live(p), Version::Live(q)) = (x, y) {
                    if p != q {
                        conflicts.push(id.clone());
                    }
                }
                if x.cmp(y) == Ordering::Less {
                    y
                } else {
                    x
                }
            }
            (Some(only), None) | (None, Some(only)) => only,
            (None, None) => unreachable!("every id comes from one of the sides"),
        };
        match winner {
            Version::Live(c) => {
                merged.customers.insert(id.clone(), c.clone());
            }
            Version::Deleted(t) => {
                merged.tombstones.insert(id.clone(), t.clone());
            }
        }
    }
    Merged {
        dataset: merged,
        conflicts,
    }
}

/// What applying an import would change, for the owner to confirm first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub deleted: usize,
    pub unchanged: usize,
    pub conflicts: usize,
}

/// Compares the customers of `current` with those of `next`.
pub fn summarize(current: &Dataset, next: &Dataset, conflicts: usize) -> Summary {
    let mut summary = Summary {
        conflicts,
        ..Summary::default()
    };
    for (id, customer) in &next.customers {
        match current.customers.get(id) {
            None => summary.added += 1,
            Some(old) if old != customer => summary.updated += 1,
            Some(_) => summary.unchanged += 1,
        }
    }
    summary.deleted = current
        .customers
        .keys()
        .filter(|id| !next.customers.contains_key(*id))
        .count();
    summary
}
