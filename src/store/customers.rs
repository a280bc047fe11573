//! The `customers` object store: one record per customer, keyed by its id.

use super::StoreError;
use crate::core::customer::{Customer, CustomerId};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;

const STORE: &str = "customers";
const SCHEMA_VERSION: u32 = 1;

/// An open connection to the app's database. Cheap to clone (it shares the connection).
#[derive(Clone, Debug)]
pub struct CustomerStore {
    db: Database,
}

impl CustomerStore {
    /// Opens (creating or upgrading as needed) the database called `name`.
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let db = Database::open(name)
            .with_version(SCHEMA_VERSION)
            .with_on_upgrade_needed(|event, db| {
                if event.old_version() < 1.0 {
                    db.create_object_store(STORE)
                        .with_key_path("id".into())
                        .build()?;
                }
                Ok(())
            })
            .await?;
        Ok(Self { db })
    }

    /// Every stored customer, in key order.
    pub async fn all(&self) -> Result<Vec<Customer>, StoreError> {
        let tx = self.db.transaction(STORE).build()?;
        let store = tx.object_store(STORE)?;
        let records = store.get_all::<Customer>().serde()?.await?;
        let customers = records.collect::<Result<Vec<_>, _>>()?;
        Ok(customers)
    }

    /// Inserts or replaces one customer, in its own transaction.
    pub async fn put(&self, customer: &Customer) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(STORE)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(STORE)?.put(customer).serde()?.await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes one customer, in its own transaction. Removing an absent id is not an error.
    pub async fn delete(&self, id: &CustomerId) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(STORE)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(STORE)?
            .delete(id.as_str())
            .primitive()?
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Closes the connection; later calls on any clone fail with [`StoreError::Failed`].
    pub fn close(self) {
        self.db.close();
    }
}
