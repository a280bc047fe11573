//! Adding and editing a choice group: its name and whether an offer takes at most one of its
//! parts or exactly one. Parts join a group from their own form.

use super::{report, rule_label, CATALOG};
use crate::core::catalog::edit::{
    apply_group, group_fields, new_group, CatalogErrors, CatalogField,
};
use crate::core::catalog::part::{GroupId, GroupRule, PartGroup};
use crate::core::i18n::{Key, ServiceKey};
use crate::ui::components::{Field, LoadGate};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn NewGroup() -> impl IntoView {
    view! { <LoadGate><GroupForm existing=None/></LoadGate> }
}

#[component]
pub fn EditGroup() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let group = move || {
        let id = params
            .with(|p| p.get("id"))
            .and_then(|s| GroupId::parse(&s))?;
        app.catalog.with_untracked(|c| c.group(&id).cloned())
    };
    view! {
        <LoadGate>
            {move || match group() {
                Some(group) => view! { <GroupForm existing=Some(group)/> }.into_any(),
                None => view! { <p class="card">{app.t(ServiceKey::PartMissing)}</p> }.into_any(),
            }}
        </LoadGate>
    }
}

#[component]
fn GroupForm(existing: Option<PartGroup>) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|g| g.name.clone())
            .unwrap_or_default(),
    );
    let rule = RwSignal::new(existing.as_ref().map(|g| g.rule).unwrap_or_default());
    let errors: RwSignal<CatalogErrors> = RwSignal::new(Vec::new());
    let existing = StoredValue::new(existing);
    let error = Signal::derive(move || {
        let lang = app.lang.get();
        errors.with(|e| {
            e.iter()
                .find(|(f, _)| *f == CatalogField::Name)
                .map(|(_, p)| p.message(lang))
        })
    });
    let save = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let fields = match group_fields(&name.get_untracked(), rule.get_untracked()) {
                Ok(fields) => fields,
                Err(found) => return errors.set(found),
            };
            let now = platform::now();
            let group = match existing.get_value() {
                Some(mut group) => {
                    if !apply_group(&mut group, fields, now) {
                        return navigate(CATALOG, Default::default());
                    }
                    group
                }
                None => new_group(
                    GroupId::from_random_bytes(platform::random_bytes()),
                    fields.0,
                    fields.1,
                    now,
                ),
            };
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                match app.save_catalog(Vec::new(), vec![group], Vec::new()).await {
                    Ok(()) => navigate(CATALOG, Default::default()),
                    Err(error) => report(app, &error),
                }
            });
        }
    };
    let delete = move |_| {
        let Some(group) = existing.get_value() else {
            return;
        };
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match app.delete_group(group).await {
                Ok(()) => navigate(CATALOG, Default::default()),
                Err(error) => report(app, &error),
            }
        });
    };
    view! {
        <form class="card form" on:submit=save novalidate>
            <h1>{move || app.t(if existing.with_value(Option::is_some) { ServiceKey::GroupEdit } else { ServiceKey::GroupNew })}</h1>
            <Field for_id="group-name" label=ServiceKey::FieldPartName error=error>
                <input id="group-name" data-testid="group-name" type="text"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </Field>
            <fieldset class="choices" data-testid="group-rule">
                <legend>{move || app.t(ServiceKey::FieldGroupRule)}</legend>
                {GroupRule::ALL.into_iter().map(|r| view! {
                    <label class="choice">
                        <input type="radio" name="group-rule" value=r.as_str() prop:checked=move || rule.get() == r
                            on:change=move |_| rule.set(r)/>
                        {move || app.t(rule_label(r))}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="save">{move || app.t(Key::Save)}</button>
                <a class="button" href=CATALOG>{move || app.t(Key::Cancel)}</a>
                <Show when=move || existing.with_value(Option::is_some)>
                    <button type="button" class="button danger" data-testid="delete" on:click=delete.clone()>{move || app.t(Key::Delete)}</button>
                </Show>
            </div>
        </form>
    }
}
