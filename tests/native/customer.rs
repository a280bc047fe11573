//! The customer record: ids, notes, timestamps and its stored (JSON) form.

use super::support::{at, id, now, today};
use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use tsunagu::core::catalog::part::PartId;
use tsunagu::core::customer::{
    ContactChannel, Customer, CustomerId, Note, TierOverride, Tombstone, REMEMBERED_VERSIONS,
};
use tsunagu::core::draft::CustomerDraft;
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::needs::{Needs, Preference};
use tsunagu::core::record::Versioned;

#[test]
fn ids_are_version_4_uuids_that_parse_back() {
    let made = CustomerId::from_random_bytes([0xAB; 16]);
    assert_eq!(made.as_str(), "abababab-abab-4bab-abab-abababababab");
    assert_eq!(CustomerId::parse(made.as_str()), Some(made.clone()));
    assert_eq!(
        CustomerId::parse("ABABABAB-ABAB-4BAB-ABAB-ABABABABABAB"),
        Some(made)
    );
    for bad in [
        "",
        "new",
        "../settings",
        "abababab-abab-4bab-abab-ababababab",
    ] {
        assert_eq!(CustomerId::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn notes_are_appended_with_their_time_and_blank_ones_are_refused() {
    let mut c = valid_customer();
    assert!(!c.add_note("  \n ", at(2026, 2, 1, 9, 0)));
    assert!(c.notes.is_empty());
    assert_eq!(c.updated_at, at(2026, 1, 1, 9, 0));

    assert!(c.add_note(" 窓際の席が好き\n", at(2026, 2, 1, 9, 0)));
    assert_eq!(
        c.notes,
        [Note {
            at: at(2026, 2, 1, 9, 0),
            text: "窓際の席が好き".into()
        }]
    );
    assert_eq!(c.updated_at, at(2026, 2, 1, 9, 0));
}

#[test]
fn every_edit_is_a_newer_version_even_when_the_clock_goes_back() {
    let mut c = valid_customer();
    let created = c.updated_at;
    c.add_note("first", at(2026, 3, 1, 9, 0));
    c.add_note(
        "written after the device clock was set back",
        at(2026, 2, 1, 9, 0),
    );
    let tick = chrono::TimeDelta::milliseconds(1);
    assert_eq!(c.updated_at, at(2026, 3, 1, 9, 0) + tick);
    c.add_note("same millisecond", at(2026, 3, 1, 9, 0) + tick);
    assert_eq!(c.updated_at, at(2026, 3, 1, 9, 0) + tick * 2);
    assert_eq!(c.notes.len(), 3);
    assert_eq!(
        c.earlier_versions,
        [created, at(2026, 3, 1, 9, 0), at(2026, 3, 1, 9, 0) + tick]
    );
    assert!(c.descends_from(created) && c.descends_from(c.updated_at));
    assert!(!c.descends_from(at(2026, 2, 1, 9, 0)));
}

#[test]
fn a_record_remembers_a_bounded_number_of_earlier_versions() {
    let mut c = valid_customer();
    for day in 0..(REMEMBERED_VERSIONS as i64 + 10) {
        c.touch(at(2026, 2, 1, 0, 0) + chrono::TimeDelta::days(day));
    }
    assert_eq!(c.earlier_versions.len(), REMEMBERED_VERSIONS);
    assert!(c.earlier_versions.windows(2).all(|w| w[0] < w[1]));
    assert!(c.earlier_versions.last() < Some(&c.updated_at));
}

#[test]
fn a_tombstone_is_dated_after_the_version_it_deletes() {
    let mut c = valid_customer();
    c.touch(at(2026, 3, 1, 9, 0));
    let lagging_clock = at(2026, 2, 1, 9, 0);
    let t = Tombstone::of(&c, lagging_clock);
    assert!(t.deleted_at > c.updated_at);
    assert_eq!(
        t.deleted_versions,
        [at(2026, 1, 1, 9, 0), at(2026, 3, 1, 9, 0)]
    );
    let on_time = Tombstone::of(&c, at(2026, 4, 1, 9, 0));
    assert_eq!(on_time.deleted_at, at(2026, 4, 1, 9, 0));
}

#[test]
fn a_stored_record_without_the_optional_fields_still_reads() {
    let json = r#"{"id":"abababab-abab-4bab-abab-abababababab","name":"山田","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#;
    let c: Customer = serde_json::from_str(json).expect("reads");
    assert_eq!(c.name, "山田");
    assert!(c.phones.is_empty() && c.notes.is_empty() && c.birthday.is_none());
}

#[test]
fn a_tombstone_is_stored_as_id_and_deletion_time() {
    let tombstone = Tombstone {
        id: id(1),
        deleted_at: at(2026, 2, 1, 9, 0),
        deleted_versions: Vec::new(),
    };
    let json = serde_json::to_value(&tombstone).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "id": "01010101-0101-4101-8101-010101010101", "deleted_at": "2026-02-01T09:00:00Z" })
    );
    assert_eq!(
        serde_json::from_value::<Tombstone>(json).unwrap(),
        tombstone
    );
}

