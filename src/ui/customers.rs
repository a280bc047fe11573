//! Writing customers: each write goes to storage first and shows only when it succeeded, other
//! tabs hear of it, a write made from a version another tab has since changed is refused with
//! the newer record, and a deletion can be undone.

use super::platform;
use super::state::AppState;
use super::sync::Change;
use crate::core::customer::{Customer, CustomerId, Tombstone};
use crate::core::i18n::Key;
use crate::core::record::Versioned;
use crate::store::StoreError;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

impl AppState {
    /// Writes `customer` (whatever is stored), then shows it and tells the other tabs.
    pub async fn save(self, customer: Customer) -> Result<(), StoreError> {
        self.store()?.put(&customer).await?;
        self.saved(customer);
        Ok(())
    }

    /// Writes `customer` if the stored record is still the version `base` (its `updated_at`;
    /// `None` for a new customer). If another tab changed it meanwhile, nothing is written,
    /// the newer record is shown, and the error carries it.
    pub async fn save_checked(
        self,
        customer: Customer,
        base: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        match self.store()?.put_checked(&customer, base).await {
            Ok(()) => {
                self.saved(customer);
                Ok(())
            }
            Err(StoreError::Changed(latest)) => {
                self.book.update(|b| {
                    b.upsert((*latest).clone());
                });
                Err(StoreError::Changed(latest))
            }
            Err(error) => Err(error),
        }
    }

    fn saved(self, customer: Customer) {
        let id = customer.id.clone();
        self.book.update(|book| {
            book.upsert(customer);
        });
        self.announce(Change::Customers(vec![id]));
    }

    /// Deletes a customer (leaving a tombstone) and offers to undo it. On failure the customer
    /// stays, and the error is returned for the caller to show.
    pub async fn delete(self, id: CustomerId) -> Result<(), StoreError> {
        let Some(customer) = self.book.with_untracked(|b| b.get(&id).cloned()) else {
            return Ok(());
        };
        let tombstone = Tombstone::of(&customer, platform::now());
        self.store()?.delete(&tombstone).await?;
        self.book.update(|book| {
            book.remove(&id);
        });
        self.announce(Change::Customers(vec![id.clone()]));
        let text = self
            .lang
            .get_untracked()
            .format(Key::Deleted, &[("name", &customer.name)]);
        let undo =
            Callback::new(move |()| leptos::task::spawn_local(self.restore(customer.clone())));
        self.toasts.undoable(text, undo);
        Ok(())
    }

    /// Brings a deleted customer back. The restore is itself a change (newer than the
    /// deletion), so a failure keeps the record here and offers to try again.
    async fn restore(self, mut customer: Customer) {
        customer.touch(platform::now());
        let lang = self.lang.get_untracked();
        let name = customer.name.clone();
        match self.save(customer.clone()).await {
            Ok(()) => self
                .toasts
                .info(lang.format(Key::Restored, &[("name", &name)])),
            Err(error) => {
                self.write_failed(&error, Key::RestoreFailed);
                let retry = Callback::new(move |()| {
                    leptos::task::spawn_local(self.restore(customer.clone()))
                });
                self.toasts
                    .error_with_retry(lang.format(Key::RestoreFailed, &[("name", &name)]), retry);
            }
        }
    }

    /// Writes a batch of customers (an import made from a snapshot at `revision`) in one
    /// transaction, then shows them. [`StoreError::Stale`] if another tab wrote since.
    pub async fn save_all(self, batch: Vec<Customer>, revision: u64) -> Result<(), StoreError> {
        self.store()?.put_all(&batch, revision).await?;
        let ids = batch.iter().map(|c| c.id.clone()).collect();
        self.book.update(|book| {
            for customer in batch {
                book.upsert(customer);
            }
        });
        self.announce(Change::Customers(ids));
        Ok(())
    }
}
