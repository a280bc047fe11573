//! The feedback and answer forms: what is accepted, what each refusal names, and which parts a
//! visit delivered.

use crate::support::{at, id, now};
use chrono::FixedOffset;
use tsunagu::core::catalog::samples::{sample_catalog, Sample};
use tsunagu::core::draft::Problem;
use tsunagu::core::feedback::draft::{
    delivered_parts, AnswerDraft, AnswerField, FeedbackDraft, FeedbackField,
};
use tsunagu::core::feedback::{Channel, Feedback, FeedbackId, Thumb};
use tsunagu::core::i18n::Lang;
use tsunagu::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};

fn japan() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

fn draft() -> FeedbackDraft {
    FeedbackDraft {
        visit: None,
        when: "2026-11-23T17:30".into(),
        channel: Channel::InPerson,
        satisfaction: None,
        recommend: None,
        parts: Vec::new(),
        comment: String::new(),
    }
}

fn feedback_id() -> FeedbackId {
    FeedbackId::from_random_bytes([7; 16])
}

#[test]
fn feedback_needs_something_said_and_valid_values() {
    let part = tsunagu::core::catalog::part::PartId::from_random_bytes([3; 16]);
    type Case = (fn(&mut FeedbackDraft), Option<(FeedbackField, Problem)>);
    let cases: Vec<(&str, Case)> = vec![
        (
            "nothing",
            (|_| {}, Some((FeedbackField::Form, Problem::Required))),
        ),
        (
            "a part without a thumb says nothing",
            (
                |d| {
                    d.parts = vec![(
                        tsunagu::core::catalog::part::PartId::from_random_bytes([3; 16]),
                        None,
                    )]
                },
                Some((FeedbackField::Form, Problem::Required)),
            ),
        ),
        ("satisfaction", (|d| d.satisfaction = Some(4), None)),
        ("recommend only", (|d| d.recommend = Some(0), None)),
        (
            "comment only",
            (|d| d.comment = "  駐車場が狭い ".into(), None),
        ),
        (
            "satisfaction 6",
            (
                |d| d.satisfaction = Some(6),
                Some((
                    FeedbackField::Satisfaction,
                    Problem::OutOfRange { min: 1, max: 5 },
                )),
            ),
        ),
        (
            "recommend 11",
            (
                |d| d.recommend = Some(11),
                Some((
                    FeedbackField::Recommend,
                    Problem::OutOfRange { min: 0, max: 10 },
                )),
            ),
        ),
        (
            "bad moment",
            (
                |d| {
                    d.satisfaction = Some(3);
                    d.when = "昨日".into()
                },
                Some((FeedbackField::When, Problem::DateInvalid)),
            ),
        ),
        (
            "long comment",
            (
                |d| d.comment = "あ".repeat(2001),
                Some((FeedbackField::Comment, Problem::TooLong { max: 2000 })),
            ),
        ),
    ];
    for (name, (change, expected)) in cases {
        let mut d = draft();
        change(&mut d);
        let result = d.validate(feedback_id(), id(1), japan(), now());
        match expected {
            None => {
                let f = result.unwrap_or_else(|e| panic!("{name}: {e:?}"));
                assert_eq!(f.customer, id(1));
                assert_eq!(f.comment, d.comment.trim(), "{name}: comment trimmed");
                // 17:30 in Japan is 08:30 UTC.
                assert_eq!(f.received_at, at(2026, 11, 23, 8, 30), "{name}");
            }
            Some(problem) => {
                let errors = result.expect_err(name);
                assert!(errors.contains(&problem), "{name}: {errors:?}");
            }
        }
    }
    let mut twice = draft();
    twice.parts = vec![(part.clone(), Some(Thumb::Up)), (part, Some(Thumb::Down))];
    let errors = twice
        .validate(feedback_id(), id(1), japan(), now())
        .unwrap_err();
    assert!(errors.contains(&(FeedbackField::Parts, Problem::Duplicate)));
}

#[test]
fn feedback_from_the_future_is_dated_now() {
    let mut d = draft();
    d.satisfaction = Some(5);
    d.when = "2027-01-01T09:00".into();
    let f = d.validate(feedback_id(), id(1), japan(), now()).unwrap();
    assert_eq!(f.received_at, now());
}

#[test]
fn answers_need_words_and_a_moment_not_in_the_future() {
    let mut feedback = Feedback::new(
        feedback_id(),
        id(1),
        at(2026, 11, 20, 0, 0),
        Channel::Phone,
        at(2026, 11, 20, 0, 0),
    );
    feedback.satisfaction = Some(1);
    let answer = |text: &str, when: &str| AnswerDraft {
        when: when.into(),
        channel: Channel::Phone,
        text: text.into(),
    };
    let ok = answer(" お詫びと次回500円引き ", "2026-11-22T10:00")
        .validate(&feedback, japan(), now())
        .unwrap();
    assert_eq!(ok.text, "お詫びと次回500円引き");
    assert_eq!(ok.at, at(2026, 11, 22, 1, 0));
    let cases = [
        ("", "2026-11-22T10:00", AnswerField::Text, Problem::Required),
        (
            "はい",
            "2026-12-30T10:00",
            AnswerField::When,
            Problem::DateInvalid,
        ),
        ("はい", "", AnswerField::When, Problem::DateInvalid),
    ];
    for (text, when, field, problem) in cases {
        let errors = answer(text, when)
            .validate(&feedback, japan(), now())
            .unwrap_err();
        assert_eq!(errors, vec![(field, problem)], "{text:?} {when:?}");
    }
    // An answer typed with a moment before the feedback arrived is dated when it arrived.
    let early = answer("はい", "2026-11-01T10:00")
        .validate(&feedback, japan(), now())
        .unwrap();
    assert_eq!(early.at, feedback.received_at);
}

#[test]
fn a_visit_delivers_the_parts_named_like_its_items() {
    let catalog = sample_catalog(Sample::DogWalking, Lang::Ja, now(), {
        let mut n = 0u8;
        move || {
            n += 1;
            [n; 16]
        }
    });
    let first = &catalog.parts[0];
    let second = &catalog.parts[1];
    let mut visit = Visit::new(
        VisitId::from_random_bytes([1; 16]),
        id(1),
        now(),
        Money::yen(3000),
        now(),
    );
    let one = Quantity {
        count: 1,
        minutes: 0,
    };
    let item = |name: String, booked, delivered| VisitItem {
        name,
        booked,
        delivered,
    };
    visit.items = vec![
        // Width and spacing do not matter.
        item(format!(" {} ", first.name), one, one),
        item("おやつ（手作り）".into(), one, one),
        // Booked but not delivered: not served.
        item(second.name.clone(), one, Quantity::default()),
        // Listed twice: asked about once.
        item(first.name.clone(), Quantity::default(), Quantity::default()),
    ];
    assert_eq!(delivered_parts(&visit, &catalog), vec![first.id.clone()]);
}
