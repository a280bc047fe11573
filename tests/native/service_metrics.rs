//! Service figures by month, checked against a month worked out by hand: medians of the time
//! to answer and to settle (wall clock and open hours), the share within target, complaints
//! per 100 visits, and the month a ticket belongs to at Japan's month boundary.

use super::support::{local, small_shop};
use chrono::NaiveDate;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::service::metrics::by_month;
use tsunagu::core::service::sla::SlaPolicy;
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use tsunagu::core::visit::{Money, Visit, VisitId};

fn ticket(n: u8, kind: TicketKind, received: &str) -> Ticket {
    Ticket::new(
        TicketId::from_random_bytes([n; 16]),
        CustomerId::from_random_bytes([1; 16]),
        kind,
        TicketChannel::Email,
        Priority::Normal,
        local(received),
        String::new(),
        local(received),
    )
}

fn respond(t: &mut Ticket, at: &str) {
    t.respond(local(at), TicketChannel::Email, String::new())
        .unwrap();
}

fn visits(first: u8, count: u8, day: &str) -> Vec<Visit> {
    (0..count)
        .map(|i| {
            let at = local(&format!("{day} 10:00")) + chrono::TimeDelta::minutes(i64::from(i));
            Visit::new(
                VisitId::from_random_bytes([first + i; 16]),
                CustomerId::from_random_bytes([1; 16]),
                at,
                Money::yen(3000),
                at,
            )
        })
        .collect()
}

fn month(y: i32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, 1).unwrap()
}

#[test]
fn a_month_of_tickets_gives_the_figures_worked_out_by_hand() {
    // November.
    let mut a = ticket(1, TicketKind::Complaint, "2026-11-24 10:00");
    respond(&mut a, "2026-11-24 11:00"); // 60 min, met
    a.resolve(local("2026-11-24 15:00"), String::new()).unwrap(); // 300 min, met
    let mut b = ticket(2, TicketKind::Inquiry, "2026-11-24 10:00");
    respond(&mut b, "2026-11-25 12:00"); // 1,560 min (open 660), missed the 24 hours
    let mut c = ticket(3, TicketKind::Complaint, "2026-11-27 17:30");
    respond(&mut c, "2026-11-28 11:45"); // 1,095 min (open 135), missed the 2 open hours
                                         // Received at 23:30 on 30 November in Japan (14:30 UTC): November. Never answered.
    let d = ticket(4, TicketKind::Compliment, "2026-11-30 23:30");
    // December: received at 0:30 on 1 December in Japan, still 30 November in UTC.
    let mut e = ticket(5, TicketKind::Request, "2026-12-01 00:30");
    respond(&mut e, "2026-12-01 09:30"); // 540 min, 30 open
    let f = ticket(6, TicketKind::Inquiry, "2026-12-09 20:00"); // waiting, not late yet

    let mut all_visits = visits(0, 40, "2026-11-10");
    all_visits.extend(visits(100, 10, "2026-10-05"));
    let tickets = [&a, &b, &c, &d, &e, &f];
    let months = by_month(
        tickets,
        &all_visits,
        &SlaPolicy::default(),
        &small_shop(&[]),
        local("2026-12-10 09:00"),
    );
    assert_eq!(
        months.keys().copied().collect::<Vec<_>>(),
        vec![month(2026, 10), month(2026, 11), month(2026, 12)]
    );

    let october = &months[&month(2026, 10)];
    assert_eq!((october.tickets, october.visits), (0, 10));
    assert_eq!(october.complaints_per_100_visits(), Some(0.0));
    assert_eq!(october.first_response.percent_within_target(), None);

    let november = &months[&month(2026, 11)];
    assert_eq!(
        (november.tickets, november.complaints, november.visits),
        (4, 2, 40)
    );
    assert_eq!(november.complaints_per_100_visits(), Some(5.0));
    let first = &november.first_response;
    assert_eq!(first.count(), 3);
    assert_eq!(first.median_minutes(), Some(1095.0));
    assert_eq!(first.median_open_minutes(), Some(135.0));
    // A met; B and C missed; D overdue and never answered.
    assert_eq!((first.within_target, first.with_target), (1, 4));
    assert_eq!(first.percent_within_target(), Some(25.0));
    let settled = &november.resolution;
    assert_eq!(settled.count(), 1);
    assert_eq!(settled.median_minutes(), Some(300.0));
    // A met; C's three open days ran out on 2 December.
    assert_eq!((settled.within_target, settled.with_target), (1, 2));

    let december = &months[&month(2026, 12)];
    assert_eq!(
        (december.tickets, december.complaints, december.visits),
        (2, 0, 0)
    );
    assert_eq!(december.complaints_per_100_visits(), None);
    assert_eq!(december.first_response.median_minutes(), Some(540.0));
    assert_eq!(december.first_response.median_open_minutes(), Some(30.0));
    // F is still within its day: not counted either way.
    assert_eq!(december.first_response.with_target, 1);
    assert_eq!(december.first_response.percent_within_target(), Some(100.0));
}

#[test]
fn an_even_count_takes_the_mean_of_the_middle_two() {
    let mut tickets = Vec::new();
    for (n, minutes) in [(1u8, 10i64), (2, 40), (3, 20), (4, 90)] {
        let mut t = ticket(n, TicketKind::Inquiry, "2026-11-24 10:00");
        t.respond(
            local("2026-11-24 10:00") + chrono::TimeDelta::minutes(minutes),
            TicketChannel::Phone,
            String::new(),
        )
        .unwrap();
        tickets.push(t);
    }
    let months = by_month(
        &tickets,
        &[],
        &SlaPolicy::default(),
        &small_shop(&[]),
        local("2026-11-25 09:00"),
    );
    assert_eq!(
        months[&month(2026, 11)].first_response.median_minutes(),
        Some(30.0)
    );
}
