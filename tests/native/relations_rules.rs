//! The follow-up rules as the owner sets them: the numbers in each rule move the due day, a rule
//! switched off lists nothing, and the rules are stored with missing ones read as defaults.

use super::relations_follow_up::{born, day, first_due, of, only, visited};
use super::support::id;
use tsunagu::core::feedback::model::FeedbackId;
use tsunagu::core::relations::follow_up::{
    follow_ups, CustomerFacts, DaysRule, FollowUpFacts, FollowUpRules, WaitingFeedback, WinBackRule,
};

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

#[test]
fn the_follow_up_form_reads_back_the_rules_and_names_each_wrong_input() {
    use tsunagu::core::relations::follow_up::FollowUpRules;
    use tsunagu::core::relations::rules_draft::{FollowUpDraft, FollowUpField};
    let rules = FollowUpRules::default();
    let draft = FollowUpDraft::from_rules(&rules);
    assert_eq!(draft.apply(), Ok(rules), "unchanged form, unchanged rules");

    let mut edited = draft.clone();
    edited.check_in = (true, "7".into());
    edited.birthday = (false, "not read".into());
    edited.win_back_factor = "1.5".into();
    let next = edited.apply().unwrap();
    assert_eq!((next.check_in.on, next.check_in.days), (true, 7));
    assert!(!next.birthday.on);
    assert_eq!(next.win_back.factor, 1.5);

    let mut broken = draft;
    broken.check_in = (true, "0".into());
    broken.after_complaint = (true, "三".into());
    broken.feedback = (true, "366".into());
    broken.win_back_factor = "0.5".into();
    broken.win_back_days = String::new();
    assert_eq!(
        broken.apply(),
        Err(vec![
            FollowUpField::CheckIn,
            FollowUpField::AfterComplaint,
            FollowUpField::Feedback,
            FollowUpField::WinBackFactor,
            FollowUpField::WinBackDays,
        ])
    );
}
