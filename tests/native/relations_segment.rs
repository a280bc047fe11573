//! Newsletter lists: each filter condition on a small book with known tiers, segments and last
//! visits, the 五十音 order, the CSV read back through the `csv` crate, and blind-copy mail links:
//! every address in exactly one link, each link within its length.

use super::support::person;
use chrono::NaiveDate;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use tsunagu::core::customer::{Customer, CustomerId, TierOverride};
use tsunagu::core::i18n::Lang;
use tsunagu::core::identify::analysis::{analyse, Analysis, AnalysisSettings};
use tsunagu::core::identify::history::Purchase;
use tsunagu::core::identify::rfm::Segment;
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::relations::links::{mailto_bcc, BccError, MAILTO_MAX_LEN};
use tsunagu::core::relations::segment::{select, to_csv, LastVisitFilter, SegmentFilter};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// One customer of the test book: number, name, reading, email, phone, tags, and the tier,
/// segment and last visit the analysis gives them (none: never came).
struct Row(
    u8,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<(Tier, Segment, &'static str)>,
);

/// A book of five, and an analysis as of 2026-11-23 with each one's tier, segment and last
/// visit set as written here (高橋 never came; the owner put them in tier A).
fn book() -> (Vec<Customer>, Analysis<CustomerId>) {
    use Segment::*;
    use Tier::*;
    let rows = [
        Row(
            1,
            "山田 花子",
            "ヤマダ ハナコ",
            "hanako@example.jp",
            "090-1111-1111",
            &["犬", "VIP"],
            Some((A, Champion, "2026-11-20")),
        ),
        Row(
            2,
            "佐藤 太郎",
            "サトウ タロウ",
            "",
            "090-2222-2222",
            &["猫"],
            Some((B, AtRisk, "2026-08-01")),
        ),
        Row(
            3,
            "伊藤 美咲",
            "イトウ ミサキ",
            "misaki@example.jp",
            "",
            &["ｖｉｐ"],
            Some((C, Lost, "2026-03-01")),
        ),
        Row(
            4,
            "高橋 健",
            "タカハシ ケン",
            "ken@example.jp",
            "",
            &[],
            None,
        ),
        Row(
            5,
            "阿部 涼",
            "アベ リョウ",
            "ryo@example.jp",
            "",
            &["犬"],
            Some((B, Loyal, "2026-10-01")),
        ),
    ];
    let mut customers = Vec::new();
    let mut purchases = Vec::new();
    for Row(n, name, reading, email, phone, tags, visited) in &rows {
        let mut c = person(*n, name, reading);
        c.email = (*email).into();
        c.phones = if phone.is_empty() {
            vec![]
        } else {
            vec![(*phone).into()]
        };
        c.tags = tags.iter().map(|t| (*t).into()).collect();
        if visited.is_none() {
            c.tier_override = Some(TierOverride {
                tier: A,
                reason: "紹介が多い".into(),
            });
        }
        if let Some((_, _, last)) = visited {
            purchases.push(Purchase {
                customer: c.id.clone(),
                day: day(last),
                amount: 5000,
            });
        }
        customers.push(c);
    }
    let mut analysis = analyse(
        &purchases,
        |_| true,
        &BTreeMap::new(),
        day("2026-11-23"),
        AnalysisSettings::default(),
    );
    for (Row(.., visited), c) in rows.iter().zip(&customers) {
        if let Some((tier, segment, last)) = visited {
            let insight = analysis.customers.get_mut(&c.id).unwrap();
            (insight.tier, insight.computed_tier) = (*tier, *tier);
            insight.segment = *segment;
            assert_eq!(insight.last_day, day(last));
        }
    }
    (customers, analysis)
}

fn names(list: &[&Customer]) -> Vec<String> {
    list.iter().map(|c| c.name.clone()).collect()
}

#[test]
fn each_condition_keeps_the_customers_it_names_in_reading_order() {
    let (customers, analysis) = book();
    let check = |filter: SegmentFilter, expected: &[&str]| {
        assert_eq!(
            names(&select(&customers, &analysis, &filter)),
            expected,
            "{filter:?}"
        );
    };
    let none = SegmentFilter::default();
    check(
        none.clone(),
        &["阿部 涼", "伊藤 美咲", "佐藤 太郎", "高橋 健", "山田 花子"],
    );
    let tiers = |t: &[Tier]| SegmentFilter {
        tiers: t.iter().copied().collect(),
        ..none.clone()
    };
    check(tiers(&[Tier::A]), &["高橋 健", "山田 花子"]);
    check(tiers(&[Tier::C]), &["伊藤 美咲"]);
    let segments = SegmentFilter {
        segments: BTreeSet::from([Segment::AtRisk, Segment::Lost]),
        ..none.clone()
    };
    check(segments, &["伊藤 美咲", "佐藤 太郎"]);
    let tags = |t: &[&str]| SegmentFilter {
        tags: t.iter().map(|t| (*t).to_owned()).collect(),
        ..none.clone()
    };
    check(tags(&["vip"]), &["伊藤 美咲", "山田 花子"]);
    check(tags(&["犬", "猫"]), &["阿部 涼", "佐藤 太郎", "山田 花子"]);
    check(tags(&["鳥"]), &[]);
    let last = |filter: LastVisitFilter| SegmentFilter {
        last_visit: filter,
        ..none.clone()
    };
    let between = |from: Option<&str>, to: Option<&str>| LastVisitFilter::Between {
        from: from.map(day),
        to: to.map(day),
    };
    check(
        last(between(Some("2026-08-01"), Some("2026-10-01"))),
        &["阿部 涼", "佐藤 太郎"],
    );
    check(
        last(between(None, Some("2026-08-01"))),
        &["伊藤 美咲", "佐藤 太郎"],
    );
    check(last(between(Some("2026-10-02"), None)), &["山田 花子"]);
    check(
        last(LastVisitFilter::NoVisitFor { days: 60 }),
        &["伊藤 美咲", "佐藤 太郎"],
    );
    check(
        last(LastVisitFilter::NoVisitFor { days: 53 }),
        &["阿部 涼", "伊藤 美咲", "佐藤 太郎"],
    );
    check(
        last(LastVisitFilter::NoVisitFor { days: 0 }),
        &["阿部 涼", "伊藤 美咲", "佐藤 太郎", "山田 花子"],
    );
    let email = SegmentFilter {
        has_email: true,
        ..none.clone()
    };
    check(
        email.clone(),
        &["阿部 涼", "伊藤 美咲", "高橋 健", "山田 花子"],
    );
    let phone = SegmentFilter {
        has_phone: true,
        ..none.clone()
    };
    check(phone, &["佐藤 太郎", "山田 花子"]);
    let both = SegmentFilter {
        tiers: BTreeSet::from([Tier::A, Tier::B]),
        ..email
    };
    check(both, &["阿部 涼", "高橋 健", "山田 花子"]);
}

/// Reads CSV text as the `csv` crate does, after dropping the byte-order mark.
fn read_back(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{FEFF}')
        .expect("starts with a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_csv_reads_back_cell_for_cell_with_headers_in_the_language() {
    let (mut customers, _) = book();
    customers[0].name = "山田, \"花子\"".into();
    customers[0].birthday = Some(day("1990-04-01"));
    customers[0].tags = vec!["犬".into(), "改行\nあり".into()];
    customers[1].phones = vec!["090-2222-2222".into(), "+81 3 1234 5678".into()];
    customers[2].name = "=HYPERLINK(\"x\")".into();
    let list: Vec<&Customer> = customers.iter().take(3).collect();
    let rows = read_back(&to_csv(&list, Lang::Ja));
    assert_eq!(
        rows,
        [
            vec![
                "名前",
                "フリガナ",
                "メールアドレス",
                "電話番号",
                "誕生日",
                "タグ"
            ],
            vec![
                "山田, \"花子\"",
                "ヤマダ ハナコ",
                "hanako@example.jp",
                "090-1111-1111",
                "1990-04-01",
                "犬, 改行\nあり"
            ],
            vec![
                "佐藤 太郎",
                "サトウ タロウ",
                "",
                "090-2222-2222 / +81 3 1234 5678",
                "",
                "猫"
            ],
            // A cell a spreadsheet would run as a formula is written as text.
            vec![
                "'=HYPERLINK(\"x\")",
                "イトウ ミサキ",
                "misaki@example.jp",
                "",
                "",
                "ｖｉｐ"
            ],
        ]
    );
    let english = read_back(&to_csv(&[], Lang::En));
    assert_eq!(
        english,
        [[
            "Name",
            "Reading (furigana)",
            "Email",
            "Phone numbers",
            "Birthday",
            "Tags"
        ]]
    );
}

/// Percent-decoding, written independently of the code under test.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Each link's addresses, decoded, and its subject.
fn recipients(link: &str) -> (Vec<String>, Option<String>) {
    let rest = link.strip_prefix("mailto:?bcc=").expect("a bcc link");
    let (addresses, subject) = match rest.split_once("&subject=") {
        Some((a, s)) => (a, Some(decode(s))),
        None => (rest, None),
    };
    (addresses.split(',').map(decode).collect(), subject)
}

fn with_email(n: u8, email: &str) -> Customer {
    let mut c = person(n, "客", "キャク");
    c.email = email.into();
    c
}

#[test]
fn bcc_links_split_where_the_next_address_would_not_fit() {
    let people = [
        with_email(1, "a@x.jp"),
        with_email(2, ""),
        with_email(3, "b@x.jp"),
        with_email(4, "A@X.JP"),
    ];
    let list: Vec<&Customer> = people.iter().collect();
    // "mailto:?bcc=" is 12 characters, each address 6, the comma 1.
    let one = mailto_bcc(&list, "", 25).unwrap();
    assert_eq!(one.links, ["mailto:?bcc=a@x.jp,b@x.jp"]);
    assert_eq!(one.without_email.len(), 1);
    assert_eq!(one.without_email[0].id, people[1].id);
    let two = mailto_bcc(&list, "", 24).unwrap();
    assert_eq!(two.links, ["mailto:?bcc=a@x.jp", "mailto:?bcc=b@x.jp"]);
    assert_eq!(
        mailto_bcc(&list, "", 17),
        Err(BccError::TooLong {
            email: "a@x.jp".into(),
            needed: 18,
            max_len: 17
        })
    );
    let subject = mailto_bcc(&list[..1], "冬のお知らせ & クーポン", MAILTO_MAX_LEN).unwrap();
    assert_eq!(
        recipients(&subject.links[0]),
        (
            vec!["a@x.jp".to_owned()],
            Some("冬のお知らせ & クーポン".to_owned())
        )
    );
    assert!(mailto_bcc(&[], "x", 100).unwrap().links.is_empty());
}

proptest! {
    /// Every distinct address is in exactly one link, every link is within the length, every
    /// link carries the subject, and only customers without an address are reported.
    #[test]
    fn every_address_is_in_exactly_one_link_within_the_length(
        emails in prop::collection::vec(
            prop_oneof![Just(String::new()), "[a-z0-9.+_]{1,20}@[a-z]{1,10}\\.(jp|com)"],
            0..60,
        ),
        subject in "\\PC{0,10}",
        max_len in 400usize..2500,
    ) {
        let people: Vec<Customer> = emails
            .iter()
            .enumerate()
            .map(|(n, e)| with_email((n % 250) as u8, e))
            .collect();
        let list: Vec<&Customer> = people.iter().collect();
        let bcc = mailto_bcc(&list, &subject, max_len).unwrap();
        let mut seen: Vec<String> = Vec::new();
        for link in &bcc.links {
            prop_assert!(link.chars().count() <= max_len, "{} > {}", link.len(), max_len);
            let (addresses, got) = recipients(link);
            let expected = (!subject.trim().is_empty()).then(|| subject.clone());
            prop_assert_eq!(got, expected);
            seen.extend(addresses);
        }
        let distinct: BTreeSet<String> = emails
            .iter()
            .filter(|e| !e.is_empty())
            .map(|e| e.to_lowercase())
            .collect();
        let lowered: Vec<String> = seen.iter().map(|e| e.to_lowercase()).collect();
        prop_assert_eq!(lowered.len(), distinct.len(), "an address is repeated");
        prop_assert_eq!(lowered.into_iter().collect::<BTreeSet<_>>(), distinct);
        let blank = emails.iter().filter(|e| e.is_empty()).count();
        prop_assert_eq!(bcc.without_email.len(), blank);
    }
}
