//! The service catalog in storage: parts, choice groups and set menus, each kind in its own
//! store beside its tombstones, written through the same connection and counted writes as
//! customers (see `customers.rs`).

use super::customers::{
    readable, CustomerStore, GROUPS, GROUP_TOMBSTONES, MENUS, MENU_TOMBSTONES, PARTS,
    PART_TOMBSTONES,
};
use super::meta;
use super::stored::{put_records, put_tombstone, Stored};
use super::StoreError;
use crate::core::catalog::menu::SetMenu;
use crate::core::catalog::part::{PartGroup, ServicePart};
use crate::core::catalog::Catalog;
use crate::core::record::Tombstone;
use crate::core::sorting;
use indexed_db_futures::prelude::*;
use serde::Serialize;

impl Stored for ServicePart {
    const STORE: &'static str = PARTS;
    const TOMBSTONES: &'static str = PART_TOMBSTONES;
}

impl Stored for PartGroup {
    const STORE: &'static str = GROUPS;
    const TOMBSTONES: &'static str = GROUP_TOMBSTONES;
}

impl Stored for SetMenu {
    const STORE: &'static str = MENUS;
    const TOMBSTONES: &'static str = MENU_TOMBSTONES;
}

impl CustomerStore {
    /// The whole live catalog, in one read transaction, and how many records could not be read.
    pub async fn catalog(&self) -> Result<(Catalog, usize), StoreError> {
        let tx = self.db.transaction([PARTS, GROUPS, MENUS]).build()?;
        let (mut parts, a): (Vec<ServicePart>, _) = readable(&tx, PARTS).await?;
        let (mut groups, b): (Vec<PartGroup>, _) = readable(&tx, GROUPS).await?;
        let (mut menus, c): (Vec<SetMenu>, _) = readable(&tx, MENUS).await?;
        sorting::sort_by(&mut parts, |x, y| x.id.cmp(&y.id));
        sorting::sort_by(&mut groups, |x, y| x.id.cmp(&y.id));
        sorting::sort_by(&mut menus, |x, y| x.id.cmp(&y.id));
        Ok((
            Catalog {
                parts,
                groups,
                menus,
            },
            a + b + c,
        ))
    }

    /// Inserts or replaces catalog records of any kinds (removing their tombstones), all in one
    /// transaction.
    pub async fn put_catalog(
        &self,
        parts: &[ServicePart],
        groups: &[PartGroup],
        menus: &[SetMenu],
    ) -> Result<(), StoreError> {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        put_records(&tx, groups)?;
        put_records(&tx, parts)?;
        put_records(&tx, menus)?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes one catalog record and records its tombstone; `also` are records changed by
    /// the removal (the parts and menus that named it), written in the same transaction.
    pub async fn delete_catalog_record<R: Stored>(
        &self,
        tombstone: &Tombstone<R::Id>,
        also: (&[ServicePart], &[SetMenu]),
    ) -> Result<(), StoreError>
    where
        R::Id: std::fmt::Display + Serialize,
    {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        put_tombstone::<R>(&tx, tombstone)?;
        put_records(&tx, also.0)?;
        put_records(&tx, also.1)?;
        tx.commit().await?;
        Ok(())
    }
}
