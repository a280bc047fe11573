//! Visits in the backup (format version 3): they round-trip, each bad value is refused with
//! its place, files of earlier versions read with no visits, and merging covers them.

use super::backup::{at_path, check_refused, file, sample};
use super::support::{at, id, now, today};
use tsunagu::core::backup::merge::{merge, ConflictKind};
use tsunagu::core::backup::read::{read_backup, ReadError, ValueProblem};
use tsunagu::core::backup::Dataset;
use tsunagu::core::customer::TierOverride;
use tsunagu::core::draft::Problem;
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::record::{Tombstone, Versioned};
use tsunagu::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};

fn visit_id(n: u8) -> VisitId {
    VisitId::from_random_bytes([n; 16])
}

fn walk(minutes_booked: u32, minutes_delivered: u32) -> VisitItem {
    VisitItem {
        name: "散歩".into(),
        booked: Quantity {
            count: 1,
            minutes: minutes_booked,
        },
        delivered: Quantity {
            count: 1,
            minutes: minutes_delivered,
        },
    }
}

/// A visit of `customer` n (see `support::id`) at 01:00 on 2026-`month`-`day`, recorded an
/// hour later, paying `yen`.
fn visit(n: u8, customer: u8, month: u32, day: u32, yen: i64) -> Visit {
    let start = at(2026, month, day, 1, 0);
    Visit::new(
        visit_id(n),
        id(customer),
        start,
        Money::yen(yen),
        at(2026, month, day, 2, 0),
    )
}

/// The sample customers with visits: two for customer 1, one for customer 2, one deleted.
fn with_visits() -> Dataset {
    let mut first = visit(1, 1, 2, 1, 3000);
    first.items.push(walk(60, 60));
    let mut second = first.repeat(visit_id(2), at(2026, 3, 1, 1, 0), at(2026, 3, 1, 2, 0));
    second.coupon = Some("500円引き".into());
    second.note = "雨で短め".into();
    second.items[0].delivered.minutes = 30;
    let third = visit(3, 2, 3, 2, 1200);
    let gone = visit(4, 1, 1, 5, 100);
    sample().with_visits(
        [first, second, third],
        [Tombstone::of(&gone, at(2026, 1, 6, 0, 0))],
    )
}

fn edited_visits(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut json: serde_json::Value = serde_json::from_str(&file(&with_visits())).unwrap();
    edit(&mut json);
    serde_json::to_vec(&json).unwrap()
}

/// One change to a backup's JSON.
type Edit = dyn FnOnce(&mut serde_json::Value);

#[test]
fn visits_round_trip() {
    let dataset = with_visits();
    assert_eq!(
        read_backup(file(&dataset).as_bytes(), now(), today()),
        Ok(dataset)
    );
}

#[test]
fn repeating_a_visit_copies_what_was_delivered_and_nothing_else() {
    let dataset = with_visits();
    let second = &dataset.visits[&visit_id(2)];
    assert!(second.short(), "30 of 60 minutes");
    let again = second.repeat(visit_id(9), at(2026, 4, 1, 1, 0), at(2026, 4, 1, 1, 5));
    assert_eq!(again.items, vec![walk(30, 30)]);
    assert_eq!(
        (
            again.paid.clone(),
            again.coupon.clone(),
            again.note.as_str()
        ),
        (Money::yen(3000), None, "")
    );
    assert_eq!(
        (again.customer.clone(), again.started_at),
        (id(1), at(2026, 4, 1, 1, 0))
    );
    assert!(!again.short());
}

#[test]
fn every_bad_visit_value_is_refused_with_its_place() {
    let cases: Vec<(Box<Edit>, ReadError)> = vec![
        (
            Box::new(|j| {
                j["visits"][0]["customer"] = "99999999-9999-4999-8999-999999999999".into()
            }),
            at_path("visits[0].customer", ValueProblem::UnknownReference),
        ),
        (
            Box::new(|j| j["visits"][1]["paid"]["amount"] = (-1).into()),
            at_path("visits[1].paid.amount", ValueProblem::OutOfRange),
        ),
        (
            Box::new(|j| j["visits"][1]["paid"]["currency"] = "yen".into()),
            at_path("visits[1].paid.currency", ValueProblem::Malformed),
        ),
        (
            Box::new(|j| j["visits"][0]["items"][0]["name"] = " ".into()),
            at_path(
                "visits[0].items[0].name",
                ValueProblem::Rule(Problem::Required),
            ),
        ),
        (
            Box::new(|j| j["visits"][2]["id"] = j["visits"][0]["id"].clone()),
            at_path("visits[2].id", ValueProblem::DuplicateId),
        ),
        (
            Box::new(|j| j["visits"][0]["updated_at"] = "2099-01-01T00:00:00Z".into()),
            at_path("visits[0].updated_at", ValueProblem::InFuture),
        ),
        (
            Box::new(|j| j["visits"][0]["paid"]["amount"] = "3000".into()),
            at_path("visits[0].paid.amount", ValueProblem::WrongType),
        ),
        (
            Box::new(|j| {
                j.as_object_mut().unwrap().remove("visits");
            }),
            at_path("visits", ValueProblem::Missing),
        ),
        (
            Box::new(|j| j["deleted"]["visits"][0]["id"] = j["visits"][0]["id"].clone()),
            at_path("deleted.visits[0].id", ValueProblem::DuplicateId),
        ),
    ];
    for (edit, expected) in cases {
        check_refused(&edited_visits(edit), expected);
    }
    // A visit booked ahead is not a time in the future to refuse.
    let ahead = edited_visits(|j| j["visits"][0]["started_at"] = "2027-01-10T01:00:00Z".into());
    assert!(read_backup(&ahead, now(), today()).is_ok());
}

