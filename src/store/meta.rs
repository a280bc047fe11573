//! The `meta` store: small numbers about the stored data itself.
//!
//! - `revision` counts every write transaction. A long operation that read the data, asked the
//!   owner, and then writes (an import) checks in its write transaction that the count has not
//!   moved; IndexedDB runs that transaction alone across all tabs, so nothing another tab wrote
//!   meanwhile can be overwritten unseen.
//! - `records_version` is the record format the stored customers and tombstones are in (the
//!   backup format's version); older records are upgraded when the database is opened.

use super::to_js::to_js;
use super::StoreError;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::{Deserialize, Serialize};

pub const META: &str = "meta";
const REVISION: &str = "revision";
const RECORDS_VERSION: &str = "records_version";

#[derive(Serialize, Deserialize)]
struct Entry {
    key: String,
    value: u64,
}

async fn read(tx: &Transaction<'_>, key: &str) -> Result<Option<u64>, StoreError> {
    let entry: Option<Entry> = super::read_all::read_one(&tx.object_store(META)?, key)
        .await
        .unwrap_or(None);
    Ok(entry.map(|e| e.value))
}

async fn write(tx: &Transaction<'_>, key: &str, value: u64) -> Result<(), StoreError> {
    let entry = Entry {
        key: key.to_owned(),
        value,
    };
    tx.object_store(META)?
        .put(to_js(&entry)?)
        .primitive()?
        .await?;
    Ok(())
}

/// The count of write transactions so far (0 for a new database).
pub async fn revision(tx: &Transaction<'_>) -> Result<u64, StoreError> {
    Ok(read(tx, REVISION).await?.unwrap_or(0))
}

/// Counts the write transaction `tx` (call it in every one), returning the new count.
pub async fn bump(tx: &Transaction<'_>) -> Result<u64, StoreError> {
    let next = revision(tx).await? + 1;
    write(tx, REVISION, next).await?;
    Ok(next)
}

/// Counts `tx` only if no other write happened since `expected` was read; otherwise
/// [`StoreError::Stale`].
pub async fn bump_from(tx: &Transaction<'_>, expected: u64) -> Result<u64, StoreError> {
    if revision(tx).await? != expected {
        return Err(StoreError::Stale);
    }
    bump(tx).await
}

/// The record format of what is stored; a database from before it was kept holds version 1.
pub async fn records_version(tx: &Transaction<'_>) -> Result<u64, StoreError> {
    Ok(read(tx, RECORDS_VERSION).await?.unwrap_or(1))
}

pub async fn set_records_version(tx: &Transaction<'_>, version: u64) -> Result<(), StoreError> {
    write(tx, RECORDS_VERSION, version).await
}
