//! One line of the customer list: tier, name and reading, with contact and tags below.

use super::{SlippingFlag, TierBadge};
use crate::core::customer::{Customer, CustomerId};
use crate::core::identify::analysis::Analysis;
use crate::core::identify::tiers::Tier;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// What a list line shows, copied out of the book so the list re-renders only changed lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListRow {
    pub id: CustomerId,
    pub name: String,
    pub reading: String,
    pub contact: String,
    pub tags: Vec<String>,
    pub updated_at: DateTime<Utc>,
    /// The tier as of the analysis date (None: no visits and no tier set by hand).
    pub tier: Option<Tier>,
    pub slipping: bool,
}

impl ListRow {
    /// The line for `c`, with what the analysis says of them.
    pub fn of(c: &Customer, analysis: &Analysis<CustomerId>) -> Self {
        let manual = c.tier_override.as_ref().map(|o| o.tier);
        Self {
            tier: analysis.tier_of(&c.id, manual),
            slipping: analysis.customers.get(&c.id).is_some_and(|i| i.at_risk),
            ..Self::from(c)
        }
    }
}

impl From<&Customer> for ListRow {
    fn from(c: &Customer) -> Self {
        Self {
            id: c.id.clone(),
            name: c.name.clone(),
            reading: c.reading.clone(),
            contact: c.phones.first().cloned().unwrap_or_else(|| c.email.clone()),
            tags: c.tags.clone(),
            updated_at: c.updated_at,
            tier: c.tier_override.as_ref().map(|o| o.tier),
            slipping: false,
        }
    }
}

#[component]
pub fn CustomerRow(
    /// The customer to show.
    row: ListRow,
    /// The line's place in the whole list, from 1 (only some lines are drawn at a time).
    position: usize,
    /// How many lines the whole list has.
    #[prop(into)]
    of: Signal<usize>,
) -> impl IntoView {
    view! {
        <li aria-posinset=position aria-setsize=move || of.get()>
            <a class="customer-row" href=format!("/customers/{}", row.id) data-testid="customer-row">
                <span class="row-main">
                    {row.tier.map(|tier| view! { <TierBadge tier/> })}
                    <span class="row-name" data-testid="row-name">{row.name}</span>
                    <span class="row-reading">{row.reading}</span>
                </span>
                <span class="row-sub">
                    {row.slipping.then(|| view! { <SlippingFlag/> })}
                    <span class="row-contact">{row.contact}</span>
                    <span class="row-tags">
                        {row.tags.into_iter().map(|t| view! { <span class="tag">{t}</span> }).collect_view()}
                    </span>
                </span>
            </a>
        </li>
    }
}
