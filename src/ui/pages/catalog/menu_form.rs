//! Adding and editing a set menu: its name, its parts, and a bundle price (blank sells it for
//! the sum of its parts, shown as the hint).

use super::{report, CATALOG};
use crate::core::catalog::edit::{CatalogErrors, CatalogField, MenuDraft};
use crate::core::catalog::menu::{MenuId, SetMenu};
use crate::core::customize::explain::money;
use crate::core::i18n::{Key, ServiceKey};
use crate::core::visit::DEFAULT_CURRENCY;
use crate::ui::components::{Field, LoadGate, PartPicker};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn NewMenu() -> impl IntoView {
    view! { <LoadGate><MenuForm existing=None/></LoadGate> }
}

#[component]
pub fn EditMenu() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let menu = move || {
        let id = params
            .with(|p| p.get("id"))
            .and_then(|s| MenuId::parse(&s))?;
        app.catalog
            .with_untracked(|c| c.menus.iter().find(|m| m.id == id).cloned())
    };
    view! {
        <LoadGate>
            {move || match menu() {
                Some(menu) => view! { <MenuForm existing=Some(menu)/> }.into_any(),
                None => view! { <p class="card">{app.t(ServiceKey::PartMissing)}</p> }.into_any(),
            }}
        </LoadGate>
    }
}

#[component]
fn MenuForm(existing: Option<SetMenu>) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let start = existing
        .as_ref()
        .map(MenuDraft::from_menu)
        .unwrap_or_default();
    let name = RwSignal::new(start.name);
    let parts = RwSignal::new(start.parts);
    let price = RwSignal::new(start.price);
    let errors: RwSignal<CatalogErrors> = RwSignal::new(Vec::new());
    let existing = StoredValue::new(existing);
    let error_for = move |field: CatalogField| {
        Signal::derive(move || {
            let lang = app.lang.get();
            errors.with(|e| {
                e.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, p)| p.message(lang))
            })
        })
    };
    let sum = Memo::new(move |_| {
        app.catalog.with(|c| {
            parts.with(|ids| {
                ids.iter()
                    .filter_map(|id| c.part(id))
                    .map(|p| p.price.amount)
                    .sum::<i64>()
            })
        })
    });
    let save = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let draft = MenuDraft {
                name: name.get_untracked(),
                parts: parts.get_untracked(),
                price: price.get_untracked(),
            };
            let fields = match draft.validate() {
                Ok(fields) => fields,
                Err(found) => return errors.set(found),
            };
            let now = platform::now();
            let menu = match existing.get_value() {
                Some(mut menu) => {
                    if !fields.apply_to(&mut menu, DEFAULT_CURRENCY, now) {
                        return navigate(CATALOG, Default::default());
                    }
                    menu
                }
                None => fields.into_menu(
                    MenuId::from_random_bytes(platform::random_bytes()),
                    DEFAULT_CURRENCY,
                    now,
                ),
            };
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                match app.save_catalog(Vec::new(), Vec::new(), vec![menu]).await {
                    Ok(()) => navigate(CATALOG, Default::default()),
                    Err(error) => report(app, &error),
                }
            });
        }
    };
    let delete = move |_| {
        let Some(menu) = existing.get_value() else {
            return;
        };
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match app.delete_menu(menu).await {
                Ok(()) => navigate(CATALOG, Default::default()),
                Err(error) => report(app, &error),
            }
        });
    };
    let name_error = error_for(CatalogField::Name);
    let price_error = error_for(CatalogField::Price);
    view! {
        <form class="card form" on:submit=save novalidate>
            <h1>{move || app.t(if existing.with_value(Option::is_some) { ServiceKey::MenuEdit } else { ServiceKey::MenuNew })}</h1>
            <Field for_id="menu-name" label=ServiceKey::FieldPartName error=name_error>
                <input id="menu-name" data-testid="menu-name" type="text"
                    aria-invalid=move || name_error.with(Option::is_some).to_string()
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </Field>
            <PartPicker id="menu-parts" label=ServiceKey::FieldMenuParts selected=parts open=true error=error_for(CatalogField::Parts)/>
            <Field for_id="menu-price" label=ServiceKey::FieldMenuPrice error=price_error>
                <input id="menu-price" data-testid="menu-price" type="text" inputmode="numeric"
                    aria-invalid=move || price_error.with(Option::is_some).to_string()
                    prop:value=move || price.get() on:input=move |ev| price.set(event_target_value(&ev))/>
                <p class="hint">{move || app.tf(ServiceKey::MenuPriceHint, &[("sum", &money(sum.get(), app.lang.get()))])}</p>
            </Field>
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
