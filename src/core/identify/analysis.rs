//! Everything the app says about a customer's importance, computed in one pass as of an
//! analysis date: histories from visits (visits of customers no longer in the book are left
//! out), RFM scores and segments, predicted value, tiers (the owner's override wins) and the
//! "at risk" flag. Screens read this and never recompute pieces on their own.

use super::history::{histories, History, Purchase};
use super::rfm::{score, RfmInput, RfmScore, Segment};
use super::tiers::{assign, Tier, TierShares};
use super::value::{value, CustomerValue, ValueModel, ValueSettings};
use crate::core::sorting;
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// A high-value customer is "at risk" when their probability of being active fell by at least
/// this much over the last [`super::value::TREND_DAYS`] days.
pub const AT_RISK_DROP: f64 = 0.10;
/// Without a fitted model, "at risk" means this many usual intervals have passed with no visit.
pub const AT_RISK_INTERVALS: i64 = 2;

/// The owner's choices for an analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AnalysisSettings {
    pub value: ValueSettings,
    pub shares: TierShares,
}

/// What the analysis says about one customer who had visited by the analysis date.
#[derive(Clone, Debug, PartialEq)]
pub struct Insight {
    pub rfm: RfmScore,
    pub segment: Segment,
    pub value: CustomerValue,
    /// The tier by share of value, before any override.
    pub computed_tier: Tier,
    /// The tier shown: the owner's override if there is one.
    pub tier: Tier,
    pub at_risk: bool,
    /// Days with a visit.
    pub occasions: u32,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub total_spent: i64,
    /// Days between visits on average (None after a single visit).
    pub usual_interval_days: Option<i64>,
    /// The last visit plus the usual interval (None after a single visit).
    pub next_visit: Option<NaiveDate>,
}

/// Totals for one tier.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TierTotal {
    pub customers: usize,
    /// Sum of predicted lifetime values (minor units).
    pub value: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Analysis<Id> {
    pub as_of: NaiveDate,
    pub model: ValueModel,
    pub customers: BTreeMap<Id, Insight>,
    /// Customers per segment, every segment present (zero when empty).
    pub segments: BTreeMap<Segment, usize>,
    pub tiers: BTreeMap<Tier, TierTotal>,
}

impl<Id: Ord> Analysis<Id> {
    /// The tier to show for `id`: the override, else the computed tier, else none (no visits).
    pub fn tier_of(&self, id: &Id, manual: Option<Tier>) -> Option<Tier> {
        manual.or_else(|| self.customers.get(id).map(|i| i.computed_tier))
    }

    /// Customers in `segment`, highest value first.
    pub fn in_segment(&self, segment: Segment) -> Vec<&Id> {
        self.ranked(|i| i.segment == segment)
    }

    /// Customers flagged at risk, highest value first.
    pub fn at_risk(&self) -> Vec<&Id> {
        self.ranked(|i| i.at_risk)
    }

    /// Customers in `tier` (after overrides), highest value first.
    pub fn in_tier(&self, tier: Tier) -> Vec<&Id> {
        self.ranked(|i| i.tier == tier)
    }

    fn ranked(&self, keep: impl Fn(&Insight) -> bool) -> Vec<&Id> {
        let mut ids: Vec<(&Id, f64)> = self
            .customers
            .iter()
            .filter(|(_, i)| keep(i))
            .map(|(id, i)| (id, i.value.lifetime_value))
            .collect();
        sorting::sort_by(&mut ids, |x, y| {
            y.1.total_cmp(&x.1).then_with(|| x.0.cmp(y.0))
        });
        ids.into_iter().map(|(id, _)| id).collect()
    }
}

/// Analyses `purchases` as of `as_of`. Only customers for whom `known` is true count (the
/// visits of deleted customers are ignored); `overrides` are the owner's tiers.
pub fn analyse<Id: Clone + Ord>(
    purchases: &[Purchase<Id>],
    known: impl Fn(&Id) -> bool,
    overrides: &BTreeMap<Id, Tier>,
    as_of: NaiveDate,
    settings: AnalysisSettings,
) -> Analysis<Id> {
    // Grouped first, then the unknown customers dropped: one look-up per customer rather than
    // one per purchase, and no purchase copied.
    let mut histories = histories(purchases, as_of);
    histories.retain(|id, _| known(id));
    let valuation = value(&histories, settings.value);
    let inputs: Vec<RfmInput> = histories
        .values()
        .map(|h| RfmInput {
            recency_days: h.recency_days(),
            frequency: h.frequency(),
            monetary: h.total_spent() as f64,
        })
        .collect();
    let scores = score(&inputs);
    let values: Vec<(Id, f64)> = valuation
        .customers
        .iter()
        .map(|(id, v)| (id.clone(), v.lifetime_value))
        .collect();
    let computed = assign(&values, settings.shares);
    let fitted = matches!(valuation.model, ValueModel::Fitted { .. });

    let mut segments: BTreeMap<Segment, usize> =
        sorting::btree_map(Segment::ALL.iter().map(|s| (*s, 0)));
    let mut tiers: BTreeMap<Tier, TierTotal> = sorting::btree_map(
        [Tier::A, Tier::B, Tier::C]
            .into_iter()
            .map(|t| (t, TierTotal::default())),
    );
    let mut customers = BTreeMap::new();
    for ((id, history), rfm) in histories.iter().zip(scores) {
        let value = valuation.customers[id];
        let computed_tier = computed[id];
        let tier = overrides.get(id).copied().unwrap_or(computed_tier);
        let segment = Segment::of(rfm.recency, rfm.frequency);
        let usual_interval_days = usual_interval(history);
        let falling = if fitted {
            match (value.probability_active, value.probability_active_before) {
                (Some(now), Some(before)) => before - now >= AT_RISK_DROP,
                _ => false,
            }
        } else {
            usual_interval_days
                .is_some_and(|gap| history.recency_days() > AT_RISK_INTERVALS * gap.max(1))
        };
        *segments.entry(segment).or_default() += 1;
        let total = tiers.entry(tier).or_default();
        total.customers += 1;
        total.value += value.lifetime_value;
        customers.insert(
            id.clone(),
            Insight {
                rfm,
                segment,
                value,
                computed_tier,
                tier,
                at_risk: tier == Tier::A && falling,
                occasions: history.frequency(),
                first_day: history.first_day(),
                last_day: history.last_day(),
                total_spent: history.total_spent(),
                usual_interval_days,
                next_visit: usual_interval_days.and_then(|gap| {
                    history
                        .last_day()
                        .checked_add_days(Days::new(gap.max(1) as u64))
                }),
            },
        );
    }
    Analysis {
        as_of,
        model: valuation.model,
        customers,
        segments,
        tiers,
    }
}

/// Mean days between visit days, rounded (None with a single visit day).
fn usual_interval(history: &History) -> Option<i64> {
    let gaps = i64::from(history.frequency()) - 1;
    (gaps > 0).then(|| {
        let span = (history.last_day() - history.first_day()).num_days();
        (span + gaps / 2) / gaps
    })
}
