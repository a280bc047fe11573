//! The `customers` object store (one record per customer, keyed by id) and the `tombstones`
//! store (one record per deleted customer). A customer and its tombstone never both exist: each
//! write changes both stores in one transaction, and counts itself in `meta` (see there).
//! Visits live the same way in `visits` and `visit_tombstones`, and the service catalog's parts,
//! choice groups and set menus each in a store and its tombstones, and feedback in `feedback`
//! and `feedback_tombstones`, and customer service in its own stores (`service.rs`); a snapshot and an import cover every store in one transaction.

use super::meta::{self, META};
use super::read_all::{self, read_all};
use super::service::{read_service, write_service, SERVICE_STORES};
use super::to_js::to_js;
use super::upgrade;
use super::StoreError;
use crate::core::backup::Dataset;
use crate::core::customer::{Customer, CustomerId, Tombstone};
use chrono::{DateTime, Utc};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

pub(super) const CUSTOMERS: &str = "customers";
pub(super) const TOMBSTONES: &str = "tombstones";
pub(super) const VISITS: &str = "visits";
pub(super) const VISIT_TOMBSTONES: &str = "visit_tombstones";
pub(super) const PARTS: &str = "parts";
pub(super) const PART_TOMBSTONES: &str = "part_tombstones";
pub(super) const GROUPS: &str = "part_groups";
pub(super) const GROUP_TOMBSTONES: &str = "part_group_tombstones";
pub(super) const MENUS: &str = "set_menus";
pub(super) const MENU_TOMBSTONES: &str = "set_menu_tombstones";
/// The service catalog's stores, each kind beside its tombstones.
pub(super) const CATALOG_STORES: [&str; 6] = [
    PARTS,
    PART_TOMBSTONES,
    GROUPS,
    GROUP_TOMBSTONES,
    MENUS,
    MENU_TOMBSTONES,
];
pub(super) const FEEDBACK: &str = "feedback";
pub(super) const FEEDBACK_TOMBSTONES: &str = "feedback_tombstones";
/// Feedback's stores: the records beside their tombstones.
pub(super) const FEEDBACK_STORES: [&str; 2] = [FEEDBACK, FEEDBACK_TOMBSTONES];
/// Every store of records, and `meta`: what a snapshot reads and every write may change.
pub(super) const ALL_STORES: [&str; 21] = concat(&[
    &[CUSTOMERS, TOMBSTONES, VISITS, VISIT_TOMBSTONES],
    &CATALOG_STORES,
    &FEEDBACK_STORES,
    &SERVICE_STORES,
    &[META],
]);

