//! "Try something new": now and then, a part the customer has never had, chosen because what
//! we know about it is uncertain enough that it might well be a favourite. Offers from the
//! learned taste alone keep serving what is known to be good and never find out about the
//! rest; an occasional, labelled suggestion is how the learning keeps learning.
//!
//! A part qualifies when it is not in the offer, not ruled out, affordable on its own and
//! never delivered to the customer, and its upper confidence bound — predicted utility plus
//! [`EXPLORE_SDS`] standard deviations — is positive. Among those, the suggestion is the part
//! whose best offer (the offer search with the part as a must-have) is worth most with the
//! part counted at its upper bound, if that beats the current offer's predicted worth. A
//! part's own bound alone would suggest a long hike to a customer whose day is already full:
//! trying it would cost the three extras it pushes out, and the simulation showed that costs
//! more than the lesson earns. Parts are tried in order of their own bound, stopping once
//! that bound is below the best gain found (taking a part in seldom makes room for more than
//! the offer already had).

use super::learned::Learned;
use super::observe::Space;
use crate::core::catalog::part::PartId;
use crate::core::catalog::Catalog;
use crate::core::customize::offer::{customize_with, Customization};
use crate::core::needs::Needs;
use crate::core::sorting;

/// How optimistic a suggestion is, in standard deviations of the new part's utility: enough to
/// try what might be good, not so much that every visit becomes an experiment. In the
/// simulation, half a standard deviation cost more than the suggestions taught; a quarter
/// pays a little (see [`simulate`](super::simulate)).
pub const EXPLORE_SDS: f64 = 0.25;

/// A part worth trying, and the need its rating would teach most about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub part: PartId,
    pub need: String,
}

/// A part that qualifies, with its upper bound (in points) and the need it would test.
struct Candidate<'a> {
    part: &'a PartId,
    bound: f64,
    need: usize,
}

impl Learned {
    /// The part most worth trying besides `offer` (see the module's documentation), or `None`
    /// when nothing qualifies or nothing would be worth the change.
    pub fn try_new(
        &self,
        catalog: &Catalog,
        needs: &Needs,
        offer: &[PartId],
    ) -> Option<Suggestion> {
        let space = Space::new(catalog);
        let mut candidates = self.candidates(&space, catalog, needs, offer);
        sorting::sort_by(&mut candidates, |a, b| b.bound.total_cmp(&a.bound));
        let worth = |parts: &[PartId]| -> f64 {
            let parts = parts.iter().filter_map(|id| catalog.part(id));
            parts.map(|p| self.taste.utility(p)).sum()
        };
        let current = worth(offer);
        let mut best: Option<(f64, &Candidate)> = None;
        for candidate in &candidates {
            if best.is_some_and(|(gain, _)| candidate.bound <= gain) {
                break;
            }
            let mut with = needs.clone();
            with.must_have.push(candidate.part.clone());
            let Customization::Offers(offers) = customize_with(catalog, &with, &self.taste) else {
                continue;
            };
            let x = space.features(candidate.part).unwrap_or_default();
            let (mean, _) = self.belief.predict(x);
            let optimistic = worth(&offers[0].parts) - 100.0 * mean + candidate.bound;
            let gain = optimistic - current;
            if gain > 0.0 && best.is_none_or(|(most, _)| gain > most) {
                best = Some((gain, candidate));
            }
        }
        best.map(|(_, c)| Suggestion {
            part: c.part.clone(),
            need: space.tags[c.need].clone(),
        })
    }

    /// The parts that qualify, in catalog order.
    fn candidates<'a>(
        &self,
        space: &Space,
        catalog: &'a Catalog,
        needs: &Needs,
        offer: &[PartId],
    ) -> Vec<Candidate<'a>> {
        let mut found = Vec::new();
        for part in &catalog.parts {
            let affordable = needs.budget.is_none_or(|b| part.price.amount <= b)
                && needs.minutes.is_none_or(|m| part.minutes <= m);
            if !affordable
                || offer.contains(&part.id)
                || self.delivered.contains(&part.id)
                || Catalog::never_for(part, needs).is_some()
            {
                continue;
            }
            let Some(x) = space.features(&part.id) else {
                continue;
            };
            let (mean, variance) = self.belief.predict(x);
            let bound = 100.0 * (mean + EXPLORE_SDS * variance.sqrt());
            // The need whose uncertainty adds most to the part's.
            let need = (0..x.len()).filter(|&j| x[j] > 0.0).max_by(|&a, &b| {
                let spread = |j: usize| x[j] * x[j] * self.belief.variance(j);
                spread(a).total_cmp(&spread(b)).then(b.cmp(&a))
            });
            if let (Some(need), true) = (need, bound > 0.0) {
                found.push(Candidate {
                    part: &part.id,
                    bound,
                    need,
                });
            }
        }
        found
    }
}
