//! RFM segments: each with its count and meaning; open one to see its customers, highest
//! expected value first. Below, tier A customers who are slipping away.

use super::{CustomerGroup, CustomerIds};
use crate::core::i18n::{segment_label, BookKey, Key};
use crate::core::identify::rfm::Segment;
use crate::ui::insights::use_insights;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn SegmentList() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let row = move |segment: Segment| {
        let (name, means) = segment_label(segment);
        let count = Memo::new(move |_| insights.analysis.with(|a| a.segments[&segment]));
        let ids = Signal::derive(move || {
            insights.analysis.with(|a| {
                a.in_segment(segment)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        });
        view! {
            <CustomerGroup ids class="segment" test_id=format!("segment-{segment:?}") list_test_id="segment-list">
                <span class="segment-name">{move || app.t(name)}</span>
                <span class="segment-count" data-testid="segment-count">
                    {move || app.tf(BookKey::SegmentCount, &[("count", &count.get().to_string())])}
                </span>
                <span class="means">{move || app.t(means)}</span>
            </CustomerGroup>
        }
    };
    view! {
        <section class="card" data-testid="segments">
            <h2>{move || app.t(BookKey::SegmentsTitle)}</h2>
            {Segment::ALL.map(row)}
        </section>
    }
}

#[component]
pub fn SlippingList() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let ids = Signal::derive(move || {
        insights
            .analysis
            .with(|a| a.at_risk().into_iter().cloned().collect::<Vec<_>>())
    });
    view! {
        <section class="card" data-testid="slipping-list">
            <h2>{move || app.t(BookKey::SlippingTitle)}</h2>
            <p class="muted small">{move || app.t(Key::SlippingMeans)}</p>
            <Show
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=move || view! { <p class="muted">{move || app.t(BookKey::SlippingNone)}</p> }
            >
                <CustomerIds ids test_id="slipping-customers"/>
            </Show>
        </section>
    }
}
