//! From the rows of a visit file to the customers and visits to write, or the lines to fix.

use super::columns::VisitColumn;
use crate::core::customer::{Customer, CustomerId, NUMBER_MAX_CHARS};
use crate::core::draft::{CustomerDraft, Field, FieldError, ITEM_MAX};
use crate::core::i18n::{BookKey, Lang};
use crate::core::normalize::nfkc;
use crate::core::record::{content_bytes, fnv1a, Tombstone};
use crate::core::spreadsheet::plan::phone_key;
use crate::core::spreadsheet::table::Table;
use crate::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};
use crate::core::visit_draft::parse_amount;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Utc};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// The most rows a visit file may have.
pub const MAX_VISIT_ROWS: usize = 200_000;
/// The largest quantity on one row.
pub const QUANTITY_MAX: u32 = 9_999;

/// Why a row cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// No customer number, email or phone on the row.
    NoCustomer,
    /// Not YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, or no such day.
    Date,
    FutureDate,
    Amount,
    Quantity,
    NumberTooLong,
    ItemTooLong,
    /// The customer the row would create is not valid (an email that is not one, …).
    Customer(FieldError),
}

/// A row that cannot be imported; lines count as a spreadsheet shows them (header = 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub problem: RowProblem,
}

/// What the import will write, once every row is usable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VisitImport {
    pub rows: usize,
    pub new_customers: Vec<Customer>,
    pub visits: Vec<Visit>,
    /// Customers already known who get visits.
    pub matched_customers: usize,
    /// Rows whose visit is already stored (the same file imported before).
    pub already_imported: usize,
    pub errors: Vec<LineError>,
}

/// The facts an import is planned against.
#[derive(Clone, Copy, Debug)]
pub struct ImportClock {
    pub today: NaiveDate,
    /// Where the business is: a date is that day at noon there.
    pub offset: FixedOffset,
    pub now: DateTime<Utc>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum KeyKind {
    Number,
    Email,
    Phone,
}

/// Whom a key points at: a stored customer or one this import creates (by index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Whom {
    Stored(usize),
    Created(usize),
}

/// Reads a visit file's rows in chunks; [`VisitImporter::finish`] gives the result.
pub struct VisitImporter {
    columns: Vec<VisitColumn>,
    clock: ImportClock,
    stored_ids: Vec<CustomerId>,
    index: FxHashMap<(KeyKind, String), Whom>,
    /// Visit ids stored or deleted: a row whose id is here is not imported again.
    known_visits: FxHashSet<VisitId>,
    /// How often each identical row was seen, so repeated rows get distinct ids.
    seen: FxHashMap<[u8; 16], u32>,
    matched: FxHashSet<usize>,
    result: VisitImport,
}

