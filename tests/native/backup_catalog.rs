//! The service catalog and customers' needs in backups: the version 4 fixture reads, earlier
//! versions arrive with an empty catalog, a written catalog reads back equal, every broken rule
//! or reference is refused with its place, and merging keeps the newer edit of a part.

use super::support::{check_refusals, fixture_json, now, today, Refusal};
use serde_json::{json, Value};
use tsunagu::core::backup::merge::{merge, summarize_catalog};
use tsunagu::core::backup::read::{read_backup, ReadError, ValueProblem};
use tsunagu::core::backup::{write_backup, Dataset};
use tsunagu::core::catalog::part::PartId;
use tsunagu::core::catalog::samples::{sample_catalog, Sample};
use tsunagu::core::draft::Problem;
use tsunagu::core::i18n::Lang;
use tsunagu::core::needs::Preference;
use tsunagu::core::record::Versioned;

const UNKNOWN: &str = "00000000-0000-4000-b000-0000000000ff";

fn read(document: &Value) -> Result<Dataset, ReadError> {
    read_backup(&serde_json::to_vec(document).unwrap(), now(), today())
}

#[test]
fn the_version_4_fixture_reads_with_its_catalog_and_needs() {
    let dataset = read(&fixture_json(4)).expect("the fixture reads");
    let catalog = dataset.catalog();
    let names: Vec<&str> = catalog.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["長い散歩", "短い散歩"]);
    assert_eq!(catalog.groups[0].name, "散歩の長さ");
    assert_eq!(catalog.menus[0].price.as_ref().unwrap().amount, 1700);
    assert_eq!(dataset.part_tombstones.len(), 1);
    let hanako = dataset
        .customers
        .values()
        .find(|c| c.name == "山田 花子")
        .unwrap();
    assert_eq!(hanako.needs.preference("たっぷり運動"), Preference::Love);
    assert_eq!(hanako.needs.budget, Some(4000));
    assert_eq!(hanako.needs.must_have, [catalog.parts[0].id.clone()]);
}

#[test]
fn earlier_versions_arrive_with_an_empty_catalog() {
    for version in 1..=3 {
        let dataset = read(&fixture_json(version)).expect("every version reads");
        assert_eq!(dataset.catalog(), Default::default(), "version {version}");
        assert!(dataset.customers.values().all(|c| c.needs.is_empty()));
    }
}

#[test]
fn a_written_catalog_reads_back_equal() {
    for sample in Sample::ALL {
        for lang in Lang::ALL {
            let mut n = 0u8;
            let catalog = sample_catalog(sample, lang, now() - chrono::TimeDelta::days(1), || {
                n += 1;
                [n; 16]
            });
            // Needs name the fixture's parts, which this catalog replaces.
            let mut base = read(&fixture_json(4)).unwrap();
            base.customers
                .values_mut()
                .for_each(|c| c.needs = Default::default());
            let dataset = base.with_catalog(
                (catalog.parts, Vec::new()),
                (catalog.groups, Vec::new()),
                (catalog.menus, Vec::new()),
            );
            let file = write_backup(&dataset, now(), "0.1.0");
            assert_eq!(read_backup(file.as_bytes(), now(), today()), Ok(dataset));
        }
    }
}

