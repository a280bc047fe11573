//! The customer list: search as you type (kept in the URL as `?q=`, written once typing pauses:
//! see [`crate::ui::address`]), sort, and open a customer; an empty book offers to add the first
//! customer or to try the app with sample data.

use crate::core::book::Query;
use crate::core::customer::CustomerId;
use crate::core::i18n::Key;
use crate::ui::address::TypedAddress;
use crate::ui::components::{CustomerIds, LoadGate, SortSelect, TryDemoButton};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CustomerList() -> impl IntoView {
    let app = use_app();
    // Typing replaces the history entry rather than adding one per keystroke; Back still
    // returns to the list with its search after opening a customer.
    let query_map = use_query_map();
    let url_query = Memo::new(move |_| query_map.with(|q| q.get("q")).unwrap_or_default());
    let text = RwSignal::new(url_query.get_untracked());
    let address = TypedAddress::new("/");
    // The address changed otherwise (Back, Forward, a link): show its search.
    Effect::new({
        let address = address.clone();
        move |_| {
            let query = url_query.get();
            app.list_url.set(list_url(&query));
            if query != text.get_untracked() {
                address.cancel();
                text.set(query);
            }
        }
    });
    let on_input = move |value: String| {
        text.set(value.clone());
        let url = list_url(&value);
        app.list_url.set(url.clone());
        address.set(url);
    };

    // Readies the search once the list is painted, after the book is read or changed, so
    // that neither the first drawing nor the first keystroke pays for it.
    Effect::new(move |_| {
        app.book.track();
        leptos::task::spawn_local(async move {
            platform::after_paint().await;
            _ = app.book.try_with_untracked(|book| book.prepare_search());
        });
    });
    let matches = Memo::new(move |_| {
        let query = Query::parse(&text.get());
        let order = app.settings.with(|s| s.sort);
        app.book.with(|book| {
            book.search(&query, order)
                .into_iter()
                .map(|c| c.id.clone())
                .collect::<Vec<CustomerId>>()
        })
    });
    let total = move || app.book.with(|b| b.len());
    let found = move || matches.with(Vec::len);
    let count_text = move || {
        let (found, total) = (found().to_string(), total().to_string());
        if text.with(|t| t.trim().is_empty()) {
            app.tf(Key::CustomerCount, &[("count", &total)])
        } else {
            app.tf(Key::MatchCount, &[("count", &found), ("total", &total)])
        }
    };

    view! {
        <div class="list-head">
            <h1>{move || app.t(Key::ListTitle)}</h1>
            <a class="button primary desktop-only" href="/customers/new">
                {move || format!("+ {}", app.t(Key::AddCustomer))}
            </a>
        </div>
        <div class="list-tools">
            <input
                type="search"
                class="search"
                data-testid="search"
                enterkeyhint="search"
                autocomplete="off"
                aria-label=move || app.t(Key::SearchLabel)
                placeholder=move || app.t(Key::SearchPlaceholder)
                prop:value=move || text.get()
                on:input=move |ev| on_input(event_target_value(&ev))
            />
            <SortSelect/>
        </div>
        <LoadGate customers_only=true>
            <p class="muted count" data-testid="count" role="status">{count_text}</p>
            <Show when=move || { total() > 0 } fallback=move || view! { <EmptyBook/> }>
                <Show
                    when=move || { found() > 0 }
                    fallback=move || view! {
                        <p class="card empty" data-testid="no-matches">
                            {move || app.tf(Key::NoMatches, &[("query", text.get().trim())])}
                        </p>
                    }
                >
                    <CustomerIds ids=matches test_id="customer-list"/>
                </Show>
            </Show>
        </LoadGate>
    }
}

/// The list's address with `query` as its search.
fn list_url(query: &str) -> String {
    if query.is_empty() {
        "/".to_owned()
    } else {
        format!("/?q={}", js_sys::encode_uri_component(query))
    }
}

#[component]
fn EmptyBook() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="card empty" data-testid="empty-book">
            <h2>{move || app.t(Key::EmptyBookTitle)}</h2>
            <p>{move || app.t(Key::EmptyBookBody)}</p>
            <a class="button primary" href="/customers/new">{move || app.t(Key::AddCustomer)}</a>
            // Someone new to the app can look around a filled book first (not from the demo itself).
            {(!app.space.is_demo()).then(|| view! {
                <p class="muted empty-demo">{move || app.t(Key::DemoEmptyHint)}</p>
                <TryDemoButton test_id="try-demo-empty"/>
            })}
        </section>
    }
}
