//! Feedback is listed oldest received first, ties by id, and upserting keeps that order.

use super::support::{at, id};
use tsunagu::core::feedback::order::upsert;
use tsunagu::core::feedback::{Channel, Feedback, FeedbackId};

fn received(n: u8, hour: u32) -> Feedback {
    Feedback::new(
        FeedbackId::from_random_bytes([n; 16]),
        id(1),
        at(2026, 11, 20, hour, 0),
        Channel::InPerson,
        at(2026, 11, 20, 12, 0),
    )
}

fn ids(list: &[Feedback]) -> Vec<FeedbackId> {
    list.iter().map(|f| f.id.clone()).collect()
}

#[test]
fn upserting_keeps_the_received_order_and_replaces_by_id() {
    let (first, tied_low, tied_high, last) = (
        received(9, 8),
        received(2, 10),
        received(7, 10),
        received(1, 11),
    );
    let mut list = Vec::new();
    for feedback in [&last, &tied_high, &first, &tied_low] {
        upsert(&mut list, feedback.clone());
    }
    let expected = ids(&[first.clone(), tied_low.clone(), tied_high.clone(), last]);
    assert_eq!(ids(&list), expected);

    // Received earlier than thought: the same piece moves, and is not listed twice.
    let mut moved = tied_high.clone();
    moved.received_at = at(2026, 11, 20, 7, 0);
    moved.comment = "時刻を直しました".into();
    upsert(&mut list, moved.clone());
    assert_eq!(list.len(), 4);
    assert_eq!(list[0], moved);
    assert_eq!(ids(&list[1..3]), ids(&[first, tied_low]));
}
