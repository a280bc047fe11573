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
use crate::core::customer::CustomerId;
use crate::core::record::{Tombstone, Versioned};
use crate::core::sorting;
use crate::core::visit::VisitId;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// The merged dataset, and the ids changed on both sides since they last shared them (one of
/// the changes was set aside; the owner may want to look at them), in id order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub dataset: Dataset,
    pub conflicts: Vec<Conflict>,
    pub visit_conflicts: Vec<Conflict<VisitId>>,
    /// Parts, choice groups and set menus changed on both sides.
    pub catalog_conflicts: usize,
    /// Pieces of feedback changed on both sides.
    pub feedback_conflicts: usize,
    /// Customer-service and relationship records (tickets, coupons, contacts, templates)
    /// changed on both sides.
    pub service_conflicts: usize,
}

/// A record changed on both sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict<Id = CustomerId> {
    pub id: Id,
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

/// One side's records of one kind: the live ones and the tombstones, each by id.
pub struct Side<'a, R: Versioned> {
    pub live: &'a BTreeMap<R::Id, R>,
    pub deleted: &'a BTreeMap<R::Id, Tombstone<R::Id>>,
}

/// The merge of one kind of record.
pub struct MergedRecords<R: Versioned> {
    pub live: BTreeMap<R::Id, R>,
    pub deleted: BTreeMap<R::Id, Tombstone<R::Id>>,
    pub conflicts: Vec<Conflict<R::Id>>,
}

