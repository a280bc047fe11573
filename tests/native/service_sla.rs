//! Service targets against a shop's own hours: where a ticket stands at a given moment, and
//! the overdue and due-soon lists, on explicit moments in Japan.

use super::support::{jst, local, small_shop};
use chrono::NaiveDate;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::service::hours::{BusinessHours, Opening};
use tsunagu::core::service::sla::{
    queue, standing, Clock, Goal, KindTargets, SlaPolicy, Standing, Target,
};
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};

fn ticket(n: u8, kind: TicketKind, received: &str) -> Ticket {
    Ticket::new(
        TicketId::from_random_bytes([n; 16]),
        CustomerId::from_random_bytes([100 + n; 16]),
        kind,
        TicketChannel::Line,
        Priority::Normal,
        local(received),
        String::new(),
        local(received),
    )
}

#[test]
fn the_default_targets_are_two_open_hours_for_a_complaint_and_a_day_for_the_rest() {
    let policy = SlaPolicy::default();
    let complaint = policy.targets(TicketKind::Complaint).first_response;
    assert_eq!(
        (complaint.minutes, complaint.clock),
        (120, Clock::OpenHours)
    );
    for kind in [
        TicketKind::Inquiry,
        TicketKind::Request,
        TicketKind::Compliment,
    ] {
        let target = policy.targets(kind).first_response;
        assert_eq!((target.minutes, target.clock), (24 * 60, Clock::WallClock));
    }
}

#[test]
fn where_a_ticket_stands_at_each_moment() {
    let policy = SlaPolicy::default();
    // (kind, received, responded, now, goal, expected)
    let complaint_due = local("2026-11-28 11:30");
    let inquiry_due = local("2026-11-28 17:30");
    let resolution_due = local("2026-12-02 10:30");
    use Standing::*;
    use TicketKind::*;
    let cases: [(TicketKind, Option<&str>, &str, Goal, Standing); 12] = [
        // A complaint on Friday at 17:30: half an hour on Friday, 90 minutes on Saturday.
        (
            Complaint,
            None,
            "2026-11-27 17:45",
            Goal::FirstResponse,
            OnTrack { due: complaint_due },
        ),
        (
            Complaint,
            None,
            "2026-11-28 10:59",
            Goal::FirstResponse,
            OnTrack { due: complaint_due },
        ),
        // The last 30 open minutes (a quarter of 120).
        (
            Complaint,
            None,
            "2026-11-28 11:00",
            Goal::FirstResponse,
            DueSoon { due: complaint_due },
        ),
        (
            Complaint,
            None,
            "2026-11-28 11:31",
            Goal::FirstResponse,
            Overdue { due: complaint_due },
        ),
        (
            Complaint,
            Some("2026-11-28 11:30"),
            "2026-11-30 09:00",
            Goal::FirstResponse,
            Met,
        ),
        (
            Complaint,
            Some("2026-11-28 11:31"),
            "2026-11-30 09:00",
            Goal::FirstResponse,
            Missed,
        ),
        // Resolution: 24 open hours, from Friday evening to Wednesday 10:30.
        (
            Complaint,
            Some("2026-11-28 11:00"),
            "2026-11-30 12:00",
            Goal::Resolution,
            OnTrack {
                due: resolution_due,
            },
        ),
        (
            Complaint,
            Some("2026-11-28 11:00"),
            "2026-12-02 10:31",
            Goal::Resolution,
            Overdue {
                due: resolution_due,
            },
        ),
        // An inquiry counts the wall clock: due 24 hours later even though the shop closed.
        (
            Inquiry,
            None,
            "2026-11-28 11:29",
            Goal::FirstResponse,
            OnTrack { due: inquiry_due },
        ),
        (
            Inquiry,
            None,
            "2026-11-28 11:30",
            Goal::FirstResponse,
            DueSoon { due: inquiry_due },
        ),
        (
            Inquiry,
            None,
            "2026-11-28 17:31",
            Goal::FirstResponse,
            Overdue { due: inquiry_due },
        ),
        (
            Inquiry,
            Some("2026-11-28 17:00"),
            "2026-11-29 09:00",
            Goal::FirstResponse,
            Met,
        ),
    ];
    for (kind, responded, now, goal, expected) in cases {
        let mut t = ticket(1, kind, "2026-11-27 17:30");
        if let Some(r) = responded {
            t.respond(local(r), TicketChannel::Line, String::new())
                .unwrap();
        }
        assert_eq!(
            standing(&t, goal, &policy, &small_shop(&["2026-11-23"]), local(now)),
            Some(expected),
            "{kind:?} responded {responded:?}, at {now}, {goal:?}"
        );
    }
    // No resolution target for an inquiry.
    let t = ticket(2, Inquiry, "2026-11-27 17:30");
    assert_eq!(
        standing(
            &t,
            Goal::Resolution,
            &policy,
            &small_shop(&["2026-11-23"]),
            local("2026-12-30 09:00")
        ),
        None
    );
}

#[test]
fn an_edited_target_and_clock_move_the_due_time() {
    let mut policy = SlaPolicy::default();
    *policy.targets_mut(TicketKind::Complaint) = KindTargets {
        first_response: Target::wall_clock(2),
        resolution: None,
    };
    let t = ticket(1, TicketKind::Complaint, "2026-11-27 17:30");
    assert_eq!(
        standing(
            &t,
            Goal::FirstResponse,
            &policy,
            &small_shop(&["2026-11-23"]),
            local("2026-11-27 19:31")
        ),
        Some(Standing::Overdue {
            due: local("2026-11-27 19:30")
        })
    );
}

