//! The page for an address the app does not know.

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="card empty" data-testid="not-found">
            <h1>{move || app.t(Key::NotFoundTitle)}</h1>
            <p>{move || app.t(Key::NotFoundBody)}</p>
            <a class="button" href="/">{move || app.t(Key::BackToList)}</a>
        </section>
    }
}
