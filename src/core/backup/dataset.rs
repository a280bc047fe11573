//! Everything the app stores, as one value: what a backup holds and what a merge combines.

use crate::core::customer::{Customer, CustomerId, Tombstone};
use std::collections::BTreeMap;

/// The customers and the tombstones of deleted customers, each keyed by id. An id is never
/// both a customer and a tombstone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dataset {
    pub customers: BTreeMap<CustomerId, Customer>,
    pub tombstones: BTreeMap<CustomerId, Tombstone>,
}

impl Dataset {
    /// Builds a dataset, dropping any tombstone whose customer is present (a live record
    /// supersedes its tombstone, as in storage).
    pub fn new(
        customers: impl IntoIterator<Item = Customer>,
        tombstones: impl IntoIterator<Item = Tombstone>,
    ) -> Self {
        let customers: BTreeMap<_, _> = customers.into_iter().map(|c| (c.id.clone(), c)).collect();
        let tombstones = tombstones
            .into_iter()
            .filter(|t| !customers.contains_key(&t.id))
            .map(|t| (t.id.clone(), t))
            .collect();
        Self {
            customers,
            tombstones,
        }
    }
}
