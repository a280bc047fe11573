//! A kind of record kept in an object store of its own beside its tombstones (the catalog's
//! parts, groups and set menus; tickets, coupons, contacts and templates), and the two writes
//! every such kind shares: putting records (which removes their tombstones) and recording a
//! tombstone (which removes the record), each inside the caller's counted transaction.

use super::to_js::to_js;
use super::StoreError;
use crate::core::record::{Tombstone, Versioned};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A kind of record and the two stores it lives in.
pub trait Stored: Versioned + Serialize + DeserializeOwned {
    const STORE: &'static str;
    const TOMBSTONES: &'static str;
}

/// Puts `records` in their store and removes any tombstone they had, in `tx`.
pub(super) fn put_records<R: Stored>(tx: &Transaction<'_>, records: &[R]) -> Result<(), StoreError>
where
    R::Id: std::fmt::Display,
{
    let live = tx.object_store(R::STORE)?;
    let tombstones = tx.object_store(R::TOMBSTONES)?;
    for record in records {
        live.put(to_js(record)?).primitive()?;
        tombstones.delete(record.id().to_string()).primitive()?;
    }
    Ok(())
}

/// Removes the record `tombstone` names and keeps the tombstone, in `tx`.
pub(super) fn put_tombstone<R: Stored>(
    tx: &Transaction<'_>,
    tombstone: &Tombstone<R::Id>,
) -> Result<(), StoreError>
where
    R::Id: std::fmt::Display + Serialize,
{
    tx.object_store(R::STORE)?
        .delete(tombstone.id.to_string())
        .primitive()?;
    tx.object_store(R::TOMBSTONES)?
        .put(to_js(tombstone)?)
        .primitive()?;
    Ok(())
}