#[test]
fn a_business_that_never_opens_has_no_due_time_rather_than_a_false_one() {
    let never = BusinessHours::new(jst(), [None; 7]).unwrap();
    let t = ticket(1, TicketKind::Complaint, "2026-11-27 17:30");
    let now = local("2027-06-01 09:00");
    assert_eq!(
        standing(&t, Goal::FirstResponse, &SlaPolicy::default(), &never, now),
        Some(Standing::NoDueTime)
    );
    assert_eq!(
        queue([&t], &SlaPolicy::default(), &never, now).overdue,
        vec![]
    );
}

#[test]
fn the_lists_put_the_longest_late_first_and_the_urgent_before_the_normal() {
    let policy = SlaPolicy::default();
    let now = local("2026-11-30 11:00");
    // Overdue first responses: a complaint from Saturday (due Saturday 12:00) and an inquiry
    // from Saturday 9:00 (due Sunday 9:00); an urgent and a normal inquiry due at the same time.
    let complaint = ticket(1, TicketKind::Complaint, "2026-11-28 10:00");
    let inquiry = ticket(2, TicketKind::Inquiry, "2026-11-28 09:00");
    let mut urgent = ticket(3, TicketKind::Request, "2026-11-29 10:00");
    urgent.priority = Priority::Urgent;
    let normal = ticket(4, TicketKind::Request, "2026-11-29 10:00");
    // Answered, resolution overdue: 24 open hours from Wednesday 9:00 ran out on Friday 15:00.
    let mut unresolved = ticket(5, TicketKind::Complaint, "2026-11-25 09:00");
    unresolved
        .respond(
            local("2026-11-25 09:30"),
            TicketChannel::Phone,
            String::new(),
        )
        .unwrap();
    // Due soon: a complaint received at 9:30 today is due at 11:30.
    let fresh = ticket(6, TicketKind::Complaint, "2026-11-30 09:30");
    // On track, and settled: in neither list.
    let calm = ticket(7, TicketKind::Inquiry, "2026-11-30 10:00");
    let mut settled = ticket(8, TicketKind::Complaint, "2026-11-28 10:00");
    settled
        .resolve(local("2026-11-28 10:10"), String::new())
        .unwrap();

    let all = [
        &complaint,
        &inquiry,
        &urgent,
        &normal,
        &unresolved,
        &fresh,
        &calm,
        &settled,
    ];
    let q = queue(all, &policy, &small_shop(&["2026-11-23"]), now);
    let overdue: Vec<(TicketId, Goal)> = q
        .overdue
        .iter()
        .map(|w| (w.ticket.clone(), w.goal))
        .collect();
    assert_eq!(
        overdue,
        vec![
            (unresolved.id.clone(), Goal::Resolution),
            (complaint.id.clone(), Goal::FirstResponse),
            (inquiry.id.clone(), Goal::FirstResponse),
            (urgent.id.clone(), Goal::FirstResponse),
            (normal.id.clone(), Goal::FirstResponse),
        ]
    );
    assert_eq!(q.overdue[0].due, local("2026-11-27 15:00"));
    assert_eq!(q.due_soon.len(), 1);
    assert_eq!(q.due_soon[0].ticket, fresh.id);
    assert_eq!(q.due_soon[0].due, local("2026-11-30 11:30"));
}

#[test]
fn the_care_form_reads_back_the_settings_and_refuses_impossible_hours_and_targets() {
    use tsunagu::core::service::settings::{CareDraft, CareProblem, ServiceSettings};
    let settings = ServiceSettings::default();
    let draft = CareDraft::from_settings(&settings);
    assert_eq!(
        draft.apply(&settings),
        Ok(settings.clone()),
        "unchanged form, unchanged settings"
    );
    assert_eq!(
        draft.week[0],
        (true, "09:00".to_owned(), "18:00".to_owned())
    );
    assert!(!draft.week[6].0, "closed on Sundays");
    assert_eq!(
        draft.targets[TicketKind::Complaint.index()],
        ("2".to_owned(), true)
    );

    let mut edited = draft.clone();
    edited.shop_name = " ポチの散歩屋 ".into();
    edited.week[5] = (true, "10:00".into(), "14:30".into());
    edited.week[6] = (false, "xx".into(), "yy".into());
    edited.targets[TicketKind::Complaint.index()] = ("1".into(), false);
    edited.closed_on = "2026-12-31\n2027-01-02, 2026-12-31".into();
    let next = edited.apply(&settings).unwrap();
    assert_eq!(
        next.closed_on,
        vec![
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(2027, 1, 2).unwrap()
        ],
        "in order, each once"
    );
    assert_eq!(
        CareDraft::from_settings(&next).closed_on,
        "2026-12-31\n2027-01-02"
    );
    assert_eq!(next.shop_name, "ポチの散歩屋");
    assert_eq!(
        next.week[5],
        Some(Opening {
            open: 600,
            close: 870
        })
    );
    assert_eq!(next.week[6], None, "a closed day's times are not read");
    assert_eq!(
        next.sla.targets(TicketKind::Complaint).first_response,
        Target::wall_clock(1)
    );

    let mut broken = draft;
    broken.week[2] = (true, "18:00".into(), "09:00".into());
    broken.week[3] = (true, "9時".into(), "18:00".into());
    broken.targets[0] = ("0".into(), false);
    broken.targets[1] = ("1日".into(), false);
    broken.closed_on = "2026-12-31 大晦日".into();
    assert_eq!(
        broken.apply(&settings),
        Err(vec![
            CareProblem::Day(2),
            CareProblem::Day(3),
            CareProblem::Target(0),
            CareProblem::Target(1),
            CareProblem::ClosedDay("大晦日".into())
        ])
    );
}