impl VisitImporter {
    pub fn new<'a>(
        columns: Vec<VisitColumn>,
        customers: impl IntoIterator<Item = &'a Customer>,
        visits: impl IntoIterator<Item = &'a VisitId>,
        deleted_visits: impl IntoIterator<Item = &'a Tombstone<VisitId>>,
        clock: ImportClock,
    ) -> Self {
        let mut index = FxHashMap::default();
        let mut stored_ids = Vec::new();
        for (i, customer) in customers.into_iter().enumerate() {
            stored_ids.push(customer.id.clone());
            let mut keys = vec![
                (KeyKind::Number, number_key(&customer.number)),
                (KeyKind::Email, email_key(&customer.email)),
            ];
            keys.extend(
                customer
                    .phones
                    .iter()
                    .map(|p| (KeyKind::Phone, phone_key(p))),
            );
            for key in keys.into_iter().filter(|(_, k)| !k.is_empty()) {
                index.entry(key).or_insert(Whom::Stored(i));
            }
        }
        let mut known_visits: FxHashSet<VisitId> = visits.into_iter().cloned().collect();
        known_visits.extend(deleted_visits.into_iter().map(|t| t.id.clone()));
        Self {
            columns,
            clock,
            stored_ids,
            index,
            known_visits,
            seen: FxHashMap::default(),
            matched: FxHashSet::default(),
            result: VisitImport::default(),
        }
    }

    /// Reads `rows` of `table`; `new_id` names customers the import creates.
    pub fn read(
        &mut self,
        table: &Table,
        rows: Range<usize>,
        new_id: &mut impl FnMut() -> CustomerId,
    ) {
        for i in rows {
            let line = table.lines.get(i).copied().unwrap_or(i + 2);
            self.result.rows += 1;
            if let Err(problem) = self.read_row(&table.rows[i], new_id) {
                self.result.errors.push(LineError { line, problem });
            }
        }
    }

    pub fn finish(mut self) -> VisitImport {
        self.result.matched_customers = self.matched.len();
        self.result
    }

    fn cell<'r>(&self, row: &'r [String], column: VisitColumn) -> &'r str {
        self.columns
            .iter()
            .position(|c| *c == column)
            .and_then(|i| row.get(i))
            .map_or("", |cell| cell.trim())
    }

    fn read_row(
        &mut self,
        row: &[String],
        new_id: &mut impl FnMut() -> CustomerId,
    ) -> Result<(), RowProblem> {
        let number = self.cell(row, VisitColumn::Number);
        if number.chars().count() > NUMBER_MAX_CHARS {
            return Err(RowProblem::NumberTooLong);
        }
        let keys: Vec<(KeyKind, String)> = [
            (KeyKind::Number, number_key(number)),
            (
                KeyKind::Email,
                email_key(self.cell(row, VisitColumn::Email)),
            ),
            (
                KeyKind::Phone,
                phone_key(self.cell(row, VisitColumn::Phone)),
            ),
        ]
        .into_iter()
        .filter(|(_, k)| !k.is_empty())
        .collect();
        let Some(first_key) = keys.first().cloned() else {
            return Err(RowProblem::NoCustomer);
        };
        let day = parse_day(self.cell(row, VisitColumn::Date)).ok_or(RowProblem::Date)?;
        if day > self.clock.today {
            return Err(RowProblem::FutureDate);
        }
        let amount = Some(self.cell(row, VisitColumn::Amount))
            .filter(|a| !a.is_empty())
            .and_then(parse_amount)
            .ok_or(RowProblem::Amount)?;
        let item = nfkc(self.cell(row, VisitColumn::Item)).into_owned();
        if item.chars().count() > ITEM_MAX {
            return Err(RowProblem::ItemTooLong);
        }
        let quantity = match self.cell(row, VisitColumn::Quantity) {
            "" => 1,
            text => nfkc(text)
                .parse::<u32>()
                .ok()
                .filter(|q| (1..=QUANTITY_MAX).contains(q))
                .ok_or(RowProblem::Quantity)?,
        };
        let whom = match keys.iter().find_map(|key| self.index.get(key).copied()) {
            Some(whom) => whom,
            None => self.create(row, number, new_id)?,
        };
        for key in keys {
            self.index.entry(key).or_insert(whom);
        }

        let fingerprint = fingerprint(&first_key, day, amount, &item, quantity);
        let occurrence = self.seen.entry(fingerprint).or_default();
        *occurrence += 1;
        let id = VisitId::from_random_bytes(salted(fingerprint, *occurrence));
        if self.known_visits.contains(&id) {
            self.result.already_imported += 1;
            return Ok(());
        }
        let customer = match whom {
            Whom::Stored(i) => {
                self.matched.insert(i);
                self.stored_ids[i].clone()
            }
            Whom::Created(i) => self.result.new_customers[i].id.clone(),
        };
        let noon = day
            .and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon"))
            .and_local_timezone(self.clock.offset)
            .single()
            .map_or(self.clock.now, |at| at.with_timezone(&Utc));
        let mut visit = Visit::new(id, customer, noon, Money::yen(amount), self.clock.now);
        if !item.is_empty() {
            let count = Quantity {
                count: quantity,
                minutes: 0,
            };
            visit.items.push(VisitItem {
                name: item,
                booked: count,
                delivered: count,
            });
        }
        self.result.visits.push(visit);
        Ok(())
    }

    /// A customer for a row no one matches: named by the name column, else by its key.
    fn create(
        &mut self,
        row: &[String],
        number: &str,
        new_id: &mut impl FnMut() -> CustomerId,
    ) -> Result<Whom, RowProblem> {
        let email = self.cell(row, VisitColumn::Email);
        let phone = self.cell(row, VisitColumn::Phone);
        let name = [self.cell(row, VisitColumn::Name), number, email, phone]
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        let draft = CustomerDraft {
            name: name.to_owned(),
            phones: vec![phone.to_owned()],
            email: email.to_owned(),
            ..CustomerDraft::default()
        };
        let mut customer = draft
            .validate(self.clock.today)
            .map_err(|errors| RowProblem::Customer(errors[0]))?
            .into_new_customer(new_id(), self.clock.now);
        customer.number = nfkc(number).into_owned();
        self.result.new_customers.push(customer);
        Ok(Whom::Created(self.result.new_customers.len() - 1))
    }
}

