//! From table rows to customers: each row becomes a new customer, a proposed merge with a
//! customer it duplicates (same email, same phone number, or same name and reading), or a row
//! that cannot be imported, with the reasons. Nothing is created twice without the owner
//! choosing so.

use super::mapping::Target;
use super::table::Table;
use crate::core::customer::{ContactChannel, Customer, CustomerId};
use crate::core::draft::{split_tags, CustomerDraft, CustomerFields, FieldError, LIST_MAX};
use crate::core::i18n::{channel_label, Lang};
use crate::core::record::Versioned;
use crate::core::text::fold;
use chrono::{DateTime, NaiveDate, Utc};
use rustc_hash::FxHashMap;

/// Why a row looks like someone already known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchReason {
    Email,
    Phone,
    NameAndReading,
}

/// Whom a duplicate row matches: a customer already stored, or an earlier row of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    Customer(CustomerId),
    Row(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    New,
    Duplicate { of: Match, reason: MatchReason },
    Invalid(Vec<FieldError>),
}

/// One data row: its line in the file (the header is line 1), what it holds, and its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowPlan {
    pub line: usize,
    pub fields: Option<CustomerFields>,
    pub notes: Vec<String>,
    pub outcome: Outcome,
}

/// What to do with a duplicate row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Choice {
    /// Add what the row knows to the matching customer (the proposal).
    #[default]
    Merge,
    /// Create a separate customer anyway.
    AddNew,
}

/// Plans the import of `table` read with `mapping` (one target per column).
pub fn plan_import<'a>(
    table: &Table,
    mapping: &[Target],
    existing: impl IntoIterator<Item = &'a Customer>,
    today: NaiveDate,
) -> Vec<RowPlan> {
    let mut index = KeyIndex::default();
    for customer in existing {
        index.add(
            &Match::Customer(customer.id.clone()),
            &keys(customer_keys(customer)),
        );
    }
    let mut plans = Vec::with_capacity(table.rows.len());
    for (i, row) in table.rows.iter().enumerate() {
        let (draft, notes) = draft_of(row, mapping);
        let line = table.lines.get(i).copied().unwrap_or(i + 2);
        let plan = match draft.validate(today) {
            Err(errors) => RowPlan {
                line,
                fields: None,
                notes,
                outcome: Outcome::Invalid(errors),
            },
            Ok(fields) => {
                let row_keys = keys(fields_keys(&fields));
                let outcome = match index.find(&row_keys) {
                    Some((of, reason)) => Outcome::Duplicate { of, reason },
                    None => {
                        index.add(&Match::Row(i), &row_keys);
                        Outcome::New
                    }
                };
                RowPlan {
                    line,
                    fields: Some(fields),
                    notes,
                    outcome,
                }
            }
        };
        plans.push(plan);
    }
    plans
}

/// The customers to write for `plans`: new ones, and known ones with rows merged in. `choice`
/// says what to do with each duplicate row (by index); `new_id` makes ids for new customers.
pub fn apply_plan(
    plans: &[RowPlan],
    choice: impl Fn(usize) -> Choice,
    existing: &FxHashMap<CustomerId, Customer>,
    now: DateTime<Utc>,
    mut new_id: impl FnMut() -> CustomerId,
) -> Vec<Customer> {
    let mut written: Vec<Customer> = Vec::new();
    let mut by_row: FxHashMap<usize, usize> = FxHashMap::default();
    let mut by_customer: FxHashMap<CustomerId, usize> = FxHashMap::default();
    for (i, plan) in plans.iter().enumerate() {
        let Some(fields) = plan.fields.clone() else {
            continue;
        };
        let target = match &plan.outcome {
            Outcome::Invalid(_) => continue,
            Outcome::Duplicate { of, .. } if choice(i) == Choice::Merge => match of {
                Match::Row(row) => by_row.get(row).copied(),
                Match::Customer(id) => match by_customer.get(id) {
                    Some(slot) => Some(*slot),
                    None => existing.get(id).map(|c| {
                        written.push(c.clone());
                        by_customer.insert(id.clone(), written.len() - 1);
                        written.len() - 1
                    }),
                },
            },
            _ => None,
        };
        match target {
            Some(slot) => merge_into(&mut written[slot], fields, &plan.notes, now),
            None => {
                let mut customer = fields.into_new_customer(new_id(), now);
                for note in &plan.notes {
                    customer.push_note(note, now);
                }
                written.push(customer);
                by_row.insert(i, written.len() - 1);
            }
        }
    }
    // A known customer that rows changed becomes one new version, however many rows merged.
    for (id, slot) in by_customer {
        let customer = &mut written[slot];
        if existing.get(&id) != Some(customer) {
            customer.touch(now);
        }
    }
    written.retain(|c| existing.get(&c.id) != Some(c));
    written
}

