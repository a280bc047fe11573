//! A list of customers by id (a segment, a tier, those slipping away), as list rows, drawn a
//! page at a time.

use super::{CustomerRow, ListRow};
use crate::core::customer::CustomerId;
use crate::core::i18n::Key;
use crate::ui::insights::use_insights;
use crate::ui::state::use_app;
use leptos::prelude::*;

const PAGE: usize = 50;

#[component]
pub fn CustomerIds(
    #[prop(into)] ids: Signal<Vec<CustomerId>>,
    test_id: &'static str,
) -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let shown = RwSignal::new(PAGE);
    let rows = Memo::new(move |_| {
        let limit = shown.get();
        insights.analysis.with(|analysis| {
            app.book.with(|book| {
                ids.with(|ids| {
                    ids.iter()
                        .take(limit)
                        .filter_map(|id| book.get(id))
                        .map(|c| ListRow::of(c, analysis))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let total = move || ids.with(Vec::len);
    view! {
        <ul class="customer-list" data-testid=test_id>
            <For each=move || rows.get() key=|r| (r.id.clone(), r.updated_at, r.tier, r.slipping) let:row>
                <CustomerRow row/>
            </For>
        </ul>
        <Show when=move || { total() > shown.get() }>
            <button class="button subtle wide" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || {
                    let (shown, total) = (shown.get().min(total()).to_string(), total().to_string());
                    app.tf(Key::ShowMore, &[("shown", &shown), ("total", &total)])
                }}
            </button>
        </Show>
    }
}
