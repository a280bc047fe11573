//! Visits in storage: the `visits` store and its `visit_tombstones`, written through the same
//! connection and counted writes as customers (see `customers.rs`).

use super::customers::{readable, write_live, CustomerStore, VISITS, VISIT_TOMBSTONES};
use super::meta;
use super::to_js::to_js;
use super::StoreError;
use crate::core::customer::Customer;
use crate::core::record::Tombstone;
use crate::core::visit::{Visit, VisitId};
use indexed_db_futures::prelude::*;

impl CustomerStore {
    /// Every visit that can be read, and how many could not.
    pub async fn visits(&self) -> Result<(Vec<Visit>, usize), StoreError> {
        let tx = self.db.transaction(VISITS).build()?;
        readable(&tx, VISITS).await
    }

    /// The stored version of one visit, if there is one (and it can be read).
    pub async fn visit(&self, id: &VisitId) -> Result<Option<Visit>, StoreError> {
        self.read_one(VISITS, id.as_str()).await
    }

    /// Inserts or replaces one visit (removing a tombstone it may have), in one transaction.
    pub async fn put_visit(&self, visit: &Visit) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        tx.object_store(VISITS)?.put(to_js(visit)?).primitive()?;
        tx.object_store(VISIT_TOMBSTONES)?
            .delete(visit.id.as_str())
            .primitive()?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a visit and records its tombstone, in one transaction.
    pub async fn delete_visit(&self, tombstone: &Tombstone<VisitId>) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        tx.object_store(VISITS)?
            .delete(tombstone.id.as_str())
            .primitive()?;
        tx.object_store(VISIT_TOMBSTONES)?
            .put(to_js(tombstone)?)
            .primitive()?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes an imported visit history — the customers it creates and its visits — in one
    /// transaction: all of it, or on any failure nothing. `revision` is that of the snapshot
    /// the import was planned from; if anything was written since, nothing is and the answer
    /// is [`StoreError::Stale`].
    pub async fn put_visit_import(
        &self,
        customers: &[Customer],
        visits: &[Visit],
        revision: u64,
    ) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump_from(&tx, revision).await?;
        write_live(&tx, customers)?;
        let store = tx.object_store(VISITS)?;
        for visit in visits {
            store.put(to_js(visit)?).primitive()?;
        }
        tx.commit().await?;
        Ok(())
    }
}
