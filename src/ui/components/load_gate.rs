//! Shows its children once what they need has loaded, a loading line before that, and a
//! clear message when the device's storage cannot be used. The customers are read first, so a
//! page that needs only them (the list) opens before the visits and the rest are read — and
//! stays as it is when they arrive: its children are built once, not again at each step.

use crate::core::i18n::Key;
use crate::ui::state::{use_app, LoadState};
use leptos::prelude::*;

/// What the gate shows; a new value (and only a new value) rebuilds what is behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Gate {
    Waiting,
    Open,
    Failed(Key, String),
}

impl Gate {
    fn of(load: &LoadState, customers_only: bool) -> Self {
        match load {
            LoadState::Book if customers_only => Gate::Open,
            LoadState::Loading | LoadState::Book => Gate::Waiting,
            LoadState::Failed(detail) => Gate::Failed(Key::StorageUnavailable, detail.clone()),
            LoadState::CodeMissing if customers_only => Gate::Open,
            LoadState::CodeMissing => Gate::Failed(Key::PartUnavailable, String::new()),
            LoadState::Ready => Gate::Open,
        }
    }
}

#[component]
pub fn LoadGate(
    /// What to show once the book is ready.
    children: ChildrenFn,
    /// Enough that the customers are read (the rest may still be loading).
    #[prop(optional)]
    customers_only: bool,
) -> impl IntoView {
    let app = use_app();
    let gate = Memo::new(move |_| app.load.with(|load| Gate::of(load, customers_only)));
    move || match gate.get() {
        Gate::Open => children().into_any(),
        Gate::Waiting => {
            view! { <p class="muted" role="status">{app.t(Key::Loading)}</p> }.into_any()
        }
        Gate::Failed(message, detail) => view! {
            <div class="card notice error" role="alert">
                <p>{app.t(message)}</p>
                <p class="muted small">{detail}</p>
            </div>
        }
        .into_any(),
    }
}
