//! 五十音 order of the customer list.

use super::support::person;
use tsunagu::core::book::{CustomerBook, Query, SortOrder};

/// `people` are (name, reading); `expected` is the list order by name.
#[track_caller]
fn check(people: &[(&str, &str)], expected: &[&str]) {
    let book = CustomerBook::new(
        people
            .iter()
            .enumerate()
            .map(|(i, (name, reading))| person(i as u8 + 1, name, reading)),
    );
    let order: Vec<&str> = book
        .search(&Query::default(), SortOrder::Reading)
        .into_iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(order, expected);
}

#[test]
fn plain_gojuon_order() {
    check(
        &[
            ("渡辺", "ワタナベ"),
            ("安藤", "アンドウ"),
            ("木村", "キムラ"),
            ("佐藤", "サトウ"),
        ],
        &["安藤", "木村", "佐藤", "渡辺"],
    );
}

#[test]
fn voiced_kana_sort_with_their_plain_kana() {
    // By code point カナイ < ガクト; in 五十音 order ガクト compares as カクト, before カナイ.
    check(&[("金井", "カナイ"), ("岳斗", "ガクト")], &["岳斗", "金井"]);
    // ゴトウ compares as コトウ and コジマ as コシマ: シ before ト.
    check(
        &[("後藤", "ゴトウ"), ("木村", "キムラ"), ("小島", "コジマ")],
        &["木村", "小島", "後藤"],
    );
}

#[test]
fn the_prolonged_sound_mark_reads_as_the_vowel_before_it() {
    // ラーメン compares as ラアメン, so before ライス, and コーヒー as コオヒイ, between コウチャ and
    // ココア; by code point ー (U+30FC) would sort after every kana.
    check(
        &[("ライス", "ライス"), ("ラーメン", "ラーメン")],
        &["ラーメン", "ライス"],
    );
    check(
        &[
            ("コーヒー", "コーヒー"),
            ("コウチャ", "コウチャ"),
            ("ココア", "ココア"),
        ],
        &["コウチャ", "コーヒー", "ココア"],
    );
}

#[test]
fn equal_but_for_voicing_puts_plain_first() {
    check(
        &[("パパ", "パパ"), ("ババ", "ババ"), ("ハハ", "ハハ")],
        &["ハハ", "ババ", "パパ"],
    );
}

#[test]
fn hiragana_readings_sort_as_katakana() {
    check(
        &[("佐藤", "さとう"), ("安藤", "アンドウ"), ("加藤", "かとう")],
        &["安藤", "加藤", "佐藤"],
    );
}

#[test]
fn a_kana_name_serves_when_the_reading_is_empty() {
    check(
        &[("さくら", ""), ("安藤", "アンドウ"), ("たかし", "")],
        &["安藤", "さくら", "たかし"],
    );
}

#[test]
fn customers_without_any_kana_come_last_by_name() {
    check(
        &[
            ("Zoe", ""),
            ("Adam", ""),
            ("安藤", "アンドウ"),
            ("山田", ""),
        ],
        &["安藤", "Adam", "Zoe", "山田"],
    );
}
