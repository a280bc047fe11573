//! Japanese-aware text folding for search, and the 五十音 collation key for sorting.
//!
//! Owners type names however their keyboard happens to be set: hiragana or katakana, full- or
//! half-width, with or without spaces and hyphens. Search folds both the query and the stored
//! fields to one canonical form, so that やまだ, ヤマダ and ﾔﾏﾀﾞ all find the customer whose reading
//! is ヤマダ. The folding is Unicode NFKC (full/half width, composed voiced marks) followed by
//! lower-casing and hiragana → katakana.

use crate::core::normalize::nfkc;

/// Folds text for matching: NFKC, lower case, hiragana as katakana, and without the characters
/// people insert or leave out freely (white space, hyphens, parentheses).
pub fn fold(text: &str) -> String {
    // Lower-casing can leave a decomposed sequence, and dropping a hyphen can bring a base
    // letter next to a combining mark: normalising once more at the end makes folding
    // idempotent (fold(fold(x)) == fold(x)), which the search relies on.
    let folded: String = nfkc(text)
        .chars()
        .flat_map(char::to_lowercase)
        .map(hiragana_to_katakana)
        .filter(|c| !is_ignorable(*c))
        .collect();
    nfkc(&folded).into_owned()
}

/// Turns a typed reading into the stored form: full-width katakana with single spaces. Returns
/// `None` when it holds anything but kana, the prolonged sound mark, the middle dot or spaces.
pub fn normalize_reading(text: &str) -> Option<String> {
    let converted: String = nfkc(text).chars().map(hiragana_to_katakana).collect();
    let words: Vec<&str> = converted.split_whitespace().collect();
    let joined = words.join(" ");
    joined
        .chars()
        .all(|c| c == ' ' || is_katakana(c))
        .then_some(joined)
}

/// True for the katakana block (which includes ー and ・).
pub fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FF}').contains(&c)
}

fn hiragana_to_katakana(c: char) -> char {
    match c {
        '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' => {
            char::from_u32(c as u32 + 0x60).unwrap_or(c)
        }
        _ => c,
    }
}

fn is_ignorable(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '(' | ')')
}

/// The key that orders customers in 五十音 order (JIS X 4061 in spirit): first by the reading
/// with voicing marks and small kana set aside (so カキ < ガク < キ), then by the reading as
/// written, so that otherwise-equal readings still order voiceless before voiced. Names without
/// any kana reading come after all that have one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CollationKey {
    has_reading: HasReading,
    primary: String,
    secondary: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum HasReading {
    Yes,
    No,
}

impl CollationKey {
    /// `reading` is the stored フリガナ; when it is empty, a name written only in kana serves.
    pub fn new(reading: &str, name: &str) -> Self {
        let from_name = normalize_reading(name).filter(|r| !r.trim().is_empty());
        let kana = if reading.trim().is_empty() {
            from_name
        } else {
            normalize_reading(reading)
        };
        match kana {
            Some(kana) => {
                let secondary = fold(&kana);
                Self {
                    has_reading: HasReading::Yes,
                    primary: primary_key(&secondary),
                    secondary,
                }
            }
            None => Self {
                has_reading: HasReading::No,
                primary: fold(name),
                secondary: String::new(),
            },
        }
    }
}

/// The reading with voicing marks removed, small kana made large, and each ー read as the
/// vowel before it (ラーメン as ラアメン), as 五十音 order compares readings first.
fn primary_key(reading: &str) -> String {
    let mut key = String::with_capacity(reading.len());
    let mut previous = None;
    for c in reading.chars().map(unvoiced).map(small_to_large) {
        let c = match c {
            'ー' => previous.and_then(vowel_of).unwrap_or(c),
            other => other,
        };
        key.push(c);
        previous = Some(c);
    }
    key
}

/// The vowel a (large, unvoiced) katakana ends in.
fn vowel_of(c: char) -> Option<char> {
    const ROWS: [(&str, char); 5] = [
        ("アカサタナハマヤラワ", 'ア'),
        ("イキシチニヒミリヰ", 'イ'),
        ("ウクスツヌフムユル", 'ウ'),
        ("エケセテネヘメレヱ", 'エ'),
        ("オコソトノホモヨロヲ", 'オ'),
    ];
    ROWS.iter()
        .find(|(row, _)| row.contains(c))
        .map(|(_, vowel)| *vowel)
}

/// A katakana without its voicing mark (ガ → カ, パ → ハ, ヴ → ウ), as canonical decomposition
/// and dropping the combining mark would give; other characters as they are.
pub fn unvoiced(c: char) -> char {
    let back = match c {
        'ガ' | 'ギ' | 'グ' | 'ゲ' | 'ゴ' | 'ザ' | 'ジ' | 'ズ' | 'ゼ' | 'ゾ' | 'ダ' | 'ヂ'
        | 'ヅ' | 'デ' | 'ド' | 'バ' | 'ビ' | 'ブ' | 'ベ' | 'ボ' | 'ヾ' => 1,
        'パ' | 'ピ' | 'プ' | 'ペ' | 'ポ' => 2,
        'ヴ' => return 'ウ',
        'ヷ'..='ヺ' => 8,
        _ => 0,
    };
    char::from_u32(c as u32 - back).unwrap_or(c)
}

fn small_to_large(c: char) -> char {
    match c {
        'ァ' => 'ア',
        'ィ' => 'イ',
        'ゥ' => 'ウ',
        'ェ' => 'エ',
        'ォ' => 'オ',
        'ッ' => 'ツ',
        'ャ' => 'ヤ',
        'ュ' => 'ユ',
        'ョ' => 'ヨ',
        'ヮ' => 'ワ',
        'ヵ' => 'カ',
        'ヶ' => 'ケ',
        _ => c,
    }
}
