//! Lists of customers as list rows, drawn a page at a time: [`RowList`] (any rows, with "show
//! more"), [`CustomerIds`] (customers by id — a segment, a tier, those slipping away) and
//! [`CustomerGroup`] (a heading that opens onto such a list, drawn only once opened).

use super::{CustomerRow, ListRow};
use crate::core::customer::CustomerId;
use crate::core::i18n::Key;
use crate::ui::insights::use_insights;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Rows, then "show more (shown of total)" while some are not drawn; each tap adds `page`.
#[component]
pub fn RowList(
    /// The rows drawn now (at most `shown` of them).
    #[prop(into)]
    rows: Signal<Vec<ListRow>>,
    /// How many rows there are in all.
    #[prop(into)]
    total: Signal<usize>,
    /// How many rows to draw.
    shown: RwSignal<usize>,
    page: usize,
    test_id: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <ul class="customer-list" data-testid=test_id>
            <For each=move || rows.get() key=|r| (r.id.clone(), r.updated_at, r.tier, r.slipping) let:row>
                <CustomerRow row/>
            </For>
        </ul>
        <Show when=move || { total.get() > shown.get() }>
            <button class="button subtle wide" on:click=move |_| shown.update(|n| *n += page)>
                {move || {
                    let total = total.get();
                    let (shown, total) = (shown.get().min(total).to_string(), total.to_string());
                    app.tf(Key::ShowMore, &[("shown", &shown), ("total", &total)])
                }}
            </button>
        </Show>
    }
}

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
    let total = Signal::derive(move || ids.with(Vec::len));
    view! { <RowList rows total shown page=PAGE test_id/> }
}

/// A group of customers (a tier, a segment): its summary line, opening onto its customers.
#[component]
pub fn CustomerGroup(
    /// The customers, highest value first.
    #[prop(into)]
    ids: Signal<Vec<CustomerId>>,
    class: &'static str,
    test_id: String,
    /// The list's test id.
    list_test_id: &'static str,
    /// What the closed group shows.
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <details class=class data-testid=test_id on:toggle=move |ev| {
            open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
        }>
            <summary>{children()}</summary>
            // Drawn only once opened: ten closed segments cost nothing.
            <Show when=move || open.get()>
                <CustomerIds ids test_id=list_test_id/>
            </Show>
        </details>
    }
}
