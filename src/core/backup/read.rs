//! Reading a backup file: everything is checked before anything is used.
//!
//! The checks run from the outside in — size, text, JSON syntax, whose file it is, version —
//! then every record is decoded on its own, so an error names its place in the file
//! (`customers[12].email`), and finally each record is held to the same rules as the form and
//! ids must be unique. The first problem found is returned; nothing partial ever is.

use super::catalog_checks::{check_needs, read_catalog};
use super::customer_checks::check_customer;
use super::feedback_checks::{read_feedback, Known};
use super::relation_checks::{read_contacts, read_coupons, read_templates, Named};
use super::service_checks::read_tickets;
use super::{migrate::migrate, visit_checks, Dataset, CURRENT_VERSION, FORMAT};
use crate::core::customer::{Customer, Tombstone, REMEMBERED_VERSIONS};
use crate::core::draft::{normalize_record, Problem};
use crate::core::i18n::{BookKey, Lang};
use crate::core::record::Tombstone as RecordTombstone;
use crate::core::sorting;
use crate::core::visit::VisitId;
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeSet;

/// Files above this size are refused before they are parsed: a book of 10,000 customers with
/// 100,000 visits, 30,000 pieces of feedback and 5,000 tickets takes ~80 MB.
pub const MAX_BYTES: usize = 256 * 1024 * 1024;
/// Bounds on one record's lists, so a hostile file cannot make a record unboundedly large.
pub const MAX_NOTES: usize = 5_000;
pub use crate::core::draft::{LIST_MAX as MAX_LIST_ITEMS, NOTE_MAX as NOTE_MAX_CHARS};
/// How far ahead of this device's clock a file's times may be (another device's clock may run
/// a little fast). A time beyond that would make its record win every future merge.
pub const CLOCK_TOLERANCE: TimeDelta = TimeDelta::hours(24);

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge {
        bytes: usize,
    },
    NotText,
    NotJson {
        line: usize,
        column: usize,
    },
    Truncated,
    TooDeep,
    NotABackup,
    BadVersion,
    TooNew {
        version: u64,
    },
    /// A value in the file breaks a rule; `path` is where (`customers[12].email`).
    Invalid {
        path: String,
        problem: ValueProblem,
    },
}

/// What is wrong with one value in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueProblem {
    Missing,
    WrongType,
    UnknownField,
    InvalidDate,
    /// The right type, but not a value of the expected form (an id that is not a UUID).
    Malformed,
    DuplicateId,
    /// A reference to a record the file does not have (a visit of an unknown customer).
    UnknownReference,
    /// A number outside what it can be (a negative amount paid).
    OutOfRange,
    /// A time later than now (beyond [`CLOCK_TOLERANCE`]).
    InFuture,
    /// Times that must follow one another do not (a record updated before it was created).
    OutOfOrder,
    TooMany {
        max: usize,
    },
    /// A rule the customer form also enforces.
    Rule(Problem),
}