enum Version<'a, R: Versioned> {
    Live(&'a R),
    Deleted(&'a Tombstone<R::Id>),
}

impl<R: Versioned> Clone for Version<'_, R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R: Versioned> Copy for Version<'_, R> {}

impl<R: Versioned + Serialize> Version<'_, R> {
    fn at(self) -> DateTime<Utc> {
        match self {
            Version::Live(r) => r.updated_at(),
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

fn content(record: &impl Serialize) -> String {
    serde_json::to_string(record).expect("a record always serialises")
}

/// Whether two versions of one id are changes neither side knew of.
fn conflict<R: Versioned + PartialEq>(x: Version<R>, y: Version<R>) -> Option<ConflictKind> {
    match (x, y) {
        (Version::Live(p), Version::Live(q)) => (p != q
            && !p.earlier_versions().contains(&q.updated_at())
            && !q.earlier_versions().contains(&p.updated_at()))
        .then_some(ConflictKind::BothEdited),
        (Version::Live(p), Version::Deleted(t)) | (Version::Deleted(t), Version::Live(p)) => {
            let unseen = p.updated_at() > t.deleted_at
                || (!t.deleted_versions.is_empty()
                    && !t.deleted_versions.contains(&p.updated_at()));
            unseen.then_some(ConflictKind::EditedAndDeleted)
        }
        (Version::Deleted(_), Version::Deleted(_)) => None,
    }
}

impl<'a, R: Versioned> Side<'a, R> {
    fn version(&self, id: &R::Id) -> Option<Version<'a, R>> {
        self.live
            .get(id)
            .map(Version::Live)
            .or_else(|| self.deleted.get(id).map(Version::Deleted))
    }
}

/// Merges one kind of record from two sides: per id, the newest version wins, and a deletion
/// wins over an edit it is not older than. Conflicts are listed, not resolved differently.
pub fn merge_records<R>(a: Side<R>, b: Side<R>) -> MergedRecords<R>
where
    R: Versioned + Clone + PartialEq + Serialize,
{
    let ids: BTreeSet<&R::Id> = sorting::btree_set(
        [&a, &b]
            .iter()
            .flat_map(|side| side.live.keys().chain(side.deleted.keys())),
    );
    let mut merged = MergedRecords {
        live: BTreeMap::new(),
        deleted: BTreeMap::new(),
        conflicts: Vec::new(),
    };
    for id in ids {
        let winner = match (a.version(id), b.version(id)) {
            (Some(x), Some(y)) => {
                if let Some(kind) = conflict(x, y) {
                    merged.conflicts.push(Conflict {
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
            Version::Live(r) => {
                merged.live.insert(id.clone(), r.clone());
            }
            Version::Deleted(t) => {
                merged.deleted.insert(id.clone(), t.clone());
            }
        }
    }
    merged
}

/// Merges two datasets, kind by kind (see [`merge_records`]).
pub fn merge(a: &Dataset, b: &Dataset) -> Merged {
    let customers = merge_kind((&a.customers, &a.tombstones), (&b.customers, &b.tombstones));
    let visits = merge_kind(
        (&a.visits, &a.visit_tombstones),
        (&b.visits, &b.visit_tombstones),
    );
    let parts = merge_kind(
        (&a.parts, &a.part_tombstones),
        (&b.parts, &b.part_tombstones),
    );
    let groups = merge_kind(
        (&a.groups, &a.group_tombstones),
        (&b.groups, &b.group_tombstones),
    );
    let menus = merge_kind(
        (&a.menus, &a.menu_tombstones),
        (&b.menus, &b.menu_tombstones),
    );
    let feedback = merge_kind(
        (&a.feedback, &a.feedback_tombstones),
        (&b.feedback, &b.feedback_tombstones),
    );
    let tickets = merge_kind(
        (&a.tickets, &a.ticket_tombstones),
        (&b.tickets, &b.ticket_tombstones),
    );
    let coupons = merge_kind(
        (&a.coupons, &a.coupon_tombstones),
        (&b.coupons, &b.coupon_tombstones),
    );
    let contacts = merge_kind(
        (&a.contacts, &a.contact_tombstones),
        (&b.contacts, &b.contact_tombstones),
    );
    let templates = merge_kind(
        (&a.templates, &a.template_tombstones),
        (&b.templates, &b.template_tombstones),
    );
    Merged {
        dataset: Dataset {
            customers: customers.live,
            tombstones: customers.deleted,
            visits: visits.live,
            visit_tombstones: visits.deleted,
            parts: parts.live,
            part_tombstones: parts.deleted,
            groups: groups.live,
            group_tombstones: groups.deleted,
            menus: menus.live,
            menu_tombstones: menus.deleted,
            feedback: feedback.live,
            feedback_tombstones: feedback.deleted,
            tickets: tickets.live,
            ticket_tombstones: tickets.deleted,
            coupons: coupons.live,
            coupon_tombstones: coupons.deleted,
            contacts: contacts.live,
            contact_tombstones: contacts.deleted,
            templates: templates.live,
            template_tombstones: templates.deleted,
        },
        conflicts: customers.conflicts,
        visit_conflicts: visits.conflicts,
        catalog_conflicts: parts.conflicts.len() + groups.conflicts.len() + menus.conflicts.len(),
        feedback_conflicts: feedback.conflicts.len(),
        service_conflicts: tickets.conflicts.len()
            + coupons.conflicts.len()
            + contacts.conflicts.len()
            + templates.conflicts.len(),
    }
}

type Records<'a, R> = (
    &'a BTreeMap<<R as Versioned>::Id, R>,
    &'a BTreeMap<<R as Versioned>::Id, Tombstone<<R as Versioned>::Id>>,
);

/// [`merge_records`] of two (live, deleted) pairs.
fn merge_kind<R>(a: Records<R>, b: Records<R>) -> MergedRecords<R>
where
    R: Versioned + Clone + PartialEq + Serialize,
{
    merge_records(
        Side {
            live: a.0,
            deleted: a.1,
        },
        Side {
            live: b.0,
            deleted: b.1,
        },
    )
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
    summarize_records(&current.customers, &next.customers, conflicts)
}

/// Compares the visits of `current` with those of `next`; `None` when neither has any.
pub fn summarize_visits(current: &Dataset, next: &Dataset, conflicts: usize) -> Option<Summary> {
    (!current.visits.is_empty() || !next.visits.is_empty())
        .then(|| summarize_records(&current.visits, &next.visits, conflicts))
}

/// Compares the service catalogs (parts, groups and set menus together); `None` when neither
/// has any.
pub fn summarize_catalog(current: &Dataset, next: &Dataset, conflicts: usize) -> Option<Summary> {
    let empty = |d: &Dataset| d.parts.is_empty() && d.groups.is_empty() && d.menus.is_empty();
    if empty(current) && empty(next) {
        return None;
    }
    let parts = summarize_records(&current.parts, &next.parts, conflicts);
    let groups = summarize_records(&current.groups, &next.groups, 0);
    let menus = summarize_records(&current.menus, &next.menus, 0);
    Some(Summary {
        added: parts.added + groups.added + menus.added,
        updated: parts.updated + groups.updated + menus.updated,
        deleted: parts.deleted + groups.deleted + menus.deleted,
        unchanged: parts.unchanged + groups.unchanged + menus.unchanged,
        conflicts,
    })
}

/// Compares the feedback of `current` with that of `next`; `None` when neither has any.
pub fn summarize_feedback(current: &Dataset, next: &Dataset, conflicts: usize) -> Option<Summary> {
    (!current.feedback.is_empty() || !next.feedback.is_empty())
        .then(|| summarize_records(&current.feedback, &next.feedback, conflicts))
}

/// Compares the customer-service and relationship records (tickets, coupons, contacts and
/// templates together); `None` when neither side has any.
pub fn summarize_service(current: &Dataset, next: &Dataset, conflicts: usize) -> Option<Summary> {
    let empty = |d: &Dataset| {
        d.tickets.is_empty()
            && d.coupons.is_empty()
            && d.contacts.is_empty()
            && d.templates.is_empty()
    };
    if empty(current) && empty(next) {
        return None;
    }
    let parts = [
        summarize_records(&current.tickets, &next.tickets, 0),
        summarize_records(&current.coupons, &next.coupons, 0),
        summarize_records(&current.contacts, &next.contacts, 0),
        summarize_records(&current.templates, &next.templates, 0),
    ];
    Some(Summary {
        added: parts.iter().map(|s| s.added).sum(),
        updated: parts.iter().map(|s| s.updated).sum(),
        deleted: parts.iter().map(|s| s.deleted).sum(),
        unchanged: parts.iter().map(|s| s.unchanged).sum(),
        conflicts,
    })
}

fn summarize_records<Id: Ord, R: PartialEq>(
    current: &BTreeMap<Id, R>,
    next: &BTreeMap<Id, R>,
    conflicts: usize,
) -> Summary {
    let mut summary = Summary {
        conflicts,
        ..Summary::default()
    };
    for (id, record) in next {
        match current.get(id) {
            None => summary.added += 1,
            Some(old) if old != record => summary.updated += 1,
            Some(_) => summary.unchanged += 1,
        }
    }
    summary.deleted = current.keys().filter(|id| !next.contains_key(*id)).count();
    summary
}
