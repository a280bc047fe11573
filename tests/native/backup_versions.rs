//! Backup versions and times: every version's fixture still reads, is upgraded and is written
//! back in the current version, records arrive in normal form, and times the app itself could not have written are refused.

use super::backup::{at_path, check_refused, edited, sample};
use super::support::{at, now, today};
use tsunagu::core::backup::read::{read_backup, ValueProblem};
use tsunagu::core::backup::{write_backup, Dataset, CURRENT_VERSION};
use tsunagu::core::customer::Customer;

fn fixture(version: u64) -> Dataset {
    let bytes = std::fs::read(format!("tests/fixtures/backup-v{version}.json")).unwrap();
    read_backup(&bytes, now(), today()).expect("every version's fixture reads")
}

fn named<'a>(dataset: &'a Dataset, name: &str) -> &'a Customer {
    dataset.customers.values().find(|c| c.name == name).unwrap()
}

#[test]
fn the_version_1_fixture_still_reads_and_is_upgraded() {
    let dataset = fixture(1);
    let names: Vec<&str> = dataset
        .customers
        .values()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["Smith John", "鈴木 一郎", "山田 花子"]);
    let hanako = named(&dataset, "山田 花子");
    assert_eq!(hanako.notes[0].text, "窓際の席が好き");
    assert_eq!(hanako.tags, ["常連", "モーニング"]);
    assert!(hanako.earlier_versions.is_empty());
    // Version 2 keeps phones and readings in normal form; version 1 files may not have.
    let ichiro = named(&dataset, "鈴木 一郎");
    assert_eq!(ichiro.phones, ["090-1111-2222"]);
    assert_eq!(ichiro.reading, "スズキ イチロウ");
    assert_eq!(
        ichiro.updated_at,
        at(2026, 10, 5, 1, 0),
        "not a new version"
    );
    assert_eq!(dataset.tombstones.len(), 1);
}

#[test]
fn the_version_2_fixture_reads_with_its_history() {
    let dataset = fixture(2);
    let hanako = named(&dataset, "山田 花子");
    assert_eq!(
        hanako.earlier_versions,
        [at(2026, 10, 1, 1, 0), at(2026, 11, 1, 0, 30)]
    );
    let tombstone = dataset.tombstones.values().next().unwrap();
    assert_eq!(tombstone.deleted_versions.len(), 2);
    // The same customers as version 1 wrote, but for the history.
    let v1 = fixture(1);
    assert_eq!(named(&v1, "山田 花子").name, hanako.name);
    assert_eq!(named(&v1, "山田 花子").phones, hanako.phones);
}

#[test]
fn times_beyond_a_days_clock_difference_are_refused() {
    let hours_ahead = "2026-11-24T03:00:00Z";
    let far = "2099-01-01T00:00:00Z";
    check_refused(
        &edited(|j| j["customers"][0]["updated_at"] = far.into()),
        at_path("customers[0].updated_at", ValueProblem::InFuture),
    );
    check_refused(
        &edited(|j| j["customers"][1]["notes"] = serde_json::json!([{ "at": far, "text": "x" }])),
        at_path("customers[1].notes[0].at", ValueProblem::InFuture),
    );
    check_refused(
        &edited(|j| j["deleted"]["customers"][0]["deleted_at"] = far.into()),
        at_path("deleted.customers[0].deleted_at", ValueProblem::InFuture),
    );
    // Another device's clock a few hours fast is fine.
    let bytes = edited(|j| j["customers"][0]["updated_at"] = hours_ahead.into());
    assert_eq!(read_backup(&bytes, now(), today()).err(), None);
}

#[test]
fn times_out_of_order_are_refused() {
    check_refused(
        &edited(|j| j["customers"][0]["created_at"] = "2026-06-01T00:00:00Z".into()),
        at_path("customers[0].created_at", ValueProblem::OutOfOrder),
    );
    check_refused(
        &edited(|j| {
            j["customers"][0]["earlier_versions"] =
                serde_json::json!(["2026-01-01T10:00:00Z", "2026-01-01T09:30:00Z"])
        }),
        at_path("customers[0].earlier_versions", ValueProblem::OutOfOrder),
    );
    check_refused(
        &edited(|j| {
            j["customers"][0]["earlier_versions"] = serde_json::json!(["2026-05-01T00:00:00Z"])
        }),
        at_path("customers[0].earlier_versions", ValueProblem::OutOfOrder),
    );
    check_refused(
        &edited(|j| {
            j["deleted"]["customers"][0]["deleted_versions"] =
                serde_json::json!(["2026-02-01T00:00:00Z"])
        }),
        at_path(
            "deleted.customers[0].deleted_versions",
            ValueProblem::OutOfOrder,
        ),
    );
}

#[test]
fn records_from_a_file_are_stored_in_normal_form() {
    let bytes = edited(|j| {
        j["customers"][0]["phones"] = serde_json::json!(["０９０ー１２３４ー５６７８"]);
        j["customers"][0]["reading"] = "やまだ　はなこ".into();
        j["customers"][0]["email"] = " ｈａｎａｋｏ@example.jp".into();
    });
    let dataset = read_backup(&bytes, now(), today()).unwrap();
    assert_eq!(
        dataset,
        sample(),
        "the same record as the app itself stores"
    );
}

#[test]
fn every_versions_fixture_is_written_back_in_the_current_version_and_reads_equal() {
    for version in 1..=CURRENT_VERSION {
        let dataset = fixture(version);
        let written = write_backup(&dataset, now(), "0.1.0");
        let document: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(document["version"], CURRENT_VERSION, "version {version}");
        assert_eq!(
            read_backup(written.as_bytes(), now(), today()),
            Ok(dataset),
            "version {version}"
        );
    }
}

#[test]
fn the_version_5_fixture_reads_with_everything_it_holds() {
    let dataset = fixture(5);
    let names: Vec<&str> = dataset
        .customers
        .values()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["Smith John", "佐藤 美咲", "山田 花子"]);
    let counts = [
        dataset.visits.len(),
        dataset.parts.len(),
        dataset.groups.len(),
        dataset.menus.len(),
        dataset.feedback.len(),
    ];
    assert_eq!(counts, [4, 3, 1, 1, 4]);
    let deleted = [
        dataset.tombstones.len(),
        dataset.visit_tombstones.len(),
        dataset.part_tombstones.len(),
        dataset.feedback_tombstones.len(),
    ];
    assert_eq!(deleted, [1, 1, 1, 1]);
    // Every piece of feedback is from a customer in the book.
    assert!(dataset
        .feedback
        .values()
        .all(|f| dataset.customers.contains_key(&f.customer)));
}
