//! A customer's feedback on their page: the two ways to record more (hand the phone over, or
//! write down what came by phone or mail), and what they said before, newest first, each with
//! its answer or how long it has waited.

use crate::core::customer::Customer;
use crate::core::feedback::Feedback;
use crate::core::i18n::FeedbackKey;
use crate::core::sorting;
use crate::ui::components::FeedbackEntry;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// How many pieces of feedback the card lists.
const SHOWN: usize = 10;

#[component]
pub fn FeedbackCard(
    /// The customer shown.
    #[prop(into)]
    customer: Signal<Customer>,
) -> impl IntoView {
    let app = use_app();
    let id = Memo::new(move |_| customer.with(|c| c.id.clone()));
    let theirs = Memo::new(move |_| {
        let id = id.get();
        let mut list: Vec<Feedback> = app.by_customer.feedback(&id);
        sorting::sort_by_key(&mut list, |f| std::cmp::Reverse(f.received_at));
        list
    });
    let entries = move || {
        let list = theirs.get();
        if list.is_empty() {
            return view! { <p class="muted" data-testid="feedback-none">{app.t(FeedbackKey::FeedbackNone)}</p> }.into_any();
        }
        let items = list
            .into_iter()
            .take(SHOWN)
            .map(|f| view! { <li><FeedbackEntry feedback=f/></li> })
            .collect_view();
        view! { <ul class="plain feedback-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="card" data-testid="feedback-card">
            <h2>{move || app.t(FeedbackKey::FeedbackCardTitle)}</h2>
            <div class="actions">
                <a class="button primary" data-testid="hand-over-open" href=move || format!("/customers/{}/feedback/hand-over", id.get())>
                    {move || app.t(FeedbackKey::FeedbackHandOver)}
                </a>
                <a class="button" data-testid="feedback-record" href=move || format!("/customers/{}/feedback/new", id.get())>
                    {move || app.t(FeedbackKey::FeedbackRecord)}
                </a>
            </div>
            {entries}
        </section>
    }
}
