//! An editable list of one-line values (phone numbers, household members): one input per row,
//! a remove button on each, and an add button below.

use crate::core::i18n::BookKey;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn TextRows(
    /// Prefix for each input's id: rows are `{id}-0`, `{id}-1`, …
    id: &'static str,
    /// The group's label.
    label: BookKey,
    /// The add button's label.
    add_label: BookKey,
    /// Placeholder shown in empty rows.
    placeholder: BookKey,
    /// The `type` of each input (`tel`, `text`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// What the browser may offer to fill each row with (`tel`; `off` for none).
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The values, one per row.
    #[prop(into)]
    rows: RwSignal<Vec<String>>,
    /// The error message for a row, if it has one.
    #[prop(into)]
    row_error: Callback<usize, Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let count = move || rows.with(Vec::len);
    view! {
        <fieldset class="field rows">
            <legend>{move || app.t(label)}</legend>
            <For each=move || 0..count() key=|i| *i let:row>
                {
                    let input_id = format!("{id}-{row}");
                    let error = move || row_error.run(row);
                    view! {
                        <div class="row-line" class:invalid=move || error().is_some()>
                            <input
                                id=input_id.clone()
                                data-testid=input_id.clone()
                                type=input_type
                                autocomplete=autocomplete
                                placeholder=move || app.t(placeholder)
                                aria-label=move || format!("{} {}", app.t(label), row + 1)
                                aria-invalid=move || error().is_some().to_string()
                                prop:value=move || rows.with(|r| r.get(row).cloned().unwrap_or_default())
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    rows.update(|r| {
                                        if let Some(slot) = r.get_mut(row) {
                                            *slot = value;
                                        }
                                    });
                                }
                            />
                            <button
                                type="button"
                                class="icon-button"
                                data-testid=format!("{input_id}-remove")
                                aria-label=move || app.t(BookKey::RemoveRow)
                                on:click=move |_| rows.update(|r| {
                                    if row < r.len() {
                                        r.remove(row);
                                    }
                                })
                            >
                                "×"
                            </button>
                            <p class="field-error" data-testid=format!("{input_id}-error")>{error}</p>
                        </div>
                    }
                }
            </For>
            <button
                type="button"
                class="button subtle"
                data-testid=format!("{id}-add")
                on:click=move |_| rows.update(|r| r.push(String::new()))
            >
                {move || format!("+ {}", app.t(add_label))}
            </button>
        </fieldset>
    }
}
