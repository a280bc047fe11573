//! What the first version of the app stored is upgraded when a newer one opens it.

use super::support::{customer, customers, old_database, write_raw};
use chrono::{TimeZone, Utc};
use tsunagu::store::CustomerStore;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn records_stored_by_the_first_version_are_upgraded_on_open() {
    let name = "t-upgrade";
    // The database as the first version of the app left it: two stores, raw records.
    old_database(name, 1).await;
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
