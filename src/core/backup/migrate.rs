//! Upgrading records of earlier versions to the current one, one version at a time — the same
//! steps for a backup file and for what older versions of the app left in the device's storage.
//!
//! `STEPS[n - 1]` turns a version-`n` record into version `n + 1`, so a record of any earlier
//! version passes through every later step. A step works on JSON, not on today's types, so it
//! keeps meaning what it meant however the types change later. A fixture file of every version
//! lives in tests/fixtures/ and must keep importing.

use super::CURRENT_VERSION;
use crate::core::draft::normalize_phone;
use crate::core::text::normalize_reading;
use serde_json::Value;

/// How one version's records become the next version's (tombstones of every kind share one
/// shape), and what changes in the document around them.
struct Step {
    customer: fn(&mut Value),
    tombstone: fn(&mut Value),
    visit: fn(&mut Value),
    document: fn(&mut Value),
}

const STEPS: &[Step] = &[
    // 1 → 2: records remember their earlier versions (new optional fields, empty for old
    // records), and phones and readings are stored in normal form.
    Step {
        customer: normalize_phones_and_reading,
        tombstone: |_| {},
        visit: |_| {},
        document: |_| {},
    },
    // 2 → 3: visits join the file, with their tombstones.
    Step {
        customer: |_| {},
        tombstone: |_| {},
        visit: |_| {},
        document: add_visits,
    },
    // 3 → 4: the service catalog (parts, choice groups, set menus) joins the file; customers
    // gain optional stated needs.
    Step {
        customer: |_| {},
        tombstone: |_| {},
        visit: |_| {},
        document: add_catalog,
    },
    // 4 → 5: feedback joins the file, with its tombstones.
    Step {
        customer: |_| {},
        tombstone: |_| {},
        visit: |_| {},
        document: add_feedback,
    },
    // 5 → 6: customer service and the relationship join the file: tickets, coupons, the
    // contact log and the owner's message templates, each with their tombstones.
    Step {
        customer: |_| {},
        tombstone: |_| {},
        visit: |_| {},
        document: add_service,
    },
];

const _: () = assert!(
    STEPS.len() as u64 + 1 == CURRENT_VERSION,
    "one step per version"
);

fn steps_from(version: u64) -> &'static [Step] {
    let first = usize::try_from(version.saturating_sub(1)).unwrap_or(usize::MAX);
    STEPS.get(first..).unwrap_or_default()
}

/// Brings a backup `document`, of `version` (1 to [`CURRENT_VERSION`]), up to the current
/// version. Values of the wrong shape are left for the reader to refuse.
pub fn migrate(mut document: Value, version: u64) -> Value {
    for step in steps_from(version) {
        (step.document)(&mut document);
        if let Some(customers) = list(&mut document, &["customers"]) {
            customers.iter_mut().for_each(step.customer);
        }
        if let Some(visits) = list(&mut document, &["visits"]) {
            visits.iter_mut().for_each(step.visit);
        }
        for kind in [
            "customers",
            "visits",
            "parts",
            "part_groups",
            "set_menus",
            "feedback",
            "tickets",
            "coupons",
            "contacts",
            "templates",
        ] {
            if let Some(tombstones) = list(&mut document, &["deleted", kind]) {
                tombstones.iter_mut().for_each(step.tombstone);
            }
        }
    }
    if let Some(top) = document.as_object_mut() {
        top.insert("version".into(), CURRENT_VERSION.into());
    }
    document
}

/// Brings one stored customer record of `version` up to the current version.
pub fn migrate_customer(mut record: Value, version: u64) -> Value {
    for step in steps_from(version) {
        (step.customer)(&mut record);
    }
    record
}

/// Brings one stored visit of `version` up to the current version.
pub fn migrate_visit(mut record: Value, version: u64) -> Value {
    for step in steps_from(version) {
        (step.visit)(&mut record);
    }
    record
}

/// Brings one stored tombstone (of any kind of record) of `version` up to the current version.
pub fn migrate_tombstone(mut record: Value, version: u64) -> Value {
    for step in steps_from(version) {
        (step.tombstone)(&mut record);
    }
    record
}

/// The array at `path`, if the document has one there (never panics on other shapes).
fn list<'a>(document: &'a mut Value, path: &[&str]) -> Option<&'a mut Vec<Value>> {
    path.iter()
        .try_fold(document, |value, key| value.get_mut(*key))
        .and_then(Value::as_array_mut)
}

fn normalize_phones_and_reading(customer: &mut Value) {
    if let Some(phones) = customer.get_mut("phones").and_then(Value::as_array_mut) {
        for phone in phones {
            if let Some(text) = phone.as_str() {
                *phone = normalize_phone(text).into();
            }
        }
    }
    if let Some(reading) = customer.get_mut("reading") {
        if let Some(normal) = reading.as_str().and_then(normalize_reading) {
            *reading = normal.into();
        }
    }
}

/// Version 2 files had no visits: they get empty lists, so that the reader's rule "every
/// collection must be there" holds for them too. Other shapes are left for the reader.
fn add_visits(document: &mut Value) {
    add_collections(document, &["visits"]);
}

/// Version 3 files had no catalog: empty lists, as for visits.
fn add_catalog(document: &mut Value) {
    add_collections(document, &["parts", "part_groups", "set_menus"]);
}

/// Version 4 files had no feedback: empty lists, as for visits.
fn add_feedback(document: &mut Value) {
    add_collections(document, &["feedback"]);
}

/// Version 5 files had no customer service: empty lists, as for visits.
fn add_service(document: &mut Value) {
    add_collections(document, &["tickets", "coupons", "contacts", "templates"]);
}

/// Adds each of `names` as an empty list, at the top and under `deleted`, where missing.
fn add_collections(document: &mut Value, names: &[&str]) {
    let Some(top) = document.as_object_mut() else {
        return;
    };
    for name in names {
        top.entry(*name).or_insert_with(|| Value::Array(Vec::new()));
    }
    if let Some(deleted) = top.get_mut("deleted").and_then(Value::as_object_mut) {
        for name in names {
            deleted
                .entry(*name)
                .or_insert_with(|| Value::Array(Vec::new()));
        }
    }
}
