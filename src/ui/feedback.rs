//! Recording feedback: each write goes to storage first and shows only when it succeeded, other
//! tabs hear of it, and a deletion can be undone.

use super::platform;
use super::state::AppState;
use super::sync::Change;
use crate::core::feedback::order::upsert;
use crate::core::feedback::Feedback;
use crate::core::i18n::Key;
use crate::core::record::{Tombstone, Versioned, TICK};
use crate::store::{CustomerStore, StoreError};
use leptos::prelude::*;

impl AppState {
    /// Reads every piece of feedback again from storage (at start, or after another tab
    /// changed some).
    pub(super) async fn reload_feedback(self, store: &CustomerStore) {
        match store.feedback().await {
            Ok((feedback, _)) => self.feedback.set(feedback),
            Err(error) => platform::warn(&error.to_string()),
        }
    }

    /// Writes `feedback` (new or changed), then shows it and tells the other tabs.
    pub async fn save_feedback(self, feedback: Feedback) -> Result<(), StoreError> {
        self.store()?.put_feedback(&feedback).await?;
        self.feedback.update(|all| upsert(all, feedback));
        self.announce(Change::Feedback);
        Ok(())
    }

    /// Deletes a piece of feedback (leaving a tombstone) and offers to undo it. On failure it
    /// stays, and the error is returned for the caller to show.
    pub async fn delete_feedback(self, feedback: Feedback) -> Result<(), StoreError> {
        let tombstone = Tombstone::of(&feedback, platform::now());
        self.store()?.delete_feedback(&tombstone).await?;
        self.feedback
            .update(|all| all.retain(|f| f.id != feedback.id));
        self.announce(Change::Feedback);
        let restore = Callback::new(move |()| {
            // Undoing is a new version, newer than the deletion it undoes.
            let mut feedback = feedback.clone();
            feedback.touch(platform::now().max(tombstone.deleted_at + TICK));
            leptos::task::spawn_local(async move {
                if let Err(error) = self.save_feedback(feedback).await {
                    self.report_write_failure(&error, Key::RestoreFailed);
                }
            });
        });
        let text = self.lang.get_untracked().text(Key::FeedbackDeleted);
        self.toasts.undoable(text.to_owned(), restore);
        Ok(())
    }
}
