//! Each customer's visits and feedback, looked up rather than found by reading every record.
//!
//! A customer's page shows their visits, stamps, timeline, feedback and what was learned from
//! it; with 100,000 visits and 30,000 pieces of feedback, finding theirs by a pass over all of
//! them on every page (once per card) cost more than drawing the page. The index is rebuilt
//! when the records change — rarely, next to how often pages open — and built ahead, in a
//! task of its own, once the book is read.

use crate::core::customer::CustomerId;
use crate::core::feedback::Feedback;
use crate::core::visit::{Visit, VisitId};
use leptos::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Ids (or positions) of each customer's records, in the order the records are kept.
type Index<T> = Arc<FxHashMap<CustomerId, Vec<T>>>;

#[derive(Clone, Copy)]
pub struct ByCustomer {
    all_visits: RwSignal<BTreeMap<VisitId, Visit>>,
    all_feedback: RwSignal<Vec<Feedback>>,
    visits: Memo<Index<VisitId>>,
    /// Positions in the feedback list.
    feedback: Memo<Index<usize>>,
}

/// A rebuilt index always counts as changed: comparing two would cost as much as building one.
fn rebuilt<T>(_: Option<&T>, _: Option<&T>) -> bool {
    true
}

impl ByCustomer {
    pub fn new(
        all_visits: RwSignal<BTreeMap<VisitId, Visit>>,
        all_feedback: RwSignal<Vec<Feedback>>,
    ) -> Self {
        let visits = Memo::new_with_compare(
            move |_| {
                all_visits.with(|all| {
                    let mut index: FxHashMap<CustomerId, Vec<VisitId>> = FxHashMap::default();
                    for visit in all.values() {
                        index
                            .entry(visit.customer.clone())
                            .or_default()
                            .push(visit.id.clone());
                    }
                    Arc::new(index)
                })
            },
            rebuilt,
        );
        let feedback = Memo::new_with_compare(
            move |_| {
                all_feedback.with(|all| {
                    let mut index: FxHashMap<CustomerId, Vec<usize>> = FxHashMap::default();
                    for (at, one) in all.iter().enumerate() {
                        index.entry(one.customer.clone()).or_default().push(at);
                    }
                    Arc::new(index)
                })
            },
            rebuilt,
        );
        Self {
            all_visits,
            all_feedback,
            visits,
            feedback,
        }
    }

    /// Builds both indexes now, untracked (called once everything is read).
    pub fn warm(self) {
        self.visits.with_untracked(|_| ());
        self.feedback.with_untracked(|_| ());
    }

    /// `customer`'s visits, in id order (tracked: a reactive caller follows every change).
    pub fn visits(self, customer: &CustomerId) -> Vec<Visit> {
        let index = self.visits.get();
        let Some(ids) = index.get(customer) else {
            return Vec::new();
        };
        self.all_visits
            .with(|all| ids.iter().filter_map(|id| all.get(id).cloned()).collect())
    }

    /// `customer`'s feedback, oldest received first (tracked).
    pub fn feedback(self, customer: &CustomerId) -> Vec<Feedback> {
        let index = self.feedback.get();
        let Some(positions) = index.get(customer) else {
            return Vec::new();
        };
        self.all_feedback.with(|all| {
            positions
                .iter()
                .filter_map(|&at| all.get(at).cloned())
                .collect()
        })
    }
}
