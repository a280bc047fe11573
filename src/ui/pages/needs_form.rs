//! Editing what a customer has told us they want: a feeling for every need the catalog's parts
//! serve, the parts they must have or never want, and their budget and time per visit.

use super::for_customer;
use crate::core::customer::Customer;
use crate::core::customize::explain::preference_label;
use crate::core::i18n::{Key, ServiceKey};
use crate::core::needs::{NeedsDraft, NeedsField, Preference};
use crate::core::record::Versioned;
use crate::ui::components::{errors_by_field, Field, FormActions, PartPicker, TextInput};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn EditNeeds() -> impl IntoView {
    for_customer(|customer| view! { <NeedsForm customer=customer/> }.into_any())
}

#[component]
fn NeedsForm(customer: Customer) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let start = NeedsDraft::from_needs(&customer.needs);
    // Every need of the catalog, then any the customer stated that no part serves any more.
    let mut tags = app.catalog.with_untracked(|c| c.need_tags());
    for (tag, _) in &start.preferences {
        if !tags.contains(tag) {
            tags.push(tag.clone());
        }
    }
    let feelings: Vec<(String, RwSignal<Preference>)> = tags
        .into_iter()
        .map(|tag| {
            let feeling = customer.needs.preference(&tag);
            (tag, RwSignal::new(feeling))
        })
        .collect();
    let feelings = StoredValue::new(feelings);
    let must_have = RwSignal::new(start.must_have);
    let never = RwSignal::new(start.never);
    let budget = RwSignal::new(start.budget);
    let minutes = RwSignal::new(start.minutes);
    let errors = RwSignal::new(Vec::<(NeedsField, crate::core::draft::Problem)>::new());
    let saving = RwSignal::new(false);
    let back = format!("/customers/{}", customer.id);
    let customer = StoredValue::new(customer);
    let error_for = errors_by_field(errors);
    let save = {
        let back = back.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if saving.get_untracked() {
                return;
            }
            let draft = NeedsDraft {
                preferences: feelings.with_value(|f| {
                    f.iter()
                        .map(|(t, p)| (t.clone(), p.get_untracked()))
                        .collect()
                }),
                must_have: must_have.get_untracked(),
                never: never.get_untracked(),
                budget: budget.get_untracked(),
                minutes: minutes.get_untracked(),
            };
            let needs = match draft.validate() {
                Ok(needs) => needs,
                Err(found) => return errors.set(found),
            };
            errors.set(Vec::new());
            let mut updated = customer.get_value();
            let base = updated.updated_at;
            if updated.needs == needs {
                return navigate(&back, Default::default());
            }
            updated.needs = needs;
            updated.touch(platform::now());
            saving.set(true);
            let navigate = navigate.clone();
            let back = back.clone();
            leptos::task::spawn_local(async move {
                let name = updated.name.clone();
                match app.save_checked(updated, Some(base)).await {
                    Ok(()) => {
                        app.toasts.info(
                            app.lang
                                .get_untracked()
                                .format(ServiceKey::NeedsSaved, &[("name", &name)]),
                        );
                        navigate(&back, Default::default());
                    }
                    Err(error) => {
                        app.report_write_failure(&error, Key::SaveFailed);
                        saving.set(false);
                    }
                }
            });
        }
    };
    view! {
        <form class="card form" on:submit=save novalidate>
            <h1>{move || app.t(ServiceKey::NeedsEdit)}</h1>
            <p class="muted">{customer.with_value(|c| c.name.clone())}</p>
            <p class="hint">{move || app.t(ServiceKey::NeedsExplain)}</p>
            <table class="feelings" data-testid="feelings">
                <tbody>
                    {feelings.with_value(|f| f.iter().enumerate().map(|(row, (tag, feeling))| {
                        let feeling = *feeling;
                        let id = format!("feeling-{row}");
                        view! {
                            <tr>
                                <th scope="row"><label for=id.clone()>{tag.clone()}</label></th>
                                <td>
                                    <select id=id.clone() data-testid=id data-need=tag.clone()
                                        on:change=move |ev| feeling.set(Preference::parse(&event_target_value(&ev)).unwrap_or(Preference::Neutral))>
                                        {Preference::ALL.into_iter().map(|p| view! {
                                            <option value=p.as_str() selected=move || feeling.get() == p>{move || app.t(preference_label(p))}</option>
                                        }).collect_view()}
                                    </select>
                                </td>
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
            <PartPicker id="must-have" label=ServiceKey::FieldMustHave selected=must_have error=error_for(NeedsField::Parts)/>
            <PartPicker id="never" label=ServiceKey::FieldNever selected=never/>
            <div class="field-row">
                <Field for_id="budget" label=ServiceKey::FieldBudget error=error_for(NeedsField::Budget)>
                    <TextInput id="budget" value=budget invalid=error_for(NeedsField::Budget)
                        inputmode="numeric" placeholder=ServiceKey::NoLimit/>
                </Field>
                <Field for_id="time-available" label=ServiceKey::FieldTimeAvailable error=error_for(NeedsField::Minutes)>
                    <TextInput id="time-available" value=minutes invalid=error_for(NeedsField::Minutes)
                        inputmode="numeric" placeholder=ServiceKey::NoLimit/>
                </Field>
            </div>
            <FormActions cancel=back saving=saving/>
        </form>
    }
}
