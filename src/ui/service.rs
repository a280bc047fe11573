//! Customer service and the relationship in the app's state: tickets, coupons, the contact log
//! and the owner's message templates, each by id. Each write goes to
//! storage first and shows only when it succeeded, other tabs hear of it, and a deletion can be
//! undone — one generic path for every kind kept in its own store.

use super::platform;
use super::state::AppState;
use super::sync::Change;
use crate::core::backup::Dataset;
use crate::core::i18n::{Key, Message};
use crate::core::loyalty::coupon::{Coupon, CouponId};
use crate::core::record::{Tombstone, TICK};
use crate::core::relations::contact::{Contact, ContactId};
use crate::core::relations::library::{Template, TemplateId};
use crate::core::service::settings::ServiceSettings;
use crate::core::service::ticket::{Ticket, TicketId};
use crate::core::sorting;
use crate::store::{CustomerStore, StoreError, Stored};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Every service record in memory, each kind by id.
#[derive(Clone, Copy)]
pub struct ServiceRecords {
    pub tickets: RwSignal<BTreeMap<TicketId, Ticket>>,
    pub coupons: RwSignal<BTreeMap<CouponId, Coupon>>,
    pub contacts: RwSignal<BTreeMap<ContactId, Contact>>,
    pub templates: RwSignal<BTreeMap<TemplateId, Template>>,
    /// Opening hours, service targets, loyalty and follow-up rules (kept on the device), read
    /// with the rest of the book: their decoders are not in the first load.
    pub settings: RwSignal<ServiceSettings>,
}

impl ServiceRecords {
    pub fn new() -> Self {
        Self {
            tickets: RwSignal::new(BTreeMap::new()),
            coupons: RwSignal::new(BTreeMap::new()),
            contacts: RwSignal::new(BTreeMap::new()),
            templates: RwSignal::new(BTreeMap::new()),
            settings: RwSignal::new(ServiceSettings::default()),
        }
    }

    /// Shows what `dataset` holds (after an import).
    pub(super) fn show(self, dataset: &Dataset) {
        self.tickets.set(dataset.tickets.clone());
        self.coupons.set(dataset.coupons.clone());
        self.contacts.set(dataset.contacts.clone());
        self.templates.set(dataset.templates.clone());
    }
}

/// A kind of service record the app holds in a signal of its own.
pub trait Held: Stored + Clone + Send + Sync + 'static
where
    Self::Id: Clone + Ord + std::fmt::Display + serde::Serialize + Send + Sync + 'static,
{
    fn signal(records: ServiceRecords) -> RwSignal<BTreeMap<Self::Id, Self>>;
}

impl Held for Ticket {
    fn signal(records: ServiceRecords) -> RwSignal<BTreeMap<TicketId, Ticket>> {
        records.tickets
    }
}

impl Held for Coupon {
    fn signal(records: ServiceRecords) -> RwSignal<BTreeMap<CouponId, Coupon>> {
        records.coupons
    }
}

impl Held for Contact {
    fn signal(records: ServiceRecords) -> RwSignal<BTreeMap<ContactId, Contact>> {
        records.contacts
    }
}

impl Held for Template {
    fn signal(records: ServiceRecords) -> RwSignal<BTreeMap<TemplateId, Template>> {
        records.templates
    }
}

impl AppState {
    /// Reads every service record again from storage (at start, or after another tab changed
    /// some).
    pub(super) async fn reload_service(self, store: &CustomerStore) {
        self.reload_kind::<Ticket>(store).await;
        self.reload_kind::<Coupon>(store).await;
        self.reload_kind::<Contact>(store).await;
        self.reload_kind::<Template>(store).await;
    }

    async fn reload_kind<R: Held>(self, store: &CustomerStore)
    where
        R::Id: Clone + Ord + std::fmt::Display + serde::Serialize + Send + Sync + 'static,
    {
        match store.records::<R>().await {
            Ok((records, _)) => R::signal(self.service).set(sorting::btree_map(
                records.into_iter().map(|r| (r.id().clone(), r)),
            )),
            Err(error) => platform::warn(&error.to_string()),
        }
    }

    /// Writes `record` (new or changed), then shows it and tells the other tabs.
    pub async fn save_service<R: Held>(self, record: R) -> Result<(), StoreError>
    where
        R::Id: Clone + Ord + std::fmt::Display + serde::Serialize + Send + Sync + 'static,
    {
        self.store()?.put_record(&record).await?;
        R::signal(self.service).update(|all| {
            all.insert(record.id().clone(), record);
        });
        self.announce(Change::Service);
        Ok(())
    }

    /// Deletes a record (leaving a tombstone) and offers to undo it. On failure it stays, and
    /// the error is returned for the caller to show.
    pub async fn delete_service<R: Held>(self, record: R, done: Message) -> Result<(), StoreError>
    where
        R::Id: Clone + Ord + std::fmt::Display + serde::Serialize + Send + Sync + 'static,
    {
        let tombstone = Tombstone::of(&record, platform::now());
        self.store()?.delete_record::<R>(&tombstone).await?;
        R::signal(self.service).update(|all| {
            all.remove(record.id());
        });
        self.announce(Change::Service);
        let restore = Callback::new(move |()| {
            // Undoing is a new version, newer than the deletion it undoes.
            let mut record = record.clone();
            record.touch(platform::now().max(tombstone.deleted_at + TICK));
            leptos::task::spawn_local(async move {
                if let Err(error) = self.save_service(record).await {
                    self.report_write_failure(&error, Key::RestoreFailed);
                }
            });
        });
        let text = self.lang.get_untracked().text(done);
        self.toasts.undoable(text.to_owned(), restore);
        Ok(())
    }
}

impl AppState {
    /// Issues a coupon to `customer` now, valid for `valid_days` days (the business's days),
    /// and tells the owner its code. Returns it once stored.
    pub async fn issue_coupon(
        self,
        customer: crate::core::customer::CustomerId,
        benefit: crate::core::loyalty::coupon::Benefit,
        origin: crate::core::loyalty::coupon::Origin,
        valid_days: u32,
    ) -> Option<Coupon> {
        let now = platform::now();
        let today = platform::local(now).date_naive();
        let expires = crate::core::loyalty::coupon::last_valid_day(today, Some(valid_days));
        let id = CouponId::from_random_bytes(platform::random_bytes());
        let coupon = Coupon::new(id, customer, benefit, origin, now, expires);
        match self.save_service(coupon.clone()).await {
            Ok(()) => {
                let text = self.tf(
                    crate::core::i18n::CareKey::RemedyIssued,
                    &[("code", &coupon.code())],
                );
                self.toasts.info(text);
                Some(coupon)
            }
            Err(error) => {
                self.report_write_failure(&error, Key::SaveFailed);
                None
            }
        }
    }
}
