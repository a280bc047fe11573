//! NFKC with its quick path: text the quick path keeps must be what full normalisation gives.

use super::nfkc_cases::CASES;
use proptest::prelude::*;
use tsunagu::core::normalize::{is_stable, nfkc};
use tsunagu::core::text::unvoiced;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

fn full_nfkc(text: &str) -> String {
    text.nfkc().collect()
}

#[test]
fn check_folding() {
    for (typed, expected) in CASES {
        assert_eq!(nfkc(typed), *expected, "NFKC of {typed:?}");
    }
}

#[test]
fn every_character_the_quick_path_keeps_is_its_own_normal_form() {
    let stable: Vec<char> = (0..=0x10FFFF_u32)
        .filter_map(char::from_u32)
        .filter(|c| is_stable(*c))
        .collect();
    assert!(stable.len() > 20_000, "ASCII, kana and the CJK block");
    for c in stable {
        assert_eq!(
            full_nfkc(&c.to_string()),
            c.to_string(),
            "U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn a_katakana_without_its_voicing_mark_is_its_decomposition_without_the_mark() {
    for c in ('\u{30A0}'..='\u{30FF}').chain(['a', '山', 'か']) {
        let expected: String = c
            .to_string()
            .nfd()
            .filter(|m| !is_combining_mark(*m))
            .collect();
        assert_eq!(unvoiced(c).to_string(), expected, "U+{:04X}", c as u32);
    }
}

fn stable_text() -> impl Strategy<Value = String> {
    "[ -~ぁ-ゖゝゞァ-ヾ々〆一-鿿]{0,12}"
}

fn any_text() -> impl Strategy<Value = String> {
    "[ -~ぁ-ヿ\u{3000}-\u{303F}ｦ-ﾟ０-ｚ\u{0300}-\u{036F}À-ÿ一-龥㈠-㉃]{0,12}"
}

proptest! {
    #[test]
    fn text_made_of_kept_characters_is_already_normal(text in stable_text()) {
        prop_assert!(text.chars().all(is_stable));
        prop_assert_eq!(nfkc(&text), full_nfkc(&text));
    }

    #[test]
    fn nfkc_is_full_normalisation_for_any_text(text in any_text()) {
        prop_assert_eq!(nfkc(&text), full_nfkc(&text));
    }
}
