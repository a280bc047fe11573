//! Follow-up rules on explicit days: each task falls due exactly on its day and not the day
//! before, stays until its key is done, birthdays across the year's end and on 29 February,
//! win-back at the usual interval times the factor or after the fixed days, and the order of
//! the list.

use super::support::id;
use chrono::NaiveDate;
use std::collections::BTreeSet;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::feedback::model::FeedbackId;
use tsunagu::core::relations::follow_up::{
    follow_ups, CustomerFacts, FollowUp, FollowUpFacts, FollowUpRules, LastVisit, Reason,
    ResolvedComplaint, WaitingFeedback,
};
use tsunagu::core::relations::library::Purpose;
use tsunagu::core::service::ticket::TicketId;
use tsunagu::core::visit::VisitId;

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn visit_id(n: u8) -> VisitId {
    VisitId::from_random_bytes([n; 16])
}

fn customer(n: u8) -> CustomerFacts {
    CustomerFacts {
        customer: id(n),
        birthday: None,
        last_visit: None,
        usual_interval_days: None,
    }
}

pub fn visited(n: u8, last: &str, interval: Option<i64>) -> CustomerFacts {
    CustomerFacts {
        last_visit: Some(LastVisit {
            visit: visit_id(n),
            day: day(last),
        }),
        usual_interval_days: interval,
        ..customer(n)
    }
}

pub fn born(n: u8, birthday: &str) -> CustomerFacts {
    CustomerFacts {
        birthday: Some(day(birthday)),
        ..customer(n)
    }
}

pub fn of(customers: Vec<CustomerFacts>) -> FollowUpFacts {
    FollowUpFacts {
        customers,
        ..FollowUpFacts::default()
    }
}

/// Only the rule named by `kind` switched on, with its default settings.
pub fn only(kind: &str) -> FollowUpRules {
    let mut rules = FollowUpRules::default();
    rules.check_in.on = kind == "check_in";
    rules.birthday.on = kind == "birthday";
    rules.win_back.on = kind == "win_back";
    rules.after_complaint.on = kind == "after_complaint";
    rules.feedback.on = kind == "feedback";
    rules
}

/// The first day from `from` on that `facts` list a task under `rules`, and that task (which
/// must be the only one).
pub fn first_due(
    facts: &FollowUpFacts,
    rules: &FollowUpRules,
    from: &str,
) -> (NaiveDate, FollowUp) {
    let mut today = day(from);
    for _ in 0..800 {
        if let [task] = follow_ups(facts, rules, today).as_slice() {
            assert_eq!(task.due, today, "listed on its due day");
            assert_eq!(task.overdue_days, 0);
            return (today, task.clone());
        }
        today = today.succ_opt().unwrap();
    }
    panic!("nothing fell due from {from}");
}

/// Checks that under only the rule `kind`, `facts` list nothing in the hundred days before
/// `due` and one task on `due`, under `key` (`C` standing for customer 1's id, `V` for their
/// visit's, `T` for the ticket's and `F` for the feedback's).
fn check(kind: &str, facts: FollowUpFacts, due: &str, key: &str) {
    let key = key
        .replace('C', &id(1).to_string())
        .replace('V', &visit_id(1).to_string())
        .replace('T', &ticket().to_string())
        .replace('F', &feedback().to_string());
    let from = day(due) - chrono::Days::new(100);
    let (found, task) = first_due(&facts, &only(kind), &from.to_string());
    assert_eq!((found, task.key), (day(due), key), "{kind}");
}

fn ticket() -> TicketId {
    TicketId::from_random_bytes([7; 16])
}

fn feedback() -> FeedbackId {
    FeedbackId::from_random_bytes([8; 16])
}

#[test]
fn each_rule_falls_due_on_its_day() {
    let one = |c: CustomerFacts| of(vec![c]);
    // Three days after the visit.
    check(
        "check_in",
        one(visited(1, "2026-11-20", None)),
        "2026-11-23",
        "check_in:V",
    );
    // A week before the birthday.
    check(
        "birthday",
        one(born(1, "1990-12-01")),
        "2026-11-24",
        "birthday:C:2026",
    );
    // Early January seen from late December: next year's birthday.
    check(
        "birthday",
        one(born(1, "1985-01-03")),
        "2026-12-27",
        "birthday:C:2027",
    );
    // 29 February counts on 1 March in a common year, on the day in a leap year.
    check(
        "birthday",
        one(born(1, "2000-02-29")),
        "2027-02-22",
        "birthday:C:2027",
    );
    check(
        "birthday",
        one(born(1, "2000-02-29")),
        "2028-02-22",
        "birthday:C:2028",
    );
    // More than twice a 30-day interval: day 61.
    let win_back = "win_back:C:2026-09-01";
    check(
        "win_back",
        one(visited(1, "2026-09-01", Some(30))),
        "2026-11-01",
        win_back,
    );
    // One visit only: more than 60 days.
    check(
        "win_back",
        one(visited(1, "2026-09-01", None)),
        "2026-11-01",
        win_back,
    );
    // An interval of 0 (two visits the same day) counts as a day.
    check(
        "win_back",
        one(visited(1, "2026-09-01", Some(0))),
        "2026-09-04",
        win_back,
    );
    let complaint = FollowUpFacts {
        resolved_complaints: vec![ResolvedComplaint {
            ticket: ticket(),
            customer: id(1),
            resolved: day("2026-11-20"),
        }],
        ..FollowUpFacts::default()
    };
    check(
        "after_complaint",
        complaint,
        "2026-11-23",
        "after_complaint:T:2026-11-20",
    );
    let waiting = FollowUpFacts {
        unanswered_feedback: vec![WaitingFeedback {
            feedback: feedback(),
            customer: id(1),
            received: day("2026-11-22"),
            negative: true,
        }],
        ..FollowUpFacts::default()
    };
    check("feedback", waiting, "2026-11-23", "feedback:F");
}

