//! One line of the customer list: name and reading, with contact and tags below.

use crate::core::customer::{Customer, CustomerId};
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
        }
    }
}

#[component]
pub fn CustomerRow(
    /// The customer to show.
    row: ListRow,
) -> impl IntoView {
    view! {
        <li>
            <a class="customer-row" href=format!("/customers/{}", row.id) data-testid="customer-row">
                <span class="row-main">
                    <span class="row-name" data-testid="row-name">{row.name}</span>
                    <span class="row-reading">{row.reading}</span>
                </span>
                <span class="row-sub">
                    <span class="row-contact">{row.contact}</span>
                    <span class="row-tags">
                        {row.tags.into_iter().map(|t| view! { <span class="tag">{t}</span> }).collect_view()}
                    </span>
                </span>
            </a>
        </li>
    }
}