#[test]
fn channels_round_trip_through_their_names() {
    for channel in ContactChannel::ALL {
        assert_eq!(ContactChannel::parse(channel.as_str()), Some(channel));
        let json = serde_json::to_string(&channel).unwrap();
        assert_eq!(json, format!("\"{}\"", channel.as_str()));
    }
}

fn valid_customer() -> Customer {
    CustomerDraft {
        name: "山田".into(),
        ..Default::default()
    }
    .validate(today())
    .unwrap()
    .into_new_customer(id(1), at(2026, 1, 1, 9, 0))
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_000_000_000_000).prop_map(|ms| DateTime::from_timestamp_millis(ms).unwrap())
}

prop_compose! {
    fn any_needs()(
        preferences in prop::collection::btree_map(
            "\\PC{1,10}",
            prop::sample::select(Preference::ALL.to_vec()),
            0..4,
        ),
        must_have in prop::collection::vec(any::<[u8; 16]>(), 0..2),
        never in prop::collection::vec(any::<[u8; 16]>(), 0..2),
        budget in prop::option::of(0i64..100_000),
        minutes in prop::option::of(0u32..1440),
    ) -> Needs {
        Needs {
            preferences,
            must_have: must_have.into_iter().map(PartId::from_random_bytes).collect(),
            never: never.into_iter().map(PartId::from_random_bytes).collect(),
            budget,
            minutes,
        }
    }
}

prop_compose! {
    fn any_customer()(
        bytes in any::<[u8; 16]>(),
        name in "\\PC{1,20}",
        reading in "[ア-ン ]{0,10}",
        phones in prop::collection::vec("[0-9-]{6,13}", 0..3),
        email in "[a-z]{0,8}",
        channel in prop::option::of(prop::sample::select(ContactChannel::ALL.to_vec())),
        birthday in prop::option::of((1900i32..2026, 1u32..13, 1u32..29)),
        household in prop::collection::vec("\\PC{1,20}", 0..3),
        tags in prop::collection::vec("\\PC{1,10}", 0..4),
        notes in prop::collection::vec((instant(), "\\PC{1,40}"), 0..4),
        number in "[0-9A-Z-]{0,8}",
        tier in prop::option::of((prop::sample::select(vec![Tier::A, Tier::B, Tier::C]), "\\PC{1,20}")),
        needs in any_needs(),
        created in instant(),
        updated in instant(),
        earlier in prop::collection::vec(instant(), 0..3),
    ) -> Customer {
        Customer {
            id: CustomerId::from_random_bytes(bytes),
            name,
            reading,
            phones,
            email,
            preferred_channel: channel,
            birthday: birthday.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
            household,
            tags,
            notes: notes.into_iter().map(|(at, text)| Note { at, text }).collect(),
            number,
            tier_override: tier.map(|(tier, reason)| TierOverride { tier, reason }),
            needs,
            created_at: created,
            updated_at: updated,
            earlier_versions: earlier,
        }
    }
}

