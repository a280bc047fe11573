//! In the browser the core's NFKC is JavaScript's `String.prototype.normalize`: it must fold
//! what owners type as the native build does, and search must find a name however typed.

use super::nfkc_cases::CASES;
use tsunagu::core::normalize::nfkc;
use tsunagu::core::text::{fold, normalize_reading};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn the_browser_normalises_as_the_native_build_does() {
    tsunagu::ui::normalize::install();
    for (typed, expected) in CASES {
        assert_eq!(nfkc(typed), *expected, "NFKC of {typed:?}");
    }
}

#[wasm_bindgen_test]
fn half_width_kana_and_hiragana_fold_to_the_same_search_text() {
    tsunagu::ui::normalize::install();
    assert_eq!(fold("ﾔﾏﾀﾞ ﾊﾅｺ"), fold("やまだ はなこ"));
    assert_eq!(fold("ﾔﾏﾀﾞ ﾊﾅｺ"), "ヤマダハナコ");
    assert_eq!(
        normalize_reading("ｻﾄｳ ｲﾁﾛｳ").as_deref(),
        Some("サトウ イチロウ")
    );
}
