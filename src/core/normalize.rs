//! Unicode normalisation (NFKC), from the platform the app runs on.
//!
//! Search folding, readings, amounts, minutes, phone numbers and coupon codes all width-fold
//! what was typed with NFKC (６０ → 60, ﾔﾏﾀﾞ → ヤマダ). Natively it comes from the
//! `unicode-normalization` crate. In the browser it is JavaScript's own
//! `String.prototype.normalize`, which the app hands to [`install`] as it starts: the
//! browser already carries Unicode's tables, which the crate would add to the download again
//! (about a twentieth of it).
//!
//! Most of what an owner types — ASCII, kana, kanji — is already in normal form, and
//! [`is_stable`] sees that without asking the platform, so only the rest crosses into
//! JavaScript.

use std::borrow::Cow;

/// The platform's NFKC: the text in Normalization Form KC.
pub type Normalizer = fn(&str) -> String;

#[cfg(target_arch = "wasm32")]
static PLATFORM: std::sync::OnceLock<Normalizer> = std::sync::OnceLock::new();

/// Sets the platform's normalisation, once, before any text is folded (the browser's
/// `String.prototype.normalize`; natively the crate is used and this is not needed).
#[cfg(target_arch = "wasm32")]
pub fn install(normalizer: Normalizer) {
    // A second call hands over the same function; the first one stays.
    let _ = PLATFORM.set(normalizer);
}

/// `text` in Unicode Normalization Form KC (compatibility forms folded, then composed).
pub fn nfkc(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_stable) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(platform_nfkc(text))
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn platform_nfkc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect()
}

#[cfg(target_arch = "wasm32")]
fn platform_nfkc(text: &str) -> String {
    let normalizer = PLATFORM
        .get()
        .expect("normalize::install runs before any text is normalised");
    normalizer(text)
}

/// True for a character that NFKC leaves as it is wherever it stands among other such
/// characters: printable ASCII, hiragana and katakana (not the spacing voicing marks ゛゜,
/// which fold to a space and a combining mark, nor the digraphs ゟ and ヿ, which fold to two
/// kana), and the common CJK ideographs with 々 and 〆. None of them decomposes, and none
/// combines with another of them, so a text made only of them is already normalised.
pub fn is_stable(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{3041}'..='\u{3096}'
        | '\u{309D}'..='\u{309E}'
        | '\u{30A1}'..='\u{30FE}'
        | '\u{3005}'..='\u{3006}'
        | '\u{4E00}'..='\u{9FFF}')
}
