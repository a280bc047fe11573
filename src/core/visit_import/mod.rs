//! Visit history from a spreadsheet: one row per purchase — whose (a customer number, an email
//! or a phone), when, how much, and optionally what — as a till or an older system exports it.
//!
//! [`columns`] guesses which column is which; [`plan::VisitImporter`] reads the rows in chunks
//! (so the screen can show progress), matches each row to a customer already known or to one
//! it creates, and collects every unusable row with its line. The import is all or nothing:
//! while any row is wrong, nothing is written. Each row's visit gets an id derived from the
//! row itself, so importing the same file twice adds nothing the second time.

pub mod columns;
pub mod plan;