#[test]
fn a_task_stays_listed_until_its_key_is_done() {
    let facts = of(vec![visited(1, "2026-11-20", None)]);
    let rules = only("check_in");
    let later = follow_ups(&facts, &rules, day("2027-02-01"));
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].overdue_days, 70);
    let done = FollowUpFacts {
        done: BTreeSet::from([later[0].key.clone()]),
        ..facts.clone()
    };
    assert!(follow_ups(&done, &rules, day("2027-02-01")).is_empty());
    // Another customer's done key changes nothing.
    let other = FollowUpFacts {
        done: BTreeSet::from([format!("check_in:{}", visit_id(2))]),
        ..facts
    };
    assert_eq!(follow_ups(&other, &rules, day("2027-02-01")).len(), 1);
}

#[test]
fn a_birthday_is_listed_until_a_week_after_and_each_year_anew() {
    let facts = of(vec![born(1, "1985-01-03")]);
    let rules = only("birthday");
    let listed = |today: &str| follow_ups(&facts, &rules, day(today));
    assert_eq!(listed("2026-12-26"), []);
    let task = &listed("2027-01-10")[0];
    assert_eq!(
        task.reason,
        Reason::Birthday {
            born: day("1985-01-03"),
            on: day("2027-01-03")
        }
    );
    assert_eq!(task.overdue_days, 14);
    assert_eq!(listed("2027-01-11"), []);
    // Done this year, due again next year.
    let done = FollowUpFacts {
        done: BTreeSet::from([task.key.clone()]),
        ..facts.clone()
    };
    assert!(follow_ups(&done, &rules, day("2027-01-05")).is_empty());
    assert_eq!(follow_ups(&done, &rules, day("2027-12-27")).len(), 1);
    // No birthday before the person was born, nor on the day itself.
    let baby = of(vec![born(2, "2026-11-30")]);
    assert!(follow_ups(&baby, &rules, day("2026-11-25")).is_empty());
    assert_eq!(follow_ups(&baby, &rules, day("2027-11-25")).len(), 1);
}

#[test]
fn win_back_says_how_long_it_has_been_and_asks_once_per_lapse() {
    let rules = only("win_back");
    let facts = of(vec![visited(1, "2026-09-01", Some(30))]);
    let tasks = follow_ups(&facts, &rules, day("2026-11-23"));
    assert_eq!(
        tasks[0].reason,
        Reason::WinBack {
            last_visit: visit_id(1),
            last_visit_day: day("2026-09-01"),
            days_since: 83,
            usual_interval_days: Some(30),
            limit_days: 60,
        }
    );
    assert_eq!(tasks[0].reason.purpose(), Purpose::WinBack);
    let done = FollowUpFacts {
        done: BTreeSet::from([tasks[0].key.clone()]),
        ..facts
    };
    assert!(follow_ups(&done, &rules, day("2027-06-01")).is_empty());
    // Back in December, gone again: a new lapse, a new task.
    let again = FollowUpFacts {
        customers: vec![visited(1, "2026-12-10", Some(30))],
        ..done
    };
    assert_eq!(follow_ups(&again, &rules, day("2027-02-08")).len(), 0);
    assert_eq!(follow_ups(&again, &rules, day("2027-02-09")).len(), 1);
    // A factor that is not a positive number makes no task rather than one every day.
    let mut odd = rules;
    odd.win_back.factor = f64::NAN;
    let facts = of(vec![visited(1, "2026-09-01", Some(30))]);
    assert!(follow_ups(&facts, &odd, day("2027-01-01")).is_empty());
}

#[test]
fn the_list_is_most_overdue_first_then_answers_owed_before_wishes() {
    let a: CustomerId = id(1);
    let b: CustomerId = id(2);
    let facts = FollowUpFacts {
        customers: vec![
            // b's check-in due 11-23; a's birthday due 11-23; a's win-back due 11-10.
            visited(2, "2026-11-20", None),
            CustomerFacts {
                birthday: Some(day("1990-11-30")),
                ..visited(1, "2026-09-10", None)
            },
        ],
        resolved_complaints: vec![ResolvedComplaint {
            ticket: TicketId::from_random_bytes([5; 16]),
            customer: b.clone(),
            resolved: day("2026-11-20"),
        }],
        unanswered_feedback: vec![WaitingFeedback {
            feedback: FeedbackId::from_random_bytes([6; 16]),
            customer: a.clone(),
            received: day("2026-11-22"),
            negative: false,
        }],
        done: BTreeSet::new(),
    };
    let rules = FollowUpRules::default();
    let tasks = follow_ups(&facts, &rules, day("2026-11-23"));
    let seen: Vec<(&str, &CustomerId, i64)> = tasks
        .iter()
        .map(|t| (t.reason.kind(), &t.customer, t.overdue_days))
        .collect();
    assert_eq!(
        seen,
        [
            ("check_in", &a, 71),
            ("win_back", &a, 13),
            ("feedback", &a, 0),
            ("after_complaint", &b, 0),
            ("check_in", &b, 0),
            ("birthday", &a, 0),
        ]
    );
    // The same facts in another order give the same list.
    let mut shuffled = facts.clone();
    shuffled.customers.reverse();
    assert_eq!(follow_ups(&shuffled, &rules, day("2026-11-23")), tasks);
}
