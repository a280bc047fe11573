//! Backup format 6: tickets, coupons, the contact log and message templates in the file. The
//! version 6 fixture reads with everything it holds; earlier versions arrive with none; what
//! is written reads back equal; each broken record is refused with its place; and two
//! devices' records merge like every other kind.

use super::support::{check_refusals, fixture_json, now, today, Refusal};
use serde_json::{json, Value};
use tsunagu::core::backup::merge::{merge, summarize_service};
use tsunagu::core::backup::migrate::migrate;
use tsunagu::core::backup::read::{read_backup, ReadError, ValueProblem};
use tsunagu::core::backup::{write_backup, Dataset, CURRENT_VERSION};
use tsunagu::core::draft::Problem;
use tsunagu::core::loyalty::coupon::{Benefit, CouponId};
use tsunagu::core::record::Versioned;
use tsunagu::core::service::ticket::{Status, TicketId, TicketKind};

fn read(document: &Value) -> Result<Dataset, ReadError> {
    read_backup(&serde_json::to_vec(document).unwrap(), now(), today())
}

fn ticket_id(n: u8) -> TicketId {
    TicketId::parse(&format!("b2b2b2b2-0000-4000-8000-00000000000{n}")).unwrap()
}

#[test]
fn the_version_6_fixture_reads_with_its_service_records() {
    let dataset = read(&fixture_json(6)).expect("the fixture reads");
    let counts = [
        dataset.tickets.len(),
        dataset.coupons.len(),
        dataset.contacts.len(),
        dataset.templates.len(),
        dataset.ticket_tombstones.len(),
    ];
    assert_eq!(counts, [2, 2, 1, 1, 1]);
    let complaint = &dataset.tickets[&ticket_id(1)];
    assert_eq!(complaint.kind, TicketKind::Complaint);
    assert_eq!(complaint.status(), Status::Resolved);
    assert!(complaint.visit.is_some());
    let remedy =
        &dataset.coupons[&CouponId::parse("c3c3c3c3-0000-4000-8000-000000000001").unwrap()];
    assert_eq!(remedy.benefit, Benefit::Redo { minutes: 30 });
    assert!(remedy.redemption.is_some());
    assert_eq!(dataset.tickets[&ticket_id(2)].status(), Status::New);
}

#[test]
fn earlier_versions_arrive_with_no_service_records() {
    for version in 1..=5 {
        let dataset = read(&fixture_json(version)).expect("every version reads");
        assert!(
            dataset.tickets.is_empty() && dataset.coupons.is_empty(),
            "version {version}"
        );
        assert!(
            dataset.contacts.is_empty() && dataset.templates.is_empty(),
            "version {version}"
        );
    }
    let upgraded = migrate(fixture_json(5), 5);
    assert_eq!(upgraded["version"], CURRENT_VERSION);
    for name in ["tickets", "coupons", "contacts", "templates"] {
        assert_eq!(upgraded[name], json!([]), "{name}");
        assert_eq!(upgraded["deleted"][name], json!([]), "deleted.{name}");
    }
}

#[test]
fn written_service_records_read_back_equal() {
    let dataset = read(&fixture_json(6)).unwrap();
    let file = write_backup(&dataset, now(), "0.1.0");
    let written: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(written["tickets"].as_array().unwrap().len(), 2);
    assert_eq!(written["deleted"]["tickets"].as_array().unwrap().len(), 1);
    assert_eq!(read_backup(file.as_bytes(), now(), today()), Ok(dataset));
}

