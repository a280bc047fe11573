//! Feedback in backups (format version 5): the fixture reads, written feedback reads back
//! equal, files of earlier versions arrive with none, every broken rule or reference is refused
//! with its place, and merging two devices' feedback keeps the newer version and counts what
//! was changed on both sides.

use super::support::{at, check_refusals, fixture_json, now, today, Refusal};
use serde_json::{json, Value};
use tsunagu::core::backup::merge::{merge, summarize_feedback, Summary};
use tsunagu::core::backup::migrate::migrate;
use tsunagu::core::backup::read::{read_backup, ReadError, ValueProblem};
use tsunagu::core::backup::{write_backup, Dataset, CURRENT_VERSION};
use tsunagu::core::catalog::part::PartId;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::draft::Problem;
use tsunagu::core::feedback::model::{PARTS_MAX, TEXT_MAX_CHARS};
use tsunagu::core::feedback::{Answer, Channel, Feedback, FeedbackId, PartRating, Thumb};
use tsunagu::core::record::{Tombstone, Versioned};

const UNKNOWN: &str = "00000000-0000-4000-b000-0000000000ff";
const HANAKO: &str = "6f1c2a3b-4d5e-4f60-8a7b-1c2d3e4f5a6b";
const DELETED_CUSTOMER: &str = "11111111-2222-4333-8444-555555555555";
const DELETED_VISIT: &str = "a1a1a1a1-0000-4000-8000-000000000009";
const DELETED_PART: &str = "00000000-0000-4000-b000-000000000003";

fn read(document: &Value) -> Result<Dataset, ReadError> {
    read_backup(&serde_json::to_vec(document).unwrap(), now(), today())
}

/// The piece of feedback with id `f0f0f0f0-0000-4000-8000-00000000000n` in the fixture.
fn fixture_id(n: u8) -> FeedbackId {
    FeedbackId::parse(&format!("f0f0f0f0-0000-4000-8000-00000000000{n}")).unwrap()
}

#[test]
fn the_version_5_fixture_reads_with_its_feedback() {
    let dataset = read(&fixture_json(5)).expect("the fixture reads");
    assert_eq!(dataset.feedback.len(), 4);
    assert_eq!(
        dataset.feedback_tombstones.keys().collect::<Vec<_>>(),
        [&fixture_id(9)]
    );

    let answered = &dataset.feedback[&fixture_id(2)];
    assert_eq!(answered.recommend, Some(6));
    let shampoo = PartId::parse("00000000-0000-4000-b000-000000000004").unwrap();
    assert_eq!(answered.thumb(&shampoo), Some(Thumb::Down));
    let channels: Vec<Channel> = answered.answers.iter().map(|a| a.channel).collect();
    assert_eq!(channels, [Channel::Line, Channel::Phone]);
    assert!(answered.negative() && !answered.unanswered());

    let by_phone = &dataset.feedback[&fixture_id(3)];
    assert_eq!(by_phone.channel, Channel::Phone);
    assert!(by_phone.visit.is_none() && by_phone.satisfaction.is_none());
    assert!(by_phone.parts.is_empty() && by_phone.comment.starts_with("Could Max"));
    assert!(by_phone.unanswered(), "a comment waits for an answer");

    let happy = &dataset.feedback[&fixture_id(1)];
    assert_eq!((happy.satisfaction, happy.recommend), (Some(5), Some(10)));
    assert!(!happy.needs_answer());
}

