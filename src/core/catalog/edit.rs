//! What the owner typed into the catalog's forms — a part, a choice group, a set menu — and the
//! rules that turn it into a record. A backup's catalog is held to the very same rules (it is
//! read back through these drafts), so a file can never hold a part the form would refuse.

use super::menu::{MenuId, SetMenu};
use super::part::{GroupId, GroupRule, NeedServed, PartGroup, PartId, ServicePart, FULL_STRENGTH};
use crate::core::draft::{Problem, ITEM_MAX, LIST_MAX};
use crate::core::needs::{MINUTES_MAX, NEED_MAX_CHARS};
use crate::core::normalize::nfkc;
use crate::core::record::Versioned;
use crate::core::visit::Money;
use crate::core::visit_draft::parse_amount;
use chrono::{DateTime, Utc};

/// The longest category kept.
pub const CATEGORY_MAX: usize = 30;
/// At most this many needs per part.
pub const PART_NEEDS_MAX: usize = 20;

/// Which input of a catalog form a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CatalogField {
    Name,
    Category,
    Minutes,
    Cost,
    Price,
    /// The needs list, or the row of one need.
    Needs,
    Need(usize),
    /// Requires and excludes.
    Rules,
    /// A set menu's parts.
    Parts,
}

/// A problem and where it is.
pub type CatalogErrors = Vec<(CatalogField, Problem)>;

/// The part form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartDraft {
    pub name: String,
    pub category: String,
    pub minutes: String,
    pub cost: String,
    pub price: String,
    /// One row per need: the tag as typed, and how strongly (1–100 %).
    pub needs: Vec<(String, u8)>,
    pub group: Option<GroupId>,
    pub requires: Vec<PartId>,
    pub excludes: Vec<PartId>,
}

/// A part's checked, normalised values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartFields {
    pub name: String,
    pub category: String,
    pub minutes: u32,
    pub cost: i64,
    pub price: i64,
    pub needs: Vec<NeedServed>,
    pub group: Option<GroupId>,
    pub requires: Vec<PartId>,
    pub excludes: Vec<PartId>,
}

impl PartDraft {
    pub fn from_part(part: &ServicePart) -> Self {
        Self {
            name: part.name.clone(),
            category: part.category.clone(),
            minutes: part.minutes.to_string(),
            cost: amount_text(part.cost.amount),
            price: amount_text(part.price.amount),
            needs: part
                .needs
                .iter()
                .map(|n| (n.need.clone(), n.strength))
                .collect(),
            group: part.group.clone(),
            requires: part.requires.clone(),
            excludes: part.excludes.clone(),
        }
    }

    /// Checks every field at once. Blank need rows are dropped; a need listed twice, a part
    /// both required and excluded, or more than the lists hold are refused.
    pub fn validate(&self) -> Result<PartFields, CatalogErrors> {
        let mut errors = Vec::new();
        let name = required_text(&self.name, ITEM_MAX, CatalogField::Name, &mut errors);
        let category = self.category.trim().to_owned();
        if category.chars().count() > CATEGORY_MAX {
            errors.push((
                CatalogField::Category,
                Problem::TooLong { max: CATEGORY_MAX },
            ));
        }
        let minutes = parse_minutes(&self.minutes).unwrap_or_else(|| {
            errors.push((CatalogField::Minutes, minutes_problem()));
            0
        });
        let cost = money(&self.cost, CatalogField::Cost, &mut errors);
        let price = money(&self.price, CatalogField::Price, &mut errors);
        let needs = self.checked_needs(&mut errors);
        if self.requires.len() > LIST_MAX || self.excludes.len() > LIST_MAX {
            errors.push((CatalogField::Rules, Problem::TooMany { max: LIST_MAX }));
        }
        if self.requires.iter().any(|r| self.excludes.contains(r)) {
            errors.push((CatalogField::Rules, Problem::BothWays));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(PartFields {
            name,
            category,
            minutes,
            cost,
            price,
            needs,
            group: self.group.clone(),
            requires: dedup(&self.requires),
            excludes: dedup(&self.excludes),
        })
    }

    fn checked_needs(&self, errors: &mut CatalogErrors) -> Vec<NeedServed> {
        let mut needs: Vec<NeedServed> = Vec::new();
        for (row, (tag, strength)) in self.needs.iter().enumerate() {
            let need = normalize_need(tag);
            if need.is_empty() {
                continue;
            }
            let field = CatalogField::Need(row);
            if need.chars().count() > NEED_MAX_CHARS {
                errors.push((
                    field,
                    Problem::TooLong {
                        max: NEED_MAX_CHARS,
                    },
                ));
            } else if !(1..=FULL_STRENGTH).contains(strength) {
                errors.push((
                    field,
                    Problem::OutOfRange {
                        min: 1,
                        max: i64::from(FULL_STRENGTH),
                    },
                ));
            } else if needs.iter().any(|n| n.need == need) {
                errors.push((field, Problem::Duplicate));
            } else {
                needs.push(NeedServed {
                    need,
                    strength: *strength,
                });
            }
        }
        if needs.len() > PART_NEEDS_MAX {
            errors.push((
                CatalogField::Needs,
                Problem::TooMany {
                    max: PART_NEEDS_MAX,
                },
            ));
        }
        needs
    }
}

impl PartFields {
    /// A new part with these values, priced in `currency`.
    pub fn into_part(self, id: PartId, currency: &str, now: DateTime<Utc>) -> ServicePart {
        let mut part = ServicePart::new(id, String::new(), 0, Money::yen(0), now);
        self.write(&mut part, currency);
        part
    }

