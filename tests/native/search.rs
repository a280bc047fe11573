//! Search: which customers a typed query finds.

use super::support::{at, id};
use proptest::prelude::*;
use tsunagu::core::book::{CustomerBook, Query, SortOrder};
use tsunagu::core::corpus::Corpus;
use tsunagu::core::customer::Customer;
use tsunagu::core::draft::CustomerDraft;
use tsunagu::core::text::fold;

fn book() -> CustomerBook {
    let rows = [
        (
            "山田 太郎",
            "ヤマダ タロウ",
            "090-1234-5678",
            "taro@example.jp",
            "常連, モーニング",
        ),
        ("山田 花子", "やまだ はなこ", "03-9876-5432", "", "ランチ"),
        (
            "佐藤 一郎",
            "サトウ イチロウ",
            "",
            "ichiro.sato@example.com",
            "VIP",
        ),
        (
            "Smith John",
            "スミス ジョン",
            "+44 20 7946 0000",
            "john@example.co.uk",
            "",
        ),
        ("ab", "", "", "cd@example.jp", ""),
    ];
    CustomerBook::new(
        rows.iter()
            .enumerate()
            .map(|(i, (name, reading, phone, email, tags))| {
                CustomerDraft {
                    name: (*name).into(),
                    reading: (*reading).into(),
                    phones: vec![(*phone).into()],
                    email: (*email).into(),
                    tags: (*tags).into(),
                    ..CustomerDraft::default()
                }
                .validate(super::support::today())
                .expect("valid")
                .into_new_customer(id(i as u8 + 1), at(2026, 1, 1, 9, i as u32))
            }),
    )
}

#[track_caller]
fn check(query: &str, expected: &[&str]) {
    let book = book();
    let mut found: Vec<&str> = book
        .search(&Query::parse(query), SortOrder::Reading)
        .into_iter()
        .map(|c| c.name.as_str())
        .collect();
    found.sort();
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(found, expected, "query {query:?}");
}

#[test]
fn readings_match_in_any_kana_and_width() {
    check("やまだ", &["山田 太郎", "山田 花子"]);
    check("ヤマダ", &["山田 太郎", "山田 花子"]);
    check("ﾔﾏﾀﾞ", &["山田 太郎", "山田 花子"]);
    check("ﾔﾏﾀﾞ ﾊﾅｺ", &["山田 花子"]);
    check("やまだはなこ", &["山田 花子"]);
    check("すみす", &["Smith John"]);
    check("サトウ", &["佐藤 一郎"]);
}

#[test]
fn names_match_without_caring_for_spaces_case_or_width() {
    check("山田", &["山田 太郎", "山田 花子"]);
    check("山田太郎", &["山田 太郎"]);
    check("smith", &["Smith John"]);
    check("ＳＭＩＴＨ", &["Smith John"]);
    check("john smith", &["Smith John"]);
}

#[test]
fn phones_match_by_digits_with_or_without_separators() {
    check("09012345678", &["山田 太郎"]);
    check("090-1234", &["山田 太郎"]);
    check("０９０１２３４", &["山田 太郎"]);
    check("9876", &["山田 花子"]);
    check("+44", &["Smith John"]);
}

#[test]
fn emails_and_tags_match() {
    check("ichiro.sato", &["佐藤 一郎"]);
    check("example.co.uk", &["Smith John"]);
    check("vip", &["佐藤 一郎"]);
    check("もーにんぐ", &["山田 太郎"]);
}

#[test]
fn every_term_must_match_and_terms_do_not_span_fields() {
    check("山田 ランチ", &["山田 花子"]);
    check("山田 VIP", &[]);
    // name "ab" + email "cd@…": "bc" would only match across the field boundary.
    check("bc", &[]);
    check("abcd", &[]);
}

#[test]
fn an_empty_or_blank_query_finds_everyone() {
    check(
        "",
        &["山田 太郎", "山田 花子", "佐藤 一郎", "Smith John", "ab"],
    );
    check(
        " \u{3000} ",
        &["山田 太郎", "山田 花子", "佐藤 一郎", "Smith John", "ab"],
    );
}

/// A random rewrite of `text` that a person might type instead: each kana as hiragana or
/// katakana, each ASCII character half- or full-width and in either case.
fn variant(text: &str, choices: &[bool]) -> String {
    text.chars()
        .zip(choices.iter().cycle())
        .map(|(c, flip)| match c {
            'ァ'..='ヶ' if *flip => char::from_u32(c as u32 - 0x60).unwrap(),
            'ぁ'..='ゖ' if *flip => char::from_u32(c as u32 + 0x60).unwrap(),
            '!'..='~' if *flip => {
                let c = if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c
                };
                char::from_u32(c as u32 + 0xFEE0).unwrap()
            }
            _ => c,
        })
        .collect()
}

fn kana_word() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(
        "アイウエオカガキギクグケゲコゴサザシジスズセソタダチッツテトナニヌネノハバパヒビピフブプヘベペホボポマミムメモヤャユュヨョラリルレロワヲンー"
            .chars()
            .collect::<Vec<_>>(),
    ), 1..8)
    .prop_map(|cs| cs.into_iter().collect())
}