#[test]
fn written_feedback_reads_back_equal() {
    let mut dataset = read(&fixture_json(5)).unwrap();
    let hanako = CustomerId::parse(HANAKO).unwrap();
    let parts: Vec<PartId> = dataset.parts.keys().cloned().collect();
    for (n, channel) in (10u8..).zip(Channel::ALL) {
        let mut feedback = Feedback::new(
            FeedbackId::from_random_bytes([n; 16]),
            hanako.clone(),
            at(2026, 11, 21, 1, u32::from(n)),
            channel,
            at(2026, 11, 21, 2, 0),
        );
        feedback.satisfaction = Some(n % 5 + 1);
        feedback.recommend = Some(n % 11);
        feedback.parts = vec![PartRating {
            part: parts[usize::from(n) % parts.len()].clone(),
            thumb: [None, Some(Thumb::Up), Some(Thumb::Down)][usize::from(n) % 3],
        }];
        feedback.comment = format!("{}番目のご感想", n);
        feedback.answers.push(Answer {
            at: at(2026, 11, 21, 3, 0),
            channel,
            text: "ありがとうございました。".into(),
        });
        feedback.touch(at(2026, 11, 21, 3, 0));
        dataset.feedback.insert(feedback.id.clone(), feedback);
    }
    let gone = dataset.feedback.remove(&fixture_id(1)).unwrap();
    dataset.feedback_tombstones.insert(
        gone.id.clone(),
        Tombstone::of(&gone, at(2026, 11, 22, 0, 0)),
    );

    let file = write_backup(&dataset, now(), "0.1.0");
    let written: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(written["version"], CURRENT_VERSION);
    assert_eq!(written["feedback"].as_array().unwrap().len(), 9);
    assert_eq!(written["deleted"]["feedback"].as_array().unwrap().len(), 2);
    assert_eq!(read_backup(file.as_bytes(), now(), today()), Ok(dataset));
}

#[test]
fn earlier_versions_arrive_with_no_feedback() {
    for version in 1..=4 {
        let dataset = read(&fixture_json(version)).expect("every version reads");
        assert!(dataset.feedback.is_empty(), "version {version}");
        assert!(dataset.feedback_tombstones.is_empty(), "version {version}");
    }
    // The step from 4 adds the lists, so that the rule "every list is there" holds.
    let upgraded = migrate(fixture_json(4), 4);
    assert_eq!(upgraded["version"], CURRENT_VERSION);
    assert_eq!(upgraded["feedback"], json!([]));
    assert_eq!(upgraded["deleted"]["feedback"], json!([]));
}

