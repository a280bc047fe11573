//! Builders and raw access shared by the browser suite.

use chrono::{TimeZone, Utc};
use tsunagu::core::customer::{Customer, CustomerId, Tombstone};
use tsunagu::core::draft::CustomerDraft;
use tsunagu::store::CustomerStore;

pub fn customer(seed: u8, name: &str) -> Customer {
    tsunagu::ui::normalize::install();
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

pub fn tombstone(of: &Customer) -> Tombstone {
    Tombstone::of(of, Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap())
}

/// A database of its own for each test, so tests do not see each other's records.
pub async fn fresh_store(name: &str) -> CustomerStore {
    tsunagu::ui::normalize::install();
    if let Ok(request) = indexed_db_futures::database::Database::delete_by_name(name) {
        request.await.expect("old test database deleted");
    }
    CustomerStore::open(name).await.expect("database opens")
}

pub async fn customers(store: &CustomerStore) -> Vec<Customer> {
    let mut all = store.all().await.expect("all").customers;
    all.sort_by(|x, y| x.id.cmp(&y.id));
    all
}

/// Puts an arbitrary JSON value into `store`, bypassing the typed API.
pub async fn write_raw(database: &str, store: &str, value: &serde_json::Value) {
    let object = js_sys::JSON::parse(&value.to_string()).expect("JSON");
    write_js(database, store, object).await;
}

/// Puts a JavaScript object into `store`, bypassing the typed API: for what JSON cannot hold.
pub async fn write_js(database: &str, store: &str, value: wasm_bindgen::JsValue) {
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
        .primitive()
        .expect("request")
        .await
        .expect("put");
    tx.commit().await.expect("commit");
    db.close();
}

/// The record stores each storage layout had, in order (layout 2 added `meta`, keyed by `key`).
const LAYOUT_STORES: [&[&str]; 5] = [
    &["customers", "tombstones"],
    &[],
    &["visits", "visit_tombstones"],
    &[
        "parts",
        "part_tombstones",
        "part_groups",
        "part_group_tombstones",
        "set_menus",
        "set_menu_tombstones",
    ],
    &["feedback", "feedback_tombstones"],
];

/// A fresh database `name` as storage layout `layout` (1–5) left it: its stores, empty.
pub async fn old_database(name: &str, layout: u32) {
    use indexed_db_futures::prelude::*;
    tsunagu::ui::normalize::install();
    if let Ok(request) = indexed_db_futures::database::Database::delete_by_name(name) {
        request.await.expect("old test database deleted");
    }
    let db = indexed_db_futures::database::Database::open(name)
        .with_version(layout)
        .with_on_upgrade_needed(move |_, db| {
            for stores in LAYOUT_STORES.iter().take(layout as usize) {
                for store in *stores {
                    db.create_object_store(store)
                        .with_key_path("id".into())
                        .build()?;
                }
            }
            if layout >= 2 {
                db.create_object_store("meta")
                    .with_key_path("key".into())
                    .build()?;
            }
            Ok(())
        })
        .await
        .expect("an old database");
    db.close();
}
