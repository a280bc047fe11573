//! Customers from and to spreadsheets (CSV), the way small businesses already keep lists.
//!
//! Import runs in stages the owner can follow: [`table::read_table`] decodes the file (UTF-8,
//! with or without BOM, or Shift_JIS as Japanese Excel writes it) and parses it strictly;
//! [`mapping`] guesses which column is which from the headers; [`plan::plan_import`] turns each
//! row into a new customer, a likely duplicate of someone already known (never created twice
//! silently), or a row that cannot be used and why. [`export`] writes customers back out.

pub mod export;
pub mod mapping;
pub mod plan;
pub mod table;
