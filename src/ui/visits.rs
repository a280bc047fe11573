//! Recording visits: each write goes to storage first and shows only when it succeeded, other
//! tabs hear of it, and a deletion (or a visit recorded by mistake) can be undone.

use super::platform;
use super::state::AppState;
use super::sync::Change;
use crate::core::customer::Customer;
use crate::core::i18n::{BookKey, Key};
use crate::core::record::{Tombstone, Versioned};
use crate::core::visit::{Visit, VisitId};
use crate::store::{CustomerStore, StoreError};
use leptos::prelude::*;

impl AppState {
    /// Writes an imported visit history (planned from a snapshot at `revision`) in one
    /// transaction, then shows it. [`StoreError::Stale`] if another tab wrote since.
    pub async fn save_visit_import(
        self,
        customers: Vec<Customer>,
        visits: Vec<Visit>,
        revision: u64,
    ) -> Result<(), StoreError> {
        self.store()?
            .put_visit_import(&customers, &visits, revision)
            .await?;
        self.book.update(|book| {
            for customer in customers {
                book.upsert(customer);
            }
        });
        self.visits.update(|all| {
            all.extend(visits.into_iter().map(|v| (v.id.clone(), v)));
        });
        self.announce(Change::Everything);
        Ok(())
    }

    /// Writes `visit`, then shows it and tells the other tabs.
    pub async fn save_visit(self, visit: Visit) -> Result<(), StoreError> {
        self.store()?.put_visit(&visit).await?;
        let id = visit.id.clone();
        self.visits.update(|all| {
            all.insert(id.clone(), visit);
        });
        self.announce(Change::Visits(vec![id]));
        Ok(())
    }

    /// Records `visit` and offers to take it back (a tap on "same as last time" by mistake).
    pub async fn record_visit(self, visit: Visit) {
        let id = visit.id.clone();
        match self.save_visit(visit).await {
            Ok(()) => {
                let undo = Callback::new(move |()| {
                    leptos::task::spawn_local(self.forget_visit(id.clone()))
                });
                self.toasts.undoable(
                    self.lang
                        .get_untracked()
                        .text(BookKey::VisitRecorded)
                        .to_owned(),
                    undo,
                );
            }
            Err(error) => self.report_write_failure(&error, Key::SaveFailed),
        }
    }

    /// Deletes a visit (leaving a tombstone) and offers to undo it.
    pub async fn delete_visit(self, id: VisitId) {
        let Some(visit) = self.visits.with_untracked(|all| all.get(&id).cloned()) else {
            return;
        };
        if self.forget(&visit).await {
            let restore = Callback::new(move |()| {
                let mut visit = visit.clone();
                visit.touch(platform::now());
                leptos::task::spawn_local(async move {
                    if let Err(error) = self.save_visit(visit).await {
                        self.report_write_failure(&error, Key::RestoreFailed);
                    }
                });
            });
            self.toasts.undoable(
                self.lang
                    .get_untracked()
                    .text(BookKey::VisitDeleted)
                    .to_owned(),
                restore,
            );
        }
    }

    async fn forget_visit(self, id: VisitId) {
        if let Some(visit) = self.visits.with_untracked(|all| all.get(&id).cloned()) {
            self.forget(&visit).await;
        }
    }

    /// Removes `visit` from storage and from view; false (with the failure shown) if it failed.
    async fn forget(self, visit: &Visit) -> bool {
        let tombstone = Tombstone::of(visit, platform::now());
        let written = match self.store() {
            Ok(store) => store.delete_visit(&tombstone).await,
            Err(error) => Err(error),
        };
        match written {
            Ok(()) => {
                self.visits.update(|all| {
                    all.remove(&visit.id);
                });
                self.announce(Change::Visits(vec![visit.id.clone()]));
                true
            }
            Err(error) => {
                self.report_write_failure(&error, Key::DeleteFailed);
                false
            }
        }
    }

    /// Re-reads the visits another tab changed.
    pub(super) async fn refresh_visits(self, store: &CustomerStore, ids: Vec<VisitId>) {
        for id in ids {
            match store.visit(&id).await {
                Ok(Some(visit)) => self.visits.update(|all| {
                    all.insert(id, visit);
                }),
                Ok(None) => self.visits.update(|all| {
                    all.remove(&id);
                }),
                Err(error) => platform::warn(&error.to_string()),
            }
        }
    }
}
