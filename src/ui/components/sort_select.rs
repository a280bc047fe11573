//! The list order, chosen from a select and kept in the settings.

use crate::core::book::SortOrder;
use crate::core::i18n::{sort_label, Key};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn SortSelect(
    /// The select's id, for a label elsewhere to point at.
    #[prop(default = "sort")]
    id: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <select
            id=id
            data-testid="sort"
            aria-label=move || app.t(Key::SortLabel)
            prop:value=move || app.settings.with(|s| s.sort.as_str())
            on:change=move |ev| {
                if let Some(order) = SortOrder::parse(&event_target_value(&ev)) {
                    app.update_settings(|s| s.sort = order);
                }
            }
        >
            {SortOrder::ALL
                .into_iter()
                .map(|o| {
                    view! {
                        <option value=o.as_str() selected=move || app.settings.with(|s| s.sort == o)>
                            {move || app.t(sort_label(o))}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}
