//! A checklist of the catalog's parts, folded away until opened: what a part requires or
//! excludes, the parts of a set menu, a customer's must-have and never parts.

use crate::core::catalog::part::PartId;
use crate::core::i18n::Message;
use crate::core::sorting;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn PartPicker(
    /// Test id and name prefix of the checkboxes.
    id: &'static str,
    /// The list's title.
    #[prop(into)]
    label: Message,
    /// The ticked parts.
    selected: RwSignal<Vec<PartId>>,
    /// A part not to offer (the part being edited).
    #[prop(default = None)]
    except: Option<PartId>,
    /// Open from the start.
    #[prop(default = false)]
    open: bool,
    /// The list's error, if any.
    #[prop(into, default = Signal::derive(|| None))]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let parts = Memo::new(move |_| {
        app.catalog.with(|c| {
            let mut parts: Vec<(String, String, PartId)> = c
                .parts
                .iter()
                .filter(|p| Some(&p.id) != except.as_ref())
                .map(|p| (p.category.clone(), p.name.clone(), p.id.clone()))
                .collect();
            sorting::sort(&mut parts);
            parts
        })
    });
    let count = move || selected.with(Vec::len);
    view! {
        <details class="picker" data-testid=id open=open>
            <summary>
                {move || app.t(label)}
                <span class="muted small">{move || format!(" ({})", count())}</span>
            </summary>
            <p class="field-error" data-testid=format!("{id}-error")>{move || error.get()}</p>
            <ul class="plain picker-list">
                {move || parts.get().into_iter().map(|(category, name, part)| {
                    let ticked = {
                        let part = part.clone();
                        move || selected.with(|s| s.contains(&part))
                    };
                    let toggle = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| {
                            s.retain(|p| p != &part);
                            if on {
                                s.push(part.clone());
                            }
                        });
                    };
                    let hint = (!category.is_empty()).then(|| view! { <span class="muted small">{format!(" · {category}")}</span> });
                    view! {
                        <li>
                            <label class="choice">
                                <input type="checkbox" name=id prop:checked=ticked on:change=toggle/>
                                {name}
                                {hint}
                            </label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
