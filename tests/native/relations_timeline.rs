//! One customer's timeline: every kind of interaction, with its channel, newest first, and
//! nobody else's.

use chrono::{DateTime, TimeZone, Utc};
use tsunagu::core::customer::CustomerId;
use tsunagu::core::feedback::{Answer, Channel, Feedback, FeedbackId};
use tsunagu::core::loyalty::coupon::{Benefit, Coupon, CouponId, Origin, Redemption};
use tsunagu::core::relations::contact::{Contact, ContactId, ContactMethod};
use tsunagu::core::relations::timeline::{timeline, Happening, Sources};
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use tsunagu::core::visit::{Money, Visit, VisitId};

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

#[test]
fn every_interaction_is_on_one_timeline_newest_first_with_its_channel() {
    let hanako = CustomerId::from_random_bytes([1; 16]);
    let other = CustomerId::from_random_bytes([2; 16]);
    let visit = Visit::new(
        VisitId::from_random_bytes([1; 16]),
        hanako.clone(),
        at(10, 1),
        Money::yen(3000),
        at(10, 2),
    );
    let theirs = Visit::new(
        VisitId::from_random_bytes([2; 16]),
        other.clone(),
        at(11, 1),
        Money::yen(900),
        at(11, 2),
    );
    let mut feedback = Feedback::new(
        FeedbackId::from_random_bytes([1; 16]),
        hanako.clone(),
        at(10, 3),
        Channel::InPerson,
        at(10, 3),
    );
    feedback.satisfaction = Some(2);
    feedback.answers.push(Answer {
        at: at(10, 5),
        channel: Channel::Line,
        text: "申し訳ございません".into(),
    });
    let mut ticket = Ticket::new(
        TicketId::from_random_bytes([1; 16]),
        hanako.clone(),
        TicketKind::Complaint,
        TicketChannel::Line,
        Priority::High,
        at(11, 0),
        "散歩が短かった".into(),
        at(11, 0),
    );
    ticket
        .respond(at(11, 1), TicketChannel::Phone, "お電話でお詫び".into())
        .unwrap();
    ticket.resolve(at(12, 0), String::new()).unwrap();
    let mut coupon = Coupon::new(
        CouponId::from_random_bytes([1; 16]),
        hanako.clone(),
        Benefit::Redo { minutes: 30 },
        Origin::Remedy {
            ticket: Some(ticket.id.clone()),
            visit: None,
        },
        at(12, 0),
        None,
    );
    let next = Visit::new(
        VisitId::from_random_bytes([3; 16]),
        hanako.clone(),
        at(20, 1),
        Money::yen(3000),
        at(20, 2),
    );
    coupon.redemption = Some(Redemption {
        visit: next.id.clone(),
        at: at(20, 2),
    });
    let sent = Contact::sent(
        ContactId::from_random_bytes([1; 16]),
        hanako.clone(),
        at(23, 1),
        ContactMethod::Email,
        "その後いかがですか",
        at(23, 1),
    );
    let dismissed = Contact::dismissal(
        ContactId::from_random_bytes([2; 16]),
        hanako.clone(),
        "check_in:x",
        "",
        at(23, 2),
    );

    let moments = timeline(
        &hanako,
        &Sources {
            visits: &[visit.clone(), theirs, next.clone()],
            feedback: &[feedback.clone()],
            tickets: &[ticket.clone()],
            contacts: &[sent, dismissed],
            coupons: &[coupon.clone()],
        },
    );
    let got: Vec<(DateTime<Utc>, Happening)> = moments
        .iter()
        .map(|m| (m.at, m.happening.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                at(23, 1),
                Happening::Contacted {
                    method: ContactMethod::Email
                }
            ),
            (
                at(20, 2),
                Happening::CouponRedeemed {
                    coupon: coupon.id.clone(),
                    visit: next.id.clone()
                }
            ),
            (
                at(20, 1),
                Happening::Visit {
                    visit: next.id.clone(),
                    short: false
                }
            ),
            (
                at(12, 0),
                Happening::CouponIssued {
                    coupon: coupon.id.clone()
                }
            ),
            (
                at(12, 0),
                Happening::TicketResolved {
                    ticket: ticket.id.clone()
                }
            ),
            (
                at(11, 1),
                Happening::TicketResponded {
                    ticket: ticket.id.clone(),
                    channel: TicketChannel::Phone
                }
            ),
            (
                at(11, 0),
                Happening::TicketReceived {
                    ticket: ticket.id.clone(),
                    kind: TicketKind::Complaint,
                    channel: TicketChannel::Line
                }
            ),
            (
                at(10, 5),
                Happening::FeedbackAnswered {
                    feedback: feedback.id.clone(),
                    channel: Channel::Line
                }
            ),
            (
                at(10, 3),
                Happening::Feedback {
                    feedback: feedback.id.clone(),
                    channel: Channel::InPerson,
                    negative: true
                }
            ),
            (
                at(10, 1),
                Happening::Visit {
                    visit: visit.id.clone(),
                    short: false
                }
            ),
        ]
    );
    assert_eq!(moments[0].text, "その後いかがですか");
    assert_eq!(moments[6].text, "散歩が短かった");
}
