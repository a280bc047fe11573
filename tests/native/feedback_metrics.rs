//! NPS and CSAT on hand-computed examples, including no answers and a handful, and the
//! feedback that waits for an answer.

use crate::support::{at, id};
use chrono::{FixedOffset, NaiveDate};
use tsunagu::core::catalog::part::PartId;
use tsunagu::core::feedback::metrics::{by_month, by_part, overall, Csat, Nps};
use tsunagu::core::feedback::{
    unanswered, Answer, Channel, Feedback, FeedbackId, PartRating, Thumb,
};

fn feedback(n: u8, satisfaction: Option<u8>, recommend: Option<u8>) -> Feedback {
    let mut f = Feedback::new(
        FeedbackId::from_random_bytes([n; 16]),
        id(1),
        at(2026, 10, 1, 3, n.into()),
        Channel::InPerson,
        at(2026, 10, 1, 3, n.into()),
    );
    f.satisfaction = satisfaction;
    f.recommend = recommend;
    f
}

fn part(n: u8) -> PartId {
    PartId::from_random_bytes([n; 16])
}

#[test]
fn nps_is_promoters_minus_detractors_in_percent() {
    // (answers, promoters, passives, detractors, score)
    type Case<'a> = (&'a [u8], u32, u32, u32, Option<f64>);
    let cases: &[Case] = &[
        (&[], 0, 0, 0, None),
        (&[10], 1, 0, 0, Some(100.0)),
        (&[6], 0, 0, 1, Some(-100.0)),
        (&[8], 0, 1, 0, Some(0.0)),
        // 0 and 6 are detractors, 7 and 8 passives, 9 and 10 promoters.
        (&[0, 6, 7, 8, 9, 10], 2, 2, 2, Some(0.0)),
        // 3 promoters, 1 passive, 1 detractor of 5: 60 % − 20 % = 40.
        (&[9, 10, 10, 7, 3], 3, 1, 1, Some(40.0)),
        // 1 of 3 promoters, 2 detractors: 33.3 − 66.7 = −33.3.
        (&[9, 5, 2], 1, 0, 2, Some(-100.0 / 3.0)),
    ];
    for (answers, promoters, passives, detractors, score) in cases {
        let mut nps = Nps::default();
        answers.iter().for_each(|&a| nps.add(a));
        assert_eq!(
            (nps.promoters, nps.passives, nps.detractors),
            (*promoters, *passives, *detractors),
            "{answers:?}"
        );
        assert_eq!(nps.count() as usize, answers.len());
        match (nps.score(), score) {
            (Some(got), Some(want)) => assert!((got - want).abs() < 1e-9, "{answers:?}: {got}"),
            (got, want) => assert_eq!(got, *want, "{answers:?}"),
        }
    }
}

#[test]
fn csat_is_the_share_of_fours_and_fives() {
    // (answers, satisfied, score, mean)
    type Case<'a> = (&'a [u8], u32, Option<f64>, Option<f64>);
    let cases: &[Case] = &[
        (&[], 0, None, None),
        (&[3], 0, Some(0.0), Some(3.0)),
        (&[4], 1, Some(100.0), Some(4.0)),
        (&[1, 2, 3, 4, 5], 2, Some(40.0), Some(3.0)),
        (&[5, 5, 4, 2], 3, Some(75.0), Some(4.0)),
    ];
    for (answers, satisfied, score, mean) in cases {
        let mut csat = Csat::default();
        answers.iter().for_each(|&a| csat.add(a));
        assert_eq!(csat.satisfied, *satisfied, "{answers:?}");
        assert_eq!(csat.count as usize, answers.len());
        assert_eq!(csat.score(), *score, "{answers:?}");
        assert_eq!(csat.mean(), *mean, "{answers:?}");
    }
}

