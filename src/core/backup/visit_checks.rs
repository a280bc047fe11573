//! Reading a backup's visits: each decoded on its own (errors name their place, `visits[3].paid`),
//! ids unique, every visit of a customer the file has, and values the app itself would write.

use super::read::{check_tombstone, check_versions, decode_list, invalid, ReadError, ValueProblem};
use crate::core::customer::{CustomerId, REMEMBERED_VERSIONS};
use crate::core::draft::{Problem, ITEM_MAX, LIST_MAX, NOTE_MAX};
use crate::core::record::Tombstone;
use crate::core::visit::{Money, Visit, VisitId};
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::BTreeSet;

/// The visits and visit tombstones of a (migrated) backup `document`; `customers` holds every
/// customer id in the file, live or deleted.
pub(super) fn read_visits(
    document: &Value,
    customers: &BTreeSet<CustomerId>,
    latest: DateTime<Utc>,
) -> Result<(Vec<Visit>, Vec<Tombstone<VisitId>>), ReadError> {
    let visits: Vec<Visit> = decode_list(&document["visits"], "visits")?;
    let tombstones: Vec<Tombstone<VisitId>> =
        decode_list(&document["deleted"]["visits"], "deleted.visits")?;
    let mut ids = BTreeSet::new();
    for (i, visit) in visits.iter().enumerate() {
        let path = format!("visits[{i}]");
        if !ids.insert(visit.id.clone()) {
            return invalid(format!("{path}.id"), ValueProblem::DuplicateId);
        }
        if !customers.contains(&visit.customer) {
            return invalid(format!("{path}.customer"), ValueProblem::UnknownReference);
        }
        check_visit(visit, &path, latest)?;
    }
    for (i, tombstone) in tombstones.iter().enumerate() {
        check_tombstone(tombstone, &mut ids, &format!("deleted.visits[{i}]"), latest)?;
    }
    Ok((visits, tombstones))
}

fn check_visit(visit: &Visit, path: &str, latest: DateTime<Utc>) -> Result<(), ReadError> {
    if visit.paid.amount < 0 {
        return invalid(format!("{path}.paid.amount"), ValueProblem::OutOfRange);
    }
    if !Money::is_currency_code(&visit.paid.currency) {
        return invalid(format!("{path}.paid.currency"), ValueProblem::Malformed);
    }
    if visit.items.len() > LIST_MAX {
        return invalid(
            format!("{path}.items"),
            ValueProblem::TooMany { max: LIST_MAX },
        );
    }
    for (i, item) in visit.items.iter().enumerate() {
        let name = item.name.trim();
        if name.is_empty() {
            return invalid(
                format!("{path}.items[{i}].name"),
                ValueProblem::Rule(Problem::Required),
            );
        }
        if name.chars().count() > ITEM_MAX {
            return invalid(
                format!("{path}.items[{i}].name"),
                ValueProblem::Rule(Problem::TooLong { max: ITEM_MAX }),
            );
        }
    }
    if visit
        .coupon
        .as_ref()
        .is_some_and(|c| c.chars().count() > ITEM_MAX)
    {
        return invalid(
            format!("{path}.coupon"),
            ValueProblem::Rule(Problem::TooLong { max: ITEM_MAX }),
        );
    }
    if visit.note.chars().count() > NOTE_MAX {
        return invalid(
            format!("{path}.note"),
            ValueProblem::Rule(Problem::TooLong { max: NOTE_MAX }),
        );
    }
    // A visit may be booked ahead, so only the record's own times are bounded by the clock.
    if visit.updated_at > latest {
        return invalid(format!("{path}.updated_at"), ValueProblem::InFuture);
    }
    if visit.created_at > visit.updated_at {
        return invalid(format!("{path}.created_at"), ValueProblem::OutOfOrder);
    }
    check_versions(
        &visit.earlier_versions,
        visit.updated_at,
        REMEMBERED_VERSIONS,
        &format!("{path}.earlier_versions"),
    )
}
