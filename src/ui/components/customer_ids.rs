//! Lists of customers by id: [`CustomerIds`] (the whole book, a search's matches, a segment,
//! those slipping away) and [`CustomerGroup`] (a heading that opens onto such a list, drawn
//! only once opened).
//!
//! A list draws only the lines on screen and a margin (see `core::list_window`): every line
//! has the same height, set in `list.css` and measured here, and empty space stands for the
//! rest, so a list of 10,000 scrolls as smoothly as one of ten and its lines are made only
//! when they come into view.

use super::{CustomerRow, ListRow};
use crate::core::customer::CustomerId;
use crate::core::list_window::ListView;
use crate::ui::insights::use_insights;
use crate::ui::state::use_app;
use leptos::html::Ul;
use leptos::prelude::*;
use std::ops::Range;

/// A line's height until one is measured (the phone layout's, from `list.css`).
const LINE_GUESS: f64 = 72.0;

/// The customers with `ids`, in that order, a screen's worth drawn at a time.
#[component]
pub fn CustomerIds(
    #[prop(into)] ids: Signal<Vec<CustomerId>>,
    test_id: &'static str,
) -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let list = NodeRef::<Ul>::new();
    let line = RwSignal::new(LINE_GUESS);
    let window = RwSignal::new(0..0usize);
    let total = Signal::derive(move || ids.with(Vec::len));
    let view_now = move || {
        let top = list.get_untracked()?.get_bounding_client_rect().top();
        let screen = window_height();
        Some(ListView {
            top,
            screen,
            line: line.get_untracked(),
            lines: total.get_untracked(),
        })
    };
    // Moves the window to what is on screen now; changes the signal only when it moved.
    let follow = move || {
        if let Some(view) = view_now() {
            let next = view.window();
            if window.with_untracked(|w| *w != next) {
                window.set(next);
            }
        }
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| follow());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| follow());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    // A new list (a search, a sort) or its first drawing: measure a line, then place the window.
    Effect::new(move |_| {
        total.track();
        if let Some(height) = first_line_height(list) {
            line.set(height);
        }
        follow();
    });
    let rows = Memo::new(move |_| {
        let Range { start, end } = window.get();
        insights.analysis.with(|analysis| {
            app.book.with(|book| {
                ids.with(|ids| {
                    let end = end.min(ids.len());
                    ids[start.min(end)..end]
                        .iter()
                        .enumerate()
                        .filter_map(|(i, id)| Some((start + i, book.get(id)?)))
                        .map(|(at, c)| (at, ListRow::of(c, analysis)))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let padding = move |above: bool| {
        let view = ListView {
            top: 0.0,
            screen: 0.0,
            line: line.get(),
            lines: total.get(),
        };
        let (top, bottom) = view.padding(&window.get());
        format!("{}px", if above { top } else { bottom })
    };
    view! {
        <ul
            class="customer-list"
            data-testid=test_id
            node_ref=list
            style:padding-top=move || padding(true)
            style:padding-bottom=move || padding(false)
        >
            <For
                each=move || rows.get()
                key=|(at, r)| (*at, r.id.clone(), r.updated_at, r.tier, r.slipping)
                let:((at, row))
            >
                <CustomerRow row position=at + 1 of=total/>
            </For>
        </ul>
    }
}

fn window_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
}

/// The drawn height of the list's first line, once there is one.
fn first_line_height(list: NodeRef<Ul>) -> Option<f64> {
    let first = list.get_untracked()?.first_element_child()?;
    let height = first.get_bounding_client_rect().height();
    (height >= 1.0).then_some(height)
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
