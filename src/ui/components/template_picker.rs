//! Choosing a message template: the owner's own for this purpose and language first, then the
//! built-in ones. Choosing fills the message box with the template, this customer's values put
//! in (name, pet, last visit, the coupon just issued, the shop); a value not known is left out
//! and named, so the owner can fill it in before sending.

use crate::core::customer::CustomerId;
use crate::core::i18n::{benefit_text, CareKey};
use crate::core::loyalty::coupon::Coupon;
use crate::core::relations::library::{templates_for, Purpose, Template};
use crate::core::relations::template::{fill_lenient, Values};
use crate::ui::components::Field;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn TemplatePicker(
    /// The select's id (also its test id).
    id: &'static str,
    purpose: Purpose,
    customer: CustomerId,
    /// The coupon the message is about, if any.
    #[prop(into)]
    coupon: Signal<Option<Coupon>>,
    /// The message box filled in.
    text: RwSignal<String>,
) -> impl IntoView {
    let app = use_app();
    let missing = RwSignal::new(String::new());
    let choices = Memo::new(move |_| {
        let lang = app.lang.get();
        let own: Vec<Template> = app
            .service
            .templates
            .with(|t| t.values().cloned().collect());
        templates_for(purpose, lang, &own)
            .into_iter()
            .map(|c| (c.title().to_owned(), c.body().to_owned()))
            .collect::<Vec<_>>()
    });
    let choose = move |ev: leptos::ev::Event| {
        let Ok(i) = event_target_value(&ev).parse::<usize>() else {
            return;
        };
        let Some((_, body)) = choices.with_untracked(|c| c.get(i).cloned()) else {
            return;
        };
        let lang = app.lang.get_untracked();
        let Some(person) = app.book.with_untracked(|b| b.get(&customer).cloned()) else {
            return;
        };
        let last_visit = app.visits.with_untracked(|all| {
            all.values()
                .filter(|v| v.customer == customer)
                .map(|v| platform::local(v.started_at).date_naive())
                .max()
        });
        let mut values = Values::of(&person, last_visit);
        let shop = app
            .service
            .settings
            .with_untracked(|s| s.shop_name.trim().to_owned());
        values.shop = (!shop.is_empty()).then_some(shop);
        if let Some(c) = coupon.get_untracked() {
            values.coupon = Some(format!(
                "{}（{}）",
                benefit_text(lang, &c.benefit),
                c.code()
            ));
            values.expires = c.expires_on;
        }
        match fill_lenient(&body, &values, lang) {
            Ok(filled) => {
                text.set(filled.text);
                let names: Vec<String> = filled.missing.iter().map(ToString::to_string).collect();
                missing.set(if names.is_empty() {
                    String::new()
                } else {
                    lang.format(CareKey::TemplateMissing, &[("names", &names.join(" "))])
                });
            }
            Err(_) => missing.set(String::new()),
        }
    };
    view! {
        <Field for_id=id label=CareKey::TemplateUse error=Signal::derive(|| None::<String>)>
            <select id=id data-testid=id on:change=choose prop:value=String::new>
                <option value="">{move || app.t(CareKey::TemplateNone)}</option>
                {move || choices.get().into_iter().enumerate().map(|(i, (title, _))| view! {
                    <option value=i.to_string()>{title}</option>
                }).collect_view()}
            </select>
        </Field>
        <Show when=move || missing.with(|m| !m.is_empty())>
            <p class="hint" data-testid="template-missing">{move || missing.get()}</p>
        </Show>
    }
}
