//! Feedback in IndexedDB (layout 5): a layout-4 database gains the feedback stores and keeps its
//! data, feedback is written, read in order and deleted with a tombstone in counted writes, and
//! an imported backup's feedback is stored with everything else.

use super::support::{customer, customers, fresh_store, old_database, write_raw};
use chrono::{DateTime, TimeZone, Utc};
use std::collections::BTreeMap;
use tsunagu::core::backup::read::read_backup;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::feedback::{Answer, Channel, Feedback, FeedbackId, PartRating, Thumb};
use tsunagu::core::record::{Tombstone, Versioned};
use tsunagu::store::CustomerStore;
use wasm_bindgen_test::*;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

/// Feedback `n` from `customer`, received on 2026-11-`day`.
fn feedback(n: u8, customer: &CustomerId, day: u32) -> Feedback {
    let mut feedback = Feedback::new(
        FeedbackId::from_random_bytes([n; 16]),
        customer.clone(),
        at(day, 1),
        Channel::InPerson,
        at(day, 2),
    );
    feedback.satisfaction = Some(4);
    feedback.recommend = Some(9);
    feedback
}

#[wasm_bindgen_test]
async fn a_layout_4_database_gains_empty_feedback_stores_and_keeps_its_data() {
    let name = "t-upgrade-feedback";
    // The database as layout 4 left it.
    old_database(name, 4).await;
    let hanako = customer(40, "山田 花子");
    write_raw(name, "customers", &serde_json::to_value(&hanako).unwrap()).await;
    let version = serde_json::json!({ "key": "records_version", "value": 4 });
    write_raw(name, "meta", &version).await;
    let count = serde_json::json!({ "key": "revision", "value": 7 });
    write_raw(name, "meta", &count).await;

    let store = CustomerStore::open(name).await.expect("opens and upgrades");
    assert_eq!(customers(&store).await, vec![hanako.clone()]);
    assert_eq!(store.feedback().await.expect("feedback"), (Vec::new(), 0));
    let snapshot = store.snapshot().await.expect("every store reads");
    assert!(
        snapshot.dataset.feedback.is_empty() && snapshot.dataset.feedback_tombstones.is_empty()
    );
    assert!(snapshot.revision > 7, "the count carries on");

    let given = feedback(1, &hanako.id, 20);
    store
        .put_feedback(&given)
        .await
        .expect("the new stores take writes");
    store.close();
    let again = CustomerStore::open(name).await.expect("reopen");
    assert_eq!(again.feedback().await.expect("feedback").0, vec![given]);
    assert_eq!(customers(&again).await, vec![hanako]);
}

#[wasm_bindgen_test]
async fn feedback_is_written_read_in_order_and_deleted_with_a_tombstone() {
    let store = fresh_store("t-feedback").await;
    let hanako = customer(41, "山田 花子").id;
    let (late, early) = (feedback(2, &hanako, 21), feedback(3, &hanako, 19));
    let mut answered = feedback(4, &hanako, 20);
    answered.satisfaction = Some(2);
    answered.comment = "待ち時間が長かった".into();
    answered.parts = vec![PartRating {
        part: tsunagu::core::catalog::part::PartId::from_random_bytes([9; 16]),
        thumb: Some(Thumb::Down),
    }];
    for written in [&late, &early, &answered] {
        store.put_feedback(written).await.expect("put");
    }
    let before = store.snapshot().await.expect("snapshot").revision;
    assert_eq!(
        store.feedback().await.expect("feedback").0,
        vec![early.clone(), answered.clone(), late.clone()],
        "oldest received first"
    );

    // An answer is a new version that replaces the stored one.
    answered.answers.push(Answer {
        at: at(20, 5),
        channel: Channel::Phone,
        text: "お詫びのお電話をしました".into(),
    });
    answered.touch(at(20, 5));
    store.put_feedback(&answered).await.expect("put again");
    let deleted = Tombstone::of(&late, at(22, 0));
    store.delete_feedback(&deleted).await.expect("delete");

    let after = store.snapshot().await.expect("snapshot");
    assert_eq!(after.revision, before + 2, "every write is counted");
    let kept: BTreeMap<FeedbackId, Feedback> = [early, answered]
        .into_iter()
        .map(|f| (f.id.clone(), f))
        .collect();
    assert_eq!(after.dataset.feedback, kept);
    assert_eq!(
        after
            .dataset
            .feedback_tombstones
            .into_values()
            .collect::<Vec<_>>(),
        vec![deleted]
    );

    // Putting it back (undo) removes its tombstone.
    store.put_feedback(&late).await.expect("restore");
    let restored = store.snapshot().await.expect("snapshot").dataset;
    assert_eq!(restored.feedback.len(), 3);
    assert!(restored.feedback_tombstones.is_empty());
}

#[wasm_bindgen_test]
async fn importing_a_version_5_backup_stores_its_feedback() {
    let store = fresh_store("t-import-feedback").await;
    let bytes = include_bytes!("../fixtures/backup-v5.json");
    let imported =
        read_backup(bytes, at(23, 9), at(23, 9).date_naive()).expect("the fixture reads");
    assert_eq!(imported.feedback.len(), 4);
    let snapshot = store.snapshot().await.expect("snapshot");
    store
        .replace_all(&snapshot.dataset, snapshot.revision, &imported)
        .await
        .expect("import");

    let stored = store.snapshot().await.expect("snapshot");
    assert_eq!(stored.dataset, imported, "everything, feedback included");
    let (listed, unreadable) = store.feedback().await.expect("feedback");
    assert_eq!(unreadable, 0);
    let received: Vec<DateTime<Utc>> = listed.iter().map(|f| f.received_at).collect();
    let mut sorted = received.clone();
    sorted.sort();
    assert_eq!(received, sorted, "oldest received first");

    // Importing a file without that feedback again removes it, tombstones included.
    let mut emptied = imported.clone();
    emptied.feedback.clear();
    emptied.feedback_tombstones.clear();
    store
        .replace_all(&stored.dataset, stored.revision, &emptied)
        .await
        .expect("replace");
    assert_eq!(store.feedback().await.expect("feedback").0, Vec::new());
    assert_eq!(store.snapshot().await.expect("snapshot").dataset, emptied);
}
