//! Follow-up facts gathered from records in the business's time zone (JST): the latest visit
//! supersedes older check-ins, only settled complaints and unanswered feedback count, deleted
//! customers are left out; and win-back falls due exactly when identification starts calling
//! the customer "at risk".

use super::support::{at, id, person};
use chrono::{Days, FixedOffset, NaiveDate};
use std::collections::BTreeMap;
use tsunagu::core::customer::Customer;
use tsunagu::core::feedback::model::{Answer, Channel, Feedback, FeedbackId};
use tsunagu::core::identify::analysis::{analyse, AnalysisSettings};
use tsunagu::core::relations::contact::{Contact, ContactId};
use tsunagu::core::relations::facts::{gather, Records};
use tsunagu::core::relations::follow_up::{
    follow_ups, CustomerFacts, FollowUpFacts, FollowUpRules, LastVisit, ResolvedComplaint,
    WaitingFeedback,
};
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use tsunagu::core::visit::{Money, Visit, VisitId};

fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn visit(n: u8, customer: &Customer, at: chrono::DateTime<chrono::Utc>) -> Visit {
    Visit::new(
        VisitId::from_random_bytes([n; 16]),
        customer.id.clone(),
        at,
        Money::yen(3000),
        at,
    )
}

fn ticket(n: u8, customer: u8, kind: TicketKind) -> Ticket {
    Ticket::new(
        TicketId::from_random_bytes([n; 16]),
        id(customer),
        kind,
        TicketChannel::Phone,
        Priority::Normal,
        at(2026, 11, 18, 1, 0),
        "予約の時間に来なかった".into(),
        at(2026, 11, 18, 1, 0),
    )
}

fn feedback(n: u8, customer: u8, received: chrono::DateTime<chrono::Utc>) -> Feedback {
    let mut f = Feedback::new(
        FeedbackId::from_random_bytes([n; 16]),
        id(customer),
        received,
        Channel::Line,
        received,
    );
    f.comment = "散歩の時間が短かった".into();
    f
}

