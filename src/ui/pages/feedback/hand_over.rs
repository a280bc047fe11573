//! The screen handed to the customer: large buttons, their visit's parts by name and nothing
//! else of the app (no navigation, no other customer, not even their own record). Sending
//! thanks them and waits for the owner to take the phone back.

use super::{customer_visits, now_local, said_nothing, write_feedback};
use crate::core::customer::Customer;
use crate::core::draft::Problem;
use crate::core::feedback::draft::{delivered_parts, FeedbackDraft, FeedbackField};
use crate::core::feedback::Channel;
use crate::core::i18n::FeedbackKey;
use crate::ui::components::{RecommendInput, SatisfactionInput, ThumbsInput};
use crate::ui::pages::for_customer;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn HandOver() -> impl IntoView {
    for_customer(|customer| view! { <HandOverForm customer=customer/> }.into_any())
}

#[component]
fn HandOverForm(customer: Customer) -> impl IntoView {
    let app = use_app();
    // About their latest visit, and the catalog parts it delivered.
    let visit = customer_visits(app, &customer.id).into_iter().next();
    let delivered = visit
        .as_ref()
        .map(|v| app.catalog.with_untracked(|c| delivered_parts(v, c)))
        .unwrap_or_default();
    let has_parts = !delivered.is_empty();
    let parts = RwSignal::new(delivered.into_iter().map(|p| (p, None)).collect::<Vec<_>>());
    let satisfaction = RwSignal::new(None::<u8>);
    let recommend = RwSignal::new(None::<u8>);
    let comment = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(FeedbackField, Problem)>::new());
    let saving = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let back = format!("/customers/{}", customer.id);
    let customer_id = customer.id.clone();
    let visit_id = visit.map(|v| v.id);
    let send = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let draft = FeedbackDraft {
            visit: visit_id.clone(),
            when: now_local(),
            channel: Channel::InPerson,
            satisfaction: satisfaction.get_untracked(),
            recommend: recommend.get_untracked(),
            parts: parts.get_untracked(),
            comment: comment.get_untracked(),
        };
        write_feedback(
            app,
            draft,
            customer_id.clone(),
            None,
            errors,
            saving,
            move || sent.set(true),
        );
    });
    view! {
        <div class="hand-over" data-testid="hand-over">
            <Show when=move || !sent.get() fallback=move || view! {
                <div class="hand-over-thanks" data-testid="hand-over-thanks">
                    <p class="hand-over-big" aria-hidden="true">"🙏"</p>
                    <h1>{move || app.t(FeedbackKey::HandOverThanks)}</h1>
                    <p>{move || app.t(FeedbackKey::HandOverThanksBody)}</p>
                    <a class="button" data-testid="hand-over-return" href=back.clone()>{move || app.t(FeedbackKey::HandOverReturn)}</a>
                </div>
            }>
                <form on:submit=move |ev| send.run(ev) novalidate data-testid="hand-over-form">
                    <h1>{move || app.t(FeedbackKey::HandOverTitle)}</h1>
                    <p>{move || app.t(FeedbackKey::HandOverIntro)}</p>
                    <SatisfactionInput label=FeedbackKey::HandOverSatisfaction value=satisfaction/>
                    {has_parts.then(|| view! { <ThumbsInput label=FeedbackKey::HandOverParts parts=parts/> })}
                    <RecommendInput label=FeedbackKey::HandOverRecommend value=recommend/>
                    <label for="hand-over-comment" class="hand-over-label">{move || app.t(FeedbackKey::HandOverComment)}</label>
                    <textarea id="hand-over-comment" data-testid="hand-over-comment" rows="3"
                        prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                    <p class="field-error" role="alert" data-testid="hand-over-error">
                        {move || said_nothing(errors).then(|| app.t(FeedbackKey::HandOverNothing))}
                    </p>
                    <button type="submit" class="button primary hand-over-send" data-testid="hand-over-send" disabled=move || saving.get()>
                        {move || app.t(FeedbackKey::HandOverSend)}
                    </button>
                </form>
            </Show>
        </div>
    }
}
