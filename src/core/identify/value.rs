//! Each customer's predicted value as of an analysis date: the BG/NBD and Gamma-Gamma models
//! fitted to everyone's history, then per customer the visits to expect, the probability they
//! are still active, the spend to expect per visit and a discounted lifetime value over a
//! horizon. With too few returning customers the models cannot be trusted, and the value falls
//! back to a plain historical estimate, said so in [`ValueModel::Historical`].

use super::bgnbd::{self, BgNbdFit};
use super::gamma_gamma::{self, GammaGammaFit};
use super::history::History;
use crate::core::sorting;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Choices the owner can change.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ValueSettings {
    /// How far ahead lifetime value looks, in months.
    pub horizon_months: u32,
    /// The discount per month (0.01 = 1 %): money later is worth less than money now.
    pub monthly_discount: f64,
    /// The window for "expected visits", in weeks.
    pub forecast_weeks: u32,
}

impl Default for ValueSettings {
    fn default() -> Self {
        Self {
            horizon_months: 12,
            monthly_discount: 0.01,
            forecast_weeks: 13,
        }
    }
}

/// Below this many customers who came back, the fitted models are not trusted.
pub const MIN_RETURNING_CUSTOMERS: usize = 20;
/// "Falling" probability active compares with this many days before the analysis date.
pub const TREND_DAYS: u64 = 30;
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// How the values were computed.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueModel {
    Fitted {
        visits: BgNbdFit,
        spend: Option<GammaGammaFit>,
    },
    /// Average monthly spend so far, carried over the horizon; `returning` customers were
    /// too few (or the fit failed).
    Historical { returning: usize },
}

/// One customer's predictions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CustomerValue {
    /// Visits expected in the next `forecast_weeks`.
    pub expected_visits: Option<f64>,
    /// Probability of still being a customer (None under the historical fallback).
    pub probability_active: Option<f64>,
    /// The same, `TREND_DAYS` before the analysis date (None if they were not a customer yet).
    pub probability_active_before: Option<f64>,
    /// Expected spend per visit (minor units).
    pub spend_per_visit: f64,
    /// Discounted value over the horizon (minor units).
    pub lifetime_value: f64,
}

/// Everyone's value as of the histories' analysis date.
#[derive(Clone, Debug, PartialEq)]
pub struct Valuation<Id> {
    pub model: ValueModel,
    pub customers: BTreeMap<Id, CustomerValue>,
}

/// Fits the models to `histories` and predicts each customer's value.
pub fn value<Id: Clone + Ord>(
    histories: &BTreeMap<Id, History>,
    settings: ValueSettings,
) -> Valuation<Id> {
    let repeat: Vec<_> = histories.values().map(History::repeat_history).collect();
    let returning = repeat.iter().filter(|h| h.x > 0).count();
    let visits = (returning >= MIN_RETURNING_CUSTOMERS)
        .then(|| bgnbd::fit(&repeat))
        .flatten();
    let Some(visits) = visits.filter(|f| f.converged && (f.params.a - 1.0).abs() > 1e-6) else {
        return historical(histories, settings, returning);
    };
    let spend_histories: Vec<_> = histories.values().map(History::spend_history).collect();
    let spend = gamma_gamma::fit(&spend_histories).filter(|f| f.converged && f.params.q > 1.0);
    let model = visits.params;
    let customers = sorting::btree_map(histories.iter().map(|(id, history)| {
        let h = history.repeat_history();
        let per_visit = match &spend {
            Some(fit) => {
                let s = history.spend_history();
                fit.params.expected_spend(s.x, s.mean_value)
            }
            None => mean_per_occasion(history),
        };
        let weeks = f64::from(settings.forecast_weeks);
        let before = history
            .as_of
            .checked_sub_days(Days::new(TREND_DAYS))
            .and_then(|day| earlier(history, day))
            .map(|earlier| model.probability_active(&earlier.repeat_history()));
        let value = CustomerValue {
            expected_visits: Some(model.expected_visits(&h, weeks)),
            probability_active: Some(model.probability_active(&h)),
            probability_active_before: before,
            spend_per_visit: per_visit,
            lifetime_value: discounted(settings, per_visit, |weeks| {
                model.expected_visits(&h, weeks)
            }),
        };
        (id.clone(), value)
    }));
    Valuation {
        model: ValueModel::Fitted { visits, spend },
        customers,
    }
}

/// Σ over months m of (visits expected by month m − by month m−1) × spend / (1 + d)^m.
fn discounted(settings: ValueSettings, per_visit: f64, visits_by: impl Fn(f64) -> f64) -> f64 {
    let mut before = 0.0;
    (1..=settings.horizon_months)
        .map(|month| {
            let by = visits_by(f64::from(month) * WEEKS_PER_MONTH);
            let in_month = by - before;
            before = by;
            in_month * per_visit / (1.0 + settings.monthly_discount).powi(month as i32)
        })
        .sum()
}

fn historical<Id: Clone + Ord>(
    histories: &BTreeMap<Id, History>,
    settings: ValueSettings,
    returning: usize,
) -> Valuation<Id> {
    let customers = sorting::btree_map(histories.iter().map(|(id, history)| {
        // Months observed, at least one, so a customer who came once last week is not
        // projected from a single week.
        let days = (history.as_of - history.first_day()).num_days().max(0) as f64 + 1.0;
        let months = (days / (WEEKS_PER_MONTH * 7.0)).max(1.0);
        let monthly = history.total_spent() as f64 / months;
        let per_visit = mean_per_occasion(history);
        let value = CustomerValue {
            expected_visits: None,
            probability_active: None,
            probability_active_before: None,
            spend_per_visit: per_visit,
            lifetime_value: discounted(settings, monthly, |weeks| weeks / WEEKS_PER_MONTH),
        };
        (id.clone(), value)
    }));
    Valuation {
        model: ValueModel::Historical { returning },
        customers,
    }
}

fn mean_per_occasion(history: &History) -> f64 {
    history.total_spent() as f64 / f64::from(history.frequency())
}

/// The history as it stood on `day` (None if the customer had not come yet).
fn earlier(history: &History, day: NaiveDate) -> Option<History> {
    let occasions: Vec<_> = history
        .occasions
        .iter()
        .copied()
        .filter(|(d, _)| *d <= day)
        .collect();
    (!occasions.is_empty()).then_some(History {
        occasions,
        as_of: day,
    })
}
