//! A ticket's status flow: new → responded → resolved, and reopened; the first response and
//! the resolution read from its steps, and the steps that cannot be taken.

use chrono::{DateTime, TimeZone, Utc};
use tsunagu::core::customer::CustomerId;
use tsunagu::core::service::ticket::{
    Priority, Status, Ticket, TicketChannel, TicketError, TicketId, TicketKind,
};

fn at(h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, h, m, 0).unwrap()
}

fn ticket(kind: TicketKind) -> Ticket {
    Ticket::new(
        TicketId::from_random_bytes([1; 16]),
        CustomerId::from_random_bytes([2; 16]),
        kind,
        TicketChannel::Line,
        Priority::Normal,
        at(1, 0),
        "散歩が短かった".into(),
        at(1, 5),
    )
}

#[test]
fn a_ticket_moves_from_new_to_responded_to_resolved_and_back_when_reopened() {
    let mut t = ticket(TicketKind::Complaint);
    assert_eq!(t.status(), Status::New);
    assert_eq!(t.first_response_at(), None);

    t.respond(at(1, 30), TicketChannel::Line, "申し訳ございません".into())
        .unwrap();
    assert_eq!(t.status(), Status::Responded);
    assert_eq!(t.first_response_at(), Some(at(1, 30)));

    t.respond(at(2, 0), TicketChannel::Phone, "お電話しました".into())
        .unwrap();
    assert_eq!(
        t.first_response_at(),
        Some(at(1, 30)),
        "the first one stays"
    );

    t.resolve(at(3, 0), "次回30分延長".into()).unwrap();
    assert_eq!(t.status(), Status::Resolved);
    assert_eq!(t.resolved_at(), Some(at(3, 0)));

    t.reopen(at(4, 0), "まだ不満".into()).unwrap();
    assert_eq!(
        t.status(),
        Status::Responded,
        "reopened, already answered once"
    );
    assert_eq!(t.resolved_at(), None);

    t.resolve(at(5, 0), String::new()).unwrap();
    assert_eq!(
        t.resolved_at(),
        Some(at(5, 0)),
        "the last resolution counts"
    );
    assert_eq!(t.events.len(), 5);
}

#[test]
fn settling_on_the_spot_is_also_the_first_response() {
    let mut t = ticket(TicketKind::Inquiry);
    t.resolve(at(1, 10), "その場で回答".into()).unwrap();
    assert_eq!(t.first_response_at(), Some(at(1, 10)));
    assert_eq!(t.resolved_at(), Some(at(1, 10)));
}

#[test]
fn steps_out_of_order_or_state_are_refused_and_change_nothing() {
    let mut t = ticket(TicketKind::Request);
    let before = t.clone();
    assert_eq!(
        t.reopen(at(2, 0), String::new()),
        Err(TicketError::NotResolved)
    );
    assert_eq!(
        t.respond(at(0, 59), TicketChannel::Email, String::new()),
        Err(TicketError::BeforeLastStep),
        "before it was received"
    );
    assert_eq!(t, before);

    t.resolve(at(2, 0), String::new()).unwrap();
    let resolved = t.clone();
    assert_eq!(
        t.resolve(at(3, 0), String::new()),
        Err(TicketError::AlreadyResolved)
    );
    assert_eq!(
        t.respond(at(3, 0), TicketChannel::Email, String::new()),
        Err(TicketError::AlreadyResolved)
    );
    assert_eq!(
        t.reopen(at(1, 59), String::new()),
        Err(TicketError::BeforeLastStep)
    );
    assert_eq!(t, resolved);
}

#[test]
fn kinds_channels_and_priorities_read_back_from_their_stored_names() {
    for kind in TicketKind::ALL {
        assert_eq!(TicketKind::parse(kind.as_str()), Some(kind));
        assert_eq!(TicketKind::ALL[kind.index()], kind);
    }
    for channel in TicketChannel::ALL {
        assert_eq!(TicketChannel::parse(channel.as_str()), Some(channel));
    }
    for priority in Priority::ALL {
        assert_eq!(Priority::parse(priority.as_str()), Some(priority));
    }
    assert_eq!(
        TicketChannel::parse("web_form"),
        Some(TicketChannel::WebForm)
    );
    assert_eq!(TicketKind::parse("praise"), None);
}

#[test]
fn a_ticket_survives_a_round_trip_through_json() {
    let mut t = ticket(TicketKind::Complaint);
    t.respond(at(1, 30), TicketChannel::Line, "申し訳ございません".into())
        .unwrap();
    t.resolve(at(3, 0), "返金".into()).unwrap();
    let json = serde_json::to_string(&t).unwrap();
    assert!(json.contains(r#""kind":"responded""#), "{json}");
    let back: Ticket = serde_json::from_str(&json).unwrap();
    assert_eq!(back, t);
}
