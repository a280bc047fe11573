//! Reading a backup's service catalog — choice groups, parts, set menus and their tombstones —
//! and the needs customers state about it. Each record is held to its form's rules (it is read
//! back through the same draft the form edits), ids are unique, and every reference names a
//! record the file has, live or deleted (a part may have been deleted since a menu named it;
//! the engines skip what is gone).

use super::read::{check_tombstone, check_versions, decode_list, invalid, ReadError, ValueProblem};
use crate::core::catalog::edit::{group_fields, CatalogField, MenuDraft, PartDraft};
use crate::core::catalog::menu::{MenuId, SetMenu};
use crate::core::catalog::part::{GroupId, PartGroup, PartId, ServicePart};
use crate::core::customer::REMEMBERED_VERSIONS;
use crate::core::draft::Problem;
use crate::core::needs::{Needs, NeedsDraft, NeedsField};
use crate::core::record::Tombstone;
use crate::core::sorting;
use crate::core::visit::Money;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::BTreeSet;

/// A catalog read from a file.
pub(super) struct CatalogRead {
    pub parts: (Vec<ServicePart>, Vec<Tombstone<PartId>>),
    pub groups: (Vec<PartGroup>, Vec<Tombstone<GroupId>>),
    pub menus: (Vec<SetMenu>, Vec<Tombstone<MenuId>>),
    /// Every part id in the file, live or deleted: what customers' needs may name.
    pub part_ids: BTreeSet<PartId>,
}

