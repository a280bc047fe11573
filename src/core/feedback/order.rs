//! The one order feedback is listed in, wherever it is read from: oldest received first, and
//! pieces received at the same instant by id, so that every device and every tab agree.

use super::Feedback;
use std::cmp::Ordering;

impl Feedback {
    /// Compares two pieces of feedback by when they were received, then by id.
    pub fn received_order(&self, other: &Self) -> Ordering {
        (self.received_at, &self.id).cmp(&(other.received_at, &other.id))
    }
}

/// Puts `feedback` into `list` (kept in [`Feedback::received_order`]), replacing the piece with
/// the same id if there is one.
pub fn upsert(list: &mut Vec<Feedback>, feedback: Feedback) {
    list.retain(|f| f.id != feedback.id);
    let at = list.partition_point(|f| f.received_order(&feedback) == Ordering::Less);
    list.insert(at, feedback);
}