/// The store names of `groups`, one after another; `N` must be their total count.
const fn concat<const N: usize>(groups: &[&[&'static str]]) -> [&'static str; N] {
    let mut all = [""; N];
    let (mut n, mut g) = (0, 0);
    while g < groups.len() {
        let mut i = 0;
        while i < groups[g].len() {
            all[n] = groups[g][i];
            n += 1;
            i += 1;
        }
        g += 1;
    }
    assert!(n == N, "every store once");
    all
}

/// What reading the customer book found.
#[derive(Debug, Default)]
pub struct LoadedCustomers {
    pub customers: Vec<Customer>,
    /// Records that exist but could not be read (left untouched in storage).
    pub unreadable: usize,
}

/// Everything stored, read at one instant, with the write count it was read at.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub dataset: Dataset,
    /// Customers and tombstones that exist but could not be read (left untouched).
    pub unreadable: usize,
    pub revision: u64,
}

/// An open connection to the app's database. Cheap to clone (it shares the connection).
#[derive(Clone, Debug)]
pub struct CustomerStore {
    pub(super) db: Database,
}

impl CustomerStore {
    /// Opens the database called `name`, creating it or bringing its layout and its records
    /// up to date as needed (see [`upgrade`]).
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let db = upgrade::open(name).await?;
        Ok(Self { db })
    }

    /// Every stored customer that can be read; one damaged record does not hide the others.
    pub async fn all(&self) -> Result<LoadedCustomers, StoreError> {
        let tx = self.db.transaction(CUSTOMERS).build()?;
        let (customers, unreadable) = readable(&tx, CUSTOMERS).await?;
        Ok(LoadedCustomers {
            customers,
            unreadable,
        })
    }

    /// Every tombstone that can be read, in id order.
    pub async fn tombstones(&self) -> Result<Vec<Tombstone>, StoreError> {
        let tx = self.db.transaction(TOMBSTONES).build()?;
        Ok(readable(&tx, TOMBSTONES).await?.0)
    }

    /// Everything stored, in one read transaction, with its revision: what an import is
    /// planned against, and what a backup exports.
    pub async fn snapshot(&self) -> Result<Snapshot, StoreError> {
        let tx = self.db.transaction(ALL_STORES).build()?;
        let mut unreadable = 0;
        let n = &mut unreadable;
        let customers = counted(&tx, CUSTOMERS, n).await?;
        let tombstones = counted(&tx, TOMBSTONES, n).await?;
        let dataset = Dataset::new(customers, tombstones)
            .with_visits(
                counted(&tx, VISITS, n).await?,
                counted(&tx, VISIT_TOMBSTONES, n).await?,
            )
            .with_catalog(
                (
                    counted(&tx, PARTS, n).await?,
                    counted(&tx, PART_TOMBSTONES, n).await?,
                ),
                (
                    counted(&tx, GROUPS, n).await?,
                    counted(&tx, GROUP_TOMBSTONES, n).await?,
                ),
                (
                    counted(&tx, MENUS, n).await?,
                    counted(&tx, MENU_TOMBSTONES, n).await?,
                ),
            )
            .with_feedback(
                counted(&tx, FEEDBACK, n).await?,
                counted(&tx, FEEDBACK_TOMBSTONES, n).await?,
            );
        let dataset = read_service(&tx, dataset, n).await?;
        let revision = meta::revision(&tx).await?;
        Ok(Snapshot {
            dataset,
            unreadable,
            revision,
        })
    }

    /// Inserts or replaces one customer (removing a tombstone it may have), in one transaction.
    pub async fn put(&self, customer: &Customer) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        write_live(&tx, std::slice::from_ref(customer))?;
        tx.commit().await?;
        Ok(())
    }

    /// The stored version of one customer, if there is one (and it can be read).
    pub async fn get(&self, id: &CustomerId) -> Result<Option<Customer>, StoreError> {
        self.read_one(CUSTOMERS, id.as_str()).await
    }

    /// The record with key `key` in `store`, if there is one and it can be read.
    pub(super) async fn read_one<T: DeserializeOwned>(
        &self,
        store: &str,
        key: &str,
    ) -> Result<Option<T>, StoreError> {
        let tx = self.db.transaction(store).build()?;
        Ok(read_all::read_one(&tx.object_store(store)?, key)
            .await
            .unwrap_or(None))
    }

    /// Writes `customer` only if the stored record is still the version the change was made
    /// from: `base` is that version's `updated_at` (`None` for a new customer). Reading and
    /// writing happen in one transaction, which IndexedDB runs alone across all tabs, so two
    /// tabs can never overwrite each other unknowingly. A newer stored record comes back as
    /// [`StoreError::Changed`] and nothing is written.
    pub async fn put_checked(
        &self,
        customer: &Customer,
        base: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let tx = self.writing()?;
        let customers = tx.object_store(CUSTOMERS)?;
        let stored: Option<Customer> = read_all::read_one(&customers, customer.id.as_str()).await?;
        match (stored, base) {
            (Some(stored), _) if Some(stored.updated_at) != base => {
                return Err(StoreError::Changed(Box::new(stored)));
            }
            // Edited from a version that another tab has since deleted: not brought back.
            (None, Some(_)) => return Err(StoreError::Gone),
            _ => {}
        }
        meta::bump(&tx).await?;
        write_live(&tx, std::slice::from_ref(customer))?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes many customers in one transaction: all of them, or on failure none. `revision`
    /// is that of the [`Snapshot`] the batch was made from; if anything was written since,
    /// nothing is and the answer is [`StoreError::Stale`].
    pub async fn put_all(&self, batch: &[Customer], revision: u64) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump_from(&tx, revision).await?;
        write_live(&tx, batch)?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a customer and records its tombstone, in one transaction.
    pub async fn delete(&self, tombstone: &Tombstone) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        tx.object_store(CUSTOMERS)?
            .delete(tombstone.id.as_str())
            .primitive()?
            .await?;
        tx.object_store(TOMBSTONES)?
            .put(to_js(tombstone)?)
            .primitive()?
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Turns what is stored from `current` (a [`Snapshot`] taken at `revision`) into `next`, in
    /// one transaction: either all of it is written or, on any failure, nothing changes. If
    /// anything was written since the snapshot, nothing is and the answer is
    /// [`StoreError::Stale`]. Only the differences are written, and only ids known to
    /// `current` are ever removed, so records that could not be read (and so are in neither)
    /// stay untouched.
    pub async fn replace_all(
        &self,
        current: &Dataset,
        revision: u64,
        next: &Dataset,
    ) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump_from(&tx, revision).await?;
        write_differences(&tx, CUSTOMERS, &current.customers, &next.customers)?;
        write_differences(&tx, TOMBSTONES, &current.tombstones, &next.tombstones)?;
        write_differences(&tx, VISITS, &current.visits, &next.visits)?;
        write_differences(
            &tx,
            VISIT_TOMBSTONES,
            &current.visit_tombstones,
            &next.visit_tombstones,
        )?;
        write_differences(&tx, PARTS, &current.parts, &next.parts)?;
        write_differences(
            &tx,
            PART_TOMBSTONES,
            &current.part_tombstones,
            &next.part_tombstones,
        )?;
        write_differences(&tx, GROUPS, &current.groups, &next.groups)?;
        write_differences(
            &tx,
            GROUP_TOMBSTONES,
            &current.group_tombstones,
            &next.group_tombstones,
        )?;
        write_differences(&tx, MENUS, &current.menus, &next.menus)?;
        write_differences(
            &tx,
            MENU_TOMBSTONES,
            &current.menu_tombstones,
            &next.menu_tombstones,
        )?;
        write_differences(&tx, FEEDBACK, &current.feedback, &next.feedback)?;
        write_differences(
            &tx,
            FEEDBACK_TOMBSTONES,
            &current.feedback_tombstones,
            &next.feedback_tombstones,
        )?;
        write_service(&tx, current, next)?;
        tx.commit().await?;
        Ok(())
    }

    /// A read-write transaction over every store and the write count, so a record and its
    /// tombstone always change together, and every write is counted.
    pub(super) fn writing(&self) -> Result<Transaction<'_>, StoreError> {
        Ok(self
            .db
            .transaction(ALL_STORES)
            .with_mode(TransactionMode::Readwrite)
            .build()?)
    }

    /// Closes the connection; later calls on any clone fail with [`StoreError::Failed`].
    pub fn close(self) {
        self.db.close();
    }

    /// Waits until a newer version of the app (in another tab) asks to change the database's
    /// layout, then closes this connection so that the upgrade is not blocked, and returns.
    /// From then on this page cannot read or write: it has to reload into the new version.
    /// Never returns while nobody asks.
    pub async fn superseded(&self) {
        if let Ok(mut changes) = self.db.version_changes() {
            if changes.recv().await.is_some() {
                self.db.clone().close();
                return;
            }
        }
        std::future::pending::<()>().await
    }
}

