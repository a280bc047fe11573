//! What a customer has told us they want: how they feel about each need tag (love … never),
//! the parts they must have or never want, what they spend per visit and how long they can
//! stay. The customization engine turns this into an offer; the learning relationship will
//! refine it with every piece of feedback.

use crate::core::catalog::part::PartId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How a customer feels about a need tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preference {
    Love,
    Like,
    Neutral,
    Dislike,
    /// Never: a part serving this need is not offered at all.
    Never,
}

impl Preference {
    pub const ALL: [Preference; 5] = [
        Self::Love,
        Self::Like,
        Self::Neutral,
        Self::Dislike,
        Self::Never,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Love => "love",
            Self::Like => "like",
            Self::Neutral => "neutral",
            Self::Dislike => "dislike",
            Self::Never => "never",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// Satisfaction points per percent of strength: love +2, like +1, neutral 0, dislike −1,
    /// so a part that fully serves a loved need scores 200. Never scores −2 where a part
    /// cannot be left out (a standard set menu); an offer never includes such a part.
    pub fn points(self) -> i64 {
        match self {
            Self::Love => 2,
            Self::Like => 1,
            Self::Neutral => 0,
            Self::Dislike => -1,
            Self::Never => -2,
        }
    }
}

/// The longest need tag kept.
pub const NEED_MAX_CHARS: usize = 30;
/// At most this many stated preferences, and must-have or never parts, per customer.
pub const NEEDS_MAX: usize = 50;
/// The most minutes a customer can give (a day).
pub const MINUTES_MAX: u32 = 24 * 60;

/// A customer's stated needs. Everything is optional; an empty value states nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Needs {
    /// By need tag.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub preferences: BTreeMap<String, Preference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub must_have: Vec<PartId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub never: Vec<PartId>,
    /// The most they spend per visit, in the business's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<i64>,
    /// The most minutes they have per visit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

impl Needs {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// How the customer feels about `need` (neutral when they have not said).
    pub fn preference(&self, need: &str) -> Preference {
        self.preferences
            .get(need)
            .copied()
            .unwrap_or(Preference::Neutral)
    }
}
