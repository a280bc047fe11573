//! The feedback page: what waits for an answer, longest wait first, then the satisfaction
//! figures.

use crate::core::feedback::{unanswered, Feedback};
use crate::core::i18n::FeedbackKey;
use crate::ui::components::{FeedbackEntry, LoadGate, SatisfactionFigures};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn FeedbackPage() -> impl IntoView {
    let app = use_app();
    let waiting = Memo::new(move |_| {
        app.feedback.with(|all| {
            unanswered(all)
                .into_iter()
                .cloned()
                .collect::<Vec<Feedback>>()
        })
    });
    let list = move || {
        let waiting = waiting.get();
        if waiting.is_empty() {
            return view! { <p class="muted" data-testid="to-answer-none">{app.t(FeedbackKey::ToAnswerNone)}</p> }.into_any();
        }
        waiting
            .into_iter()
            .map(|f| {
                let name = app
                    .book
                    .with(|b| b.get(&f.customer).map(|c| c.name.clone()));
                view! { <li><FeedbackEntry feedback=f name=name/></li> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <LoadGate>
            <h1>{move || app.t(FeedbackKey::FeedbackTitle)}</h1>
            <section class="card" data-testid="to-answer">
                <h2>
                    {move || app.t(FeedbackKey::ToAnswerTitle)}
                    <span class="count-badge" data-testid="to-answer-count">{move || waiting.with(Vec::len).to_string()}</span>
                </h2>
                <p class="hint">{move || app.t(FeedbackKey::ToAnswerExplain)}</p>
                {list}
            </section>
            <SatisfactionFigures/>
        </LoadGate>
    }
}
