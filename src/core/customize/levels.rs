//! What a capacity plan is made from: who is expected in the period (from the analysis's next
//! visits), and each one's service levels — the standard set menu, then the customized offers
//! for their needs — with minutes and predicted satisfaction.

use super::offer::{customize_with, Customization};
use super::plan::ServiceLevel;
use crate::core::catalog::menu::{MenuId, SetMenu};
use crate::core::catalog::part::PartId;
use crate::core::catalog::Catalog;
use crate::core::identify::analysis::Analysis;
use crate::core::learn::Taste;
use crate::core::needs::Needs;
use chrono::{NaiveDate, TimeDelta};

/// One way to serve a customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelChoice {
    pub kind: LevelKind,
    pub parts: Vec<PartId>,
    pub price: i64,
    pub level: ServiceLevel,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelKind {
    /// The standard set menu.
    Standard,
    /// The customized offer of this rank (0 is the best).
    Offer(usize),
}

/// The customers expected from `start` to `end` (both included): those whose next visit falls
/// in the period, and those overdue by less than their usual interval (they are likely to come
/// any day). Customers of a single visit have no next visit and are not expected.
pub fn expected_between<Id: Clone + Ord>(
    analysis: &Analysis<Id>,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<Id> {
    analysis
        .customers
        .iter()
        .filter(|(_, insight)| {
            let (Some(next), Some(gap)) = (insight.next_visit, insight.usual_interval_days) else {
                return false;
            };
            next <= end && next + TimeDelta::days(gap) >= start
        })
        .map(|(id, _)| id.clone())
        .collect()
}

/// How much `needs` predicts the customer likes `menu` (the sum over its parts still in the
/// catalog).
pub fn menu_satisfaction(catalog: &Catalog, menu: &SetMenu, needs: &Needs) -> i64 {
    menu_satisfaction_with(catalog, menu, &Taste::stated(needs))
}

/// How much `taste` predicts the customer likes `menu`.
pub fn menu_satisfaction_with(catalog: &Catalog, menu: &SetMenu, taste: &Taste) -> i64 {
    menu.live_parts(&catalog.parts)
        .iter()
        .map(|p| taste.score(p))
        .sum()
}

/// The levels for one customer: the `standard` menu first (when there is one), then every
/// customized offer that differs from it. Empty when there is neither.
pub fn service_levels(
    catalog: &Catalog,
    needs: &Needs,
    standard: Option<&MenuId>,
) -> Vec<LevelChoice> {
    service_levels_with(catalog, needs, &Taste::stated(needs), standard)
}

/// [`service_levels`] scored by a learned `taste` (the rules still come from `needs`).
pub fn service_levels_with(
    catalog: &Catalog,
    needs: &Needs,
    taste: &Taste,
    standard: Option<&MenuId>,
) -> Vec<LevelChoice> {
    let mut levels = Vec::new();
    if let Some(menu) = standard.and_then(|id| catalog.menus.iter().find(|m| &m.id == id)) {
        let parts: Vec<PartId> = menu
            .live_parts(&catalog.parts)
            .iter()
            .map(|p| p.id.clone())
            .collect();
        if !parts.is_empty() {
            levels.push(LevelChoice {
                kind: LevelKind::Standard,
                parts,
                price: menu.price_of(&catalog.parts),
                level: ServiceLevel {
                    minutes: menu.minutes_of(&catalog.parts),
                    satisfaction: menu_satisfaction_with(catalog, menu, taste),
                },
            });
        }
    }
    if let Customization::Offers(offers) = customize_with(catalog, needs, taste) {
        for (rank, offer) in offers.into_iter().enumerate() {
            if levels.iter().any(|l| same_parts(&l.parts, &offer.parts)) {
                continue;
            }
            levels.push(LevelChoice {
                kind: LevelKind::Offer(rank),
                parts: offer.parts,
                price: offer.price,
                level: ServiceLevel {
                    minutes: offer.minutes,
                    satisfaction: offer.satisfaction,
                },
            });
        }
    }
    levels
}

fn same_parts(a: &[PartId], b: &[PartId]) -> bool {
    a.len() == b.len() && a.iter().all(|p| b.contains(p))
}