#[test]
fn tallies_count_what_was_answered_and_flag_small_samples() {
    let mut a = feedback(1, Some(5), Some(10));
    a.parts = vec![
        PartRating {
            part: part(1),
            thumb: Some(Thumb::Up),
        },
        PartRating {
            part: part(2),
            thumb: None,
        },
    ];
    let mut b = feedback(2, Some(2), None);
    b.parts = vec![PartRating {
        part: part(1),
        thumb: Some(Thumb::Down),
    }];
    let c = feedback(3, None, Some(3));
    let all = [a, b, c];

    let total = overall(&all);
    assert_eq!(total.feedback, 3);
    assert_eq!((total.csat.count, total.csat.satisfied), (2, 1));
    assert_eq!(total.nps.count(), 2);
    assert_eq!(total.nps.score(), Some(0.0));
    assert_eq!((total.thumbs.up, total.thumbs.down), (1, 1));
    assert!(total.small(), "two answers are a small sample");
    assert!(
        !overall(&[]).small(),
        "nothing is not a small sample, it is none"
    );

    let parts = by_part(&all);
    let first = &parts[&part(1)];
    assert_eq!((first.thumbs.up, first.thumbs.down), (1, 1));
    assert_eq!(
        first.csat.score(),
        Some(50.0),
        "visits with part 1: a 5 and a 2"
    );
    let second = &parts[&part(2)];
    assert_eq!(second.thumbs.count(), 0);
    assert_eq!(second.thumbs.score(), None);
    assert_eq!(second.nps.score(), Some(100.0));

    let many: Vec<Feedback> = (0..10).map(|n| feedback(n, Some(4), None)).collect();
    assert!(!overall(&many).small(), "ten answers are enough");
}

#[test]
fn months_follow_the_business_time_zone() {
    let japan = FixedOffset::east_opt(9 * 3600).unwrap();
    let mut late = feedback(1, Some(5), None);
    // 31 October 16:00 UTC is already 1 November in Japan.
    late.received_at = at(2026, 10, 31, 16, 0);
    let mut early = feedback(2, Some(1), None);
    early.received_at = at(2026, 10, 31, 14, 0);
    let months = by_month(&[late, early], japan);
    let keys: Vec<NaiveDate> = months.keys().copied().collect();
    assert_eq!(
        keys,
        [
            NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
        ]
    );
    assert_eq!(months[&keys[0]].csat.score(), Some(0.0));
    assert_eq!(months[&keys[1]].csat.score(), Some(100.0));
}

#[test]
fn negative_feedback_and_comments_wait_for_an_answer_until_answered() {
    // (satisfaction, recommend, thumb, comment, waits)
    type Case<'a> = (Option<u8>, Option<u8>, Option<Thumb>, &'a str, bool);
    let cases: &[Case] = &[
        (Some(5), Some(10), Some(Thumb::Up), "", false),
        (Some(3), Some(7), None, "", false),
        (Some(2), None, None, "", true),
        (None, Some(6), None, "", true),
        (Some(5), None, Some(Thumb::Down), "", true),
        (Some(5), Some(10), None, "また来ます", true),
        (Some(5), None, None, "   ", false),
    ];
    for (n, (satisfaction, recommend, thumb, comment, waits)) in cases.iter().enumerate() {
        let mut f = feedback(n as u8, *satisfaction, *recommend);
        f.parts = vec![PartRating {
            part: part(1),
            thumb: *thumb,
        }];
        f.comment = comment.to_string();
        assert_eq!(f.unanswered(), *waits, "case {n}");
        f.answers.push(Answer {
            at: at(2026, 10, 2, 0, 0),
            channel: Channel::Phone,
            text: "ありがとうございます".into(),
        });
        assert!(!f.unanswered(), "case {n} answered");
    }
}

#[test]
fn the_longest_wait_comes_first() {
    let mut old = feedback(1, Some(1), None);
    old.received_at = at(2026, 9, 1, 0, 0);
    let new = feedback(2, Some(2), None);
    let happy = feedback(3, Some(5), None);
    let all = [new.clone(), happy, old.clone()];
    let waiting: Vec<&FeedbackId> = unanswered(&all).iter().map(|f| &f.id).collect();
    assert_eq!(waiting, [&old.id, &new.id]);
}
