//! Everything the app stores, as one value: what a backup holds and what a merge combines.

use crate::core::catalog::menu::{MenuId, SetMenu};
use crate::core::catalog::part::{GroupId, PartGroup, PartId, ServicePart};
use crate::core::catalog::Catalog;
use crate::core::customer::{Customer, CustomerId, Tombstone};
use crate::core::feedback::{Feedback, FeedbackId};
use crate::core::loyalty::coupon::{Coupon, CouponId};
use crate::core::record::Tombstone as RecordTombstone;
use crate::core::relations::contact::{Contact, ContactId};
use crate::core::relations::library::{Template, TemplateId};
use crate::core::service::ticket::{Ticket, TicketId};
use crate::core::sorting;
use crate::core::visit::{Visit, VisitId};
use std::collections::BTreeMap;

/// Each kind of record by id, with the tombstones of deleted ones. An id is never both a
/// record and a tombstone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dataset {
    pub customers: BTreeMap<CustomerId, Customer>,
    pub tombstones: BTreeMap<CustomerId, Tombstone>,
    pub visits: BTreeMap<VisitId, Visit>,
    pub visit_tombstones: BTreeMap<VisitId, RecordTombstone<VisitId>>,
    pub parts: BTreeMap<PartId, ServicePart>,
    pub part_tombstones: BTreeMap<PartId, RecordTombstone<PartId>>,
    pub groups: BTreeMap<GroupId, PartGroup>,
    pub group_tombstones: BTreeMap<GroupId, RecordTombstone<GroupId>>,
    pub menus: BTreeMap<MenuId, SetMenu>,
    pub menu_tombstones: BTreeMap<MenuId, RecordTombstone<MenuId>>,
    pub feedback: BTreeMap<FeedbackId, Feedback>,
    pub feedback_tombstones: BTreeMap<FeedbackId, RecordTombstone<FeedbackId>>,
    pub tickets: BTreeMap<TicketId, Ticket>,
    pub ticket_tombstones: BTreeMap<TicketId, RecordTombstone<TicketId>>,
    pub coupons: BTreeMap<CouponId, Coupon>,
    pub coupon_tombstones: BTreeMap<CouponId, RecordTombstone<CouponId>>,
    pub contacts: BTreeMap<ContactId, Contact>,
    pub contact_tombstones: BTreeMap<ContactId, RecordTombstone<ContactId>>,
    pub templates: BTreeMap<TemplateId, Template>,
    pub template_tombstones: BTreeMap<TemplateId, RecordTombstone<TemplateId>>,
}

impl Dataset {
    /// Builds a dataset of customers, dropping any tombstone whose customer is present (a live
    /// record supersedes its tombstone, as in storage).
    pub fn new(
        customers: impl IntoIterator<Item = Customer>,
        tombstones: impl IntoIterator<Item = Tombstone>,
    ) -> Self {
        let (customers, tombstones) = keyed(customers, tombstones, |c| c.id.clone());
        Self {
            customers,
            tombstones,
            ..Self::default()
        }
    }

    /// The same, with these visits and visit tombstones.
    pub fn with_visits(
        self,
        visits: impl IntoIterator<Item = Visit>,
        tombstones: impl IntoIterator<Item = RecordTombstone<VisitId>>,
    ) -> Self {
        let (visits, visit_tombstones) = keyed(visits, tombstones, |v| v.id.clone());
        Self {
            visits,
            visit_tombstones,
            ..self
        }
    }

    /// The same, with these service parts, choice groups and set menus and their tombstones.
    pub fn with_catalog(
        self,
        parts: (Vec<ServicePart>, Vec<RecordTombstone<PartId>>),
        groups: (Vec<PartGroup>, Vec<RecordTombstone<GroupId>>),
        menus: (Vec<SetMenu>, Vec<RecordTombstone<MenuId>>),
    ) -> Self {
        let (parts, part_tombstones) = keyed(parts.0, parts.1, |p| p.id.clone());
        let (groups, group_tombstones) = keyed(groups.0, groups.1, |g| g.id.clone());
        let (menus, menu_tombstones) = keyed(menus.0, menus.1, |m| m.id.clone());
        Self {
            parts,
            part_tombstones,
            groups,
            group_tombstones,
            menus,
            menu_tombstones,
            ..self
        }
    }

    /// The same, with these pieces of feedback and feedback tombstones.
    pub fn with_feedback(
        self,
        records: impl IntoIterator<Item = Feedback>,
        tombstones: impl IntoIterator<Item = RecordTombstone<FeedbackId>>,
    ) -> Self {
        let (feedback, feedback_tombstones) = keyed(records, tombstones, |f| f.id.clone());
        Self {
            feedback,
            feedback_tombstones,
            ..self
        }
    }

    /// The same, with these tickets and ticket tombstones.
    pub fn with_tickets(
        self,
        records: impl IntoIterator<Item = Ticket>,
        tombstones: impl IntoIterator<Item = RecordTombstone<TicketId>>,
    ) -> Self {
        let (tickets, ticket_tombstones) = keyed(records, tombstones, |t| t.id.clone());
        Self {
            tickets,
            ticket_tombstones,
            ..self
        }
    }

    /// The same, with these coupons, contacts and message templates and their tombstones.
    pub fn with_relations(
        self,
        coupons: (Vec<Coupon>, Vec<RecordTombstone<CouponId>>),
        contacts: (Vec<Contact>, Vec<RecordTombstone<ContactId>>),
        templates: (Vec<Template>, Vec<RecordTombstone<TemplateId>>),
    ) -> Self {
        let (coupons, coupon_tombstones) = keyed(coupons.0, coupons.1, |c| c.id.clone());
        let (contacts, contact_tombstones) = keyed(contacts.0, contacts.1, |c| c.id.clone());
        let (templates, template_tombstones) = keyed(templates.0, templates.1, |t| t.id.clone());
        Self {
            coupons,
            coupon_tombstones,
            contacts,
            contact_tombstones,
            templates,
            template_tombstones,
            ..self
        }
    }

    /// The live catalog, in id order (the order offers break ties in).
    pub fn catalog(&self) -> Catalog {
        Catalog {
            parts: self.parts.values().cloned().collect(),
            groups: self.groups.values().cloned().collect(),
            menus: self.menus.values().cloned().collect(),
        }
    }
}

type Keyed<Id, R> = (BTreeMap<Id, R>, BTreeMap<Id, RecordTombstone<Id>>);

fn keyed<Id: Ord + Clone, R>(
    records: impl IntoIterator<Item = R>,
    tombstones: impl IntoIterator<Item = RecordTombstone<Id>>,
    id: impl Fn(&R) -> Id,
) -> Keyed<Id, R> {
    let records: BTreeMap<Id, R> = sorting::btree_map(records.into_iter().map(|r| (id(&r), r)));
    let tombstones = sorting::btree_map(
        tombstones
            .into_iter()
            .filter(|t| !records.contains_key(&t.id))
            .map(|t| (t.id.clone(), t)),
    );
    (records, tombstones)
}