#[test]
fn facts_are_read_in_the_business_s_time_zone() {
    let mut hanako = person(1, "山田 花子", "ヤマダ ハナコ");
    hanako.birthday = Some(day("1990-12-01"));
    let taro = person(2, "佐藤 太郎", "サトウ タロウ");
    // 12:00 on 11-10 in Japan; 01:00 on 11-21 in Japan (still 11-20 in UTC); after the
    // analysis date.
    let older = visit(10, &hanako, at(2026, 11, 10, 3, 0));
    let newer = visit(11, &hanako, at(2026, 11, 20, 16, 0));
    let booked = visit(12, &hanako, at(2026, 12, 5, 3, 0));
    let visits = [newer.clone(), booked, older];

    // Settled at 00:30 on 11-20 in Japan.
    let mut settled = ticket(20, 1, TicketKind::Complaint);
    settled
        .resolve(at(2026, 11, 19, 15, 30), "返金".into())
        .unwrap();
    let open = ticket(21, 1, TicketKind::Complaint);
    let mut question = ticket(22, 1, TicketKind::Inquiry);
    question
        .resolve(at(2026, 11, 19, 2, 0), String::new())
        .unwrap();
    // Someone no longer in the book.
    let mut gone = ticket(23, 3, TicketKind::Complaint);
    gone.resolve(at(2026, 11, 19, 2, 0), String::new()).unwrap();
    let tickets = [settled.clone(), open, question, gone];

    // Received at 00:00 on 11-22 in Japan.
    let waiting = feedback(30, 1, at(2026, 11, 21, 15, 0));
    let mut answered = feedback(31, 1, at(2026, 11, 21, 1, 0));
    answered.answers.push(Answer {
        at: at(2026, 11, 21, 2, 0),
        channel: Channel::Line,
        text: "申し訳ございません".into(),
    });
    let mut praise = feedback(32, 2, at(2026, 11, 21, 1, 0));
    praise.comment.clear();
    praise.satisfaction = Some(5);
    let elsewhere = feedback(33, 3, at(2026, 11, 21, 1, 0));
    let all_feedback = [waiting.clone(), answered, praise, elsewhere];

    let contacts = [Contact::dismissal(
        ContactId::from_random_bytes([40; 16]),
        id(2),
        "check_in:x",
        "",
        at(2026, 11, 21, 1, 0),
    )];
    let purchases: Vec<_> = visits.iter().map(|v| v.purchase(jst())).collect();
    let analysis = analyse(
        &purchases,
        |_| true,
        &BTreeMap::new(),
        day("2026-11-23"),
        AnalysisSettings::default(),
    );
    let customers = [hanako.clone(), taro.clone()];
    let facts = gather(
        Records {
            customers: &customers,
            visits: &visits,
            tickets: &tickets,
            feedback: &all_feedback,
            contacts: &contacts,
        },
        &analysis,
        jst(),
    );
    assert_eq!(
        facts,
        FollowUpFacts {
            customers: vec![
                CustomerFacts {
                    customer: hanako.id.clone(),
                    birthday: Some(day("1990-12-01")),
                    last_visit: Some(LastVisit {
                        visit: newer.id.clone(),
                        day: day("2026-11-21"),
                    }),
                    usual_interval_days: Some(11),
                },
                CustomerFacts {
                    customer: taro.id.clone(),
                    birthday: None,
                    last_visit: None,
                    usual_interval_days: None,
                },
            ],
            resolved_complaints: vec![ResolvedComplaint {
                ticket: settled.id.clone(),
                customer: hanako.id.clone(),
                resolved: day("2026-11-20"),
            }],
            unanswered_feedback: vec![WaitingFeedback {
                feedback: waiting.id.clone(),
                customer: hanako.id.clone(),
                received: day("2026-11-22"),
                negative: false,
            }],
            done: ["check_in:x".to_owned()].into(),
        }
    );

    // On 11-24: the newer visit's check-in (the older one's is superseded), the birthday a week
    // ahead; the complaint and the feedback since 11-23.
    let tasks = follow_ups(&facts, &FollowUpRules::default(), day("2026-11-24"));
    let keys: Vec<&str> = tasks.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            format!("feedback:{}", waiting.id),
            format!("after_complaint:{}:2026-11-20", settled.id),
            format!("check_in:{}", newer.id),
            format!("birthday:{}:2026", hanako.id),
        ]
    );
    // In UTC the visit was on 11-20, and its check-in would wrongly be due on 11-23.
    let on_23 = follow_ups(&facts, &FollowUpRules::default(), day("2026-11-23"));
    assert!(on_23.iter().all(|t| !t.key.starts_with("check_in")));
}

#[test]
fn win_back_falls_due_when_the_analysis_starts_calling_the_customer_at_risk() {
    let regular = person(1, "山田 花子", "ヤマダ ハナコ");
    let visits: Vec<Visit> = ["2026-07-03", "2026-08-02", "2026-09-01"]
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let local = day(d).and_hms_opt(10, 0, 0).unwrap();
            let utc = local.and_local_timezone(jst()).unwrap().to_utc();
            visit(n as u8 + 1, &regular, utc)
        })
        .collect();
    let purchases: Vec<_> = visits.iter().map(|v| v.purchase(jst())).collect();
    let customers = [regular.clone()];
    let rules = FollowUpRules::default();
    let mut first_due = None;
    for offset in 1..120 {
        let today = day("2026-09-01") + Days::new(offset);
        let analysis = analyse(
            &purchases,
            |_| true,
            &BTreeMap::new(),
            today,
            AnalysisSettings::default(),
        );
        let records = Records {
            customers: &customers,
            visits: &visits,
            tickets: &[],
            feedback: &[],
            contacts: &[],
        };
        let facts = gather(records, &analysis, jst());
        let win_back = follow_ups(&facts, &rules, today)
            .iter()
            .any(|t| t.reason.kind() == "win_back");
        let at_risk = analysis.customers[&regular.id].at_risk;
        assert_eq!(win_back, at_risk, "{today}");
        if win_back && first_due.is_none() {
            first_due = Some(today);
        }
    }
    assert_eq!(first_due, Some(day("2026-11-01")));
}
