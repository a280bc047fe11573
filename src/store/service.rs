//! Customer service and the relationship in storage (layout 6): tickets, coupons, the contact
//! log and the owner's message templates, each in a store beside its tombstones, written through the same connection and counted writes as customers (see
//! `customers.rs`). One generic put and delete serve every kind (see `stored.rs`).

use super::customers::{counted, readable, write_differences, CustomerStore};
use super::meta;
use super::stored::{put_records, put_tombstone, Stored};
use super::StoreError;
use crate::core::backup::Dataset;
use crate::core::loyalty::coupon::Coupon;
use crate::core::record::Tombstone;
use crate::core::relations::contact::Contact;
use crate::core::relations::library::Template;
use crate::core::service::ticket::Ticket;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::Serialize;

pub(super) const TICKETS: &str = "tickets";
pub(super) const TICKET_TOMBSTONES: &str = "ticket_tombstones";
pub(super) const COUPONS: &str = "coupons";
pub(super) const COUPON_TOMBSTONES: &str = "coupon_tombstones";
pub(super) const CONTACTS: &str = "contacts";
pub(super) const CONTACT_TOMBSTONES: &str = "contact_tombstones";
pub(super) const TEMPLATES: &str = "templates";
pub(super) const TEMPLATE_TOMBSTONES: &str = "template_tombstones";
/// The stores of layout 6, each kind beside its tombstones.
pub(super) const SERVICE_STORES: [&str; 8] = [
    TICKETS,
    TICKET_TOMBSTONES,
    COUPONS,
    COUPON_TOMBSTONES,
    CONTACTS,
    CONTACT_TOMBSTONES,
    TEMPLATES,
    TEMPLATE_TOMBSTONES,
];

impl Stored for Ticket {
    const STORE: &'static str = TICKETS;
    const TOMBSTONES: &'static str = TICKET_TOMBSTONES;
}

impl Stored for Coupon {
    const STORE: &'static str = COUPONS;
    const TOMBSTONES: &'static str = COUPON_TOMBSTONES;
}

impl Stored for Contact {
    const STORE: &'static str = CONTACTS;
    const TOMBSTONES: &'static str = CONTACT_TOMBSTONES;
}

impl Stored for Template {
    const STORE: &'static str = TEMPLATES;
    const TOMBSTONES: &'static str = TEMPLATE_TOMBSTONES;
}

impl CustomerStore {
    /// Every record of kind `R` that can be read, and how many could not.
    pub async fn records<R: Stored>(&self) -> Result<(Vec<R>, usize), StoreError> {
        let tx = self.db.transaction(R::STORE).build()?;
        readable(&tx, R::STORE).await
    }

    /// Inserts or replaces one record (removing a tombstone it may have), in one transaction.
    pub async fn put_record<R: Stored>(&self, record: &R) -> Result<(), StoreError>
    where
        R::Id: std::fmt::Display,
    {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        put_records(&tx, std::slice::from_ref(record))?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a record and records its tombstone, in one transaction.
    pub async fn delete_record<R: Stored>(
        &self,
        tombstone: &Tombstone<R::Id>,
    ) -> Result<(), StoreError>
    where
        R::Id: std::fmt::Display + Serialize,
    {
        let tx = self.writing()?;
        meta::bump(&tx).await?;
        put_tombstone::<R>(&tx, tombstone)?;
        tx.commit().await?;
        Ok(())
    }
}

/// `dataset` with the service records read in `tx`, counting what could not be read.
pub(super) async fn read_service(
    tx: &Transaction<'_>,
    dataset: Dataset,
    unreadable: &mut usize,
) -> Result<Dataset, StoreError> {
    let n = unreadable;
    Ok(dataset
        .with_tickets(
            counted(tx, TICKETS, n).await?,
            counted(tx, TICKET_TOMBSTONES, n).await?,
        )
        .with_relations(
            (
                counted(tx, COUPONS, n).await?,
                counted(tx, COUPON_TOMBSTONES, n).await?,
            ),
            (
                counted(tx, CONTACTS, n).await?,
                counted(tx, CONTACT_TOMBSTONES, n).await?,
            ),
            (
                counted(tx, TEMPLATES, n).await?,
                counted(tx, TEMPLATE_TOMBSTONES, n).await?,
            ),
        ))
}

/// Writes what differs between the service records of `current` and `next` in `tx`.
pub(super) fn write_service(
    tx: &Transaction<'_>,
    current: &Dataset,
    next: &Dataset,
) -> Result<(), StoreError> {
    write_differences(tx, TICKETS, &current.tickets, &next.tickets)?;
    write_differences(
        tx,
        TICKET_TOMBSTONES,
        &current.ticket_tombstones,
        &next.ticket_tombstones,
    )?;
    write_differences(tx, COUPONS, &current.coupons, &next.coupons)?;
    write_differences(
        tx,
        COUPON_TOMBSTONES,
        &current.coupon_tombstones,
        &next.coupon_tombstones,
    )?;
    write_differences(tx, CONTACTS, &current.contacts, &next.contacts)?;
    write_differences(
        tx,
        CONTACT_TOMBSTONES,
        &current.contact_tombstones,
        &next.contact_tombstones,
    )?;
    write_differences(tx, TEMPLATES, &current.templates, &next.templates)?;
    write_differences(
        tx,
        TEMPLATE_TOMBSTONES,
        &current.template_tombstones,
        &next.template_tombstones,
    )
}
