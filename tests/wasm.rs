//! The browser suite: the store layer against real IndexedDB and localStorage in headless
//! Chromium (`cargo test --target wasm32-unknown-unknown --test wasm`).

#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use tsunagu::core::backup::Dataset;
use tsunagu::core::customer::{ContactChannel, Customer, CustomerId, Tombstone};
use tsunagu::core::draft::CustomerDraft;
use tsunagu::core::settings::Settings;
use tsunagu::store::{load_settings, save_settings, CustomerStore, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn customer(seed: u8, name: &str) -> Customer {
    let now = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
    let draft = CustomerDraft {
        name: name.into(),
        reading: "やまだ はなこ".into(),
        phones: vec!["090-1234-5678".into()],
        email: "hanako@example.jp".into(),
        preferred_channel: "line".into(),
        birthday: "1990-04-01".into(),
        household: vec!["ポチ(柴犬・8歳)".into()],
        tags: "常連, モーニング".into(),
    };
    let mut c = draft
        .validate(now.date_naive())
        .expect("valid draft")
        .into_new_customer(CustomerId::from_random_bytes([seed; 16]), now);
    c.add_note("窓際の席が好き", now);
    c
}

fn tombstone(of: &Customer) -> Tombstone {
    Tombstone::of(of, Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap())
}

/// A database of its own for each test, so tests do not see each other's records.
async fn fresh_store(name: &str) -> CustomerStore {
    if let Ok(request) = indexed_db_futures::database::Database::delete_by_name(name) {
        request.await.expect("old test database deleted");
    }
    CustomerStore::open(name).await.expect("database opens")
}

async fn customers(store: &CustomerStore) -> Vec<Customer> {
    let mut all = store.all().await.expect("all").customers;
    all.sort_by(|x, y| x.id.cmp(&y.id));
    all
}

#[wasm_bindgen_test]
async fn a_written_customer_reads_back_equal() {
    let store = fresh_store("t-write-read").await;
    let written = customer(1, "山田 花子");
    store.put(&written).await.expect("put");
    let read = customers(&store).await;
    assert_eq!(read, vec![written.clone()]);
    assert_eq!(read[0].preferred_channel, Some(ContactChannel::Line));
    assert_eq!(read[0].notes.len(), 1);
}

#[wasm_bindgen_test]
async fn records_survive_closing_and_reopening_the_database() {
    let store = fresh_store("t-reopen").await;
    let a = customer(1, "山田 花子");
    let b = customer(2, "佐藤 一郎");
    store.put(&a).await.expect("put a");
    store.put(&b).await.expect("put b");
    store.close();
    let reopened = CustomerStore::open("t-reopen").await.expect("reopen");
    assert_eq!(customers(&reopened).await, vec![a, b]);
}

#[wasm_bindgen_test]
async fn put_replaces_the_record_with_the_same_id() {
    let store = fresh_store("t-replace").await;
    let mut c = customer(3, "山田 花子");
    store.put(&c).await.expect("put");
    c.name = "山田 春子".into();
    store.put(&c).await.expect("put again");
    assert_eq!(customers(&store).await, vec![c]);
}

#[wasm_bindgen_test]
async fn delete_removes_only_that_customer_and_leaves_a_tombstone() {
    let store = fresh_store("t-delete").await;
    let a = customer(4, "山田 花子");
    let b = customer(5, "佐藤 一郎");
    store.put(&a).await.expect("put a");
    store.put(&b).await.expect("put b");
    store.delete(&tombstone(&a)).await.expect("delete");
    assert_eq!(customers(&store).await, vec![b]);
    assert_eq!(
        store.tombstones().await.expect("tombstones"),
        vec![tombstone(&a)]
    );
    store
        .delete(&tombstone(&a))
        .await
        .expect("deleting an absent id is fine");
}

#[wasm_bindgen_test]
async fn putting_a_deleted_customer_back_removes_its_tombstone() {
    let store = fresh_store("t-restore").await;
    let a = customer(7, "山田 花子");
    store.put(&a).await.expect("put");
    store.delete(&tombstone(&a)).await.expect("delete");
    store.put(&a).await.expect("restore");
    assert_eq!(customers(&store).await, vec![a]);
    assert!(store.tombstones().await.expect("tombstones").is_empty());
}

#[wasm_bindgen_test]
async fn a_checked_write_refuses_to_overwrite_a_newer_record() {
    let store = fresh_store("t-checked").await;
    let original = customer(9, "山田 花子");
    store
        .put_checked(&original, None)
        .await
        .expect("a new customer");
    assert_eq!(
        store.get(&original.id).await.expect("get"),
        Some(original.clone())
    );

    // Another tab saves first…
    let mut theirs = original.clone();
    theirs.tags = vec!["VIP".into()];
    theirs.touch(Utc.with_ymd_and_hms(2026, 11, 3, 9, 0, 0).unwrap());
    store
        .put_checked(&theirs, Some(original.updated_at))
        .await
        .expect("their write");
    // …so a write made from the original version is refused, with the newer record.
    let mut mine = original.clone();
    mine.name = "山田 春子".into();
    mine.touch(Utc.with_ymd_and_hms(2026, 11, 4, 9, 0, 0).unwrap());
    let refused = store.put_checked(&mine, Some(original.updated_at)).await;
    assert_eq!(refused, Err(StoreError::Changed(Box::new(theirs.clone()))));
    assert_eq!(
        customers(&store).await,
        vec![theirs.clone()],
        "nothing was overwritten"
    );
    // Made from the newer version, it goes through.
    store
        .put_checked(&mine, Some(theirs.updated_at))
        .await
        .expect("rebased write");
    assert_eq!(store.get(&mine.id).await.expect("get"), Some(mine.clone()));

    // Deleted meanwhile: an edit made from an older version does not bring it back.
    store.delete(&tombstone(&mine)).await.expect("delete");
    let mut late = mine.clone();
    late.name = "山田 秋子".into();
    assert_eq!(
        store.put_checked(&late, Some(mine.updated_at)).await,
        Err(StoreError::Gone)
    );
    assert!(customers(&store).await.is_empty());
    assert_eq!(store.tombstones().await.expect("tombstones").len(), 1);
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_counted_and_does_not_hide_the_others() {
    let store = fresh_store("t-damaged").await;
    let good = customer(8, "山田 花子");
    store.put(&good).await.expect("put");
    // A record another version (or a bug) left behind: the right key, the wrong shape.
    write_raw(
        "t-damaged",
        "customers",
        &serde_json::json!({ "id": "damaged", "name": 42 }),
    )
    .await;
    let loaded = store.all().await.expect("all");
    assert_eq!(loaded.customers, vec![good]);
    assert_eq!(loaded.unreadable, 1);
}

#[wasm_bindgen_test]
async fn replacing_everything_writes_the_new_state_and_leaves_damaged_records_alone() {
    let store = fresh_store("t-replace-all").await;
    let kept = customer(10, "山田 花子");
    let dropped = customer(11, "佐藤 一郎");
    store.put(&kept).await.expect("put");
    store.put(&dropped).await.expect("put");
    write_raw(
        "t-replace-all",
        "customers",
        &serde_json::json!({ "id": "damaged", "name": 42 }),
    )
    .await;
    let snapshot = store.snapshot().await.expect("snapshot");
    let current = snapshot.dataset;
    assert_eq!(current.customers.len(), 2);

    let mut edited = kept.clone();
    edited.name = "山田 春子".into();
    let added = customer(12, "鈴木 次郎");
    let next = Dataset::new([edited.clone(), added.clone()], [tombstone(&dropped)]);
    store
        .replace_all(&current, snapshot.revision, &next)
        .await
        .expect("replace");

    let loaded = store.all().await.expect("all");
    let mut read = loaded.customers;
    read.sort_by(|x, y| x.id.cmp(&y.id));
    let mut expected = vec![edited, added];
    expected.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(read, expected);
    assert_eq!(
        store.tombstones().await.expect("tombstones"),
        vec![tombstone(&dropped)]
    );
    assert_eq!(
        loaded.unreadable, 1,
        "the damaged record is still there, untouched"
    );
}

#[wasm_bindgen_test]
async fn a_write_on_a_closed_connection_fails_with_an_error() {
    let store = fresh_store("t-closed").await;
    let handle = store.clone();
    store.close();
    let result = handle.put(&customer(6, "山田 花子")).await;
    assert!(
        matches!(result, Err(StoreError::Failed(_))),
        "expected a failure, got {result:?}"
    );
    let reopened = CustomerStore::open("t-closed").await.expect("reopen");
    assert!(customers(&reopened).await.is_empty(), "nothing was written");
}

#[wasm_bindgen_test]
fn settings_round_trip_through_local_storage() {
    let settings = Settings {
        lang: Some(tsunagu::core::i18n::Lang::En),
        sort: tsunagu::core::book::SortOrder::Newest,
        last_export: Some(Utc.with_ymd_and_hms(2026, 11, 20, 3, 0, 0).unwrap()),
        reminder_snoozed_until: None,
    };
    save_settings(&settings).expect("save");
    assert_eq!(load_settings(), settings);
}

#[wasm_bindgen_test]
async fn an_import_planned_before_another_tabs_write_writes_nothing() {
    let store = fresh_store("t-stale").await;
    let theirs = customer(20, "山田 花子");
    store.put(&theirs).await.expect("put");
    let snapshot = store.snapshot().await.expect("snapshot");

    // While the owner looks at the import summary, another tab edits the customer…
    let mut edited = theirs.clone();
    edited.name = "山田 春子".into();
    edited.touch(Utc.with_ymd_and_hms(2026, 11, 5, 9, 0, 0).unwrap());
    store.put(&edited).await.expect("the other tab's write");

    // …so neither kind of import made from the old snapshot may write over it.
    let imported = customer(21, "佐藤 一郎");
    let next = Dataset::new([theirs.clone(), imported.clone()], []);
    assert_eq!(
        store
            .replace_all(&snapshot.dataset, snapshot.revision, &next)
            .await,
        Err(StoreError::Stale)
    );
    assert_eq!(
        store
            .put_all(&[theirs.clone(), imported.clone()], snapshot.revision)
            .await,
        Err(StoreError::Stale)
    );
    assert_eq!(
        customers(&store).await,
        vec![edited.clone()],
        "nothing was written"
    );

    // Planned again from what is stored now, the import goes through.
    let fresh = store.snapshot().await.expect("snapshot");
    assert!(fresh.revision > snapshot.revision);
    store
        .put_all(std::slice::from_ref(&imported), fresh.revision)
        .await
        .expect("import");
    let mut expected = vec![edited, imported];
    expected.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(customers(&store).await, expected);
}

#[wasm_bindgen_test]
async fn a_damaged_tombstone_is_skipped_and_counted() {
    let store = fresh_store("t-damaged-tombstone").await;
    let gone = customer(22, "佐藤 一郎");
    store.put(&gone).await.expect("put");
    store.delete(&tombstone(&gone)).await.expect("delete");
    write_raw(
        "t-damaged-tombstone",
        "tombstones",
        &serde_json::json!({ "id": "damaged", "deleted_at": "yesterday" }),
    )
    .await;
    assert_eq!(
        store.tombstones().await.expect("tombstones"),
        vec![tombstone(&gone)]
    );
    let snapshot = store.snapshot().await.expect("a backup can still be made");
    assert_eq!(snapshot.unreadable, 1);
    assert_eq!(snapshot.dataset.tombstones.len(), 1);
}

#[wasm_bindgen_test]
async fn records_stored_by_the_first_version_are_upgraded_on_open() {
    use indexed_db_futures::prelude::*;
    let name = "t-upgrade";
    if let Ok(request) = indexed_db_futures::database::Database::delete_by_name(name) {
        request.await.expect("old test database deleted");
    }
    // The database as the first version of the app left it: two stores, raw records.
    let db = indexed_db_futures::database::Database::open(name)
        .with_version(1u32)
        .with_on_upgrade_needed(|_, db| {
            db.create_object_store("customers")
                .with_key_path("id".into())
                .build()?;
            db.create_object_store("tombstones")
                .with_key_path("id".into())
                .build()?;
            Ok(())
        })
        .await
        .expect("version 1 database");
    db.close();
    let v1_customer = serde_json::json!({
        "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
        "name": "鈴木 一郎",
        "reading": "すずき いちろう",
        "phones": ["０９０ー１１１１ー２２２２"],
        "created_at": "2026-10-05T01:00:00Z",
        "updated_at": "2026-10-05T01:00:00Z"
    });
    let v1_tombstone = serde_json::json!({
        "id": "11111111-2222-4333-8444-555555555555",
        "deleted_at": "2026-11-10T09:00:00Z"
    });
    write_raw(name, "customers", &v1_customer).await;
    write_raw(name, "tombstones", &v1_tombstone).await;

    let store = CustomerStore::open(name).await.expect("opens and upgrades");
    let upgraded = customers(&store).await;
    assert_eq!(upgraded.len(), 1);
    assert_eq!(upgraded[0].phones, ["090-1111-2222"]);
    assert_eq!(upgraded[0].reading, "スズキ イチロウ");
    assert_eq!(
        upgraded[0].updated_at,
        Utc.with_ymd_and_hms(2026, 10, 5, 1, 0, 0).unwrap(),
        "an upgrade is not an edit"
    );
    assert_eq!(store.tombstones().await.expect("tombstones").len(), 1);
    // The new layout works: writes are counted.
    let before = store.snapshot().await.expect("snapshot").revision;
    store.put(&customer(23, "山田 花子")).await.expect("put");
    assert_eq!(
        store.snapshot().await.expect("snapshot").revision,
        before + 1
    );
    store.close();
    // Opening again does not upgrade again.
    let again = CustomerStore::open(name).await.expect("reopen");
    assert_eq!(
        again.snapshot().await.expect("snapshot").revision,
        before + 1
    );
}

/// Puts an arbitrary JSON value into `store`, bypassing the typed API.
async fn write_raw(database: &str, store: &str, value: &serde_json::Value) {
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;
    let db = indexed_db_futures::database::Database::open(database)
        .await
        .expect("open");
    let tx = db
        .transaction(store)
        .with_mode(TransactionMode::Readwrite)
        .build()
        .expect("transaction");
    tx.object_store(store)
        .expect("store")
        .put(value)
        .serde()
        .expect("serialise")
        .await
        .expect("put");
    tx.commit().await.expect("commit");
    db.close();
}