/// Reads and checks a whole backup file. `now` bounds every time in it; `today` (the local
/// date) bounds birthdays, as in the form. The customers come back in normal form (see
/// [`normalize_record`]).
pub fn read_backup(
    bytes: &[u8],
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Dataset, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotText)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let document: Value = serde_json::from_str(text).map_err(syntax_error)?;

    let Value::Object(top) = &document else {
        return Err(ReadError::NotABackup);
    };
    if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ReadError::NotABackup);
    }
    let version = top
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(ReadError::BadVersion)?;
    if version > CURRENT_VERSION {
        return Err(ReadError::TooNew { version });
    }
    let document = migrate(document, version);
    decode::<chrono::DateTime<chrono::Utc>>(&document["exported_at"], "exported_at")?;

    // Every collection must be there: a file whose list is missing or misspelt would otherwise
    // read as "no customers" and, imported as a replacement, empty the device.
    let mut customers: Vec<Customer> = decode_list(&document["customers"], "customers")?;
    if !document["deleted"].is_object() {
        return invalid("deleted".to_owned(), missing_or_wrong(&document["deleted"]));
    }
    let tombstones: Vec<Tombstone> =
        decode_list(&document["deleted"]["customers"], "deleted.customers")?;

    let latest = now + CLOCK_TOLERANCE;
    let catalog = read_catalog(&document, latest)?;
    let mut ids = BTreeSet::new();
    for (i, customer) in customers.iter_mut().enumerate() {
        let path = format!("customers[{i}]");
        if !ids.insert(customer.id.clone()) {
            return invalid(format!("{path}.id"), ValueProblem::DuplicateId);
        }
        check_customer(customer, &path, today)?;
        check_needs(&customer.needs, &path, &catalog.part_ids)?;
        check_customer_times(customer, &path, latest)?;
        normalize_record(customer, today);
    }
    for (i, tombstone) in tombstones.iter().enumerate() {
        check_tombstone(
            tombstone,
            &mut ids,
            &format!("deleted.customers[{i}]"),
            latest,
        )?;
    }
    let (visits, visit_tombstones) = visit_checks::read_visits(&document, &ids, latest)?;
    let visit_ids: BTreeSet<VisitId> = sorting::btree_set(
        (visits.iter().map(|v| v.id.clone())).chain(visit_tombstones.iter().map(|t| t.id.clone())),
    );
    let known = Known {
        customers: &ids,
        visits: &visit_ids,
        parts: &catalog.part_ids,
    };
    let (feedback, feedback_tombstones) = read_feedback(&document, &known, latest)?;
    let (tickets, ticket_tombstones) = read_tickets(&document, &ids, &visit_ids, latest)?;
    let ticket_ids = sorting::btree_set(
        (tickets.iter().map(|t| t.id.clone()))
            .chain(ticket_tombstones.iter().map(|t| t.id.clone())),
    );
    let named = Named {
        customers: &ids,
        visits: &visit_ids,
        tickets: &ticket_ids,
    };
    let coupons = read_coupons(&document, &named, latest)?;
    let contacts = read_contacts(&document, &named, latest)?;
    let templates = read_templates(&document, latest)?;
    Ok(Dataset::new(customers, tombstones)
        .with_visits(visits, visit_tombstones)
        .with_catalog(catalog.parts, catalog.groups, catalog.menus)
        .with_feedback(feedback, feedback_tombstones)
        .with_tickets(tickets, ticket_tombstones)
        .with_relations(coupons, contacts, templates))
}

/// A tombstone's id is new among `ids` (then added), and its times are ones the app writes.
pub(super) fn check_tombstone<Id: Ord + Clone>(
    tombstone: &RecordTombstone<Id>,
    ids: &mut BTreeSet<Id>,
    path: &str,
    latest: DateTime<Utc>,
) -> Result<(), ReadError> {
    if !ids.insert(tombstone.id.clone()) {
        return invalid(format!("{path}.id"), ValueProblem::DuplicateId);
    }
    if tombstone.deleted_at > latest {
        return invalid(format!("{path}.deleted_at"), ValueProblem::InFuture);
    }
    check_versions(
        &tombstone.deleted_versions,
        tombstone.deleted_at,
        REMEMBERED_VERSIONS + 1,
        &format!("{path}.deleted_versions"),
    )
}

pub(super) fn invalid<T>(path: String, problem: ValueProblem) -> Result<T, ReadError> {
    Err(ReadError::Invalid { path, problem })
}

fn syntax_error(error: serde_json::Error) -> ReadError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => ReadError::Truncated,
        _ if error.to_string().starts_with("recursion limit exceeded") => ReadError::TooDeep,
        _ => ReadError::NotJson {
            line: error.line(),
            column: error.column(),
        },
    }
}

/// Decodes a JSON array at `path` element by element, naming the element that fails.
fn missing_or_wrong(value: &Value) -> ValueProblem {
    if value.is_null() {
        ValueProblem::Missing
    } else {
        ValueProblem::WrongType
    }
}

pub(super) fn decode_list<T: DeserializeOwned>(
    value: &Value,
    path: &str,
) -> Result<Vec<T>, ReadError> {
    match value {
        Value::Null => invalid(path.to_owned(), ValueProblem::Missing),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| decode(item, &format!("{path}[{i}]")))
            .collect(),
        _ => invalid(path.to_owned(), ValueProblem::WrongType),
    }
}

fn decode<T: DeserializeOwned>(value: &Value, path: &str) -> Result<T, ReadError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let inner = error.path().to_string();
        let message = error.inner().to_string();
        let mut at = path.to_owned();
        let problem = if let Some(field) = message.strip_prefix("missing field `") {
            at = join(&at, &inner);
            at = join(&at, field.trim_end_matches('`'));
            ValueProblem::Missing
        } else if message.starts_with("unknown field") {
            at = join(&at, &inner);
            ValueProblem::UnknownField
        } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
            at = join(&at, &inner);
            ValueProblem::WrongType
        } else if CHRONO_ERRORS.iter().any(|e| message.starts_with(e)) {
            at = join(&at, &inner);
            ValueProblem::InvalidDate
        } else {
            at = join(&at, &inner);
            ValueProblem::Malformed
        };
        ReadError::Invalid { path: at, problem }
    })
}

