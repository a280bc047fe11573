//! The analysis of everyone's visits as of the chosen date, shared by every screen that shows a
//! tier, a segment or a prediction. It is recomputed only when what it reads changes: the
//! visits, who is in the book with which tier override, the tier shares, or the date; editing
//! a customer's phone number does not refit the models.

use super::platform;
use super::state::{use_app, AppState};
use super::timing::timed;
use crate::core::customer::CustomerId;
use crate::core::identify::analysis::{analyse, Analysis, AnalysisSettings};
use crate::core::identify::history::Purchase;
use crate::core::identify::tiers::Tier;
use crate::core::sorting;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy)]
pub struct Insights {
    /// The analysis date the owner picked; `None` is today.
    pub chosen_date: RwSignal<Option<NaiveDate>>,
    pub as_of: Memo<NaiveDate>,
    pub analysis: Memo<Analysis<CustomerId>>,
}

impl Insights {
    pub fn provide(app: AppState) -> Self {
        let chosen_date = RwSignal::new(None);
        let as_of = Memo::new(move |_| chosen_date.get().unwrap_or_else(platform::today));
        let purchases = Memo::new(move |_| {
            let offset = platform::local_offset(platform::now());
            app.visits.with(|all| {
                all.values()
                    .map(|v| v.purchase(offset))
                    .collect::<Vec<Purchase<CustomerId>>>()
            })
        });
        let people = Memo::new(move |_| {
            app.book.with(|book| {
                let ids: BTreeSet<CustomerId> =
                    sorting::btree_set(book.customers().map(|c| c.id.clone()));
                let overrides: BTreeMap<CustomerId, Tier> = sorting::btree_map(
                    book.customers()
                        .filter_map(|c| c.tier_override.as_ref().map(|o| (c.id.clone(), o.tier))),
                );
                (ids, overrides)
            })
        });
        let shares = Memo::new(move |_| app.settings.with(|s| s.tier_percents));
        let analysis = Memo::new(move |_| {
            let settings = AnalysisSettings {
                shares: shares.get().shares(),
                ..AnalysisSettings::default()
            };
            let as_of = as_of.get();
            timed("analysis", || {
                people.with(|(ids, overrides)| {
                    purchases
                        .with(|p| analyse(p, |id| ids.contains(id), overrides, as_of, settings))
                })
            })
        });
        let insights = Self {
            chosen_date,
            as_of,
            analysis,
        };
        provide_context(insights);
        insights
    }
}

pub fn use_insights() -> Insights {
    expect_context::<Insights>()
}

pub fn provide_insights() {
    Insights::provide(use_app());
}