#[test]
fn broken_service_records_are_refused_with_their_place() {
    let cases: Vec<Refusal> = vec![
        (
            "a ticket of an unknown customer",
            |d| d["tickets"][0]["customer"] = json!("00000000-0000-4000-b000-0000000000ff"),
            "tickets[0].customer",
            ValueProblem::UnknownReference,
        ),
        (
            "a ticket about an unknown visit",
            |d| d["tickets"][0]["visit"] = json!("00000000-0000-4000-b000-0000000000ff"),
            "tickets[0].visit",
            ValueProblem::UnknownReference,
        ),
        (
            "an answer before the ticket came in",
            |d| d["tickets"][0]["events"][0]["at"] = json!("2026-11-08T08:00:00Z"),
            "tickets[0].events[0].at",
            ValueProblem::OutOfOrder,
        ),
        (
            "an answer after the resolution, without a reopening",
            |d| {
                let answer = d["tickets"][0]["events"][0].clone();
                let mut late = answer;
                late["at"] = json!("2026-11-10T00:00:00Z");
                d["tickets"][0]["events"].as_array_mut().unwrap().push(late);
            },
            "tickets[0].events[2].kind",
            ValueProblem::OutOfOrder,
        ),
        (
            "a description too long",
            |d| d["tickets"][1]["description"] = json!("あ".repeat(4001)),
            "tickets[1].description",
            ValueProblem::Rule(Problem::TooLong { max: 4000 }),
        ),
        (
            "an unknown kind of ticket",
            |d| d["tickets"][1]["kind"] = json!("praise"),
            "tickets[1].kind",
            ValueProblem::WrongType,
        ),
        (
            "a coupon of no percent",
            |d| d["coupons"][1]["benefit"]["percent"] = json!(0),
            "coupons[1].benefit",
            ValueProblem::OutOfRange,
        ),
        (
            "a coupon redeemed on an unknown visit",
            |d| {
                d["coupons"][0]["redemption"]["visit"] =
                    json!("00000000-0000-4000-b000-0000000000ff")
            },
            "coupons[0].redemption.visit",
            ValueProblem::UnknownReference,
        ),
        (
            "a remedy for an unknown ticket",
            |d| d["coupons"][0]["origin"]["ticket"] = json!("00000000-0000-4000-b000-0000000000ff"),
            "coupons[0].origin.ticket",
            ValueProblem::UnknownReference,
        ),
        (
            "a contact from the future",
            |d| d["contacts"][0]["at"] = json!("2099-01-01T00:00:00Z"),
            "contacts[0].at",
            ValueProblem::InFuture,
        ),
        (
            "a template with an unknown placeholder",
            |d| d["templates"][0]["body"] = json!("{name}様 {nickname}"),
            "templates[0].body",
            ValueProblem::Malformed,
        ),
        (
            "the same ticket twice",
            |d| d["tickets"][1]["id"] = d["tickets"][0]["id"].clone(),
            "tickets[1].id",
            ValueProblem::DuplicateId,
        ),
        (
            "a ticket both live and deleted",
            |d| d["deleted"]["tickets"][0]["id"] = d["tickets"][0]["id"].clone(),
            "deleted.tickets[0].id",
            ValueProblem::DuplicateId,
        ),
        (
            "no coupons list at all",
            |d| {
                d.as_object_mut().unwrap().remove("coupons");
            },
            "coupons",
            ValueProblem::Missing,
        ),
    ];
    check_refusals(6, cases);
}

#[test]
fn two_devices_service_records_merge_and_conflicts_are_counted() {
    let base = read(&fixture_json(6)).unwrap();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    // Mine answers the new inquiry; theirs answers it too, a little later (a conflict, theirs
    // kept as the newer), and voids a coupon.
    let at = now() - chrono::TimeDelta::hours(1);
    let sides = [
        (&mut mine, "はい、営業しています", at),
        (
            &mut theirs,
            "Yes, we are open",
            at + chrono::TimeDelta::minutes(5),
        ),
    ];
    for (side, text, at) in sides {
        let inquiry = side.tickets.get_mut(&ticket_id(2)).unwrap();
        inquiry
            .respond(
                at,
                tsunagu::core::service::ticket::TicketChannel::Email,
                text.into(),
            )
            .unwrap();
        inquiry.touch(at);
    }
    let later = now() - chrono::TimeDelta::minutes(30);
    let manual = CouponId::parse("c3c3c3c3-0000-4000-8000-000000000002").unwrap();
    let coupon = theirs.coupons.get_mut(&manual).unwrap();
    coupon.voided_at = Some(later);
    coupon.touch(later);

    let merged = merge(&mine, &theirs);
    assert_eq!(
        merged.service_conflicts, 1,
        "the inquiry was answered on both sides"
    );
    assert_eq!(merged.dataset.coupons[&manual].voided_at, Some(later));
    let summary = summarize_service(&mine, &merged.dataset, merged.service_conflicts).unwrap();
    assert_eq!((summary.updated, summary.conflicts), (2, 1));
    // The same merge the other way round gives the same records.
    assert_eq!(merge(&theirs, &mine).dataset, merged.dataset);
}
