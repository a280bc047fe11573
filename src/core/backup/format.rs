//! Writing a backup: the document's shape, its name, and its file name.
//!
//! ```json
//! { "format": "tsunagu-backup", "version": 6, "exported_at": "…", "app_version": "…",
//!   "customers": [ { "id": "…", "name": "…", … } ],
//!   "visits": [ { "id": "…", "customer": "…", "started_at": "…", … } ],
//!   "parts": [ … ], "part_groups": [ … ], "set_menus": [ … ],
//!   "feedback": [ { "id": "…", "customer": "…", "received_at": "…", … } ],
//!   "tickets": [ { "id": "…", "customer": "…", "kind": "complaint", "events": [ … ], … } ],
//!   "coupons": [ … ], "contacts": [ … ], "templates": [ … ],
//!   "deleted": { "customers": [ { "id": "…", "deleted_at": "…" } ], "visits": [ … ],
//!                "parts": [ … ], "part_groups": [ … ], "set_menus": [ … ],
//!                "feedback": [ … ], "tickets": [ … ],
//!                "coupons": [ … ], "contacts": [ … ], "templates": [ … ] } }
//! ```
//! Each collection is a top-level array, so an error's path reads like the file
//! (`customers[12].email`); deleted records are tombstones under `deleted`.

use super::Dataset;
use crate::core::catalog::menu::{MenuId, SetMenu};
use crate::core::catalog::part::{GroupId, PartGroup, PartId, ServicePart};
use crate::core::customer::{Customer, Tombstone};
use crate::core::feedback::{Feedback, FeedbackId};
use crate::core::loyalty::coupon::{Coupon, CouponId};
use crate::core::record::Tombstone as RecordTombstone;
use crate::core::relations::contact::{Contact, ContactId};
use crate::core::relations::library::{Template, TemplateId};
use crate::core::service::ticket::{Ticket, TicketId};
use crate::core::space::Space;
use crate::core::visit::{Visit, VisitId};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

/// The value of the document's `format` field: how a file says it is a Tsunagu backup.
pub const FORMAT: &str = "tsunagu-backup";
/// The version this app writes. Every earlier version stays readable (see `migrate`).
pub const CURRENT_VERSION: u64 = 6;

#[derive(Serialize)]
struct Document<'a> {
    format: &'a str,
    version: u64,
    exported_at: DateTime<Utc>,
    app_version: &'a str,
    customers: Vec<&'a Customer>,
    visits: Vec<&'a Visit>,
    parts: Vec<&'a ServicePart>,
    part_groups: Vec<&'a PartGroup>,
    set_menus: Vec<&'a SetMenu>,
    feedback: Vec<&'a Feedback>,
    tickets: Vec<&'a Ticket>,
    coupons: Vec<&'a Coupon>,
    contacts: Vec<&'a Contact>,
    templates: Vec<&'a Template>,
    deleted: Deleted<'a>,
}

#[derive(Serialize)]
struct Deleted<'a> {
    customers: Vec<&'a Tombstone>,
    visits: Vec<&'a RecordTombstone<VisitId>>,
    parts: Vec<&'a RecordTombstone<PartId>>,
    part_groups: Vec<&'a RecordTombstone<GroupId>>,
    set_menus: Vec<&'a RecordTombstone<MenuId>>,
    feedback: Vec<&'a RecordTombstone<FeedbackId>>,
    tickets: Vec<&'a RecordTombstone<TicketId>>,
    coupons: Vec<&'a RecordTombstone<CouponId>>,
    contacts: Vec<&'a RecordTombstone<ContactId>>,
    templates: Vec<&'a RecordTombstone<TemplateId>>,
}

/// The backup of `dataset` as pretty-printed JSON (readable, and comparable by hand).
pub fn write_backup(dataset: &Dataset, exported_at: DateTime<Utc>, app_version: &str) -> String {
    let document = Document {
        format: FORMAT,
        version: CURRENT_VERSION,
        exported_at,
        app_version,
        customers: dataset.customers.values().collect(),
        visits: dataset.visits.values().collect(),
        parts: dataset.parts.values().collect(),
        part_groups: dataset.groups.values().collect(),
        set_menus: dataset.menus.values().collect(),
        feedback: dataset.feedback.values().collect(),
        tickets: dataset.tickets.values().collect(),
        coupons: dataset.coupons.values().collect(),
        contacts: dataset.contacts.values().collect(),
        templates: dataset.templates.values().collect(),
        deleted: Deleted {
            customers: dataset.tombstones.values().collect(),
            visits: dataset.visit_tombstones.values().collect(),
            parts: dataset.part_tombstones.values().collect(),
            part_groups: dataset.group_tombstones.values().collect(),
            set_menus: dataset.menu_tombstones.values().collect(),
            feedback: dataset.feedback_tombstones.values().collect(),
            tickets: dataset.ticket_tombstones.values().collect(),
            coupons: dataset.coupon_tombstones.values().collect(),
            contacts: dataset.contact_tombstones.values().collect(),
            templates: dataset.template_tombstones.values().collect(),
        },
    };
    // Compact: a large book (100,000 visits) is a third smaller than indented, and only
    // programs read the file.
    serde_json::to_string(&document).expect("a backup always serialises")
}

/// `tsunagu-backup-YYYYMMDD-HHMM.json`, from the local time of the export.
pub fn backup_file_name(local: NaiveDateTime) -> String {
    backup_file_name_in(Space::Real, local)
}

/// The same for a backup of `space`: the demo's is `tsunagu-demo-backup-YYYYMMDD-HHMM.json`,
/// so a file of sample data is never mistaken for the owner's.
pub fn backup_file_name_in(space: Space, local: NaiveDateTime) -> String {
    space.file_name(&format!("backup-{}.json", local.format("%Y%m%d-%H%M")))
}
