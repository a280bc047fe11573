//! Decoding and parsing a CSV file into a table of text cells.

use crate::core::i18n::{BookKey, Lang};
use csv::ReaderBuilder;

/// CSV files above this size are refused (10,000 customers take well under 2 MB).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_ROWS: usize = 50_000;

/// The text encoding the file turned out to be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    ShiftJis,
    /// What older Japanese systems (and some web services) still export.
    EucJp,
}

/// A parsed file: the header row and the data rows, each as long as the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub encoding: TextEncoding,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The line each row starts on, as a text editor counts (blank rows are skipped and a cell
    /// may span lines, so this is not simply the row's index).
    pub lines: Vec<usize>,
}

/// Why a CSV file cannot be read. Lines count from 1, as a spreadsheet shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    TooLarge,
    /// Not UTF-8, Shift_JIS or EUC-JP.
    UnknownEncoding,
    Empty,
    /// A row with a different number of cells than the header.
    Ragged {
        line: usize,
        found: usize,
        expected: usize,
    },
    TooManyRows {
        max: usize,
    },
    Malformed {
        line: u64,
    },
}

/// Strict decoding of the legacy Japanese encodings, which the platform provides: the browser's
/// own `TextDecoder` in the app (so the download carries no encoding tables of its own), the
/// `encoding_rs` crate natively. Both implement the WHATWG Encoding Standard, so they agree
/// byte for byte (a browser test holds them to it).
pub trait LegacyDecoder {
    /// `bytes` as text in `encoding` ([`TextEncoding::ShiftJis`] or [`TextEncoding::EucJp`]),
    /// or `None` when some byte sequence is not valid in it. No BOM handling.
    fn decode(&self, bytes: &[u8], encoding: TextEncoding) -> Option<String>;
}

/// Decodes and parses `bytes` (a customer list: at most [`MAX_ROWS`] rows).
pub fn read_table(bytes: &[u8], legacy: &dyn LegacyDecoder) -> Result<Table, TableError> {
    read_table_of(bytes, MAX_ROWS, legacy)
}

/// Decodes and parses `bytes`, refusing more than `max_rows` data rows.
pub fn read_table_of(
    bytes: &[u8],
    max_rows: usize,
    legacy: &dyn LegacyDecoder,
) -> Result<Table, TableError> {
    if bytes.len() > MAX_BYTES {
        return Err(TableError::TooLarge);
    }
    let (text, encoding) = decode(bytes, legacy)?;
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
    let mut lines = Vec::new();
    let mut lines_to = LineCounter::default();
    for record in records {
        let record = record.map_err(|e| malformed(&e))?;
        let byte = record.position().map_or(0, |p| p.byte());
        let line = lines_to.line_at(&text, byte);
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
        if rows.len() == max_rows {
            return Err(TableError::TooManyRows { max: max_rows });
        }
        rows.push(
            record
                .iter()
                .map(|cell| unprotect(cell.trim()).to_owned())
                .collect(),
        );
        lines.push(line);
    }
    Ok(Table {
        encoding,
        headers,
        rows,
        lines,
    })
}

/// Counts lines as a text editor does, up to where each record starts. The CSV reader's own
/// count runs differently around skipped blank lines, so the lines are counted here from the
/// record's byte offset — incrementally, as records come in order.
#[derive(Default)]
struct LineCounter {
    byte: usize,
    line: usize,
}

impl LineCounter {
    /// The line of the first character at or after `byte` that is not a line break.
    fn line_at(&mut self, text: &str, byte: u64) -> usize {
        let byte = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        let bytes = text.as_bytes();
        let start = bytes[byte..]
            .iter()
            .position(|b| !matches!(b, b'\n' | b'\r'))
            .map_or(text.len(), |skip| byte + skip);
        if start >= self.byte {
            self.line += bytes[self.byte..start]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.byte = start;
        }
        self.line + 1
    }
}

/// Characters that make a spreadsheet read a cell as a formula when they come first.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as written to a CSV file: text a spreadsheet would run as a formula (`=HYPERLINK(…)`,
/// or a phone written `+81 …`) gets a leading `'`, which spreadsheets take as "this is text".
pub fn protect(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A cell as read back: the `'` that [`protect`] added is dropped again.
fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

fn malformed(error: &csv::Error) -> TableError {
    TableError::Malformed {
        line: error.position().map_or(0, |p| p.line()),
    }
}

/// UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; else Shift_JIS or EUC-JP, whichever
/// the bytes are valid in — and when they are valid in both, the one that reads as Japanese
/// (EUC-JP's kanji decode as Shift_JIS half-width katakana). Else an error: a wrong guess would
/// silently garble every name.
fn decode(bytes: &[u8], legacy: &dyn LegacyDecoder) -> Result<(String, TextEncoding), TableError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), TextEncoding::Utf8));
    }
    match (
        legacy.decode(bytes, TextEncoding::ShiftJis),
        legacy.decode(bytes, TextEncoding::EucJp),
    ) {
        (Some(sjis), Some(euc)) if japanese_score(&euc) > japanese_score(&sjis) => {
            Ok((euc, TextEncoding::EucJp))
        }
        (Some(sjis), _) => Ok((sjis, TextEncoding::ShiftJis)),
        (None, Some(euc)) => Ok((euc, TextEncoding::EucJp)),
        (None, None) => Err(TableError::UnknownEncoding),
    }
}

/// How much `text` reads like Japanese: kanji, hiragana and katakana count for it, half-width
/// katakana (rare in real data, but what another encoding's kanji turn into) against it.
fn japanese_score(text: &str) -> i64 {
    text.chars()
        .map(|c| match c {
            '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' => 1,
            '\u{FF61}'..='\u{FF9F}' => -1,
            _ => 0,
        })
        .sum()
}

impl TableError {
    /// What to tell the owner, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLarge => lang.text(BookKey::CsvTooLarge).to_owned(),
            Self::UnknownEncoding => lang.text(BookKey::CsvUnknownEncoding).to_owned(),
            Self::Empty => lang.text(BookKey::CsvEmpty).to_owned(),
            Self::TooManyRows { max } => lang.format(
                BookKey::CsvTooManyRows,
                &[("max", &crate::core::i18n::group(*max as i64))],
            ),
            Self::Ragged {
                line,
                found,
                expected,
            } => lang.format(
                BookKey::CsvRagged,
                &[
                    ("line", &line.to_string()),
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
            Self::Malformed { line } => {
                lang.format(BookKey::CsvMalformed, &[("line", &line.to_string())])
            }
        }
    }
}
