//! The owner's own message templates: listed by purpose, written or edited in a small form
//! (purpose, language, title, text with placeholders), checked in the core — an unknown
//! placeholder or a stray brace is named before it is kept — and deleted with undo. The
//! owner's templates are offered before the built-in ones wherever a message is written.

use crate::core::i18n::{purpose_label, BookKey, CareKey, Lang, Message};
use crate::core::relations::library::{Purpose, Template, TemplateEditError, TemplateId};
use crate::core::relations::template::TemplateError;
use crate::core::sorting;
use crate::ui::components::{ChoiceSelect, Field};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

fn problem_text(lang: Lang, error: &TemplateEditError) -> String {
    match error {
        TemplateEditError::NoTitle => lang.text(CareKey::TemplateErrTitle).to_owned(),
        TemplateEditError::NoBody => lang.text(CareKey::TemplateErrBody).to_owned(),
        TemplateEditError::TooLong { max, .. } => {
            lang.format(CareKey::TemplateErrLong, &[("max", &max.to_string())])
        }
        TemplateEditError::Template(TemplateError::UnknownPlaceholder { name, .. }) => {
            lang.format(CareKey::TemplateErrUnknown, &[("name", name)])
        }
        TemplateEditError::Template(_) => lang.text(CareKey::TemplateErrBrace).to_owned(),
    }
}

#[component]
pub fn TemplatesCard() -> impl IntoView {
    let app = use_app();
    let editing = RwSignal::new(None::<TemplateId>);
    let purpose = RwSignal::new(Purpose::Apology);
    let lang = RwSignal::new(app.lang.get_untracked());
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<TemplateEditError>);
    let own = Memo::new(move |_| {
        let mut list: Vec<Template> = app
            .service
            .templates
            .with(|t| t.values().cloned().collect());
        sorting::sort_by(&mut list, |a, b| {
            (a.purpose.as_str(), &a.title).cmp(&(b.purpose.as_str(), &b.title))
        });
        list
    });
    let clear = move || {
        editing.set(None);
        title.set(String::new());
        body.set(String::new());
        problem.set(None);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = platform::now();
        let (t, b) = (title.get_untracked(), body.get_untracked());
        let existing = editing.get_untracked().and_then(|id| {
            app.service
                .templates
                .with_untracked(|all| all.get(&id).cloned())
        });
        let result = match existing {
            Some(mut template) => template.edit(&t, &b, now).map(|_| template),
            None => Template::new(
                TemplateId::from_random_bytes(platform::random_bytes()),
                purpose.get_untracked(),
                lang.get_untracked(),
                &t,
                &b,
                now,
            ),
        };
        match result {
            Ok(template) => {
                problem.set(None);
                leptos::task::spawn_local(async move {
                    match app.save_service(template).await {
                        Ok(()) => {
                            app.toasts.info(app.t(CareKey::TemplateSaved).to_owned());
                            clear();
                        }
                        Err(error) => {
                            app.report_write_failure(&error, crate::core::i18n::Key::SaveFailed)
                        }
                    }
                });
            }
            Err(error) => problem.set(Some(error)),
        }
    };
    let purposes: Vec<(Purpose, &'static str, Message)> = Purpose::ALL
        .into_iter()
        .map(|p| (p, p.as_str(), purpose_label(p).into()))
        .collect();
    let langs: Vec<(Lang, &'static str, Message)> = vec![
        (Lang::Ja, "ja", BookKey::LanguageJa.into()),
        (Lang::En, "en", BookKey::LanguageEn.into()),
    ];
    let rows = move || {
        own.get()
            .into_iter()
            .map(|t| {
                let edit = {
                    let t = t.clone();
                    move |_| {
                        editing.set(Some(t.id.clone()));
                        purpose.set(t.purpose);
                        lang.set(t.lang);
                        title.set(t.title.clone());
                        body.set(t.body.clone());
                    }
                };
                let remove = {
                    let t = t.clone();
                    move |_| {
                        let t = t.clone();
                        leptos::task::spawn_local(async move {
                            if let Err(error) = app.delete_service(t, CareKey::TemplateDeleted.into()).await {
                                app.report_write_failure(&error, crate::core::i18n::Key::DeleteFailed);
                            }
                        });
                    }
                };
                view! {
                    <li class="hours-row" data-testid="template-own">
                        <span class="kind-badge">{move || app.t(purpose_label(t.purpose))}</span>
                        <span>{t.title.clone()}</span>
                        <button type="button" class="button" data-testid="template-edit" on:click=edit>{move || app.t(CareKey::TemplateEdit)}</button>
                        <button type="button" class="button danger" data-testid="template-delete" on:click=remove>{move || app.t(crate::core::i18n::Key::Delete)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <form class="card form" on:submit=save novalidate data-testid="templates-card">
            <h2>{move || app.t(CareKey::TemplatesTitle)}</h2>
            <p class="hint">{move || app.t(CareKey::TemplatesExplain)}</p>
            <Show when=move || own.with(Vec::is_empty)>
                <p class="muted">{move || app.t(CareKey::TemplatesNone)}</p>
            </Show>
            <ul class="plain">{rows}</ul>
            <h3>{move || app.t(if editing.with(Option::is_some) { CareKey::TemplateEdit } else { CareKey::TemplateNew })}</h3>
            <div class="field-row">
                <ChoiceSelect id="template-purpose" label=CareKey::TemplatePurpose value=purpose choices=purposes/>
                <ChoiceSelect id="template-lang" label=CareKey::TemplateLang value=lang choices=langs/>
            </div>
            <Field for_id="template-title" label=CareKey::TemplateTitle error=Signal::derive(|| None::<String>)>
                <input id="template-title" data-testid="template-title" type="text"
                    prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
            </Field>
            <Field for_id="template-body" label=CareKey::TemplateBody
                error=Signal::derive(move || problem.with(|p| p.as_ref().map(|e| problem_text(app.lang.get(), e))))>
                <textarea id="template-body" data-testid="template-body" rows="6"
                    prop:value=move || body.get() on:input=move |ev| body.set(event_target_value(&ev))></textarea>
            </Field>
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="template-save">{move || app.t(CareKey::TemplateSave)}</button>
            </div>
        </form>
    }
}
