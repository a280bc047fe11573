//! Recording the answer to a piece of feedback: what was said, by which channel and when. The
//! feedback stays on the customer's record with every answer, and leaves the "to answer" list.

use super::now_local;
use crate::core::draft::Problem;
use crate::core::feedback::draft::{AnswerDraft, AnswerField};
use crate::core::feedback::{Channel, Feedback, FeedbackId};
use crate::core::i18n::{FeedbackKey, Key};
use crate::core::record::Versioned;
use crate::ui::components::{
    errors_by_field, ChannelSelect, FeedbackEntry, Field, FormActions, LoadGate,
};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn AnswerFeedback() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| FeedbackId::parse(&s))
    });
    view! {
        <LoadGate>
            {move || match id.get().and_then(|id| app.feedback.with_untracked(|all| all.iter().find(|f| f.id == id).cloned())) {
                Some(feedback) => view! { <AnswerForm feedback=feedback/> }.into_any(),
                None => view! {
                    <section class="card" data-testid="feedback-missing">
                        <p>{move || app.t(FeedbackKey::FeedbackMissing)}</p>
                        <a class="button" href="/feedback">{move || app.t(FeedbackKey::FeedbackTitle)}</a>
                    </section>
                }.into_any(),
            }}
        </LoadGate>
    }
}

#[component]
fn AnswerForm(feedback: Feedback) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let name = app
        .book
        .with_untracked(|b| b.get(&feedback.customer).map(|c| c.name.clone()))
        .unwrap_or_default();
    // Answer where it came from; a face-to-face comment is usually answered by phone later.
    let start = match feedback.channel {
        Channel::InPerson => Channel::Phone,
        other => other,
    };
    let channel = RwSignal::new(start);
    let when = RwSignal::new(now_local());
    let draft_key = format!("answer:{}", feedback.id);
    let text = app.kept_text(draft_key.clone());
    let errors = RwSignal::new(Vec::<(AnswerField, Problem)>::new());
    let error_for = errors_by_field(errors);
    let saving = RwSignal::new(false);
    let back = "/feedback".to_owned();
    let original = StoredValue::new(feedback.clone());
    let save = {
        let name = name.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if saving.get_untracked() {
                return;
            }
            let now = platform::now();
            let draft = AnswerDraft {
                when: when.get_untracked(),
                channel: channel.get_untracked(),
                text: text.get_untracked(),
            };
            // Answer the latest version: another tab may have answered meanwhile.
            let id = original.with_value(|f| f.id.clone());
            let current = app
                .feedback
                .with_untracked(|all| all.iter().find(|f| f.id == id).cloned())
                .unwrap_or_else(|| original.get_value());
            let answer = match draft.validate(&current, platform::local_offset(now), now) {
                Ok(answer) => answer,
                Err(found) => return errors.set(found),
            };
            errors.set(Vec::new());
            let mut updated = current;
            updated.answers.push(answer);
            updated.touch(now);
            saving.set(true);
            let navigate = navigate.clone();
            let name = name.clone();
            let draft_key = draft_key.clone();
            leptos::task::spawn_local(async move {
                match app.save_feedback(updated).await {
                    Ok(()) => {
                        app.forget_text(&draft_key);
                        app.toasts
                            .info(app.tf(FeedbackKey::AnswerSaved, &[("name", &name)]));
                        navigate("/feedback", Default::default());
                    }
                    Err(error) => {
                        app.report_write_failure(&error, Key::SaveFailed);
                        saving.set(false);
                    }
                }
            });
        }
    };
    let delete = {
        let navigate = use_navigate();
        Callback::new(move |()| {
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                match app.delete_feedback(original.get_value()).await {
                    Ok(()) => navigate("/feedback", Default::default()),
                    Err(error) => app.report_write_failure(&error, Key::DeleteFailed),
                }
            });
        })
    };
    view! {
        <form class="card form" on:submit=save novalidate data-testid="answer-form">
            <h1>{move || app.t(FeedbackKey::AnswerTitle)}</h1>
            <FeedbackEntry feedback=feedback name=Some(name) answer_link=false/>
            <Field for_id="answer-text" label=FeedbackKey::FieldAnswerText hint=Some(FeedbackKey::AnswerHint.into()) error=error_for(AnswerField::Text)>
                <textarea id="answer-text" data-testid="answer-text" rows="4"
                    aria-invalid=move || error_for(AnswerField::Text).with(Option::is_some).to_string()
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </Field>
            <div class="field-row">
                <ChannelSelect id="answer-channel" label=FeedbackKey::FieldAnswerChannel value=channel/>
                <Field for_id="answer-when" label=FeedbackKey::FieldAnswerWhen error=error_for(AnswerField::When)>
                    <input id="answer-when" data-testid="answer-when" type="datetime-local"
                        prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev))/>
                </Field>
            </div>
            <FormActions cancel=back saving=saving delete=Some(delete)/>
        </form>
    }
}
