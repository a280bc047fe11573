//! Feedback in storage: the `feedback` store and its `feedback_tombstones`, written through the
//! same connection and counted writes as customers (see `customers.rs`).

use super::customers::{readable, CustomerStore, FEEDBACK, FEEDBACK_TOMBSTONES};
use super::meta;
use super::to_js::to_js;
use super::StoreError;
use crate::core::feedback::{Feedback, FeedbackId};
use crate::core::record::Tombstone;
use crate::core::sorting;
use indexed_db_futures::prelude::*;

impl CustomerStore {
    /// Every piece of feedback that can be read, oldest received first (see
    /// [`Feedback::received_order`]), and how many could not be read.
    pub async fn feedback(&self) -> Result<(Vec<Feedback>, usize), StoreError> {
        let tx = self.db.transaction(FEEDBACK).build()?;
        let (mut all, unreadable): (Vec<Feedback>, _) = readable(&tx, FEEDBACK).await?;
        sorting::sort_by(&mut all, Feedback::received_order);
        Ok((all, unreadable))
    }

    /// Inserts or replaces one piece of feedback (removing a tombstone it may have), in one
    /// transaction.
    pub async fn put_feedback(&self, feedback: &Feedback) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        tx.object_store(FEEDBACK)?
            .put(to_js(feedback)?)
            .primitive()?;
        tx.object_store(FEEDBACK_TOMBSTONES)?
            .delete(feedback.id.as_str())
            .primitive()?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a piece of feedback and records its tombstone, in one transaction.
    pub async fn delete_feedback(
        &self,
        tombstone: &Tombstone<FeedbackId>,
    ) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        tx.object_store(FEEDBACK)?
            .delete(tombstone.id.as_str())
            .primitive()?;
        tx.object_store(FEEDBACK_TOMBSTONES)?
            .put(to_js(tombstone)?)
            .primitive()?;
        tx.commit().await?;
        Ok(())
    }
}
