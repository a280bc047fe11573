//! Imports: everything written in one transaction, only if nothing changed since the
//! snapshot they were planned from; damaged records left alone.

use super::support::{customer, customers, fresh_store, tombstone, write_raw};
use chrono::{TimeZone, Utc};
use tsunagu::core::backup::Dataset;
use tsunagu::core::record::Versioned;
use tsunagu::store::StoreError;
use wasm_bindgen_test::*;

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
async fn an_import_stores_visits_and_their_tombstones_with_the_customers() {
    use tsunagu::core::record::Tombstone;
    use tsunagu::core::visit::{Money, Visit, VisitId};
    let store = fresh_store("t-visits").await;
    let snapshot = store.snapshot().await.expect("snapshot");
    let hanako = customer(30, "山田 花子");
    let at = |day| Utc.with_ymd_and_hms(2026, 10, day, 1, 0, 0).unwrap();
    let visit = |n: u8, day| {
        Visit::new(
            VisitId::from_random_bytes([n; 16]),
            hanako.id.clone(),
            at(day),
            Money::yen(900),
            at(day),
        )
    };
    let (kept, gone) = (visit(1, 1), visit(2, 2));
    let next = Dataset::new([hanako.clone()], [])
        .with_visits([kept.clone()], [Tombstone::of(&gone, at(3))]);
    store
        .replace_all(&snapshot.dataset, snapshot.revision, &next)
        .await
        .expect("replace");

    let after = store.snapshot().await.expect("snapshot");
    assert_eq!(after.dataset, next);
    assert_eq!(after.unreadable, 0);

    // Replacing again with no visits removes them (only ids the snapshot knew).
    let emptied = Dataset::new([hanako], []);
    store
        .replace_all(&after.dataset, after.revision, &emptied)
        .await
        .expect("replace");
    assert_eq!(store.snapshot().await.expect("snapshot").dataset, emptied);
}