/// The catalog of a (migrated) backup `document`.
pub(super) fn read_catalog(
    document: &Value,
    latest: DateTime<Utc>,
) -> Result<CatalogRead, ReadError> {
    let groups: Vec<PartGroup> = decode_list(&document["part_groups"], "part_groups")?;
    let group_tombstones = decode_list(&document["deleted"]["part_groups"], "deleted.part_groups")?;
    let parts: Vec<ServicePart> = decode_list(&document["parts"], "parts")?;
    let part_tombstones = decode_list(&document["deleted"]["parts"], "deleted.parts")?;
    let menus: Vec<SetMenu> = decode_list(&document["set_menus"], "set_menus")?;
    let menu_tombstones = decode_list(&document["deleted"]["set_menus"], "deleted.set_menus")?;

    let mut group_ids = BTreeSet::new();
    for (i, group) in groups.iter().enumerate() {
        let path = format!("part_groups[{i}]");
        unique(&mut group_ids, &group.id, &path)?;
        if let Err(errors) = group_fields(&group.name, group.rule) {
            return refuse(&path, errors);
        }
        normal(group.name.trim() == group.name, &path, "name")?;
        check_times(
            group.created_at,
            group.updated_at,
            &group.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(
        &group_tombstones,
        &mut group_ids,
        "deleted.part_groups",
        latest,
    )?;

    let all_parts: BTreeSet<PartId> = sorting::btree_set(
        parts.iter().map(|p| p.id.clone()).chain(
            part_tombstones
                .iter()
                .map(|t: &Tombstone<PartId>| t.id.clone()),
        ),
    );
    let mut part_ids = BTreeSet::new();
    for (i, part) in parts.iter().enumerate() {
        let path = format!("parts[{i}]");
        unique(&mut part_ids, &part.id, &path)?;
        check_part(part, &path, &group_ids, &all_parts)?;
        check_times(
            part.created_at,
            part.updated_at,
            &part.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(&part_tombstones, &mut part_ids, "deleted.parts", latest)?;

    let mut menu_ids = BTreeSet::new();
    for (i, menu) in menus.iter().enumerate() {
        let path = format!("set_menus[{i}]");
        unique(&mut menu_ids, &menu.id, &path)?;
        let fields = MenuDraft::from_menu(menu)
            .validate()
            .or_else(|e| refuse(&path, e))?;
        normal(fields.name == menu.name, &path, "name")?;
        normal(fields.parts == menu.parts, &path, "parts")?;
        references(&menu.parts, &all_parts, &format!("{path}.parts"))?;
        if let Some(price) = &menu.price {
            check_money(price, &format!("{path}.price"))?;
        }
        check_times(
            menu.created_at,
            menu.updated_at,
            &menu.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(&menu_tombstones, &mut menu_ids, "deleted.set_menus", latest)?;

    Ok(CatalogRead {
        parts: (parts, part_tombstones),
        groups: (groups, group_tombstones),
        menus: (menus, menu_tombstones),
        part_ids,
    })
}

/// A customer's stated needs: the needs form's rules, and parts the file has.
pub(super) fn check_needs(
    needs: &Needs,
    path: &str,
    parts: &BTreeSet<PartId>,
) -> Result<(), ReadError> {
    let path = format!("{path}.needs");
    match NeedsDraft::from_needs(needs).validate() {
        Ok(checked) if &checked == needs => {}
        Ok(_) => return invalid(path, ValueProblem::Malformed),
        Err(errors) => {
            let (field, problem) = errors[0];
            let at = match field {
                NeedsField::Preference(_) | NeedsField::Preferences => "preferences",
                NeedsField::Parts => "must_have",
                NeedsField::Budget => "budget",
                NeedsField::Minutes => "minutes",
            };
            return invalid(format!("{path}.{at}"), ValueProblem::Rule(problem));
        }
    }
    references(&needs.must_have, parts, &format!("{path}.must_have"))?;
    references(&needs.never, parts, &format!("{path}.never"))
}

fn check_part(
    part: &ServicePart,
    path: &str,
    groups: &BTreeSet<GroupId>,
    parts: &BTreeSet<PartId>,
) -> Result<(), ReadError> {
    check_money(&part.cost, &format!("{path}.cost"))?;
    check_money(&part.price, &format!("{path}.price"))?;
    let fields = PartDraft::from_part(part)
        .validate()
        .or_else(|e| refuse(path, e))?;
    normal(fields.name == part.name, path, "name")?;
    normal(fields.category == part.category, path, "category")?;
    normal(fields.needs == part.needs, path, "needs")?;
    normal(fields.requires == part.requires, path, "requires")?;
    normal(fields.excludes == part.excludes, path, "excludes")?;
    if part.requires.contains(&part.id) || part.excludes.contains(&part.id) {
        return invalid(format!("{path}.requires"), ValueProblem::Malformed);
    }
    if let Some(group) = &part.group {
        if !groups.contains(group) {
            return invalid(format!("{path}.group"), ValueProblem::UnknownReference);
        }
    }
    references(&part.requires, parts, &format!("{path}.requires"))?;
    references(&part.excludes, parts, &format!("{path}.excludes"))
}

fn check_money(money: &Money, path: &str) -> Result<(), ReadError> {
    if money.amount < 0 {
        return invalid(format!("{path}.amount"), ValueProblem::OutOfRange);
    }
    if !Money::is_currency_code(&money.currency) {
        return invalid(format!("{path}.currency"), ValueProblem::Malformed);
    }
    Ok(())
}

/// The first of a form's problems, at the field of the record it belongs to.
fn refuse<T>(path: &str, errors: Vec<(CatalogField, Problem)>) -> Result<T, ReadError> {
    let (field, problem) = errors[0];
    let at = match field {
        CatalogField::Name => "name".to_owned(),
        CatalogField::Category => "category".to_owned(),
        CatalogField::Minutes => "minutes".to_owned(),
        CatalogField::Cost => "cost.amount".to_owned(),
        CatalogField::Price => "price.amount".to_owned(),
        CatalogField::Needs => "needs".to_owned(),
        CatalogField::Need(row) => format!("needs[{row}]"),
        CatalogField::Rules => "requires".to_owned(),
        CatalogField::Parts => "parts".to_owned(),
    };
    invalid(format!("{path}.{at}"), ValueProblem::Rule(problem))
}

/// A value the form would have stored differently (untrimmed, repeated) is not one the app
/// wrote.
fn normal(is_normal: bool, path: &str, field: &str) -> Result<(), ReadError> {
    if is_normal {
        Ok(())
    } else {
        invalid(format!("{path}.{field}"), ValueProblem::Malformed)
    }
}

pub(super) fn unique<Id: Ord + Clone>(
    ids: &mut BTreeSet<Id>,
    id: &Id,
    path: &str,
) -> Result<(), ReadError> {
    if ids.insert(id.clone()) {
        Ok(())
    } else {
        invalid(format!("{path}.id"), ValueProblem::DuplicateId)
    }
}

fn references<Id: Ord>(ids: &[Id], known: &BTreeSet<Id>, path: &str) -> Result<(), ReadError> {
    match ids.iter().position(|id| !known.contains(id)) {
        Some(i) => invalid(format!("{path}[{i}]"), ValueProblem::UnknownReference),
        None => Ok(()),
    }
}

pub(super) fn tombstones<Id: Ord + Clone>(
    tombstones: &[Tombstone<Id>],
    ids: &mut BTreeSet<Id>,
    path: &str,
    latest: DateTime<Utc>,
) -> Result<(), ReadError> {
    for (i, tombstone) in tombstones.iter().enumerate() {
        check_tombstone(tombstone, ids, &format!("{path}[{i}]"), latest)?;
    }
    Ok(())
}

/// A record's own times are ones the app writes: not in the future, created before updated,
/// earlier versions in order before the current one.
pub(super) fn check_times(
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    earlier: &[DateTime<Utc>],
    path: &str,
    latest: DateTime<Utc>,
) -> Result<(), ReadError> {
    if updated_at > latest {
        return invalid(format!("{path}.updated_at"), ValueProblem::InFuture);
    }
    if created_at > updated_at {
        return invalid(format!("{path}.created_at"), ValueProblem::OutOfOrder);
    }
    check_versions(
        earlier,
        updated_at,
        REMEMBERED_VERSIONS,
        &format!("{path}.earlier_versions"),
    )
}
