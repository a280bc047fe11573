//! Recording feedback on the owner's side: after a visit, or received later by phone, mail or
//! social media. The parts asked about start as the ones the chosen visit delivered; others
//! can be added.

use super::{customer_visits, now_local, said_nothing, write_feedback};
use crate::core::catalog::part::PartId;
use crate::core::customer::{Customer, CustomerId};
use crate::core::draft::Problem;
use crate::core::feedback::draft::{delivered_parts, FeedbackDraft, FeedbackField};
use crate::core::feedback::{Channel, Thumb};
use crate::core::i18n::{format_date, FeedbackKey};
use crate::core::visit::VisitId;
use crate::ui::components::{
    errors_by_field, ChannelSelect, Field, FormActions, RecommendInput, SatisfactionInput,
    ThumbsInput,
};
use crate::ui::pages::for_customer;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn RecordFeedback() -> impl IntoView {
    for_customer(|customer| view! { <FeedbackForm customer=customer/> }.into_any())
}

#[component]
fn FeedbackForm(customer: Customer) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let visits = customer_visits(app, &customer.id);
    let latest = visits.first().map(|v| v.id.clone());
    let parts_of = move |visit: &Option<VisitId>| -> Vec<(PartId, Option<Thumb>)> {
        let visit = visit
            .as_ref()
            .and_then(|id| app.visits.with_untracked(|all| all.get(id).cloned()));
        visit
            .map(|v| app.catalog.with_untracked(|c| delivered_parts(&v, c)))
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p, None))
            .collect()
    };
    let visit = RwSignal::new(latest.clone());
    let parts = RwSignal::new(parts_of(&latest));
    let when = RwSignal::new(now_local());
    let channel = RwSignal::new(Channel::InPerson);
    let satisfaction = RwSignal::new(None::<u8>);
    let recommend = RwSignal::new(None::<u8>);
    let draft_key = format!("feedback:{}", customer.id);
    let comment = app.kept_text(draft_key.clone());
    let errors = RwSignal::new(Vec::<(FeedbackField, Problem)>::new());
    let error_for = errors_by_field(errors);
    let saving = RwSignal::new(false);
    let back = format!("/customers/{}", customer.id);
    let customer_id: CustomerId = customer.id.clone();
    let name = customer.name.clone();
    let save = {
        let back = back.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if saving.get_untracked() {
                return;
            }
            let draft_key = draft_key.clone();
            let draft = FeedbackDraft {
                visit: visit.get_untracked(),
                when: when.get_untracked(),
                channel: channel.get_untracked(),
                satisfaction: satisfaction.get_untracked(),
                recommend: recommend.get_untracked(),
                parts: parts.get_untracked(),
                comment: comment.get_untracked(),
            };
            let navigate = navigate.clone();
            let back = back.clone();
            write_feedback(
                app,
                draft,
                customer_id.clone(),
                Some(name.clone()),
                errors,
                saving,
                move || {
                    app.forget_text(&draft_key);
                    navigate(&back, Default::default())
                },
            );
        }
    };
    let choose_visit = move |ev: leptos::ev::Event| {
        let chosen = VisitId::parse(&event_target_value(&ev));
        parts.set(parts_of(&chosen));
        visit.set(chosen);
    };
    let add_part = move |ev: leptos::ev::Event| {
        if let Some(part) = PartId::parse(&event_target_value(&ev)) {
            parts.update(|all| {
                if !all.iter().any(|(p, _)| p == &part) {
                    all.push((part, None));
                }
            });
        }
    };
    let lang = move || app.lang.get();
    let visit_options = visits
        .iter()
        .take(20)
        .map(|v| {
            let id = v.id.clone();
            let selected = {
                let id = id.clone();
                move || visit.with(|chosen| chosen.as_ref() == Some(&id))
            };
            let date = v.day(platform::local_offset(v.started_at));
            let items: Vec<String> = v.items.iter().map(|i| i.name.clone()).collect();
            view! {
                <option value=id.to_string() selected=selected>
                    {move || app.tf(FeedbackKey::VisitOption, &[("date", &format_date(lang(), date)), ("items", &items.join("・"))])}
                </option>
            }
        })
        .collect_view();
    let part_options = move || {
        app.catalog.with(|c| {
            c.parts
                .iter()
                .filter(|p| !parts.with(|all| all.iter().any(|(id, _)| id == &p.id)))
                .map(|p| view! { <option value=p.id.to_string()>{p.name.clone()}</option> })
                .collect_view()
        })
    };
    view! {
        <form class="card form" on:submit=save novalidate data-testid="feedback-form">
            <h1>{move || app.t(FeedbackKey::FeedbackNew)}</h1>
            <p class="muted">{customer.name.clone()}</p>
            <div class="field-row">
                <Field for_id="feedback-visit" label=FeedbackKey::FieldVisit error=Signal::derive(|| None::<String>)>
                    <select id="feedback-visit" data-testid="feedback-visit" on:change=choose_visit>
                        {visit_options}
                        <option value="" selected=move || visit.with(Option::is_none)>{move || app.t(FeedbackKey::VisitNone)}</option>
                    </select>
                </Field>
                <ChannelSelect id="feedback-channel" label=FeedbackKey::FieldFeedbackChannel value=channel/>
            </div>
            <Field for_id="feedback-when" label=FeedbackKey::FieldReceived error=error_for(FeedbackField::When)>
                <input id="feedback-when" data-testid="feedback-when" type="datetime-local"
                    prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev))/>
            </Field>
            <SatisfactionInput label=FeedbackKey::FieldSatisfaction value=satisfaction/>
            <ThumbsInput label=FeedbackKey::FieldPartsThumbs parts=parts/>
            <Field for_id="feedback-add-part" label=FeedbackKey::AddPart hint=Some(FeedbackKey::PartsThumbsHint.into()) error=error_for(FeedbackField::Parts)>
                <select id="feedback-add-part" data-testid="feedback-add-part" on:change=add_part prop:value=String::new>
                    <option value="">"—"</option>
                    {part_options}
                </select>
            </Field>
            <RecommendInput label=FeedbackKey::FieldRecommend value=recommend/>
            <p class="hint">{move || app.t(FeedbackKey::RecommendHint)}</p>
            <Field for_id="feedback-comment" label=FeedbackKey::FieldComment error=error_for(FeedbackField::Comment)>
                <textarea id="feedback-comment" data-testid="feedback-comment" rows="3"
                    prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
            </Field>
            <p class="field-error" data-testid="feedback-form-error" role="alert">{move || said_nothing(errors).then(|| app.t(FeedbackKey::FeedbackNothing))}</p>
            <FormActions cancel=back saving=saving/>
        </form>
    }
}
