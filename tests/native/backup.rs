//! Backups: the file round-trips, every bad file is refused with its reason and place, every
//! earlier version still reads, and merging obeys its laws.

use super::support::{at, id, now, today};
use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use tsunagu::core::backup::merge::{summarize, Summary};
use tsunagu::core::backup::read::{read_backup, ReadError, ValueProblem, MAX_BYTES};
use tsunagu::core::backup::{backup_file_name, write_backup, Dataset};
use tsunagu::core::customer::{Customer, CustomerId, Tombstone};
use tsunagu::core::draft::{CustomerDraft, Problem};

pub(super) fn sample() -> Dataset {
    let mut a = CustomerDraft {
        name: "山田 花子".into(),
        reading: "やまだ はなこ".into(),
        phones: vec!["090-1234-5678".into()],
        email: "hanako@example.jp".into(),
        ..CustomerDraft::default()
    }
    .validate(today())
    .unwrap()
    .into_new_customer(id(1), at(2026, 1, 1, 9, 0));
    a.add_note("窓際の席が好き", at(2026, 1, 2, 9, 0));
    let b = CustomerDraft {
        name: "佐藤 一郎".into(),
        ..CustomerDraft::default()
    }
    .validate(today())
    .unwrap()
    .into_new_customer(id(2), at(2026, 1, 3, 9, 0));
    Dataset::new(
        [a, b],
        [Tombstone {
            id: id(3),
            deleted_at: at(2026, 1, 4, 9, 0),
            deleted_versions: vec![at(2026, 1, 1, 9, 0), at(2026, 1, 2, 9, 0)],
        }],
    )
}

pub(super) fn file(dataset: &Dataset) -> String {
    write_backup(dataset, at(2026, 11, 23, 5, 0), "0.1.0")
}

/// A valid backup with one edit applied to its JSON.
pub(super) fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut json: serde_json::Value = serde_json::from_str(&file(&sample())).unwrap();
    edit(&mut json);
    serde_json::to_vec(&json).unwrap()
}

#[track_caller]
pub(super) fn check_refused(bytes: &[u8], expected: ReadError) {
    assert_eq!(read_backup(bytes, now(), today()), Err(expected));
}

pub(super) fn at_path(path: &str, problem: ValueProblem) -> ReadError {
    ReadError::Invalid {
        path: path.into(),
        problem,
    }
}

#[test]
fn a_written_backup_reads_back_equal() {
    let dataset = sample();
    assert_eq!(
        read_backup(file(&dataset).as_bytes(), now(), today()),
        Ok(dataset)
    );
}

#[test]
fn the_file_is_named_by_local_export_time() {
    let local = NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(14, 5, 0)
        .unwrap();
    assert_eq!(backup_file_name(local), "tsunagu-backup-20261123-1405.json");
}

