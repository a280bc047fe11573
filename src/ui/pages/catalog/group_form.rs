//! Adding and editing a choice group: its name and whether an offer takes at most one of its
//! parts or exactly one. Parts join a group from their own form.

use super::form_page::{edit_page, write_then_return, CATALOG};
use super::rule_label;
use crate::core::catalog::edit::{
    apply_group, group_fields, new_group, CatalogErrors, CatalogField,
};
use crate::core::catalog::part::{GroupId, GroupRule, PartGroup};
use crate::core::i18n::ServiceKey;
use crate::ui::components::{errors_by_field, Field, FormActions, LoadGate, TextInput};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn NewGroup() -> impl IntoView {
    view! { <LoadGate><GroupForm existing=None/></LoadGate> }
}

#[component]
pub fn EditGroup() -> impl IntoView {
    edit_page(
        |id, catalog| GroupId::parse(id).and_then(|id| catalog.group(&id).cloned()),
        |group| view! { <GroupForm existing=Some(group)/> }.into_any(),
    )
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
    let error_for = errors_by_field(errors);
    let title = if existing.is_some() {
        ServiceKey::GroupEdit
    } else {
        ServiceKey::GroupNew
    };
    let delete = existing.clone().map(|group| {
        let navigate = navigate.clone();
        Callback::new(move |()| {
            write_then_return(
                app,
                navigate.clone(),
                app.delete_group(group.clone()),
                || {},
            );
        })
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = match group_fields(&name.get_untracked(), rule.get_untracked()) {
            Ok(fields) => fields,
            Err(found) => return errors.set(found),
        };
        let now = platform::now();
        let group = match existing.clone() {
            Some(mut group) => {
                if !apply_group(&mut group, fields, now) {
                    return navigate(CATALOG, Default::default());
                }
                group
            }
            None => {
                let id = GroupId::from_random_bytes(platform::random_bytes());
                new_group(id, fields.0, fields.1, now)
            }
        };
        let write = app.save_catalog(Vec::new(), vec![group], Vec::new());
        write_then_return(app, navigate.clone(), write, || {});
    };
    view! {
        <form class="card form" on:submit=save novalidate>
            <h1>{move || app.t(title)}</h1>
            <Field for_id="group-name" label=ServiceKey::FieldPartName error=error_for(CatalogField::Name)>
                <TextInput id="group-name" value=name invalid=error_for(CatalogField::Name)/>
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
            <FormActions cancel=CATALOG.to_owned() delete=delete/>
        </form>
    }
}
