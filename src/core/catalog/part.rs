//! A service part: one explicit piece of what the business offers (a 30-minute walk, a
//! shampoo, a boiled egg), with what it takes (minutes, cost), what it is sold for, which needs
//! it serves, and the rules that tie it to other parts. Making the parts explicit is what lets
//! the service be recombined for each customer.

use crate::core::record::{record_id, versioned};
use crate::core::visit::Money;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

record_id!(
    /// A service part's stable identity: a random (version 4) UUID.
    PartId,
    "part"
);

record_id!(
    /// A choice group's stable identity: a random (version 4) UUID.
    GroupId,
    "group"
);

/// The strongest a part can serve a need, in percent.
pub const FULL_STRENGTH: u8 = 100;

/// A need a part serves, and how strongly (1–100 %): "long walk 100 %, socialising 50 %".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedServed {
    /// The need tag, as the owner wrote it ("長い散歩", "long walk").
    pub need: String,
    pub strength: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServicePart {
    pub id: PartId,
    /// As the owner entered it, in whichever language.
    pub name: String,
    /// Free text that sorts the catalog ("ドリンク", "walks"); empty for none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    /// Staff minutes the part takes.
    pub minutes: u32,
    /// What the part costs the business.
    pub cost: Money,
    /// What the customer pays for it.
    pub price: Money,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<NeedServed>,
    /// The choice group it belongs to (e.g. "walk length"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupId>,
    /// Parts that must come with this one (a refill requires a drink).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<PartId>,
    /// Parts that cannot come with this one (the rule holds both ways).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<PartId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(ServicePart, PartId);

impl NeedServed {
    pub fn new(need: impl Into<String>, strength: u8) -> Self {
        Self {
            need: need.into(),
            strength,
        }
    }
}

impl ServicePart {
    /// A part named `name`, taking `minutes` and sold for `price`, made at `now`: no category,
    /// cost, needs, group or rules yet (set them on the value).
    pub fn new(id: PartId, name: String, minutes: u32, price: Money, now: DateTime<Utc>) -> Self {
        Self {
            id,
            name,
            category: String::new(),
            minutes,
            cost: Money {
                amount: 0,
                currency: price.currency.clone(),
            },
            price,
            needs: Vec::new(),
            group: None,
            requires: Vec::new(),
            excludes: Vec::new(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }
}

/// How many parts of a group one offer may have.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupRule {
    /// One or none (toppings where one is plenty).
    #[default]
    AtMostOne,
    /// Always one (a walk length, a drink with the set).
    ExactlyOne,
}

impl GroupRule {
    pub const ALL: [GroupRule; 2] = [Self::AtMostOne, Self::ExactlyOne];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AtMostOne => "at_most_one",
            Self::ExactlyOne => "exactly_one",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// A choice group: parts of which an offer takes at most one, or exactly one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartGroup {
    pub id: GroupId,
    pub name: String,
    pub rule: GroupRule,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(PartGroup, GroupId);