/// Adds what a row knows to a customer without overwriting what is already there: empty
/// fields are filled, lists gain the new items, notes are appended.
fn merge_into(
    customer: &mut Customer,
    fields: CustomerFields,
    notes: &[String],
    now: DateTime<Utc>,
) {
    if customer.reading.is_empty() {
        customer.reading = fields.reading;
    }
    if customer.email.is_empty() {
        customer.email = fields.email;
    }
    customer.birthday = customer.birthday.or(fields.birthday);
    customer.preferred_channel = customer.preferred_channel.or(fields.preferred_channel);
    // Lists stop at the limit a backup can hold.
    for phone in fields.phones {
        if customer.phones.len() < LIST_MAX
            && !customer
                .phones
                .iter()
                .any(|p| phone_key(p) == phone_key(&phone))
        {
            customer.phones.push(phone);
        }
    }
    for tag in fields.tags {
        if customer.tags.len() < LIST_MAX && !customer.tags.iter().any(|t| fold(t) == fold(&tag)) {
            customer.tags.push(tag);
        }
    }
    for item in fields.household {
        if customer.household.len() < LIST_MAX && !customer.household.contains(&item) {
            customer.household.push(item);
        }
    }
    for note in notes {
        customer.push_note(note, now);
    }
}

/// Builds the form a row amounts to, and its notes.
fn draft_of(row: &[String], mapping: &[Target]) -> (CustomerDraft, Vec<String>) {
    let mut draft = CustomerDraft::default();
    let mut notes = Vec::new();
    let mut names = Vec::new();
    let mut readings = Vec::new();
    let mut tags = Vec::new();
    for (cell, target) in row.iter().zip(mapping) {
        if cell.is_empty() {
            continue;
        }
        match target {
            Target::Ignore => {}
            Target::Name => names.push(cell.as_str()),
            Target::Reading => readings.push(cell.as_str()),
            Target::Phone => draft.phones.extend(
                cell.split(['/', '／', '・', ';', '\n'])
                    .map(|p| p.trim().to_owned()),
            ),
            Target::Email => draft.email = cell.clone(),
            Target::Birthday => {
                draft.birthday = normalize_date(cell).unwrap_or_else(|| cell.clone())
            }
            Target::Channel => {
                draft.preferred_channel =
                    channel_from_text(cell).map_or_else(|| cell.clone(), |c| c.as_str().to_owned())
            }
            Target::Household => draft
                .household
                .extend(cell.split(['/', '／', '\n']).map(|h| h.trim().to_owned())),
            Target::Tags => tags.extend(split_tags(cell)),
            Target::Note => notes.push(cell.clone()),
        }
    }
    draft.name = names.join(" ");
    draft.reading = readings.join(" ");
    draft.tags = tags.join(", ");
    (draft, notes)
}

/// `1990/4/1`, `1990-04-01`, `1990年4月1日` or `19900401` as `1990-04-01`.
pub fn normalize_date(text: &str) -> Option<String> {
    let text: String = text
        .trim()
        .chars()
        .map(|c| if c.is_ascii_digit() { c } else { ' ' })
        .collect();
    let parts: Vec<u32> = text
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect();
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] => (*y as i32, *m, *d),
        [ymd] if *ymd >= 10_000_000 => ((*ymd / 10_000) as i32, ymd / 100 % 100, ymd % 100),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// A channel from its stored name or its label in either language (電話, LINE, Email …).
fn channel_from_text(text: &str) -> Option<ContactChannel> {
    let folded = fold(text);
    ContactChannel::ALL.into_iter().find(|c| {
        fold(c.as_str()) == folded
            || Lang::ALL
                .iter()
                .any(|lang| fold(lang.text(channel_label(*c))) == folded)
    })
}

/// A phone number as a key: its digits, with Japan's `+81` written as the domestic `0`, so
/// `+81 90-1234-5678` and `090-1234-5678` are one number.
/// A phone number as matched: digits only, +81 written as the national 0.
pub(crate) fn phone_key(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("81") {
        Some(national) if phone.trim_start().starts_with('+') => {
            format!("0{}", national.strip_prefix('0').unwrap_or(national))
        }
        _ => digits,
    }
}

/// The identifying keys of a customer, strongest first.
fn customer_keys(c: &Customer) -> (String, Vec<String>, String, String) {
    (
        c.email.clone(),
        c.phones.clone(),
        c.name.clone(),
        c.reading.clone(),
    )
}

fn fields_keys(f: &CustomerFields) -> (String, Vec<String>, String, String) {
    (
        f.email.clone(),
        f.phones.clone(),
        f.name.clone(),
        f.reading.clone(),
    )
}

fn keys(
    (email, phones, name, reading): (String, Vec<String>, String, String),
) -> Vec<(MatchReason, String)> {
    let mut keys = Vec::new();
    if !email.is_empty() {
        // Addresses are stored NFKC-normalised; mail systems ignore case in practice.
        keys.push((MatchReason::Email, email.to_lowercase()));
    }
    for phone in phones {
        keys.push((MatchReason::Phone, phone_key(&phone)));
    }
    keys.push((
        MatchReason::NameAndReading,
        format!("{}\u{1F}{}", fold(&name), fold(&reading)),
    ));
    keys
}

#[derive(Default)]
struct KeyIndex {
    by_key: FxHashMap<(MatchReason, String), Match>,
}

impl KeyIndex {
    fn add(&mut self, who: &Match, keys: &[(MatchReason, String)]) {
        for key in keys {
            self.by_key
                .entry(key.clone())
                .or_insert_with(|| who.clone());
        }
    }

    fn find(&self, keys: &[(MatchReason, String)]) -> Option<(Match, MatchReason)> {
        keys.iter()
            .find_map(|key| self.by_key.get(key).map(|who| (who.clone(), key.0)))
    }
}
