//! Customers by importance: the analysis date, tiers, segments, who is slipping away, and how
//! the predictions were made.

use crate::core::i18n::{group, BookKey, Key};
use crate::ui::components::{
    AnalysisDate, ListsCard, LoadGate, ModelDetails, SegmentList, SlippingList, TierSummary,
};
use crate::ui::insights::use_insights;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn AnalysisPage() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let analysed = Memo::new(move |_| insights.analysis.with(|a| a.customers.len()));
    let visits = Memo::new(move |_| {
        let as_of = insights.as_of.get();
        let offset = crate::ui::platform::local_offset(crate::ui::platform::now());
        app.visits.with(|all| {
            all.values()
                .filter(|v| {
                    v.day(offset) <= as_of && app.book.with(|b| b.get(&v.customer).is_some())
                })
                .count()
        })
    });
    view! {
        <h1>{move || app.t(BookKey::AnalysisTitle)}</h1>
        <LoadGate>
            <AnalysisDate/>
            <p class="muted count" data-testid="analysis-count" role="status">
                {move || app.tf(BookKey::AnalysisCustomers, &[
                    ("count", &group(analysed.get() as i64)),
                    ("visits", &group(visits.get() as i64)),
                ])}
            </p>
            <Show
                when=move || { analysed.get() > 0 }
                fallback=move || view! {
                    <section class="card empty" data-testid="analysis-empty">
                        <h2>{move || app.t(BookKey::AnalysisNoVisits)}</h2>
                        <p>{move || app.t(BookKey::AnalysisNoVisitsBody)}</p>
                        <a class="button" href="/settings">{move || app.t(Key::NavSettings)}</a>
                    </section>
                }
            >
                <div class="card-grid">
                    <TierSummary/>
                    <SlippingList/>
                    <SegmentList/>
                    <ModelDetails/>
                    <ListsCard/>
                </div>
            </Show>
        </LoadGate>
    }
}
