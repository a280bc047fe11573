//! A date picker that does not hide a half-typed date.
//!
//! A `type="date"` input whose entry is incomplete reports an empty value, exactly like an
//! input left blank; only its `validity.badInput` tells the two apart. This component reports
//! such an entry as [`DateEntry::Incomplete`], so the form can say so instead of silently
//! saving no date. Its value is set once, not re-bound, so the browser keeps the partial entry.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// What the owner has entered in a date input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateEntry {
    /// `YYYY-MM-DD`, or empty when nothing is entered.
    Value(String),
    /// Some parts are filled and others are not.
    Incomplete,
}

const INCOMPLETE: &str = "incomplete";

impl DateEntry {
    /// The text the core validates: an incomplete entry becomes an invalid date.
    pub fn as_draft(&self) -> String {
        match self {
            Self::Value(text) => text.clone(),
            Self::Incomplete => INCOMPLETE.to_owned(),
        }
    }

    /// The inverse of [`DateEntry::as_draft`].
    pub fn from_draft(text: String) -> Self {
        if text == INCOMPLETE {
            Self::Incomplete
        } else {
            Self::Value(text)
        }
    }
}

#[component]
pub fn DateInput(
    /// The input's id (the label points at it; also its test id).
    id: &'static str,
    /// What has been entered.
    #[prop(into)]
    entry: RwSignal<DateEntry>,
    /// The field's error; marks the input invalid for assistive technology.
    #[prop(into)]
    invalid: Signal<Option<String>>,
    /// The latest date that can be picked (`YYYY-MM-DD`).
    #[prop(into)]
    max: String,
) -> impl IntoView {
    let initial = entry.with_untracked(DateEntry::as_draft);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    // A value set from outside (a rebase) is written into the input; a half-typed entry is
    // never touched, so the browser keeps the parts already typed.
    Effect::new(move |_| {
        if let (DateEntry::Value(value), Some(input)) = (entry.get(), input_ref.get()) {
            if input.value() != value {
                input.set_value(&value);
            }
        }
    });
    view! {
        <input
            node_ref=input_ref
            id=id
            name=id
            data-testid=id
            type="date"
            min="1900-01-01"
            max=max
            value=initial
            aria-invalid=move || invalid.with(Option::is_some).to_string()
            aria-describedby=format!("{id}-error")
            on:input=move |ev| {
                let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                    return;
                };
                entry.set(if input.validity().bad_input() {
                    DateEntry::Incomplete
                } else {
                    DateEntry::Value(input.value())
                });
            }
        />
    }
}
