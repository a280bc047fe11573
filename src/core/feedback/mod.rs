//! Feedback and the learning relationship: what customers tell us after a visit (satisfaction,
//! a thumbs up or down per part, how likely they are to recommend us, a comment), on whichever
//! channel it came, and the answer we gave. Negative feedback is never left unanswered; every
//! rating teaches the next offer (see [`crate::core::learn`]).

pub mod model;
pub mod order;

pub use model::{Answer, Channel, Feedback, FeedbackId, PartRating, Thumb};
