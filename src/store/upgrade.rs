//! Opening the database and bringing what an older version of the app left in it up to date.
//!
//! Two things can be old. The *layout* (which object stores exist) is IndexedDB's own version,
//! changed in its upgrade event. The *records* follow the backup format's version and are
//! upgraded with the very steps that upgrade an old backup file (core's `migrate`), in one
//! read-write transaction right after opening: either every record is upgraded or none is, and
//! a tab opening the database meanwhile waits for it. Records that cannot be read are left as
//! they are.

use super::customers::{
    ALL_STORES, CATALOG_STORES, CUSTOMERS, FEEDBACK_STORES, TOMBSTONES, VISITS, VISIT_TOMBSTONES,
};
use super::meta::{self, META};
use super::service::SERVICE_STORES;
use super::to_js::to_js;
use super::StoreError;
use crate::core::backup::migrate::{migrate_customer, migrate_tombstone, migrate_visit};
use crate::core::backup::CURRENT_VERSION;
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use serde_json::Value;

/// 1: customers and tombstones; 2: meta (the write count and the records' version);
/// 3: visits and their tombstones; 4: service parts, choice groups and set menus, each with
/// their tombstones; 5: feedback and its tombstones; 6: tickets, coupons, contacts and
/// message templates, each with their tombstones.
const LAYOUT_VERSION: u32 = 6;

pub async fn open(name: &str) -> Result<Database, StoreError> {
    let db = Database::open(name)
        .with_version(LAYOUT_VERSION)
        .with_on_upgrade_needed(|event, db| {
            if event.old_version() < 1.0 {
                db.create_object_store(CUSTOMERS)
                    .with_key_path("id".into())
                    .build()?;
                db.create_object_store(TOMBSTONES)
                    .with_key_path("id".into())
                    .build()?;
            }
            if event.old_version() < 2.0 {
                db.create_object_store(META)
                    .with_key_path("key".into())
                    .build()?;
            }
            let new_stores: &[(f64, &[&str])] = &[
                (3.0, &[VISITS, VISIT_TOMBSTONES]),
                (4.0, &CATALOG_STORES),
                (5.0, &FEEDBACK_STORES),
                (6.0, &SERVICE_STORES),
            ];
            for (layout, stores) in new_stores {
                if event.old_version() < *layout {
                    for store in *stores {
                        db.create_object_store(store)
                            .with_key_path("id".into())
                            .build()?;
                    }
                }
            }
            Ok(())
        })
        .await?;
    upgrade_records(&db).await?;
    Ok(db)
}

/// Upgrades every stored record older than the current format, all in one transaction.
async fn upgrade_records(db: &Database) -> Result<(), StoreError> {
    let tx = db
        .transaction(ALL_STORES)
        .with_mode(TransactionMode::Readwrite)
        .build()?;
    let version = meta::records_version(&tx).await?;
    if version >= CURRENT_VERSION {
        return Ok(());
    }
    rewrite(&tx, CUSTOMERS, |record| migrate_customer(record, version)).await?;
    rewrite(&tx, TOMBSTONES, |record| migrate_tombstone(record, version)).await?;
    rewrite(&tx, VISITS, |record| migrate_visit(record, version)).await?;
    rewrite(&tx, VISIT_TOMBSTONES, |record| {
        migrate_tombstone(record, version)
    })
    .await?;
    meta::set_records_version(&tx, CURRENT_VERSION).await?;
    meta::bump(&tx).await?;
    tx.commit().await?;
    Ok(())
}

/// Puts back every record of `store` that `upgrade` changes.
async fn rewrite(
    tx: &Transaction<'_>,
    store: &str,
    upgrade: impl Fn(Value) -> Value,
) -> Result<(), StoreError> {
    let object_store = tx.object_store(store)?;
    let (records, _) = super::read_all::read_all::<Value>(&object_store).await?;
    for record in records {
        let upgraded = upgrade(record.clone());
        if upgraded != record {
            object_store.put(to_js(&upgraded)?).primitive()?;
        }
    }
    Ok(())
}