    /// Applies the values to `part`, making a new version only if anything changed; true if
    /// it did.
    pub fn apply_to(self, part: &mut ServicePart, now: DateTime<Utc>) -> bool {
        let before = part.clone();
        let currency = part.price.currency.clone();
        self.write(part, &currency);
        changed(part, &before, now)
    }

    fn write(self, part: &mut ServicePart, currency: &str) {
        part.name = self.name;
        part.category = self.category;
        part.minutes = self.minutes;
        part.cost = in_currency(self.cost, currency);
        part.price = in_currency(self.price, currency);
        part.needs = self.needs;
        part.group = self.group;
        part.requires = self.requires;
        part.excludes = self.excludes;
    }
}

/// A choice group's values, checked: its name and rule.
pub fn group_fields(name: &str, rule: GroupRule) -> Result<(String, GroupRule), CatalogErrors> {
    let mut errors = Vec::new();
    let name = required_text(name, ITEM_MAX, CatalogField::Name, &mut errors);
    if errors.is_empty() {
        Ok((name, rule))
    } else {
        Err(errors)
    }
}

/// A new choice group.
pub fn new_group(id: GroupId, name: String, rule: GroupRule, now: DateTime<Utc>) -> PartGroup {
    PartGroup {
        id,
        name,
        rule,
        created_at: now,
        updated_at: now,
        earlier_versions: Vec::new(),
    }
}

/// Renames a choice group or changes its rule; true if anything changed (a new version).
pub fn apply_group(
    group: &mut PartGroup,
    (name, rule): (String, GroupRule),
    now: DateTime<Utc>,
) -> bool {
    let before = group.clone();
    group.name = name;
    group.rule = rule;
    changed(group, &before, now)
}

/// The set menu form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MenuDraft {
    pub name: String,
    pub parts: Vec<PartId>,
    /// The bundle's price; blank sells it for the sum of its parts.
    pub price: String,
}

/// A set menu's checked values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MenuFields {
    pub name: String,
    pub parts: Vec<PartId>,
    pub price: Option<i64>,
}

impl MenuDraft {
    pub fn from_menu(menu: &SetMenu) -> Self {
        Self {
            name: menu.name.clone(),
            parts: menu.parts.clone(),
            price: menu
                .price
                .as_ref()
                .map(|p| amount_text(p.amount))
                .unwrap_or_default(),
        }
    }

    pub fn validate(&self) -> Result<MenuFields, CatalogErrors> {
        let mut errors = Vec::new();
        let name = required_text(&self.name, ITEM_MAX, CatalogField::Name, &mut errors);
        let parts = dedup(&self.parts);
        if parts.is_empty() {
            errors.push((CatalogField::Parts, Problem::Required));
        } else if parts.len() > LIST_MAX {
            errors.push((CatalogField::Parts, Problem::TooMany { max: LIST_MAX }));
        }
        let price = (!self.price.trim().is_empty())
            .then(|| money(&self.price, CatalogField::Price, &mut errors));
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(MenuFields { name, parts, price })
    }
}

impl MenuFields {
    pub fn into_menu(self, id: MenuId, currency: &str, now: DateTime<Utc>) -> SetMenu {
        SetMenu {
            id,
            name: self.name,
            parts: self.parts,
            price: self.price.map(|p| in_currency(p, currency)),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }

    /// Applies the values to `menu`; true if anything changed (then it is a new version).
    pub fn apply_to(self, menu: &mut SetMenu, currency: &str, now: DateTime<Utc>) -> bool {
        let before = menu.clone();
        menu.name = self.name;
        menu.parts = self.parts;
        menu.price = self.price.map(|p| in_currency(p, currency));
        changed(menu, &before, now)
    }
}

/// A need tag in normal form: width-folded (NFKC), trimmed, inner spaces collapsed.
pub fn normalize_need(text: &str) -> String {
    nfkc(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whole minutes from what was typed (full-width digits too), 0 to a day.
pub fn parse_minutes(text: &str) -> Option<u32> {
    let folded: String = nfkc(text).chars().filter(|c| !c.is_whitespace()).collect();
    let folded = folded.trim_end_matches('分');
    if folded.is_empty() || !folded.bytes().all(|b| b.is_ascii_digit()) || folded.len() > 5 {
        return None;
    }
    folded.parse().ok().filter(|m| *m <= MINUTES_MAX)
}

pub fn minutes_problem() -> Problem {
    Problem::OutOfRange {
        min: 0,
        max: i64::from(MINUTES_MAX),
    }
}

fn required_text(
    text: &str,
    max: usize,
    field: CatalogField,
    errors: &mut CatalogErrors,
) -> String {
    let text = text.trim().to_owned();
    if text.is_empty() {
        errors.push((field, Problem::Required));
    } else if text.chars().count() > max {
        errors.push((field, Problem::TooLong { max }));
    }
    text
}

fn money(text: &str, field: CatalogField, errors: &mut CatalogErrors) -> i64 {
    parse_amount(text).unwrap_or_else(|| {
        errors.push((field, Problem::AmountInvalid));
        0
    })
}

fn amount_text(amount: i64) -> String {
    amount.to_string()
}

fn in_currency(amount: i64, currency: &str) -> Money {
    Money {
        amount,
        currency: currency.to_owned(),
    }
}

/// `items` without repeats, in their first order.
pub(crate) fn dedup<T: Clone + PartialEq>(items: &[T]) -> Vec<T> {
    let mut kept: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !kept.contains(item) {
            kept.push(item.clone());
        }
    }
    kept
}

/// Marks `record` as a new version at `now` if it differs from `before`.
fn changed<R: Versioned + PartialEq>(record: &mut R, before: &R, now: DateTime<Utc>) -> bool {
    let differs = record != before;
    if differs {
        record.touch(now);
    }
    differs
}
