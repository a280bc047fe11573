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
    follow_ups, CustomerFacts, DaysRule, FollowUp, FollowUpFacts, FollowUpRules, LastVisit, Reason,
    ResolvedComplaint, WaitingFeedback, WinBackRule,
};
use tsunagu::core::relations::library::Purpose;
use tsunagu::core::service::ticket::TicketId;
use tsunagu::core::visit::VisitId;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn visit_id(n: u8) -> VisitId {
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

fn visited(n: u8, last: &str, interval: Option<i64>) -> CustomerFacts {
    CustomerFacts {
        last_visit: Some(LastVisit {
            visit: visit_id(n),
            day: day(last),
        }),
        usual_interval_days: interval,
        ..customer(n)
    }
}

fn born(n: u8, birthday: &str) -> CustomerFacts {
    CustomerFacts {
        birthday: Some(day(birthday)),
        ..customer(n)
    }
}

fn of(customers: Vec<CustomerFacts>) -> FollowUpFacts {
    FollowUpFacts {
        customers,
        ..FollowUpFacts::default()
    }
}

/// Only the rule named by `kind` switched on, with its default settings.
fn only(kind: &str) -> FollowUpRules {
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
fn first_due(facts: &FollowUpFacts, rules: &FollowUpRules, from: &str) -> (NaiveDate, FollowUp) {
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

#[test]
fn each_rule_falls_due_on_its_day() {
    let check = |kind: &str, facts: FollowUpFacts, from: &str, due: &str, key: &str| {
        let (found, task) = first_due(&facts, &only(kind), from);
        assert_eq!(
            (found, task.key.as_str()),
            (day(due), key),
            "{kind} from {from}"
        );
    };
    let c1 = id(1).to_string();
    let v1 = visit_id(1).to_string();
    // Three days after the visit.
    check(
        "check_in",
        of(vec![visited(1, "2026-11-20", None)]),
        "2026-11-01",
        "2026-11-23",
        &format!("check_in:{v1}"),
    );
    // A week before the birthday.
    check(
        "birthday",
        of(vec![born(1, "1990-12-01")]),
        "2026-11-01",
        "2026-11-24",
        &format!("birthday:{c1}:2026"),
    );
    // Early January seen from late December: next year's birthday.
    check(
        "birthday",
        of(vec![born(1, "1985-01-03")]),
        "2026-12-01",
        "2026-12-27",
        &format!("birthday:{c1}:2027"),
    );
    // 29 February counts on 1 March in a common year, on the day in a leap year.
    check(
        "birthday",
        of(vec![born(1, "2000-02-29")]),
        "2027-01-15",
        "2027-02-22",
        &format!("birthday:{c1}:2027"),
    );
    check(
        "birthday",
        of(vec![born(1, "2000-02-29")]),
        "2028-01-15",
        "2028-02-22",
        &format!("birthday:{c1}:2028"),
    );
    // More than twice a 30-day interval: day 61.
    check(
        "win_back",
        of(vec![visited(1, "2026-09-01", Some(30))]),
        "2026-09-01",
        "2026-11-01",
        &format!("win_back:{c1}:2026-09-01"),
    );
    // One visit only: more than 60 days.
    check(
        "win_back",
        of(vec![visited(1, "2026-09-01", None)]),
        "2026-09-01",
        "2026-11-01",
        &format!("win_back:{c1}:2026-09-01"),
    );
    // An interval of 0 (two visits the same day) counts as a day.
    check(
        "win_back",
        of(vec![visited(1, "2026-09-01", Some(0))]),
        "2026-09-01",
        "2026-09-04",
        &format!("win_back:{c1}:2026-09-01"),
    );
    let ticket = TicketId::from_random_bytes([7; 16]);
    let complaint = FollowUpFacts {
        resolved_complaints: vec![ResolvedComplaint {
            ticket: ticket.clone(),
            customer: id(1),
            resolved: day("2026-11-20"),
        }],
        ..FollowUpFacts::default()
    };
    check(
        "after_complaint",
        complaint,
        "2026-11-01",
        "2026-11-23",
        &format!("after_complaint:{ticket}:2026-11-20"),
    );
    let feedback = FeedbackId::from_random_bytes([8; 16]);
    let waiting = FollowUpFacts {
        unanswered_feedback: vec![WaitingFeedback {
            feedback: feedback.clone(),
            customer: id(1),
            received: day("2026-11-22"),
            negative: true,
        }],
        ..FollowUpFacts::default()
    };
    check(
        "feedback",
        waiting,
        "2026-11-01",
        "2026-11-23",
        &format!("feedback:{feedback}"),
    );
}

#[test]
fn the_numbers_in_the_rules_move_the_due_day() {
    let check = |rules: FollowUpRules, facts: FollowUpFacts, due: &str| {
        let (found, _) = first_due(&facts, &rules, "2026-01-01");
        assert_eq!(found, day(due));
    };
    let mut rules = only("check_in");
    rules.check_in.days = 0;
    check(
        rules,
        of(vec![visited(1, "2026-03-10", None)]),
        "2026-03-10",
    );
    rules.check_in.days = 14;
    check(
        rules,
        of(vec![visited(1, "2026-03-10", None)]),
        "2026-03-24",
    );
    let mut rules = only("birthday");
    rules.birthday.days = 0;
    check(rules, of(vec![born(1, "2000-02-29")]), "2026-03-01");
    rules.birthday.days = 1;
    check(rules, of(vec![born(1, "2000-02-29")]), "2026-02-28");
    let mut rules = only("win_back");
    rules.win_back = WinBackRule {
        on: true,
        factor: 1.5,
        days_without_interval: 30,
    };
    // 7 × 1.5 = 10.5 days may pass: due on day 11.
    check(
        rules,
        of(vec![visited(1, "2026-03-10", Some(7))]),
        "2026-03-21",
    );
    check(
        rules,
        of(vec![visited(1, "2026-03-10", None)]),
        "2026-04-10",
    );
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
fn rules_switched_off_list_nothing() {
    let mut facts = of(vec![CustomerFacts {
        birthday: Some(day("1990-11-25")),
        ..visited(1, "2026-08-01", Some(10))
    }]);
    facts.unanswered_feedback.push(WaitingFeedback {
        feedback: FeedbackId::from_random_bytes([3; 16]),
        customer: id(1),
        received: day("2026-11-01"),
        negative: false,
    });
    let all = follow_ups(&facts, &FollowUpRules::default(), day("2026-11-23"));
    assert_eq!(all.len(), 4);
    let off = FollowUpRules {
        check_in: DaysRule { on: false, days: 3 },
        birthday: DaysRule { on: false, days: 7 },
        win_back: WinBackRule {
            on: false,
            ..FollowUpRules::default().win_back
        },
        after_complaint: DaysRule { on: false, days: 3 },
        feedback: DaysRule { on: false, days: 1 },
    };
    assert!(follow_ups(&facts, &off, day("2026-11-23")).is_empty());
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

#[test]
fn the_rules_are_stored_and_missing_ones_read_as_the_defaults() {
    let rules = FollowUpRules::default();
    let json = serde_json::to_string(&rules).unwrap();
    let back: FollowUpRules = serde_json::from_str(&json).unwrap();
    assert_eq!(back, rules);
    let partial: FollowUpRules =
        serde_json::from_str(r#"{"check_in": {"on": false, "days": 5}}"#).unwrap();
    assert_eq!(partial.check_in, DaysRule { on: false, days: 5 });
    assert_eq!(partial.birthday, rules.birthday);
    assert_eq!(
        (
            rules.check_in.days,
            rules.birthday.days,
            rules.after_complaint.days,
            rules.feedback.days
        ),
        (3, 7, 3, 1)
    );
    assert_eq!(rules.win_back.factor, 2.0);
    assert_eq!(rules.win_back.days_without_interval, 60);
}
