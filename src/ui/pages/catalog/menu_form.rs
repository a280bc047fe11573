//! Adding and editing a set menu: its name, its parts, and a bundle price (blank sells it for
//! the sum of its parts, shown as the hint).

use super::form_page::{edit_page, write_then_return, CATALOG};
use crate::core::catalog::edit::{CatalogErrors, CatalogField, MenuDraft};
use crate::core::catalog::menu::{MenuId, SetMenu};
use crate::core::customize::explain::money;
use crate::core::i18n::ServiceKey;
use crate::core::visit::DEFAULT_CURRENCY;
use crate::ui::components::{errors_by_field, Field, FormActions, LoadGate, PartPicker, TextInput};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn NewMenu() -> impl IntoView {
    view! { <LoadGate><MenuForm existing=None/></LoadGate> }
}

#[component]
pub fn EditMenu() -> impl IntoView {
    edit_page(
        |id, catalog| {
            let id = MenuId::parse(id)?;
            catalog.menus.iter().find(|m| m.id == id).cloned()
        },
        |menu| view! { <MenuForm existing=Some(menu)/> }.into_any(),
    )
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
    let error_for = errors_by_field(errors);
    let title = if existing.is_some() {
        ServiceKey::MenuEdit
    } else {
        ServiceKey::MenuNew
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
    let delete = existing.clone().map(|menu| {
        let navigate = navigate.clone();
        Callback::new(move |()| {
            write_then_return(app, navigate.clone(), app.delete_menu(menu.clone()), || {});
        })
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
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
        let menu = match existing.clone() {
            Some(mut menu) => {
                if !fields.apply_to(&mut menu, DEFAULT_CURRENCY, now) {
                    return navigate(CATALOG, Default::default());
                }
                menu
            }
            None => {
                let id = MenuId::from_random_bytes(platform::random_bytes());
                fields.into_menu(id, DEFAULT_CURRENCY, now)
            }
        };
        let write = app.save_catalog(Vec::new(), Vec::new(), vec![menu]);
        write_then_return(app, navigate.clone(), write, || {});
    };
    view! {
        <form class="card form" on:submit=save novalidate>
            <h1>{move || app.t(title)}</h1>
            <Field for_id="menu-name" label=ServiceKey::FieldPartName error=error_for(CatalogField::Name)>
                <TextInput id="menu-name" value=name invalid=error_for(CatalogField::Name)/>
            </Field>
            <PartPicker id="menu-parts" label=ServiceKey::FieldMenuParts selected=parts open=true error=error_for(CatalogField::Parts)/>
            <Field for_id="menu-price" label=ServiceKey::FieldMenuPrice error=error_for(CatalogField::Price)>
                <TextInput id="menu-price" value=price invalid=error_for(CatalogField::Price) inputmode="numeric"/>
                <p class="hint">{move || app.tf(ServiceKey::MenuPriceHint, &[("sum", &money(sum.get(), app.lang.get()))])}</p>
            </Field>
            <FormActions cancel=CATALOG.to_owned() delete=delete/>
        </form>
    }
}
