//! Reading a backup's feedback: each piece decoded on its own (errors name their place,
//! `feedback[2].parts[0].part`), ids unique across live and deleted feedback, scores within
//! their scales, texts within their lengths, and every reference — the customer, the visit,
//! each part — naming a record the file has, live or deleted (feedback outlives a deleted
//! visit or part, as the owner may still want to read it).

use super::catalog_checks::{check_times, tombstones, unique};
use super::read::{decode_list, invalid, ReadError, ValueProblem, MAX_NOTES};
use crate::core::catalog::part::PartId;
use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::feedback::model::{PARTS_MAX, RECOMMEND, SATISFACTION, TEXT_MAX_CHARS};
use crate::core::feedback::{Feedback, FeedbackId};
use crate::core::record::Tombstone;
use crate::core::visit::VisitId;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::BTreeSet;

/// The ids feedback may name: every customer, visit and part in the file, live or deleted.
pub(super) struct Known<'a> {
    pub customers: &'a BTreeSet<CustomerId>,
    pub visits: &'a BTreeSet<VisitId>,
    pub parts: &'a BTreeSet<PartId>,
}

/// The feedback and feedback tombstones of a (migrated) backup `document`.
pub(super) fn read_feedback(
    document: &Value,
    known: &Known,
    latest: DateTime<Utc>,
) -> Result<(Vec<Feedback>, Vec<Tombstone<FeedbackId>>), ReadError> {
    let records: Vec<Feedback> = decode_list(&document["feedback"], "feedback")?;
    let deleted: Vec<Tombstone<FeedbackId>> =
        decode_list(&document["deleted"]["feedback"], "deleted.feedback")?;
    let mut ids = BTreeSet::new();
    for (i, feedback) in records.iter().enumerate() {
        let path = format!("feedback[{i}]");
        unique(&mut ids, &feedback.id, &path)?;
        check_references(feedback, known, &path)?;
        check_scores(feedback, &path)?;
        check_texts(feedback, &path, latest)?;
        if feedback.received_at > latest {
            return invalid(format!("{path}.received_at"), ValueProblem::InFuture);
        }
        check_times(
            feedback.created_at,
            feedback.updated_at,
            &feedback.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(&deleted, &mut ids, "deleted.feedback", latest)?;
    Ok((records, deleted))
}

/// The customer, the visit and each part are records the file has; no part is named twice.
fn check_references(feedback: &Feedback, known: &Known, path: &str) -> Result<(), ReadError> {
    if !known.customers.contains(&feedback.customer) {
        return invalid(format!("{path}.customer"), ValueProblem::UnknownReference);
    }
    if let Some(visit) = &feedback.visit {
        if !known.visits.contains(visit) {
            return invalid(format!("{path}.visit"), ValueProblem::UnknownReference);
        }
    }
    if feedback.parts.len() > PARTS_MAX {
        return invalid(
            format!("{path}.parts"),
            ValueProblem::TooMany { max: PARTS_MAX },
        );
    }
    let mut seen = BTreeSet::new();
    for (i, rating) in feedback.parts.iter().enumerate() {
        let at = format!("{path}.parts[{i}].part");
        if !known.parts.contains(&rating.part) {
            return invalid(at, ValueProblem::UnknownReference);
        }
        if !seen.insert(&rating.part) {
            return invalid(at, ValueProblem::Rule(Problem::Duplicate));
        }
    }
    Ok(())
}

/// Satisfaction and the recommend score, when given, are on their scales.
fn check_scores(feedback: &Feedback, path: &str) -> Result<(), ReadError> {
    let scales = [
        ("satisfaction", feedback.satisfaction, SATISFACTION),
        ("recommend", feedback.recommend, RECOMMEND),
    ];
    for (field, score, scale) in scales {
        if score.is_some_and(|s| !scale.contains(&s)) {
            let problem = Problem::OutOfRange {
                min: i64::from(*scale.start()),
                max: i64::from(*scale.end()),
            };
            return invalid(format!("{path}.{field}"), ValueProblem::Rule(problem));
        }
    }
    Ok(())
}

/// The comment and each answer are at most [`TEXT_MAX_CHARS`]; an answer says something and
/// was not given later than the clock allows.
fn check_texts(feedback: &Feedback, path: &str, latest: DateTime<Utc>) -> Result<(), ReadError> {
    let too_long = ValueProblem::Rule(Problem::TooLong {
        max: TEXT_MAX_CHARS,
    });
    if feedback.comment.chars().count() > TEXT_MAX_CHARS {
        return invalid(format!("{path}.comment"), too_long);
    }
    if feedback.answers.len() > MAX_NOTES {
        return invalid(
            format!("{path}.answers"),
            ValueProblem::TooMany { max: MAX_NOTES },
        );
    }
    for (i, answer) in feedback.answers.iter().enumerate() {
        let at = format!("{path}.answers[{i}]");
        if answer.text.trim().is_empty() {
            return invalid(format!("{at}.text"), ValueProblem::Rule(Problem::Required));
        }
        if answer.text.chars().count() > TEXT_MAX_CHARS {
            return invalid(format!("{at}.text"), too_long);
        }
        if answer.at > latest {
            return invalid(format!("{at}.at"), ValueProblem::InFuture);
        }
    }
    Ok(())
}
