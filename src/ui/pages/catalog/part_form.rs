//! Adding and editing a service part: name, category, minutes, cost and price, the needs it
//! serves with their strengths, its choice group and its rules. Checked on save; a failed save
//! keeps everything typed.

use super::form_page::{edit_page, write_then_return, CATALOG};
use crate::core::catalog::edit::{CatalogErrors, CatalogField, PartDraft};
use crate::core::catalog::part::{PartId, ServicePart};
use crate::core::i18n::ServiceKey;
use crate::core::sorting;
use crate::core::visit::DEFAULT_CURRENCY;
use crate::ui::components::{errors_by_field, Field, FormActions, LoadGate, PartPicker, TextInput};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The strengths offered for a need, in percent.
const STRENGTHS: [u8; 4] = [100, 75, 50, 25];

#[component]
pub fn NewPart() -> impl IntoView {
    view! { <LoadGate><PartForm existing=None/></LoadGate> }
}

#[component]
pub fn EditPart() -> impl IntoView {
    edit_page(
        |id, catalog| PartId::parse(id).and_then(|id| catalog.part(&id).cloned()),
        |part| view! { <PartForm existing=Some(part)/> }.into_any(),
    )
}

#[component]
fn PartForm(existing: Option<ServicePart>) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let start = existing
        .as_ref()
        .map(PartDraft::from_part)
        .unwrap_or_default();
    let name = RwSignal::new(start.name);
    let category = RwSignal::new(start.category);
    let minutes = RwSignal::new(start.minutes);
    let cost = RwSignal::new(start.cost);
    let price = RwSignal::new(start.price);
    let mut rows = start.needs;
    if rows.is_empty() {
        rows.push((String::new(), 100));
    }
    let needs = RwSignal::new(rows);
    let group = RwSignal::new(start.group);
    let requires = RwSignal::new(start.requires);
    let excludes = RwSignal::new(start.excludes);
    let errors: RwSignal<CatalogErrors> = RwSignal::new(Vec::new());
    let saving = RwSignal::new(false);
    let error_for = errors_by_field(errors);
    let title = if existing.is_some() {
        ServiceKey::PartEdit
    } else {
        ServiceKey::PartNew
    };
    let except = existing.as_ref().map(|p| p.id.clone());
    let draft = move || PartDraft {
        name: name.get_untracked(),
        category: category.get_untracked(),
        minutes: minutes.get_untracked(),
        cost: cost.get_untracked(),
        price: price.get_untracked(),
        needs: needs.get_untracked(),
        group: group.get_untracked(),
        requires: requires.get_untracked(),
        excludes: excludes.get_untracked(),
    };
    let delete = existing.clone().map(|part| {
        let navigate = navigate.clone();
        Callback::new(move |()| {
            write_then_return(app, navigate.clone(), app.delete_part(part.clone()), || {});
        })
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let fields = match draft().validate() {
            Ok(fields) => fields,
            Err(found) => return errors.set(found),
        };
        errors.set(Vec::new());
        let now = platform::now();
        let part = match existing.clone() {
            Some(mut part) => {
                if !fields.apply_to(&mut part, now) {
                    return navigate(CATALOG, Default::default());
                }
                part
            }
            None => {
                let id = PartId::from_random_bytes(platform::random_bytes());
                fields.into_part(id, DEFAULT_CURRENCY, now)
            }
        };
        saving.set(true);
        let write = async move {
            let name = part.name.clone();
            app.save_catalog(vec![part], Vec::new(), Vec::new()).await?;
            let lang = app.lang.get_untracked();
            app.toasts
                .info(lang.format(ServiceKey::PartSaved, &[("name", &name)]));
            Ok(())
        };
        write_then_return(app, navigate.clone(), write, move || saving.set(false));
    };
    let tags = Memo::new(move |_| app.catalog.with(|c| c.need_tags()));
    let categories = Memo::new(move |_| {
        app.catalog.with(|c| {
            let mut all: Vec<String> = c
                .parts
                .iter()
                .map(|p| p.category.clone())
                .filter(|c| !c.is_empty())
                .collect();
            sorting::sort(&mut all);
            all.dedup();
            all
        })
    });
    let groups = Memo::new(move |_| {
        app.catalog.with(|c| {
            c.groups
                .iter()
                .map(|g| (g.id.to_string(), g.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <form class="card form" on:submit=save novalidate>
            <h1>{move || app.t(title)}</h1>
            <Field for_id="part-name" label=ServiceKey::FieldPartName error=error_for(CatalogField::Name)>
                <TextInput id="part-name" value=name invalid=error_for(CatalogField::Name)/>
            </Field>
            <Field for_id="part-category" label=ServiceKey::FieldCategory error=error_for(CatalogField::Category)>
                <TextInput id="part-category" value=category invalid=error_for(CatalogField::Category) list="categories"/>
                <datalist id="categories">{move || categories.get().into_iter().map(|c| view! { <option value=c/> }).collect_view()}</datalist>
            </Field>
            <div class="field-row">
                <Field for_id="part-minutes" label=ServiceKey::FieldMinutes error=error_for(CatalogField::Minutes)>
                    <TextInput id="part-minutes" value=minutes invalid=error_for(CatalogField::Minutes) inputmode="numeric"/>
                </Field>
                <Field for_id="part-price" label=ServiceKey::FieldPrice error=error_for(CatalogField::Price)>
                    <TextInput id="part-price" value=price invalid=error_for(CatalogField::Price) inputmode="numeric"/>
                </Field>
                <Field for_id="part-cost" label=ServiceKey::FieldCost error=error_for(CatalogField::Cost)>
                    <TextInput id="part-cost" value=cost invalid=error_for(CatalogField::Cost) inputmode="numeric"/>
                </Field>
            </div>
            <fieldset class="needs-served" data-testid="part-needs">
                <legend>{move || app.t(ServiceKey::FieldNeedsServed)}</legend>
                <p class="hint">{move || app.t(ServiceKey::NeedsServedHint)}</p>
                <datalist id="need-tags">{move || tags.get().into_iter().map(|t| view! { <option value=t/> }).collect_view()}</datalist>
                {move || (0..needs.with(Vec::len)).map(|row| {
                    let error = error_for(CatalogField::Need(row));
                    let tag_id = format!("need-{row}");
                    view! {
                        <div class="need-row">
                            <label class="visually-hidden" for=tag_id.clone()>{move || app.t(ServiceKey::FieldNeed)}</label>
                            <input id=tag_id.clone() data-testid=tag_id type="text" list="need-tags"
                                aria-invalid=move || error.with(Option::is_some).to_string()
                                placeholder=move || app.t(ServiceKey::FieldNeed)
                                prop:value=move || needs.with(|n| n.get(row).map(|r| r.0.clone()).unwrap_or_default())
                                on:input=move |ev| needs.update(|n| if let Some(r) = n.get_mut(row) { r.0 = event_target_value(&ev) })/>
                            <select data-testid=format!("strength-{row}") aria-label=move || app.t(ServiceKey::FieldStrength)
                                on:change=move |ev| needs.update(|n| if let Some(r) = n.get_mut(row) { r.1 = event_target_value(&ev).parse().unwrap_or(100) })>
                                {STRENGTHS.into_iter().map(|s| view! {
                                    <option value=s.to_string() selected=move || needs.with(|n| n.get(row).map(|r| r.1) == Some(s))>{format!("{s}%")}</option>
                                }).collect_view()}
                            </select>
                            <button type="button" class="icon-button" aria-label=move || app.t(ServiceKey::NeedRemove)
                                on:click=move |_| needs.update(|n| { if row < n.len() { n.remove(row); } })>"×"</button>
                            <p class="field-error">{move || error.get()}</p>
                        </div>
                    }
                }).collect_view()}
                <button type="button" class="button" data-testid="add-need" on:click=move |_| needs.update(|n| n.push((String::new(), 100)))>
                    {move || app.t(ServiceKey::NeedAdd)}
                </button>
            </fieldset>
            <Field for_id="part-group" label=ServiceKey::FieldGroup error=Signal::derive(|| None::<String>)>
                <select id="part-group" data-testid="part-group" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    group.set(crate::core::catalog::part::GroupId::parse(&value));
                }>
                    <option value="" selected=move || group.with(Option::is_none)>{move || app.t(ServiceKey::GroupNone)}</option>
                    {move || groups.get().into_iter().map(|(id, name)| {
                        let selected = { let id = id.clone(); move || group.with(|g| g.as_ref().map(|g| g.to_string()) == Some(id.clone())) };
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <PartPicker id="part-requires" label=ServiceKey::FieldRequires selected=requires except=except.clone() error=error_for(CatalogField::Rules)/>
            <PartPicker id="part-excludes" label=ServiceKey::FieldExcludes selected=excludes except=except/>
            <FormActions cancel=CATALOG.to_owned() saving=saving delete=delete/>
        </form>
    }
}