#[test]
fn broken_feedback_is_refused_with_its_place() {
    let rule = ValueProblem::Rule;
    let too_long = rule(Problem::TooLong {
        max: TEXT_MAX_CHARS,
    });
    let cases: Vec<Refusal> = vec![
        (
            "satisfaction below the scale",
            |d| d["feedback"][0]["satisfaction"] = json!(0),
            "feedback[0].satisfaction",
            rule(Problem::OutOfRange { min: 1, max: 5 }),
        ),
        (
            "satisfaction above the scale",
            |d| d["feedback"][0]["satisfaction"] = json!(6),
            "feedback[0].satisfaction",
            rule(Problem::OutOfRange { min: 1, max: 5 }),
        ),
        (
            "recommend above the scale",
            |d| d["feedback"][3]["recommend"] = json!(11),
            "feedback[3].recommend",
            rule(Problem::OutOfRange { min: 0, max: 10 }),
        ),
        (
            "a negative recommend score",
            |d| d["feedback"][3]["recommend"] = json!(-1),
            "feedback[3].recommend",
            ValueProblem::WrongType,
        ),
        (
            "a comment too long",
            |d| d["feedback"][2]["comment"] = json!("あ".repeat(TEXT_MAX_CHARS + 1)),
            "feedback[2].comment",
            too_long.clone(),
        ),
        (
            "a blank answer",
            |d| d["feedback"][1]["answers"][0]["text"] = json!(" \n "),
            "feedback[1].answers[0].text",
            rule(Problem::Required),
        ),
        (
            "an answer too long",
            |d| d["feedback"][1]["answers"][1]["text"] = json!("x".repeat(TEXT_MAX_CHARS + 1)),
            "feedback[1].answers[1].text",
            too_long.clone(),
        ),
        (
            "an answer from the future",
            |d| d["feedback"][1]["answers"][0]["at"] = json!("2099-01-01T00:00:00Z"),
            "feedback[1].answers[0].at",
            ValueProblem::InFuture,
        ),
        (
            "an answer on an unknown channel",
            |d| d["feedback"][1]["answers"][0]["channel"] = json!("fax"),
            "feedback[1].answers[0].channel",
            ValueProblem::WrongType,
        ),
        (
            "too many parts",
            |d| d["feedback"][0]["parts"] = json!(vec![d["feedback"][0]["parts"][0].clone(); 51]),
            "feedback[0].parts",
            ValueProblem::TooMany { max: PARTS_MAX },
        ),
        (
            "a part twice",
            |d| d["feedback"][1]["parts"][1]["part"] = d["feedback"][1]["parts"][0]["part"].clone(),
            "feedback[1].parts[1].part",
            rule(Problem::Duplicate),
        ),
        (
            "an unknown part",
            |d| d["feedback"][0]["parts"][0]["part"] = json!(UNKNOWN),
            "feedback[0].parts[0].part",
            ValueProblem::UnknownReference,
        ),
        (
            "an unknown thumb",
            |d| d["feedback"][0]["parts"][0]["thumb"] = json!("sideways"),
            "feedback[0].parts[0].thumb",
            ValueProblem::WrongType,
        ),
        (
            "an unknown customer",
            |d| d["feedback"][0]["customer"] = json!(UNKNOWN),
            "feedback[0].customer",
            ValueProblem::UnknownReference,
        ),
        (
            "an unknown visit",
            |d| d["feedback"][0]["visit"] = json!(UNKNOWN),
            "feedback[0].visit",
            ValueProblem::UnknownReference,
        ),
        (
            "an unknown channel",
            |d| d["feedback"][0]["channel"] = json!("pigeon"),
            "feedback[0].channel",
            ValueProblem::WrongType,
        ),
        (
            "received in the future",
            |d| d["feedback"][0]["received_at"] = json!("2099-01-01T00:00:00Z"),
            "feedback[0].received_at",
            ValueProblem::InFuture,
        ),
        (
            "created after updated",
            |d| d["feedback"][1]["created_at"] = json!("2026-11-10T00:00:00Z"),
            "feedback[1].created_at",
            ValueProblem::OutOfOrder,
        ),
        (
            "an id twice",
            |d| d["feedback"][1]["id"] = d["feedback"][0]["id"].clone(),
            "feedback[1].id",
            ValueProblem::DuplicateId,
        ),
        (
            "deleted and live",
            |d| d["deleted"]["feedback"][0]["id"] = d["feedback"][2]["id"].clone(),
            "deleted.feedback[0].id",
            ValueProblem::DuplicateId,
        ),
        (
            "no feedback list",
            |d| {
                d.as_object_mut().unwrap().remove("feedback");
            },
            "feedback",
            ValueProblem::Missing,
        ),
        (
            "no list of deleted feedback",
            |d| {
                d["deleted"].as_object_mut().unwrap().remove("feedback");
            },
            "deleted.feedback",
            ValueProblem::Missing,
        ),
    ];
    check_refusals(5, cases);
}

