//! Decoding and parsing a CSV file into a table of text cells.

use crate::core::i18n::{Key, Lang};
use csv::ReaderBuilder;

/// CSV files above this size are refused (10,000 customers take well under 2 MB).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_ROWS: usize = 50_000;

/// The text encoding the file turned out to be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    ShiftJis,
}

/// A parsed file: the header row and the data rows, each as long as the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub encoding: TextEncoding,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Why a CSV file cannot be read. Lines count from 1, as a spreadsheet shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    TooLarge,
    /// Neither UTF-8 nor Shift_JIS.
    UnknownEncoding,
    Empty,
    /// A row with a different number of cells than the header.
    Ragged {
        line: u64,
        found: usize,
        expected: usize,
    },
    TooManyRows,
    Malformed {
        line: u64,
    },
}

/// Decodes and parses `bytes`.
pub fn read_table(bytes: &[u8]) -> Result<Table, TableError> {
    if bytes.len() > MAX_BYTES {
        return Err(TableError::TooLarge);
    }
    let (text, encoding) = decode(bytes)?;
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        None => return Err(TableError::Empty),
        Some(Err(error)) => return Err(malformed(&error)),
        Some(Ok(record)) => record.iter().map(|cell| cell.trim().to_owned()).collect(),
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| malformed(&e))?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() != headers.len() {
            return Err(TableError::Ragged {
                line,
                found: record.len(),
                expected: headers.len(),
            });
        }
        if rows.len() == MAX_ROWS {
            return Err(TableError::TooManyRows);
        }
        rows.push(record.iter().map(|cell| cell.trim().to_owned()).collect());
    }
    Ok(Table {
        encoding,
        headers,
        rows,
    })
}

fn malformed(error: &csv::Error) -> TableError {
    TableError::Malformed {
        line: error.position().map_or(0, |p| p.line()),
    }
}

/// UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Shift_JIS when they are valid
/// Shift_JIS, else an error: a wrong guess would silently garble every name.
fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), TableError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), TextEncoding::Utf8));
    }
    encoding_rs::SHIFT_JIS
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| (text.into_owned(), TextEncoding::ShiftJis))
        .ok_or(TableError::UnknownEncoding)
}

impl TableError {
    /// What to tell the owner, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLarge => lang.text(Key::CsvTooLarge).to_owned(),
            Self::UnknownEncoding => lang.text(Key::CsvUnknownEncoding).to_owned(),
            Self::Empty => lang.text(Key::CsvEmpty).to_owned(),
            Self::TooManyRows => lang.text(Key::CsvTooManyRows).to_owned(),
            Self::Ragged {
                line,
                found,
                expected,
            } => lang.format(
                Key::CsvRagged,
                &[
                    ("line", &line.to_string()),
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
            Self::Malformed { line } => {
                lang.format(Key::CsvMalformed, &[("line", &line.to_string())])
            }
        }
    }
}
