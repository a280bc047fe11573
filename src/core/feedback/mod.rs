//! Feedback and the learning relationship: what customers tell us after a visit (satisfaction,
//! a thumbs up or down per part, how likely they are to recommend us, a comment), on whichever
//! channel it came, and the answer we gave. Negative feedback is never left unanswered; every
//! rating teaches the next offer (see [`crate::core::learn`]).

use crate::core::sorting;

pub mod draft;
pub mod metrics;
pub mod model;
pub mod order;

pub use model::{Answer, Channel, Feedback, FeedbackId, PartRating, Thumb};

/// The feedback still waiting for an answer, oldest first (the longest wait at the top).
pub fn unanswered(feedback: &[Feedback]) -> Vec<&Feedback> {
    let mut waiting: Vec<&Feedback> = feedback.iter().filter(|f| f.unanswered()).collect();
    sorting::sort_by(&mut waiting, |a, b| {
        (a.received_at, &a.id).cmp(&(b.received_at, &b.id))
    });
    waiting
}
