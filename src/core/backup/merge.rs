//! Combining two datasets — this device's and a backup from another — so that nothing is lost
//! and the result does not depend on which side is which.
//!
//! Each id has at most one version on each side: a live record (dated by `updated_at`) or a
//! tombstone (dated by `deleted_at`). The merge keeps, per id, the greatest version under one
//! total order: later time first; at equal times a deletion beats an edit; two different
//! records from the same instant are ordered by their content. Taking a maximum under a total
//! order is commutative, associative and idempotent, which is what makes merging safe to repeat
//! and to do in any order across devices.
//!
//! Which version wins never depends on history; whether the owner is told does. A conflict is
//! an id changed on both sides since they last shared it: two edits neither of which was made
//! from the other (each record remembers the versions it was edited from), or an edit the
//! deleting side never saw. Version stamps are the device clock's milliseconds (moved forward
//! when the clock lags), so two devices editing the same record in the very same millisecond
//! are the one case that cannot be told apart.

use super::Dataset;
use crate::core::customer::{Customer, CustomerId, Tombstone};
use chrono::{DateTime, Utc};
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The merged dataset, and the ids changed on both sides since they last shared them (one of
/// the changes was set aside; the owner may want to look at them), in id order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub dataset: Dataset,
    pub conflicts: Vec<Conflict>,
}

/// A record changed on both sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub id: CustomerId,
    pub kind: ConflictKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictKind {
    /// Edited on both sides; the newer edit was kept.
    BothEdited,
    /// Edited on one side and deleted on the other without seeing that edit; the newer of the
    /// two was kept.
    EditedAndDeleted,
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

/// Whether two versions of one id are changes neither side knew of.
fn conflict(x: Version, y: Version) -> Option<ConflictKind> {
    match (x, y) {
        (Version::Live(p), Version::Live(q)) => (p != q
            && !p.earlier_versions.contains(&q.updated_at)
            && !q.earlier_versions.contains(&p.updated_at))
        .then_some(ConflictKind::BothEdited),
        (Version::Live(p), Version::Deleted(t)) | (Version::Deleted(t), Version::Live(p)) => {
            let unseen = p.updated_at > t.deleted_at
                || (!t.deleted_versions.is_empty() && !t.deleted_versions.contains(&p.updated_at));
            unseen.then_some(ConflictKind::EditedAndDeleted)
        }
        (Version::Deleted(_), Version::Deleted(_)) => None,
    }
}

fn version<'a>(side: &'a Dataset, id: &CustomerId) -> Option<Version<'a>> {
    side.customers
        .get(id)
        .map(Version::Live)
        .or_else(|| side.tombstones.get(id).map(Version::Deleted))
}

/// Merges two datasets: per id, the newest version wins, and a deletion wins over an edit it
/// is not older than. Conflicts are listed, not resolved differently.
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
                if let Some(kind) = conflict(x, y) {
                    conflicts.push(Conflict {
                        id: id.clone(),
                        kind,
                    });
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
