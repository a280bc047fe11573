//! The feedback and answer forms as entered, checked and turned into records. Most inputs are
//! buttons (a face for satisfaction, a thumb per part, 0–10 for recommending), so the checks
//! that matter are the moment, the lengths, and that something was said at all. Also: which
//! catalog parts a visit delivered, so the form can ask about exactly those.

use super::model::{
    Answer, Channel, Feedback, FeedbackId, PartRating, Thumb, PARTS_MAX, RECOMMEND, SATISFACTION,
    TEXT_MAX_CHARS,
};
use crate::core::catalog::part::PartId;
use crate::core::catalog::Catalog;
use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::text::fold;
use crate::core::visit::{Quantity, Visit, VisitId, VisitItem};
use crate::core::visit_draft::parse_local_moment;
use chrono::{DateTime, FixedOffset, Utc};

/// The feedback form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackDraft {
    pub visit: Option<VisitId>,
    /// `YYYY-MM-DDTHH:MM` in the business's time zone.
    pub when: String,
    pub channel: Channel,
    pub satisfaction: Option<u8>,
    pub recommend: Option<u8>,
    /// The parts delivered, each with the thumb given (if any).
    pub parts: Vec<(PartId, Option<Thumb>)>,
    pub comment: String,
}

/// Which input of the feedback form a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeedbackField {
    When,
    Satisfaction,
    Recommend,
    Parts,
    Comment,
    /// The form as a whole: nothing was said.
    Form,
}

impl FeedbackDraft {
    /// Checks every field; the new feedback from `customer`, or each field's problem.
    pub fn validate(
        &self,
        id: FeedbackId,
        customer: CustomerId,
        offset: FixedOffset,
        now: DateTime<Utc>,
    ) -> Result<Feedback, Vec<(FeedbackField, Problem)>> {
        let mut errors = Vec::new();
        let at = parse_local_moment(&self.when, offset);
        if at.is_none() {
            errors.push((FeedbackField::When, Problem::DateInvalid));
        }
        let range = |r: &std::ops::RangeInclusive<u8>| Problem::OutOfRange {
            min: i64::from(*r.start()),
            max: i64::from(*r.end()),
        };
        if self
            .satisfaction
            .is_some_and(|s| !SATISFACTION.contains(&s))
        {
            errors.push((FeedbackField::Satisfaction, range(&SATISFACTION)));
        }
        if self.recommend.is_some_and(|r| !RECOMMEND.contains(&r)) {
            errors.push((FeedbackField::Recommend, range(&RECOMMEND)));
        }
        let mut parts: Vec<PartRating> = Vec::new();
        for (part, thumb) in &self.parts {
            if parts.iter().any(|p| &p.part == part) {
                errors.push((FeedbackField::Parts, Problem::Duplicate));
                break;
            }
            parts.push(PartRating {
                part: part.clone(),
                thumb: *thumb,
            });
        }
        if parts.len() > PARTS_MAX {
            errors.push((FeedbackField::Parts, Problem::TooMany { max: PARTS_MAX }));
        }
        let comment = self.comment.trim();
        if comment.chars().count() > TEXT_MAX_CHARS {
            let max = TEXT_MAX_CHARS;
            errors.push((FeedbackField::Comment, Problem::TooLong { max }));
        }
        let said_something = self.satisfaction.is_some()
            || self.recommend.is_some()
            || parts.iter().any(|p| p.thumb.is_some())
            || !comment.is_empty();
        if !said_something {
            errors.push((FeedbackField::Form, Problem::Required));
        }
        let (Some(at), true) = (at, errors.is_empty()) else {
            return Err(errors);
        };
        let mut feedback = Feedback::new(id, customer, at.min(now), self.channel, now);
        feedback.visit = self.visit.clone();
        feedback.satisfaction = self.satisfaction;
        feedback.recommend = self.recommend;
        feedback.parts = parts;
        feedback.comment = comment.to_owned();
        Ok(feedback)
    }
}

/// The answer form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerDraft {
    /// `YYYY-MM-DDTHH:MM` in the business's time zone.
    pub when: String,
    pub channel: Channel,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerField {
    When,
    Text,
}

impl AnswerDraft {
    /// The answer, or each field's problem. An answer cannot predate the feedback it answers.
    pub fn validate(
        &self,
        feedback: &Feedback,
        offset: FixedOffset,
        now: DateTime<Utc>,
    ) -> Result<Answer, Vec<(AnswerField, Problem)>> {
        let mut errors = Vec::new();
        let at = parse_local_moment(&self.when, offset).filter(|at| *at <= now);
        if at.is_none() {
            errors.push((AnswerField::When, Problem::DateInvalid));
        }
        let text = self.text.trim();
        if text.is_empty() {
            errors.push((AnswerField::Text, Problem::Required));
        } else if text.chars().count() > TEXT_MAX_CHARS {
            let max = TEXT_MAX_CHARS;
            errors.push((AnswerField::Text, Problem::TooLong { max }));
        }
        match at {
            Some(at) if errors.is_empty() => Ok(Answer {
                at: at.max(feedback.received_at),
                channel: self.channel,
                text: text.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// The catalog parts `visit` delivered: its items whose names match a part's (ignoring width,
/// case and spacing), in the visit's order, each once.
pub fn delivered_parts(visit: &Visit, catalog: &Catalog) -> Vec<PartId> {
    let mut parts: Vec<PartId> = Vec::new();
    // An item booked but not delivered at all was not served; one with no quantities was.
    let served =
        |i: &&VisitItem| i.booked == Quantity::default() || i.delivered != Quantity::default();
    for item in visit.items.iter().filter(served) {
        let name = fold(&item.name);
        if let Some(part) = catalog.parts.iter().find(|p| fold(&p.name) == name) {
            if !parts.contains(&part.id) {
                parts.push(part.id.clone());
            }
        }
    }
    parts
}
