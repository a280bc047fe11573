//! The visit form: amounts as people type them, the moment in the business's time zone, items
//! split like tags, and each field's problem reported.

use super::support::{at, id};
use chrono::FixedOffset;
use tsunagu::core::draft::Problem;
use tsunagu::core::i18n::{format_money, Lang};
use tsunagu::core::visit::{Money, VisitId};
use tsunagu::core::visit_draft::{parse_amount, VisitDraft, VisitField};

fn tokyo() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

#[test]
fn amounts_as_people_type_them() {
    let cases = [
        ("3000", Some(3000)),
        ("３，０００", Some(3000)),
        ("¥3,000", Some(3000)),
        ("3000円", Some(3000)),
        ("", Some(0)),
        ("30.5", None),
        ("-100", None),
        ("三千", None),
        ("100000001", None),
    ];
    for (typed, expected) in cases {
        assert_eq!(parse_amount(typed), expected, "{typed:?}");
    }
}

#[test]
fn money_is_written_the_way_each_language_writes_it() {
    let cases = [
        (3000, "JPY", Lang::Ja, "3,000円"),
        (1_234_567, "JPY", Lang::En, "¥1,234,567"),
        (0, "JPY", Lang::Ja, "0円"),
        (123_456, "USD", Lang::En, "1,234.56 USD"),
    ];
    for (amount, currency, lang, expected) in cases {
        assert_eq!(format_money(amount, currency, lang), expected);
    }
}

#[test]
fn a_valid_form_becomes_a_visit_in_the_business_time_zone() {
    let draft = VisitDraft {
        when: "2026-11-23T10:30".into(),
        amount: "４，５００".into(),
        items: "カット、シャンプー, カット".into(),
        coupon: " 10%引き ".into(),
        note: "次回はカラーも".into(),
        ..VisitDraft::default()
    };
    let visit = draft
        .validate(
            VisitId::from_random_bytes([7; 16]),
            id(1),
            tokyo(),
            morning(),
        )
        .unwrap();
    assert_eq!(
        visit.started_at,
        at(2026, 11, 23, 1, 30),
        "10:30 in Tokyo is 01:30 UTC"
    );
    assert_eq!(visit.paid, Money::yen(4500));
    let names: Vec<&str> = visit.items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        ["カット", "シャンプー"],
        "split like tags, duplicates dropped"
    );
    assert!(visit
        .items
        .iter()
        .all(|i| i.booked == i.delivered && i.delivered.count == 1));
    assert_eq!(
        (visit.coupon.as_deref(), visit.note.as_str()),
        (Some("10%引き"), "次回はカラーも")
    );
}

#[test]
fn every_bad_field_is_reported() {
    let draft = VisitDraft {
        when: "2026-13-01T10:00".into(),
        amount: "abc".into(),
        items: "あ".repeat(101),
        coupon: "c".repeat(101),
        note: String::new(),
        booked_minutes: "60".into(),
        delivered_minutes: "一時間".into(),
    };
    let errors = draft
        .validate(
            VisitId::from_random_bytes([7; 16]),
            id(1),
            tokyo(),
            morning(),
        )
        .unwrap_err();
    assert_eq!(
        errors,
        [
            (VisitField::When, Problem::DateInvalid),
            (VisitField::Amount, Problem::AmountInvalid),
            (VisitField::Items, Problem::TooLong { max: 100 }),
            (
                VisitField::DeliveredMinutes,
                Problem::OutOfRange { min: 0, max: 1440 }
            ),
            (VisitField::Coupon, Problem::TooLong { max: 100 }),
        ]
    );
}

#[test]
fn minutes_booked_and_delivered_go_on_the_main_service_so_a_short_visit_shows() {
    let check = |booked: &str,
                 delivered: &str,
                 items: &str,
                 expected: Result<(u32, u32), Vec<(VisitField, Problem)>>| {
        let found = timed(booked, delivered, items)
            .map(|v| (v.items[0].booked.minutes, v.items[0].delivered.minutes));
        assert_eq!(
            found, expected,
            "booked {booked:?}, delivered {delivered:?}, items {items:?}"
        );
    };
    check("60", "30", "散歩, おやつ", Ok((60, 30)));
    check("６０分", "", "散歩", Ok((60, 60)));
    check("", "", "散歩", Ok((0, 0)));
    check(
        "",
        "30",
        "散歩",
        Err(vec![(VisitField::BookedMinutes, Problem::Required)]),
    );
    check(
        "60",
        "30",
        "",
        Err(vec![(VisitField::Items, Problem::Required)]),
    );
    check(
        "1441",
        "",
        "散歩",
        Err(vec![(
            VisitField::BookedMinutes,
            Problem::OutOfRange { min: 0, max: 1440 },
        )]),
    );
    assert!(
        timed("60", "30", "散歩").unwrap().short(),
        "30 of 60 minutes is a short visit"
    );
}

/// A ¥3,000 visit of `items` with these minutes booked and delivered, as the form checks it.
fn timed(
    booked: &str,
    delivered: &str,
    items: &str,
) -> Result<tsunagu::core::visit::Visit, Vec<(VisitField, Problem)>> {
    let draft = VisitDraft {
        when: "2026-11-23T10:30".into(),
        amount: "3000".into(),
        items: items.into(),
        booked_minutes: booked.into(),
        delivered_minutes: delivered.into(),
        ..VisitDraft::default()
    };
    draft.validate(
        VisitId::from_random_bytes([7; 16]),
        id(1),
        tokyo(),
        morning(),
    )
}

/// 11:00 on 2026-11-23 in Tokyo: when the forms above are saved.
fn morning() -> chrono::DateTime<chrono::Utc> {
    at(2026, 11, 23, 2, 0)
}
