//! Everything the app stores, as one value: what a backup holds and what a merge combines.

use crate::core::customer::{Customer, CustomerId, Tombstone};
use crate::core::record::Tombstone as RecordTombstone;
use crate::core::visit::{Visit, VisitId};
use std::collections::BTreeMap;

/// Each kind of record by id, with the tombstones of deleted ones. An id is never both a
/// record and a tombstone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dataset {
    pub customers: BTreeMap<CustomerId, Customer>,
    pub tombstones: BTreeMap<CustomerId, Tombstone>,
    pub visits: BTreeMap<VisitId, Visit>,
    pub visit_tombstones: BTreeMap<VisitId, RecordTombstone<VisitId>>,
}

impl Dataset {
    /// Builds a dataset of customers, dropping any tombstone whose customer is present (a live
    /// record supersedes its tombstone, as in storage).
    pub fn new(
        customers: impl IntoIterator<Item = Customer>,
        tombstones: impl IntoIterator<Item = Tombstone>,
    ) -> Self {
        let (customers, tombstones) = keyed(customers, tombstones, |c| c.id.clone());
        Self {
            customers,
            tombstones,
            ..Self::default()
        }
    }

    /// The same, with these visits and visit tombstones.
    pub fn with_visits(
        self,
        visits: impl IntoIterator<Item = Visit>,
        tombstones: impl IntoIterator<Item = RecordTombstone<VisitId>>,
    ) -> Self {
        let (visits, visit_tombstones) = keyed(visits, tombstones, |v| v.id.clone());
        Self {
            visits,
            visit_tombstones,
            ..self
        }
    }
}

type Keyed<Id, R> = (BTreeMap<Id, R>, BTreeMap<Id, RecordTombstone<Id>>);

fn keyed<Id: Ord + Clone, R>(
    records: impl IntoIterator<Item = R>,
    tombstones: impl IntoIterator<Item = RecordTombstone<Id>>,
    id: impl Fn(&R) -> Id,
) -> Keyed<Id, R> {
    let records: BTreeMap<Id, R> = records.into_iter().map(|r| (id(&r), r)).collect();
    let tombstones = tombstones
        .into_iter()
        .filter(|t| !records.contains_key(&t.id))
        .map(|t| (t.id.clone(), t))
        .collect();
    (records, tombstones)
}