/// Puts `customers` and removes any tombstone of theirs. The requests run in `tx`; a failure of
/// any of them aborts it, and committing reports it.
pub(super) fn write_live(tx: &Transaction<'_>, customers: &[Customer]) -> Result<(), StoreError> {
    let live = tx.object_store(CUSTOMERS)?;
    let tombstones = tx.object_store(TOMBSTONES)?;
    for customer in customers {
        live.put(to_js(customer)?).primitive()?;
        tombstones.delete(customer.id.as_str()).primitive()?;
    }
    Ok(())
}

/// Turns one collection of `store` from `current` into `next`: puts what is new or different,
/// deletes the ids `next` no longer has. The requests run in `tx`, which commits them together.
pub(super) fn write_differences<Id: Ord + std::fmt::Display, T: serde::Serialize + PartialEq>(
    tx: &Transaction<'_>,
    store: &str,
    current: &BTreeMap<Id, T>,
    next: &BTreeMap<Id, T>,
) -> Result<(), StoreError> {
    let store = tx.object_store(store)?;
    for (id, record) in next {
        if current.get(id) != Some(record) {
            store.put(to_js(record)?).primitive()?;
        }
    }
    for id in current.keys().filter(|id| !next.contains_key(*id)) {
        store.delete(id.to_string()).primitive()?;
    }
    Ok(())
}

/// Every record of `store` that can be read, adding how many could not to `unreadable`.
pub(super) async fn counted<T: DeserializeOwned>(
    tx: &Transaction<'_>,
    store: &str,
    unreadable: &mut usize,
) -> Result<Vec<T>, StoreError> {
    let (records, damaged) = readable(tx, store).await?;
    *unreadable += damaged;
    Ok(records)
}

/// Every record of `store` that can be read, and how many could not.
pub(super) async fn readable<T: DeserializeOwned>(
    tx: &Transaction<'_>,
    store: &str,
) -> Result<(Vec<T>, usize), StoreError> {
    read_all(&tx.object_store(store)?).await
}
