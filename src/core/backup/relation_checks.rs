//! Reading a backup's coupons, contact log and message templates. Each names only records the
//! file has (a coupon's customer, the ticket or visit it makes up for, the visit it was
//! redeemed on; a contact's customer), offers a benefit the app could have offered, keeps its
//! texts within their lengths, and has times the app writes. A template must read as one: a
//! placeholder the app does not know would fail when the owner sends it.

use super::catalog_checks::{check_times, tombstones, unique};
use super::read::{decode_list, invalid, ReadError, ValueProblem};
use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::loyalty::coupon::{Coupon, CouponId, Origin};
use crate::core::relations::contact::{Contact, ContactId};
use crate::core::relations::library::{Template, TemplateId, BODY_MAX_CHARS, TITLE_MAX_CHARS};
use crate::core::relations::template::placeholders;
use crate::core::service::ticket::{TicketId, TICKET_TEXT_MAX_CHARS};
use crate::core::visit::VisitId;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::BTreeSet;

type Read<R, Id> = Result<(Vec<R>, Vec<crate::core::record::Tombstone<Id>>), ReadError>;

/// The ids the records may name: live or deleted, as the file has them.
pub(super) struct Named<'a> {
    pub customers: &'a BTreeSet<CustomerId>,
    pub visits: &'a BTreeSet<VisitId>,
    pub tickets: &'a BTreeSet<TicketId>,
}

fn known<Id: Ord>(ids: &BTreeSet<Id>, id: &Id, path: String) -> Result<(), ReadError> {
    if ids.contains(id) {
        Ok(())
    } else {
        invalid(path, ValueProblem::UnknownReference)
    }
}

fn length(text: &str, max: usize, path: String) -> Result<(), ReadError> {
    if text.chars().count() > max {
        return invalid(path, ValueProblem::Rule(Problem::TooLong { max }));
    }
    Ok(())
}

fn not_after(at: DateTime<Utc>, latest: DateTime<Utc>, path: String) -> Result<(), ReadError> {
    if at > latest {
        return invalid(path, ValueProblem::InFuture);
    }
    Ok(())
}

/// The coupons and coupon tombstones of a (migrated) backup `document`.
pub(super) fn read_coupons(
    document: &Value,
    named: &Named,
    latest: DateTime<Utc>,
) -> Read<Coupon, CouponId> {
    let records: Vec<Coupon> = decode_list(&document["coupons"], "coupons")?;
    let deleted = decode_list(&document["deleted"]["coupons"], "deleted.coupons")?;
    let mut ids = BTreeSet::new();
    for (i, coupon) in records.iter().enumerate() {
        let path = format!("coupons[{i}]");
        unique(&mut ids, &coupon.id, &path)?;
        known(
            named.customers,
            &coupon.customer,
            format!("{path}.customer"),
        )?;
        if coupon.benefit.check().is_err() {
            return invalid(format!("{path}.benefit"), ValueProblem::OutOfRange);
        }
        if let Origin::Remedy { ticket, visit } = &coupon.origin {
            if let Some(ticket) = ticket {
                known(named.tickets, ticket, format!("{path}.origin.ticket"))?;
            }
            if let Some(visit) = visit {
                known(named.visits, visit, format!("{path}.origin.visit"))?;
            }
        }
        if let Some(redemption) = &coupon.redemption {
            known(
                named.visits,
                &redemption.visit,
                format!("{path}.redemption.visit"),
            )?;
            not_after(redemption.at, latest, format!("{path}.redemption.at"))?;
        }
        if let Some(voided) = coupon.voided_at {
            not_after(voided, latest, format!("{path}.voided_at"))?;
        }
        length(&coupon.note, TICKET_TEXT_MAX_CHARS, format!("{path}.note"))?;
        not_after(coupon.issued_at, latest, format!("{path}.issued_at"))?;
        check_times(
            coupon.created_at,
            coupon.updated_at,
            &coupon.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(&deleted, &mut ids, "deleted.coupons", latest)?;
    Ok((records, deleted))
}

/// The contact log and its tombstones.
pub(super) fn read_contacts(
    document: &Value,
    named: &Named,
    latest: DateTime<Utc>,
) -> Read<Contact, ContactId> {
    let records: Vec<Contact> = decode_list(&document["contacts"], "contacts")?;
    let deleted = decode_list(&document["deleted"]["contacts"], "deleted.contacts")?;
    let mut ids = BTreeSet::new();
    for (i, contact) in records.iter().enumerate() {
        let path = format!("contacts[{i}]");
        unique(&mut ids, &contact.id, &path)?;
        known(
            named.customers,
            &contact.customer,
            format!("{path}.customer"),
        )?;
        length(&contact.message, BODY_MAX_CHARS, format!("{path}.message"))?;
        if let Some(key) = &contact.follow_up {
            length(key, TITLE_MAX_CHARS * 2, format!("{path}.follow_up"))?;
        }
        not_after(contact.at, latest, format!("{path}.at"))?;
        check_times(
            contact.created_at,
            contact.updated_at,
            &contact.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(&deleted, &mut ids, "deleted.contacts", latest)?;
    Ok((records, deleted))
}

/// The owner's message templates and their tombstones.
pub(super) fn read_templates(
    document: &Value,
    latest: DateTime<Utc>,
) -> Read<Template, TemplateId> {
    let records: Vec<Template> = decode_list(&document["templates"], "templates")?;
    let deleted = decode_list(&document["deleted"]["templates"], "deleted.templates")?;
    let mut ids = BTreeSet::new();
    for (i, template) in records.iter().enumerate() {
        let path = format!("templates[{i}]");
        unique(&mut ids, &template.id, &path)?;
        if template.title.trim().is_empty() {
            return invalid(
                format!("{path}.title"),
                ValueProblem::Rule(Problem::Required),
            );
        }
        length(&template.title, TITLE_MAX_CHARS, format!("{path}.title"))?;
        length(&template.body, BODY_MAX_CHARS, format!("{path}.body"))?;
        if placeholders(&template.body).is_err() {
            return invalid(format!("{path}.body"), ValueProblem::Malformed);
        }
        check_times(
            template.created_at,
            template.updated_at,
            &template.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(&deleted, &mut ids, "deleted.templates", latest)?;
    Ok((records, deleted))
}
