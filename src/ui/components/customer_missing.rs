//! Said when an address names a customer who is not (or no longer) in the book.

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn CustomerMissing() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="card empty" data-testid="customer-missing">
            <p>{move || app.t(Key::CustomerNotFound)}</p>
            <a class="button" href=move || app.list_url.get()>{move || app.t(Key::BackToList)}</a>
        </section>
    }
}