/// What is unusual about a file that must still read, and how.
type Accepted = (&'static str, fn(&mut Value));

#[test]
fn feedback_on_the_edge_of_the_rules_reads() {
    let cases: Vec<Accepted> = vec![
        ("the lowest scores", |d| {
            d["feedback"][0]["satisfaction"] = json!(1);
            d["feedback"][0]["recommend"] = json!(0);
        }),
        ("a comment of the longest length", |d| {
            d["feedback"][2]["comment"] = json!("あ".repeat(TEXT_MAX_CHARS))
        }),
        ("from a deleted customer", |d| {
            d["feedback"][2]["customer"] = json!(DELETED_CUSTOMER)
        }),
        ("about a deleted visit", |d| {
            d["feedback"][2]["visit"] = json!(DELETED_VISIT)
        }),
        ("rating a deleted part", |d| {
            d["feedback"][3]["parts"][0]["part"] = json!(DELETED_PART)
        }),
        ("received a few hours ahead of this clock", |d| {
            d["feedback"][3]["received_at"] = json!("2026-11-23T12:00:00Z")
        }),
    ];
    for (what, edit) in cases {
        let mut document = fixture_json(5);
        edit(&mut document);
        assert_eq!(read(&document).err(), None, "{what}");
    }
}

#[test]
fn merging_two_devices_feedback_keeps_the_newer_versions_and_counts_conflicts() {
    let base = read(&fixture_json(5)).unwrap();
    let answer = |dataset: &mut Dataset, n: u8, text: &str, hour: u32| {
        let feedback = dataset.feedback.get_mut(&fixture_id(n)).unwrap();
        feedback.answers.push(Answer {
            at: at(2026, 11, 22, hour, 0),
            channel: Channel::Phone,
            text: text.into(),
        });
        feedback.touch(at(2026, 11, 22, hour, 0));
    };
    let (mut here, mut there) = (base.clone(), base.clone());
    // Both devices answer the negative feedback; this one first.
    answer(&mut here, 2, "こちらから", 1);
    answer(&mut there, 2, "あちらから", 2);
    // That one answers the phone call, which this one deletes later without having seen it.
    answer(&mut there, 3, "Sure!", 3);
    // This one deletes feedback nobody else touched; that one edits and adds some.
    for n in [1, 3] {
        let gone = here.feedback.remove(&fixture_id(n)).unwrap();
        let tombstone = Tombstone::of(&gone, at(2026, 11, 22, 4, 0));
        here.feedback_tombstones.insert(fixture_id(n), tombstone);
    }
    let edited = there.feedback.get_mut(&fixture_id(4)).unwrap();
    edited.satisfaction = Some(5);
    edited.touch(at(2026, 11, 22, 5, 0));
    let mut added = Feedback::new(
        fixture_id(5),
        CustomerId::parse(HANAKO).unwrap(),
        at(2026, 11, 22, 6, 0),
        Channel::Email,
        at(2026, 11, 22, 6, 0),
    );
    added.recommend = Some(9);
    there.feedback.insert(added.id.clone(), added.clone());

    let merged = merge(&here, &there);
    let kept = &merged.dataset.feedback;
    assert_eq!(
        kept[&fixture_id(2)].answers[2].text,
        "あちらから",
        "the newer edit"
    );
    assert_eq!(kept[&fixture_id(4)].satisfaction, Some(5));
    assert_eq!(kept[&fixture_id(5)], added);
    let deleted = &merged.dataset.feedback_tombstones;
    for n in [1, 3] {
        let gone = !kept.contains_key(&fixture_id(n)) && deleted.contains_key(&fixture_id(n));
        assert!(gone, "deleted {n} stays deleted");
    }
    // The two answers to 2, and the answer to 3 that its deletion never saw.
    assert_eq!(merged.feedback_conflicts, 2);
    assert_eq!(merge(&there, &here), merged, "either way round");
    assert_eq!(merge(&merged.dataset, &there).dataset, merged.dataset);
    assert_eq!(
        summarize_feedback(&here, &merged.dataset, merged.feedback_conflicts),
        Some(Summary {
            added: 1,
            updated: 2,
            deleted: 0,
            unchanged: 0,
            conflicts: 2,
        })
    );
    // Only one side changed: nothing to tell the owner.
    assert_eq!(merge(&base, &there).feedback_conflicts, 0);
    assert_eq!(merge(&base, &here).feedback_conflicts, 0);
    assert_eq!(
        summarize_feedback(&Dataset::default(), &Dataset::default(), 0),
        None
    );
}