proptest! {
    #[test]
    fn json_round_trip_keeps_every_field(customer in any_customer()) {
        let json = serde_json::to_string(&customer).unwrap();
        let back: Customer = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, customer);
    }

    #[test]
    fn ids_round_trip_through_text(bytes in any::<[u8; 16]>()) {
        let made = CustomerId::from_random_bytes(bytes);
        prop_assert_eq!(CustomerId::parse(&made.to_string()), Some(made));
    }

    /// Lists sort by id and maps are keyed by it: two ids order and compare exactly as their
    /// text does, and are stored and shown as that text.
    #[test]
    fn ids_order_and_compare_as_their_text(a in any::<[u8; 16]>(), b in any::<[u8; 16]>()) {
        let (x, y) = (CustomerId::from_random_bytes(a), CustomerId::from_random_bytes(b));
        prop_assert_eq!(x.cmp(&y), x.as_str().cmp(y.as_str()));
        prop_assert_eq!(x == y, x.as_str() == y.as_str());
        prop_assert_eq!(serde_json::to_string(&x).unwrap(), format!("\"{x}\""));
        prop_assert_eq!(format!("{x:?}"), format!("CustomerId({:?})", x.as_str()));
        prop_assert_eq!(x.as_str().len(), 36);
    }
}

#[test]
fn a_tier_set_by_hand_needs_a_reason_and_only_a_change_makes_a_version() {
    use tsunagu::core::draft::Problem;
    let mut customer = valid_customer();
    let before = customer.updated_at;
    let cases: [(Option<Tier>, &str, Result<bool, Problem>); 6] = [
        (Some(Tier::A), "  ", Err(Problem::Required)),
        (
            Some(Tier::A),
            &"x".repeat(201),
            Err(Problem::TooLong { max: 200 }),
        ),
        (Some(Tier::A), " 団体で来てくださる ", Ok(true)),
        (Some(Tier::A), "団体で来てくださる", Ok(false)),
        (Some(Tier::B), "団体で来てくださる", Ok(true)),
        (None, "", Ok(true)),
    ];
    let mut versions = 0;
    for (tier, reason, expected) in cases {
        let result = customer.set_tier_override(tier, reason, now());
        assert_eq!(result, expected, "{tier:?} {reason:?}");
        if result == Ok(true) {
            versions += 1;
            let shown = customer
                .tier_override
                .as_ref()
                .map(|o| (o.tier, o.reason.as_str()));
            assert_eq!(shown, tier.map(|t| (t, "団体で来てくださる")));
        }
    }
    assert_eq!(versions, 3);
    assert!(customer.updated_at > before);
    assert_eq!(customer.tier_override, None);
}

/// Records read back from storage as one JSON list: the good ones in order, the damaged ones
/// counted, never hiding the rest; anything but a list is an error.
#[test]
fn stored_records_are_read_one_by_one() {
    use tsunagu::core::record::read_each;
    let good = |n: u8| {
        let mut c = Customer::new(CustomerId::from_random_bytes([n; 16]), now());
        c.name = format!("客 {n}");
        serde_json::to_string(&c).unwrap()
    };
    let list = format!(
        r#"[{}, {{"id": "not a customer"}}, {}, 42]"#,
        good(1),
        good(2)
    );
    let (read, unreadable) = read_each::<Customer>(&list).unwrap();
    assert_eq!(
        read.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["客 1", "客 2"]
    );
    assert_eq!(unreadable, 2);
    assert_eq!(read_each::<Customer>("[]").unwrap(), (vec![], 0));
    assert!(read_each::<Customer>(r#"{"id": 1}"#).is_err());
}
