//! vCards for a phone's contacts: one card written out in full, the escaping of text values,
//! names in Japanese and Western order, and folding — at most 75 octets a line, never inside a
//! character, and unfolding gives back the line.

use super::support::person;
use chrono::NaiveDate;
use proptest::prelude::*;
use tsunagu::core::customer::Customer;
use tsunagu::core::relations::vcard::{escape, fold_line, split_name, to_vcard, unfold};

#[test]
fn a_card_carries_the_name_its_reading_and_the_ways_to_reach_them() {
    let mut hanako = person(1, "山田 花子", "ヤマダ ハナコ");
    hanako.phones = vec!["090-1234-5678".into(), "03-1234-5678".into()];
    hanako.email = "hanako@example.jp".into();
    hanako.birthday = NaiveDate::from_ymd_opt(1990, 4, 1);
    hanako.tags = vec!["犬".into(), "VIP; 常連".into(), "a,b".into()];
    let mut ken = person(2, "Ken Takahashi", "");
    ken.tags = vec![" ".into()];
    let list: Vec<&Customer> = vec![&hanako, &ken];
    assert_eq!(
        to_vcard(&list),
        "BEGIN:VCARD\r\n\
         VERSION:3.0\r\n\
         FN:山田 花子\r\n\
         N:山田;花子;;;\r\n\
         X-PHONETIC-LAST-NAME:ヤマダ\r\n\
         X-PHONETIC-FIRST-NAME:ハナコ\r\n\
         SORT-STRING:ヤマダ ハナコ\r\n\
         TEL;TYPE=VOICE:090-1234-5678\r\n\
         TEL;TYPE=VOICE:03-1234-5678\r\n\
         EMAIL;TYPE=INTERNET:hanako@example.jp\r\n\
         BDAY:1990-04-01\r\n\
         CATEGORIES:犬,VIP\\; 常連,a\\,b\r\n\
         END:VCARD\r\n\
         BEGIN:VCARD\r\n\
         VERSION:3.0\r\n\
         FN:Ken Takahashi\r\n\
         N:Takahashi;Ken;;;\r\n\
         END:VCARD\r\n"
    );
    assert_eq!(to_vcard(&[]), "");
}

#[test]
fn names_split_into_family_and_given_by_how_they_are_written() {
    let check = |name: &str, family: &str, given: &str| {
        assert_eq!(
            split_name(name),
            (family.to_owned(), given.to_owned()),
            "{name:?}"
        );
    };
    check("山田 花子", "山田", "花子");
    check("山田\u{3000}花子", "山田", "花子");
    check("やまだ はなこ", "やまだ", "はなこ");
    check("山田花子", "山田花子", "");
    check("Hanako Yamada", "Yamada", "Hanako");
    check("Mary Ann Smith", "Smith", "Mary Ann");
    check("Cher", "Cher", "");
    check("  ", "", "");
}

#[test]
fn text_values_escape_backslash_comma_semicolon_and_line_breaks() {
    let check = |text: &str, expected: &str| assert_eq!(escape(text), expected, "{text:?}");
    check("plain 日本語", "plain 日本語");
    check("a\\b", "a\\\\b");
    check("x;y,z", "x\\;y\\,z");
    check("1\n2\r\n3\r4", "1\\n2\\n3\\n4");
    check("\\,", "\\\\\\,");
}

#[test]
fn a_long_line_folds_at_75_octets_between_characters() {
    // "FN:" and 24 three-octet characters fill the first line exactly; a continuation's space
    // leaves room for 24 more.
    let line = format!("FN:{}", "あ".repeat(40));
    assert_eq!(
        fold_line(&line),
        format!("FN:{}\r\n {}", "あ".repeat(24), "あ".repeat(16))
    );
    let ascii = "N".repeat(75);
    assert_eq!(fold_line(&ascii), ascii);
    let longer = "N".repeat(76);
    assert_eq!(fold_line(&longer), format!("{}\r\n N", "N".repeat(75)));
    // A four-octet character that does not fit moves to the next line whole.
    let emoji = format!("{}🐕", "x".repeat(73));
    assert_eq!(fold_line(&emoji), format!("{}\r\n 🐕", "x".repeat(73)));
    assert_eq!(unfold("FN:ab\r\n cd\r\n\tef"), "FN:abcdef");
}

#[test]
fn a_card_with_a_long_japanese_name_unfolds_to_its_lines() {
    let long =
        "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処".repeat(2);
    let c = person(3, &long, "ジュゲム");
    let text = to_vcard(&[&c]);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} has {} octets", line.len());
    }
    assert!(unfold(&text).contains(&format!("\r\nFN:{long}\r\n")));
}

proptest! {
    /// Any line without line breaks folds into pieces of at most 75 octets, each as full as the
    /// next character allows, and unfolds back to the same text.
    #[test]
    fn folding_then_unfolding_gives_back_the_line(line in "[^\r\n]{0,200}") {
        let folded = fold_line(&line);
        let pieces: Vec<&str> = folded.split("\r\n").collect();
        for (i, piece) in pieces.iter().enumerate() {
            prop_assert!(piece.len() <= 75, "{:?} has {} octets", piece, piece.len());
            if i > 0 {
                prop_assert!(piece.starts_with(' '));
            }
            if let Some(next) = pieces.get(i + 1) {
                let first = next[1..].chars().next().unwrap();
                prop_assert!(piece.len() + first.len_utf8() > 75, "{:?} could hold {:?}", piece, first);
            }
        }
        prop_assert_eq!(unfold(&folded), line);
    }
}
