//! Customer service and the relationship in storage (layout 6): tickets, each in a store beside
//! its tombstones, written through the same connection and counted writes as customers (see
//! `customers.rs`). One generic put and delete serve every kind, named by [`Stored`].

use super::customers::{counted, readable, write_differences, CustomerStore};
use super::meta;
use super::StoreError;
use crate::core::backup::Dataset;
use crate::core::record::{Tombstone, Versioned};
use crate::core::service::ticket::Ticket;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub(super) const TICKETS: &str = "tickets";
pub(super) const TICKET_TOMBSTONES: &str = "ticket_tombstones";
/// The stores of layout 6, each kind beside its tombstones.
pub(super) const SERVICE_STORES: [&str; 2] = [TICKETS, TICKET_TOMBSTONES];

/// A kind of record kept in a store of its own, beside its tombstones.
pub trait Stored: Versioned + Serialize + DeserializeOwned {
    const STORE: &'static str;
    const TOMBSTONES: &'static str;
}

impl Stored for Ticket {
    const STORE: &'static str = TICKETS;
    const TOMBSTONES: &'static str = TICKET_TOMBSTONES;
}

impl CustomerStore {
    /// Every record of kind `R` that can be read, and how many could not.
    pub async fn records<R: Stored>(&self) -> Result<(Vec<R>, usize), StoreError> {
        let tx = self.db.transaction(R::STORE).build()?;
        readable(&tx, R::STORE).await
    }

    /// Inserts or replaces one record (removing a tombstone it may have), in one transaction.
    pub async fn put_record<R: Stored>(&self, record: &R) -> Result<(), StoreError>
    where
        R::Id: Clone + Into<String>,
    {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        tx.object_store(R::STORE)?.put(record).serde()?;
        let id: String = record.id().clone().into();
        tx.object_store(R::TOMBSTONES)?.delete(id).primitive()?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a record and records its tombstone, in one transaction.
    pub async fn delete_record<R: Stored>(
        &self,
        tombstone: &Tombstone<R::Id>,
    ) -> Result<(), StoreError>
    where
        R::Id: Clone + Into<String> + Serialize,
    {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        let id: String = tombstone.id.clone().into();
        tx.object_store(R::STORE)?.delete(id).primitive()?;
        tx.object_store(R::TOMBSTONES)?.put(tombstone).serde()?;
        tx.commit().await?;
        Ok(())
    }
}

/// `dataset` with the service records read in `tx`, counting what could not be read.
pub(super) async fn read_service(
    tx: &Transaction<'_>,
    dataset: Dataset,
    unreadable: &mut usize,
) -> Result<Dataset, StoreError> {
    Ok(dataset.with_tickets(
        counted(tx, TICKETS, unreadable).await?,
        counted(tx, TICKET_TOMBSTONES, unreadable).await?,
    ))
}

/// Writes what differs between the service records of `current` and `next` in `tx`.
pub(super) fn write_service(
    tx: &Transaction<'_>,
    current: &Dataset,
    next: &Dataset,
) -> Result<(), StoreError> {
    write_differences(tx, TICKETS, &current.tickets, &next.tickets)?;
    write_differences(
        tx,
        TICKET_TOMBSTONES,
        &current.ticket_tombstones,
        &next.ticket_tombstones,
    )
}