#[test]
fn the_version_3_fixture_reads_and_older_versions_have_no_visits() {
    let read = |v: u32| {
        let bytes = std::fs::read(format!("tests/fixtures/backup-v{v}.json")).unwrap();
        read_backup(&bytes, now(), today()).expect("every version's fixture reads")
    };
    let v3 = read(3);
    assert_eq!((v3.visits.len(), v3.visit_tombstones.len()), (3, 1));
    let short: Vec<&str> = v3
        .visits
        .values()
        .filter(|v| v.short())
        .flat_map(|v| v.items.iter().map(|i| i.name.as_str()))
        .collect();
    assert_eq!(short, ["Dog walk"]);
    let total: i64 = v3.visits.values().map(|v| v.paid.amount).sum();
    assert_eq!(total, 980 + 800 + 3000);
    let v2 = read(2);
    assert_eq!(
        (v3.customers.clone(), v3.tombstones.clone()),
        (v2.customers.clone(), v2.tombstones.clone())
    );
    for old in [read(1), v2] {
        assert!(old.visits.is_empty() && old.visit_tombstones.is_empty());
    }
}

#[test]
fn merging_covers_visits() {
    let base = with_visits();
    let mut here = base.clone();
    let mut there = base.clone();
    // Both devices edit visit 1 on their own; this one also deletes visit 3.
    here.visits.get_mut(&visit_id(1)).unwrap().note = "ここで".into();
    here.visits
        .get_mut(&visit_id(1))
        .unwrap()
        .touch(at(2026, 5, 1, 0, 0));
    there.visits.get_mut(&visit_id(1)).unwrap().note = "あちらで".into();
    there
        .visits
        .get_mut(&visit_id(1))
        .unwrap()
        .touch(at(2026, 5, 2, 0, 0));
    let third = here.visits.remove(&visit_id(3)).unwrap();
    here.visit_tombstones
        .insert(visit_id(3), Tombstone::of(&third, at(2026, 5, 3, 0, 0)));

    let merged = merge(&here, &there);
    assert_eq!(
        merged.dataset.visits[&visit_id(1)].note,
        "あちらで",
        "the newer edit"
    );
    assert!(
        merged.dataset.visit_tombstones.contains_key(&visit_id(3))
            && !merged.dataset.visits.contains_key(&visit_id(3))
    );
    assert_eq!(merged.visit_conflicts.len(), 1);
    assert_eq!(
        (
            merged.visit_conflicts[0].id.clone(),
            merged.visit_conflicts[0].kind
        ),
        (visit_id(1), ConflictKind::BothEdited)
    );
    assert_eq!(merge(&there, &here), merged, "either way round");
}

#[test]
fn customer_numbers_and_tier_overrides_round_trip_and_are_checked() {
    let mut dataset = with_visits();
    let customer = dataset.customers.get_mut(&id(1)).expect("customer 1");
    customer.number = "M-0042".into();
    customer.tier_override = Some(TierOverride {
        tier: Tier::A,
        reason: "紹介をたくさんくれる".into(),
    });
    let bytes = file(&dataset);
    assert_eq!(
        read_backup(bytes.as_bytes(), now(), today()),
        Ok(dataset.clone())
    );
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut json: serde_json::Value = serde_json::from_str(&bytes).unwrap();
        let list = json["customers"].as_array_mut().unwrap();
        let at = list.iter().position(|c| c["number"] == "M-0042").unwrap();
        edit(&mut list[at]);
        (serde_json::to_vec(&json).unwrap(), at)
    };
    let (blank, at) = edited(&|c| c["tier_override"]["reason"] = "  ".into());
    check_refused(
        &blank,
        at_path(
            &format!("customers[{at}].tier_override.reason"),
            ValueProblem::Rule(Problem::Required),
        ),
    );
    let (long, at) = edited(&|c| c["number"] = "9".repeat(41).into());
    check_refused(
        &long,
        at_path(
            &format!("customers[{at}].number"),
            ValueProblem::Rule(Problem::TooLong { max: 40 }),
        ),
    );
    let (unknown, at) = edited(&|c| c["tier_override"]["tier"] = "S".into());
    assert!(matches!(
        read_backup(&unknown, now(), today()),
        Err(ReadError::Invalid { ref path, .. }) if path.starts_with(&format!("customers[{at}]"))
    ));
}