fn customer_strategy() -> impl Strategy<Value = Customer> {
    (
        kana_word(),
        kana_word(),
        "[a-z]{1,8}",
        "[0-9]{2,4}-[0-9]{4}",
        "[a-z]{1,6}",
    )
        .prop_map(|(family, given, latin, phone, tag)| {
            CustomerDraft {
                name: format!("{latin} {family}"),
                reading: format!("{family} {given}"),
                phones: vec![format!("090-{phone}")],
                email: format!("{latin}@example.jp"),
                tags: tag,
                ..CustomerDraft::default()
            }
            .validate(super::support::today())
            .expect("generated drafts are valid")
            .into_new_customer(id(1), at(2026, 1, 1, 0, 0))
        })
}

proptest! {
    #[test]
    fn folding_twice_changes_nothing(text in "\\PC{0,40}") {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn a_customer_is_found_by_any_spelling_of_any_of_its_fields(
        customer in customer_strategy(),
        choices in prop::collection::vec(any::<bool>(), 1..16),
        field in 0usize..5,
    ) {
        let text = match field {
            0 => customer.name.clone(),
            1 => customer.reading.clone(),
            2 => customer.phones[0].replace('-', ""),
            3 => customer.email.clone(),
            _ => customer.tags[0].clone(),
        };
        let query = variant(&text, &choices);
        let book = CustomerBook::new([customer.clone()]);
        let found = book.search(&Query::parse(&query), SortOrder::Reading);
        prop_assert_eq!(found.len(), 1, "query {:?} for {:?}", query, text);
    }

    /// Typing on narrows the last search's matches instead of scanning every customer; typed
    /// on, deleted back, retyped or in another order, every keystroke finds exactly what a
    /// search from scratch finds.
    #[test]
    fn a_search_typed_a_keystroke_at_a_time_finds_what_a_fresh_search_finds(
        customers in prop::collection::vec(customer_strategy(), 1..24),
        typed in "[-アカサタヤマイやま09ａA ]{0,7}",
        retyped in "[-アカサタヤマイやま09ａA ]{0,7}",
        orders in prop::collection::vec(0usize..3, 1..4),
    ) {
        let customers: Vec<Customer> = customers
            .into_iter()
            .enumerate()
            .map(|(i, c)| Customer { id: id(i as u8 + 1), ..c })
            .collect();
        let prefixes = |text: &str| -> Vec<String> {
            let chars: Vec<char> = text.chars().collect();
            (0..=chars.len()).map(|n| chars[..n].iter().collect()).collect()
        };
        let mut keystrokes = prefixes(&typed);
        keystrokes.extend(prefixes(&typed).into_iter().rev());
        keystrokes.extend(prefixes(&retyped));
        let book = CustomerBook::new(customers.clone());
        for (n, text) in keystrokes.iter().enumerate() {
            let order = SortOrder::ALL[orders[n % orders.len()]];
            let query = Query::parse(text);
            let ids = |found: Vec<&Customer>| found.into_iter().map(|c| c.id.clone()).collect::<Vec<_>>();
            let fresh = CustomerBook::new(customers.clone());
            let found = ids(book.search(&query, order));
            prop_assert_eq!(&found, &ids(fresh.search(&query, order)), "{:?} in {:?} order", text, order);
            // By definition: everyone, in that order, whose fields hold every term.
            let terms: Vec<String> = text.split(char::is_whitespace).map(fold).filter(|t| !t.is_empty()).collect();
            let everyone = book.search(&Query::parse(""), order);
            let expected = everyone.into_iter().filter(|c| {
                let mut fields = vec![c.name.clone(), c.reading.clone(), c.email.clone()];
                fields.extend(c.phones.iter().cloned());
                fields.extend(c.tags.iter().cloned());
                terms.iter().all(|t| fields.iter().any(|f| fold(f).contains(t.as_str())))
            });
            prop_assert_eq!(found, ids(expected.collect()), "{:?} in {:?} order", text, order);
        }
    }
}

proptest! {
    /// One pass over the texts laid end to end finds the texts holding every term, exactly
    /// as looking in each text does: none missed, none matched across two texts.
    #[test]
    fn a_corpus_finds_the_texts_holding_every_term(
        texts in prop::collection::vec("[abアイ0\u{1F} ]{0,6}", 0..30),
        terms in prop::collection::vec("[abアイ0]{1,3}", 1..4),
    ) {
        let corpus = Corpus::new(texts.iter().map(String::as_str));
        let finders: Vec<&str> = terms.iter().map(String::as_str).collect();
        let expected: Vec<bool> = texts
            .iter()
            .map(|text| terms.iter().all(|t| text.contains(t.as_str())))
            .collect();
        prop_assert_eq!(corpus.len(), texts.len());
        prop_assert_eq!(corpus.containing_all(&finders), expected);
    }
}
