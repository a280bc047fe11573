//! What a customer has told us they want: how they feel about each need tag (love … never),
//! the parts they must have or never want, what they spend per visit and how long they can
//! stay. The customization engine turns this into an offer; the learning relationship will
//! refine it with every piece of feedback.

use crate::core::catalog::edit::{dedup, minutes_problem, normalize_need, parse_minutes};
use crate::core::catalog::part::PartId;
use crate::core::draft::Problem;
use crate::core::visit_draft::parse_amount;
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

/// The needs form, exactly as entered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NeedsDraft {
    /// One row per need tag: the tag as typed, and how the customer feels about it.
    pub preferences: Vec<(String, Preference)>,
    pub must_have: Vec<PartId>,
    pub never: Vec<PartId>,
    /// Blank for no limit.
    pub budget: String,
    /// Blank for no limit.
    pub minutes: String,
}

/// Which input of the needs form a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeedsField {
    Preference(usize),
    Preferences,
    /// Must-have and never parts.
    Parts,
    Budget,
    Minutes,
}

impl NeedsDraft {
    pub fn from_needs(needs: &Needs) -> Self {
        Self {
            preferences: needs
                .preferences
                .iter()
                .map(|(tag, p)| (tag.clone(), *p))
                .collect(),
            must_have: needs.must_have.clone(),
            never: needs.never.clone(),
            budget: needs.budget.map(|b| b.to_string()).unwrap_or_default(),
            minutes: needs.minutes.map(|m| m.to_string()).unwrap_or_default(),
        }
    }

    /// Checks every field at once. Blank rows and neutral feelings (the same as saying nothing)
    /// are dropped; a tag twice, or a part both must-have and never, is refused.
    pub fn validate(&self) -> Result<Needs, Vec<(NeedsField, Problem)>> {
        let mut errors = Vec::new();
        let mut preferences = BTreeMap::new();
        for (row, (tag, preference)) in self.preferences.iter().enumerate() {
            let need = normalize_need(tag);
            if need.is_empty() {
                continue;
            }
            let field = NeedsField::Preference(row);
            if need.chars().count() > NEED_MAX_CHARS {
                let max = NEED_MAX_CHARS;
                errors.push((field, Problem::TooLong { max }));
            } else if let std::collections::btree_map::Entry::Vacant(slot) = preferences.entry(need)
            {
                slot.insert(*preference);
            } else {
                errors.push((field, Problem::Duplicate));
            }
        }
        preferences.retain(|_, p| *p != Preference::Neutral);
        if preferences.len() > NEEDS_MAX {
            let max = NEEDS_MAX;
            errors.push((NeedsField::Preferences, Problem::TooMany { max }));
        }
        let must_have = dedup(&self.must_have);
        let never = dedup(&self.never);
        if must_have.len() > NEEDS_MAX || never.len() > NEEDS_MAX {
            let max = NEEDS_MAX;
            errors.push((NeedsField::Parts, Problem::TooMany { max }));
        }
        if must_have.iter().any(|p| never.contains(p)) {
            errors.push((NeedsField::Parts, Problem::BothWays));
        }
        let budget = optional(&self.budget, parse_amount).unwrap_or_else(|| {
            errors.push((NeedsField::Budget, Problem::AmountInvalid));
            None
        });
        let minutes = optional(&self.minutes, parse_minutes).unwrap_or_else(|| {
            errors.push((NeedsField::Minutes, minutes_problem()));
            None
        });
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Needs {
            preferences,
            must_have,
            never,
            budget,
            minutes,
        })
    }
}

/// `None` inside for a blank field; the outer `None` when the text does not parse.
fn optional<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Option<Option<T>> {
    if text.trim().is_empty() {
        Some(None)
    } else {
        parse(text).map(Some)
    }
}
