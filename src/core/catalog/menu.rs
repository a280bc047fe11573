//! A set menu: a named bundle of parts sold together (a café's morning set B, a phone plan),
//! often for less than its parts. The standard way to serve a customer who has not asked for
//! anything else, and the baseline a capacity plan starts from.

use super::part::{PartId, ServicePart};
use crate::core::record::{record_id, versioned};
use crate::core::visit::Money;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

record_id!(
    /// A set menu's stable identity: a random (version 4) UUID.
    MenuId,
    "menu"
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetMenu {
    pub id: MenuId,
    pub name: String,
    pub parts: Vec<PartId>,
    /// The bundle's price; `None` sells it for the sum of its parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(SetMenu, MenuId);

impl SetMenu {
    /// The menu's parts that still exist in `parts`, in the menu's order.
    pub fn live_parts<'a>(&self, parts: &'a [ServicePart]) -> Vec<&'a ServicePart> {
        self.parts
            .iter()
            .filter_map(|id| parts.iter().find(|p| &p.id == id))
            .collect()
    }

    /// What the customer pays: the bundle price, or the sum of the live parts' prices.
    pub fn price_of(&self, parts: &[ServicePart]) -> i64 {
        self.price.as_ref().map_or_else(
            || self.live_parts(parts).iter().map(|p| p.price.amount).sum(),
            |p| p.amount,
        )
    }

    /// The staff minutes of the live parts.
    pub fn minutes_of(&self, parts: &[ServicePart]) -> u32 {
        self.live_parts(parts).iter().map(|p| p.minutes).sum()
    }
}