/// A date as tills and spreadsheets write it: 2026-11-24, 2026/11/24, 20261124 (also with
/// a time after it, which is ignored, and in full-width digits).
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = nfkc(text);
    let date = text.split([' ', 'T']).next().unwrap_or_default();
    if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(date, "%Y%m%d").ok();
    }
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let [y, m, d] = parts[..] else {
        return None;
    };
    if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        .filter(|day| day.year_ce().1 >= 1900)
}

fn number_key(text: &str) -> String {
    nfkc(text).trim().to_uppercase()
}

fn email_key(text: &str) -> String {
    nfkc(text).trim().to_lowercase()
}

/// 16 bytes from the row's content (see [`content_bytes`]).
fn fingerprint(
    key: &(KeyKind, String),
    day: NaiveDate,
    amount: i64,
    item: &str,
    quantity: u32,
) -> [u8; 16] {
    let kind = match key.0 {
        KeyKind::Number => "n",
        KeyKind::Email => "e",
        KeyKind::Phone => "p",
    };
    let text = format!(
        "{kind}\u{1F}{}\u{1F}{day}\u{1F}{amount}\u{1F}{item}\u{1F}{quantity}",
        key.1
    );
    content_bytes(&text)
}

fn salted(mut bytes: [u8; 16], occurrence: u32) -> [u8; 16] {
    let salt = fnv1a(u64::from(occurrence), &bytes).to_le_bytes();
    for (b, s) in bytes.iter_mut().zip(salt.iter().cycle()) {
        *b ^= s;
    }
    bytes
}

impl RowProblem {
    /// What to tell the owner, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NoCustomer => lang.text(BookKey::VisitImportNoCustomer).to_owned(),
            Self::Date => lang.text(BookKey::VisitImportBadDate).to_owned(),
            Self::FutureDate => lang.text(BookKey::VisitImportFutureDate).to_owned(),
            Self::Amount => lang.text(BookKey::ErrAmountInvalid).to_owned(),
            Self::Quantity => lang.text(BookKey::VisitImportBadQuantity).to_owned(),
            Self::NumberTooLong => lang.format(
                BookKey::ErrTooLong,
                &[("max", &NUMBER_MAX_CHARS.to_string())],
            ),
            Self::ItemTooLong => {
                lang.format(BookKey::ErrTooLong, &[("max", &ITEM_MAX.to_string())])
            }
            Self::Customer(error) => {
                let field = match error.field {
                    Field::Email => BookKey::FieldEmail,
                    Field::Phone(_) => BookKey::ColumnPhone,
                    _ => BookKey::FieldName,
                };
                format!("{}: {}", lang.text(field), error.problem.message(lang))
            }
        }
    }
}
