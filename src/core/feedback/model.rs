//! The feedback record. One record is one piece of feedback: given in person on the owner's
//! phone after a visit, or received later by phone, mail or social media. It names the parts
//! that were delivered, so that a rating of the whole visit still says something about each of
//! them, and it keeps every answer we gave, which is how the loop is closed.

use crate::core::catalog::part::PartId;
use crate::core::customer::CustomerId;
use crate::core::record::{record_id, versioned};
use crate::core::visit::VisitId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

record_id!(
    /// A piece of feedback's stable identity: a random (version 4) UUID.
    FeedbackId,
    "feedback"
);

/// The lowest and highest overall satisfaction (1 = very dissatisfied … 5 = very satisfied).
pub const SATISFACTION: std::ops::RangeInclusive<u8> = 1..=5;
/// The lowest and highest answer to "how likely are you to recommend us?" (0 … 10).
pub const RECOMMEND: std::ops::RangeInclusive<u8> = 0..=10;
/// The longest comment or answer kept, in characters.
pub const TEXT_MAX_CHARS: usize = 2000;
/// At most this many parts per piece of feedback.
pub const PARTS_MAX: usize = 50;

/// Where feedback came from, or how an answer was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Face to face, usually on the owner's phone handed over after the visit.
    InPerson,
    Phone,
    Email,
    Line,
    /// Social media or a review site.
    Sns,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 6] = [
        Self::InPerson,
        Self::Phone,
        Self::Email,
        Self::Line,
        Self::Sns,
        Self::Other,
    ];

    /// The stable name used in stored records and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InPerson => "in_person",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Line => "line",
            Self::Sns => "sns",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// A thumb for one part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Thumb {
    Up,
    Down,
}

/// A part that was delivered, and the customer's thumb for it if they gave one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartRating {
    pub part: PartId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb: Option<Thumb>,
}

/// What we said back, how and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub at: DateTime<Utc>,
    pub channel: Channel,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub id: FeedbackId,
    pub customer: CustomerId,
    /// The visit it is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<VisitId>,
    /// When the customer gave it.
    pub received_at: DateTime<Utc>,
    pub channel: Channel,
    /// Overall satisfaction, 1–5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<u8>,
    /// How likely they are to recommend us, 0–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommend: Option<u8>,
    /// The parts delivered, in the order shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<PartRating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// Oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(Feedback, FeedbackId);

impl Feedback {
    /// Empty feedback from `customer`, received at `at` on `channel`, recorded at `now`.
    pub fn new(
        id: FeedbackId,
        customer: CustomerId,
        at: DateTime<Utc>,
        channel: Channel,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            customer,
            visit: None,
            received_at: at,
            channel,
            satisfaction: None,
            recommend: None,
            parts: Vec::new(),
            comment: String::new(),
            answers: Vec::new(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }

    /// Whether anything in it is negative: satisfaction 1–2, a detractor's score (0–6), or a
    /// thumb down.
    pub fn negative(&self) -> bool {
        self.satisfaction.is_some_and(|s| s <= 2)
            || self.recommend.is_some_and(|r| r <= 6)
            || self.parts.iter().any(|p| p.thumb == Some(Thumb::Down))
    }

    /// Whether it asks for an answer: anything negative, and every comment.
    pub fn needs_answer(&self) -> bool {
        self.negative() || !self.comment.trim().is_empty()
    }

    /// Whether it still waits for an answer.
    pub fn unanswered(&self) -> bool {
        self.needs_answer() && self.answers.is_empty()
    }

    /// The thumb given to `part`, if any.
    pub fn thumb(&self, part: &PartId) -> Option<Thumb> {
        self.parts
            .iter()
            .find(|p| &p.part == part)
            .and_then(|p| p.thumb)
    }
}
