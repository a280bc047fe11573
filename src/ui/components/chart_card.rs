//! One chart on the dashboard: its title, the one-line summary (what the chart is named by for
//! a screen reader), the chart or — at the owner's choice — the same numbers as a table, its
//! legend and notes. The chart is drawn at the card's measured width and redrawn when the
//! window is resized.

use super::chart_plot::{plot, row_text};
use crate::core::dashboard::charts::Chart;
use crate::core::i18n::DashKey;
use crate::ui::state::use_app;
use leptos::html::Div;
use leptos::prelude::*;

/// The width drawn before the card has been measured (a phone's).
const FIRST_WIDTH: f64 = 300.0;

#[component]
pub fn ChartCard(chart: Memo<Chart>) -> impl IntoView {
    let app = use_app();
    let id = chart.with_untracked(|c| c.id);
    let as_table = RwSignal::new(false);
    let selected = RwSignal::new(None::<usize>);
    let width = RwSignal::new(FIRST_WIDTH);
    let frame = NodeRef::<Div>::new();
    let measure = move || {
        if let Some(el) = frame.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if frame.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // A new period or filter may have fewer rows: forget the tapped one.
    Effect::new(move |_| {
        chart.track();
        selected.set(None);
    });

    let summary_id = format!("chart-{id}-summary");
    let readout = move || {
        let row = selected.get()?;
        chart.with(|c| {
            let label = &c.rows.get(row)?.label;
            Some(format!("{label}: {}", row_text(c, row)))
        })
    };
    let legend = move || {
        chart.with(|c| {
            (c.series.len() > 1).then(|| {
                c.series
                    .iter()
                    .enumerate()
                    .map(|(s, series)| {
                        view! {
                            <li><span class=format!("swatch s{s}") aria-hidden="true"></span>{series.name.clone()}</li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let table = move || {
        chart.with(|c| {
            let head = c.columns.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view();
            let rows = c
                .rows
                .iter()
                .map(|r| {
                    let cells = r.cells.iter().map(|cell| view! { <td>{cell.clone()}</td> }).collect_view();
                    view! { <tr class:faint=r.faint><th scope="row">{r.label.clone()}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=c.title.clone()>
                    <table class="chart-table" data-testid="chart-table">
                        <caption>{c.title.clone()}</caption>
                        <thead><tr>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <section class="card chart-card" data-testid=format!("chart-{id}") data-chart=id>
            <h2>{move || chart.with(|c| c.title.clone())}</h2>
            <p class="chart-summary" id=summary_id.clone() data-testid="chart-summary">
                {move || chart.with(|c| c.summary.clone())}
            </p>
            <div class="chart-frame" node_ref=frame>
                <Show
                    when=move || !as_table.get()
                    fallback=table
                >
                    <p class="chart-readout" aria-live="polite" data-testid="chart-readout">{readout}</p>
                    <figure class="chart-figure" role="img" aria-labelledby=summary_id.clone()>
                        {move || chart.with(|c| plot(c, width.get(), app.lang.get(), selected))}
                    </figure>
                    <ul class="chart-legend">{legend}</ul>
                </Show>
            </div>
            <ul class="chart-notes muted">
                {move || chart.with(|c| c.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view())}
            </ul>
            <button
                type="button"
                class="button subtle chart-toggle"
                data-testid="chart-toggle"
                on:click=move |_| as_table.update(|t| *t = !*t)
            >
                {move || app.t(if as_table.get() { DashKey::ShowChart } else { DashKey::ShowTable })}
            </button>
        </section>
    }
}
