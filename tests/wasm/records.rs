//! Writing, reading and deleting customers; checked writes between tabs; damaged records;
//! settings.

use super::support::{customer, customers, fresh_store, tombstone, write_js, write_raw};
use chrono::{TimeZone, Utc};
use tsunagu::core::customer::ContactChannel;
use tsunagu::core::record::Versioned;
use tsunagu::core::settings::Settings;
use tsunagu::store::{load_settings, save_settings, CustomerStore, StoreError};
use wasm_bindgen_test::*;

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
async fn a_record_json_cannot_hold_is_counted_and_the_others_still_read() {
    let store = fresh_store("t-not-json").await;
    let good = customer(9, "佐藤 一郎");
    store.put(&good).await.expect("put");
    // A number JSON has no form for (a BigInt): the chunk cannot be written out whole.
    let odd = js_sys::Object::new();
    js_sys::Reflect::set(&odd, &"id".into(), &"odd".into()).expect("id");
    js_sys::Reflect::set(&odd, &"name".into(), &js_sys::BigInt::from(42).into()).expect("name");
    write_js("t-not-json", "customers", odd.into()).await;
    let loaded = store.all().await.expect("all");
    assert_eq!(loaded.customers, vec![good.clone()]);
    assert_eq!(loaded.unreadable, 1);
    assert_eq!(store.get(&good.id).await.expect("get"), Some(good));
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
        tier_percents: tsunagu::core::identify::tiers::TierPercents::new(60, 25).unwrap(),
    };
    save_settings(&settings).expect("save");
    assert_eq!(load_settings(), settings);
}
