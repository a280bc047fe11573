//! Customer service in IndexedDB (layout 6): a layout-5 database gains the stores for tickets,
//! coupons, contacts and templates and keeps its data; each kind is written, read and deleted
//! with a tombstone in counted writes; and an imported backup's records are stored.

use super::support::{customer, customers, fresh_store, old_database, write_raw};
use chrono::{DateTime, TimeZone, Utc};
use tsunagu::core::backup::read::read_backup;
use tsunagu::core::loyalty::coupon::Coupon;
use tsunagu::core::record::{Tombstone, Versioned};
use tsunagu::core::relations::contact::Contact;
use tsunagu::core::relations::library::Template;
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use tsunagu::store::CustomerStore;
use wasm_bindgen_test::*;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

fn ticket(n: u8, customer: &tsunagu::core::customer::CustomerId) -> Ticket {
    Ticket::new(
        TicketId::from_random_bytes([n; 16]),
        customer.clone(),
        TicketKind::Complaint,
        TicketChannel::Line,
        Priority::High,
        at(20, 1),
        "散歩が短かった".into(),
        at(20, 2),
    )
}

#[wasm_bindgen_test]
async fn a_layout_5_database_gains_the_service_stores_and_keeps_its_data() {
    let name = "t-upgrade-service";
    // The database as layout 5 left it.
    old_database(name, 5).await;
    let hanako = customer(50, "山田 花子");
    write_raw(name, "customers", &serde_json::to_value(&hanako).unwrap()).await;
    let version = serde_json::json!({ "key": "records_version", "value": 5 });
    write_raw(name, "meta", &version).await;

    let store = CustomerStore::open(name).await.expect("opens and upgrades");
    assert_eq!(customers(&store).await, vec![hanako.clone()]);
    assert_eq!(
        store.records::<Ticket>().await.expect("tickets"),
        (Vec::new(), 0)
    );
    let given = ticket(1, &hanako.id);
    store
        .put_record(&given)
        .await
        .expect("the new stores take writes");
    store.close();
    let again = CustomerStore::open(name).await.expect("reopen");
    assert_eq!(
        again.records::<Ticket>().await.expect("tickets").0,
        vec![given]
    );
}

#[wasm_bindgen_test]
async fn a_ticket_is_written_changed_and_deleted_with_a_tombstone_in_counted_writes() {
    let store = fresh_store("t-tickets").await;
    let hanako = customer(51, "山田 花子").id;
    let mut first = ticket(2, &hanako);
    store.put_record(&first).await.expect("put");
    let before = store.snapshot().await.expect("snapshot").revision;
    first
        .respond(at(20, 3), TicketChannel::Line, "申し訳ございません".into())
        .unwrap();
    first.touch(at(20, 3));
    store.put_record(&first).await.expect("put again");
    let tombstone = Tombstone::of(&first, at(21, 0));
    store
        .delete_record::<Ticket>(&tombstone)
        .await
        .expect("delete");
    let after = store.snapshot().await.expect("snapshot");
    assert_eq!(after.revision, before + 2, "every write is counted");
    assert!(after.dataset.tickets.is_empty());
    assert_eq!(
        after
            .dataset
            .ticket_tombstones
            .into_values()
            .collect::<Vec<_>>(),
        vec![tombstone]
    );

    // Restoring writes the record and removes its tombstone in one go.
    first.touch(at(21, 1));
    store.put_record(&first).await.expect("restore");
    let restored = store.snapshot().await.expect("snapshot").dataset;
    assert_eq!(restored.tickets.len(), 1);
    assert!(restored.ticket_tombstones.is_empty());
}

#[wasm_bindgen_test]
async fn an_imported_backup_stores_its_tickets_coupons_contacts_and_templates() {
    let store = fresh_store("t-service-import").await;
    let bytes = include_bytes!("../fixtures/backup-v6.json");
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let incoming = read_backup(bytes, now, today).expect("the fixture reads");
    let current = store.snapshot().await.expect("snapshot");
    store
        .replace_all(&current.dataset, current.revision, &incoming)
        .await
        .expect("import");
    let stored = store.snapshot().await.expect("snapshot").dataset;
    assert_eq!(stored.tickets, incoming.tickets);
    assert_eq!(stored.ticket_tombstones, incoming.ticket_tombstones);
    assert_eq!(stored.coupons, incoming.coupons);
    assert_eq!(stored.contacts, incoming.contacts);
    assert_eq!(stored.templates, incoming.templates);
    assert_eq!(store.records::<Coupon>().await.expect("coupons").0.len(), 2);
    assert_eq!(
        store.records::<Contact>().await.expect("contacts").0.len(),
        1
    );
    assert_eq!(
        store
            .records::<Template>()
            .await
            .expect("templates")
            .0
            .len(),
        1
    );
}