#[test]
fn broken_rules_and_references_are_refused_with_their_place() {
    let rule = ValueProblem::Rule;
    let cases: Vec<Refusal> = vec![
        (
            "no name",
            |d| d["parts"][0]["name"] = json!("  "),
            "parts[0].name",
            rule(Problem::Required),
        ),
        (
            "untrimmed name",
            |d| d["parts"][0]["name"] = json!(" 長い散歩"),
            "parts[0].name",
            ValueProblem::Malformed,
        ),
        (
            "unknown group",
            |d| d["parts"][0]["group"] = json!(UNKNOWN),
            "parts[0].group",
            ValueProblem::UnknownReference,
        ),
        (
            "unknown requirement",
            |d| d["parts"][0]["requires"] = json!([UNKNOWN]),
            "parts[0].requires[0]",
            ValueProblem::UnknownReference,
        ),
        (
            "requires itself",
            |d| d["parts"][1]["requires"] = json!([d["parts"][1]["id"].clone()]),
            "parts[1].requires",
            ValueProblem::Malformed,
        ),
        (
            "over a day",
            |d| d["parts"][0]["minutes"] = json!(1441),
            "parts[0].minutes",
            rule(Problem::OutOfRange { min: 0, max: 1440 }),
        ),
        (
            "negative price",
            |d| d["parts"][0]["price"]["amount"] = json!(-1),
            "parts[0].price.amount",
            ValueProblem::OutOfRange,
        ),
        (
            "bad currency",
            |d| d["parts"][0]["cost"]["currency"] = json!("yen"),
            "parts[0].cost.currency",
            ValueProblem::Malformed,
        ),
        (
            "no strength",
            |d| d["parts"][0]["needs"][0]["strength"] = json!(0),
            "parts[0].needs[0]",
            rule(Problem::OutOfRange { min: 1, max: 100 }),
        ),
        (
            "a need twice",
            |d| d["parts"][0]["needs"][1]["need"] = json!("たっぷり運動"),
            "parts[0].needs[1]",
            rule(Problem::Duplicate),
        ),
        (
            "an empty menu",
            |d| d["set_menus"][0]["parts"] = json!([]),
            "set_menus[0].parts",
            rule(Problem::Required),
        ),
        (
            "a menu of an unknown part",
            |d| d["set_menus"][0]["parts"] = json!([UNKNOWN]),
            "set_menus[0].parts[0]",
            ValueProblem::UnknownReference,
        ),
        (
            "a group without a name",
            |d| d["part_groups"][0]["name"] = json!(""),
            "part_groups[0].name",
            rule(Problem::Required),
        ),
        (
            "an unknown group rule",
            |d| d["part_groups"][0]["rule"] = json!("two"),
            "part_groups[0].rule",
            ValueProblem::WrongType,
        ),
        (
            "a part deleted and live",
            |d| d["deleted"]["parts"][0]["id"] = d["parts"][0]["id"].clone(),
            "deleted.parts[0].id",
            ValueProblem::DuplicateId,
        ),
        (
            "no parts list",
            |d| {
                d.as_object_mut().unwrap().remove("parts");
            },
            "parts",
            ValueProblem::Missing,
        ),
        (
            "must have an unknown part",
            |d| d["customers"][0]["needs"]["must_have"] = json!([UNKNOWN]),
            "customers[0].needs.must_have[0]",
            ValueProblem::UnknownReference,
        ),
        (
            "a negative budget",
            |d| d["customers"][0]["needs"]["budget"] = json!(-5),
            "customers[0].needs.budget",
            rule(Problem::AmountInvalid),
        ),
        (
            "must have and never",
            |d| {
                d["customers"][0]["needs"]["never"] =
                    d["customers"][0]["needs"]["must_have"].clone()
            },
            "customers[0].needs.must_have",
            rule(Problem::BothWays),
        ),
        (
            "an unknown feeling",
            |d| d["customers"][0]["needs"]["preferences"]["におい"] = json!("adore"),
            "customers[0].needs.preferences",
            ValueProblem::WrongType,
        ),
    ];
    check_refusals(4, cases);
}

#[test]
fn merging_keeps_the_newer_edit_of_a_part_and_counts_the_conflict() {
    let base = read(&fixture_json(4)).unwrap();
    let id: PartId = base.parts.keys().next().unwrap().clone();
    let later = |dataset: &Dataset, name: &str, minutes: i64| {
        let mut next = dataset.clone();
        let part = next.parts.get_mut(&id).unwrap();
        part.name = name.into();
        part.touch(now() - chrono::TimeDelta::minutes(minutes));
        next
    };
    let here = later(&base, "長いお散歩", 20);
    let there = later(&base, "ロング散歩", 10);
    let merged = merge(&here, &there);
    assert_eq!(merged.dataset.parts[&id].name, "ロング散歩");
    assert_eq!(merged.catalog_conflicts, 1);
    assert_eq!(merge(&there, &here).dataset, merged.dataset);
    let summary = summarize_catalog(&here, &merged.dataset, merged.catalog_conflicts).unwrap();
    assert_eq!(
        (summary.updated, summary.unchanged, summary.conflicts),
        (1, 3, 1)
    );
    // Only one side edited: no conflict.
    assert_eq!(merge(&base, &here).catalog_conflicts, 0);
}