/// How chrono's parse errors begin (its `ParseError` messages).
const CHRONO_ERRORS: [&str; 7] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "premature end of input",
    "input contains invalid characters",
    "trailing input",
    "bad or unsupported format string",
];

fn join(path: &str, inner: &str) -> String {
    match inner {
        "" | "." => path.to_owned(),
        _ if inner.starts_with('[') => format!("{path}{inner}"),
        _ => format!("{path}.{inner}"),
    }
}

/// Holds a record's times to what the app itself writes: nothing later than `latest`, created
/// before updated, earlier versions before the current one.
fn check_customer_times(
    customer: &Customer,
    path: &str,
    latest: DateTime<Utc>,
) -> Result<(), ReadError> {
    if customer.updated_at > latest {
        return invalid(format!("{path}.updated_at"), ValueProblem::InFuture);
    }
    if customer.created_at > customer.updated_at {
        return invalid(format!("{path}.created_at"), ValueProblem::OutOfOrder);
    }
    if let Some(i) = customer.notes.iter().position(|n| n.at > latest) {
        return invalid(format!("{path}.notes[{i}].at"), ValueProblem::InFuture);
    }
    check_versions(
        &customer.earlier_versions,
        customer.updated_at,
        REMEMBERED_VERSIONS,
        &format!("{path}.earlier_versions"),
    )
}

/// Earlier versions: at most `max`, oldest first, all before `current`.
pub(super) fn check_versions(
    versions: &[DateTime<Utc>],
    current: DateTime<Utc>,
    max: usize,
    path: &str,
) -> Result<(), ReadError> {
    if versions.len() > max {
        return invalid(path.to_owned(), ValueProblem::TooMany { max });
    }
    let in_order = versions.windows(2).all(|pair| pair[0] < pair[1])
        && versions.last().is_none_or(|last| *last < current);
    if !in_order {
        return invalid(path.to_owned(), ValueProblem::OutOfOrder);
    }
    Ok(())
}

impl ReadError {
    /// What to tell the owner, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLarge { bytes } => lang.format(
                BookKey::BackupTooLarge,
                &[
                    ("size", &(bytes / (1024 * 1024)).to_string()),
                    ("max", &(MAX_BYTES / (1024 * 1024)).to_string()),
                ],
            ),
            Self::NotText => lang.text(BookKey::BackupNotText).to_owned(),
            Self::NotJson { line, column } => lang.format(
                BookKey::BackupNotJson,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            Self::Truncated => lang.text(BookKey::BackupTruncated).to_owned(),
            Self::TooDeep => lang.text(BookKey::BackupTooDeep).to_owned(),
            Self::NotABackup => lang.text(BookKey::BackupNotOurs).to_owned(),
            Self::BadVersion => lang.text(BookKey::BackupBadVersion).to_owned(),
            Self::TooNew { version } => {
                lang.format(BookKey::BackupTooNew, &[("version", &version.to_string())])
            }
            Self::Invalid { path, problem } => lang.format(
                BookKey::BackupInvalidValue,
                &[("path", path), ("reason", &problem.message(lang))],
            ),
        }
    }
}

impl ValueProblem {
    fn message(&self, lang: Lang) -> String {
        let key = match self {
            Self::Missing => BookKey::ReasonMissing,
            Self::WrongType => BookKey::ReasonWrongType,
            Self::UnknownField => BookKey::ReasonUnknownField,
            Self::InvalidDate => BookKey::ReasonInvalidDate,
            Self::Malformed => BookKey::ReasonMalformed,
            Self::DuplicateId => BookKey::ReasonDuplicateId,
            Self::UnknownReference => BookKey::ReasonUnknownReference,
            Self::OutOfRange => BookKey::ReasonOutOfRange,
            Self::InFuture => BookKey::ReasonInFuture,
            Self::OutOfOrder => BookKey::ReasonOutOfOrder,
            Self::TooMany { max } => {
                return lang.format(BookKey::ReasonTooMany, &[("max", &max.to_string())])
            }
            Self::Rule(problem) => return problem.message(lang),
        };
        lang.text(key).to_owned()
    }
}