#[test]
fn files_that_are_not_a_backup_are_refused() {
    check_refused(b"hello", ReadError::NotJson { line: 1, column: 1 });
    check_refused(&[0xff, 0xfe, 0x00], ReadError::NotText);
    check_refused(b"", ReadError::Truncated);
    let whole = file(&sample());
    check_refused(&whole.as_bytes()[..whole.len() / 2], ReadError::Truncated);
    check_refused(
        br#"{"name":"a contact list","entries":[]}"#,
        ReadError::NotABackup,
    );
    check_refused(br#"[1,2,3]"#, ReadError::NotABackup);
    check_refused(
        br#"{"format":"other-app-backup","version":1}"#,
        ReadError::NotABackup,
    );
    check_refused(&"[".repeat(100_000).into_bytes(), ReadError::TooDeep);
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let huge = vec![b' '; MAX_BYTES + 1];
    check_refused(&huge, ReadError::TooLarge { bytes: huge.len() });
    assert!(huge.len() > MAX_BYTES);
}

#[test]
fn versions_newer_than_the_app_or_unreadable_are_refused() {
    let next = tsunagu::core::backup::CURRENT_VERSION + 1;
    check_refused(
        &edited(|j| j["version"] = next.into()),
        ReadError::TooNew { version: next },
    );
    check_refused(&edited(|j| j["version"] = 0.into()), ReadError::BadVersion);
    check_refused(
        &edited(|j| j["version"] = "1".into()),
        ReadError::BadVersion,
    );
    check_refused(
        &edited(|j| {
            j.as_object_mut().unwrap().remove("version");
        }),
        ReadError::BadVersion,
    );
}

#[test]
fn bad_values_are_named_by_their_place_in_the_file() {
    check_refused(
        &edited(|j| j["customers"][1]["name"] = 42.into()),
        at_path("customers[1].name", ValueProblem::WrongType),
    );
    check_refused(
        &edited(|j| {
            j["customers"][0].as_object_mut().unwrap().remove("name");
        }),
        at_path("customers[0].name", ValueProblem::Missing),
    );
    check_refused(
        &edited(|j| j["customers"][0]["created_at"] = "2026-13-01T00:00:00Z".into()),
        at_path("customers[0].created_at", ValueProblem::InvalidDate),
    );
    check_refused(
        &edited(|j| j["customers"][0]["notes"][0]["at"] = "yesterday".into()),
        at_path("customers[0].notes[0].at", ValueProblem::InvalidDate),
    );
    check_refused(
        &edited(|j| j["customers"][0]["email"] = "hanako.example.jp".into()),
        at_path(
            "customers[0].email",
            ValueProblem::Rule(Problem::EmailInvalid),
        ),
    );
    check_refused(
        &edited(|j| j["customers"][0]["phones"][0] = "call me".into()),
        at_path(
            "customers[0].phones[0]",
            ValueProblem::Rule(Problem::PhoneInvalid),
        ),
    );
    check_refused(
        &edited(|j| j["customers"][1]["id"] = "not-a-uuid".into()),
        at_path("customers[1].id", ValueProblem::Malformed),
    );
    check_refused(
        &edited(|j| j["customers"] = "everyone".into()),
        at_path("customers", ValueProblem::WrongType),
    );
    check_refused(
        &edited(|j| j["deleted"]["customers"][0]["deleted_at"] = serde_json::Value::Null),
        at_path("deleted.customers[0].deleted_at", ValueProblem::WrongType),
    );
    check_refused(
        &edited(|j| j["exported_at"] = "soon".into()),
        at_path("exported_at", ValueProblem::InvalidDate),
    );
}

#[test]
fn duplicate_ids_are_refused() {
    check_refused(
        &edited(|j| j["customers"][1]["id"] = j["customers"][0]["id"].clone()),
        at_path("customers[1].id", ValueProblem::DuplicateId),
    );
    check_refused(
        &edited(|j| j["deleted"]["customers"][0]["id"] = j["customers"][0]["id"].clone()),
        at_path("deleted.customers[0].id", ValueProblem::DuplicateId),
    );
}

#[test]
fn oversized_lists_are_refused() {
    check_refused(
        &edited(|j| j["customers"][0]["tags"] = (0..51).map(|i| i.to_string()).collect()),
        at_path("customers[0].tags", ValueProblem::TooMany { max: 50 }),
    );
}

#[test]
fn markup_in_names_is_kept_as_plain_text() {
    let name = r#"<script>alert(1)</script><img src=x onerror=alert(2)>"#;
    let bytes = edited(|j| j["customers"][0]["name"] = name.into());
    let dataset = read_backup(&bytes, now(), today()).expect("markup is just text");
    assert!(dataset.customers.values().any(|c| c.name == name));
}

#[test]
fn the_summary_counts_what_an_import_changes() {
    let current = sample();
    let mut next = sample();
    next.customers.remove(&id(2));
    next.customers.get_mut(&id(1)).unwrap().name = "山田 春子".into();
    let mut newcomer = next.customers[&id(1)].clone();
    newcomer.id = id(9);
    next.customers.insert(id(9), newcomer);
    assert_eq!(
        summarize(&current, &next, 1),
        Summary {
            added: 1,
            updated: 1,
            deleted: 1,
            unchanged: 0,
            conflicts: 1
        }
    );
    assert_eq!(
        summarize(&current, &current, 0),
        Summary {
            unchanged: 2,
            ..Summary::default()
        }
    );
}

// ---- round trip and robustness -------------------------------------------------------------

fn valid_customer() -> impl Strategy<Value = Customer> {
    (
        any::<[u8; 16]>(),
        "[a-zA-Z山田佐藤花子]{1,12}",
        "[ア-ン]{0,8}",
        prop::collection::vec("0[0-9]{2}-[0-9]{4}-[0-9]{4}", 0..3),
        prop::collection::vec("[a-z]{1,8}", 0..3),
        prop::collection::vec((0i64..1_700_000_000, "\\PC{1,30}"), 0..3),
        0i64..1_700_000_000,
    )
        .prop_map(|(bytes, name, reading, phones, tags, notes, created)| {
            let mut c = CustomerDraft {
                name,
                reading,
                phones,
                tags: tags.join(","),
                ..CustomerDraft::default()
            }
            .validate(today())
            .expect("generated drafts are valid")
            .into_new_customer(
                CustomerId::from_random_bytes(bytes),
                Utc.timestamp_opt(created, 0).unwrap(),
            );
            for (seconds, text) in notes {
                c.add_note(&text, Utc.timestamp_opt(seconds, 0).unwrap());
            }
            c
        })
}

proptest! {
    #[test]
    fn import_of_export_is_the_same_state(
        customers in prop::collection::vec(valid_customer(), 0..6),
        deleted in prop::collection::vec((any::<[u8; 16]>(), 0i64..1_700_000_000), 0..3),
    ) {
        let tombstones = deleted.into_iter().map(|(bytes, seconds)| Tombstone {
            id: CustomerId::from_random_bytes(bytes),
            deleted_at: Utc.timestamp_opt(seconds, 0).unwrap(),
            deleted_versions: vec![Utc.timestamp_opt(seconds / 2, 0).unwrap()],
        });
        let dataset = Dataset::new(customers, tombstones);
        prop_assert_eq!(read_backup(file(&dataset).as_bytes(), now(), today()), Ok(dataset));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = read_backup(&bytes, now(), today());
    }

    #[test]
    fn mutated_backups_never_panic(cut in 0usize..2000, position in 0usize..2000, byte in any::<u8>()) {
        let mut bytes = file(&sample()).into_bytes();
        let position = position % bytes.len();
        bytes[position] = byte;
        bytes.truncate(bytes.len().saturating_sub(cut % 50));
        let _ = read_backup(&bytes, now(), today());
    }
}

#[test]
fn refusals_are_explained_in_the_owners_language() {
    use tsunagu::core::i18n::Lang;
    let email = at_path(
        "customers[12].email",
        ValueProblem::Rule(Problem::EmailInvalid),
    );
    assert_eq!(
        email.message(Lang::Ja),
        format!(
            "customers[12].email: {}",
            Problem::EmailInvalid.message(Lang::Ja)
        )
    );
    assert_eq!(
        at_path("customers[0].tags", ValueProblem::TooMany { max: 50 }).message(Lang::En),
        "customers[0].tags: more than 50 items"
    );
    assert_eq!(
        ReadError::TooNew { version: 3 }.message(Lang::En),
        "This file uses a newer format (3). Update the app, then import it."
    );
    assert_eq!(
        ReadError::TooLarge {
            bytes: 300 * 1024 * 1024
        }
        .message(Lang::Ja),
        "ファイルが大きすぎます（300 MB、上限 256 MB）。"
    );
    assert_eq!(
        ReadError::NotJson { line: 3, column: 7 }.message(Lang::Ja),
        "JSON形式のファイルではありません（3行目 7文字目）。"
    );
}

#[test]
fn a_missing_or_misshapen_collection_is_refused_rather_than_read_as_empty() {
    check_refused(
        &edited(|j| {
            j.as_object_mut().unwrap().remove("customers");
        }),
        at_path("customers", ValueProblem::Missing),
    );
    check_refused(
        &edited(|j| {
            j["custmers"] = j["customers"].take();
            j.as_object_mut().unwrap().remove("customers");
        }),
        at_path("customers", ValueProblem::Missing),
    );
    check_refused(
        &edited(|j| j["deleted"] = 5.into()),
        at_path("deleted", ValueProblem::WrongType),
    );
    check_refused(
        &edited(|j| {
            j.as_object_mut().unwrap().remove("deleted");
        }),
        at_path("deleted", ValueProblem::Missing),
    );
    check_refused(
        &edited(|j| j["deleted"] = serde_json::json!({})),
        at_path("deleted.customers", ValueProblem::Missing),
    );
}
