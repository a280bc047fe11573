//! Settings' card for the sample data: in the real book, what the demo is and the way into it;
//! in the demo, putting the sample back as it was first opened.

use super::TryDemoButton;
use crate::core::i18n::{BookKey, Key};
use crate::ui::demo;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn DemoCard() -> impl IntoView {
    let app = use_app();
    let working = RwSignal::new(false);
    let reset = move |_| {
        working.set(true);
        leptos::task::spawn_local(async move {
            match demo::reset(app).await {
                Ok(()) => app.toasts.info(
                    app.lang
                        .get_untracked()
                        .text(BookKey::DemoResetDone)
                        .to_owned(),
                ),
                Err(error) => app.report_write_failure(&error, Key::SaveFailed),
            }
            working.set(false);
        });
    };
    let inside = if app.space.is_demo() {
        view! {
            <p>{move || app.t(BookKey::DemoResetExplain)}</p>
            <button
                type="button"
                class="button"
                data-testid="reset-demo"
                disabled=move || working.get()
                on:click=reset
            >
                {move || app.t(BookKey::DemoReset)}
            </button>
        }
        .into_any()
    } else {
        view! {
            <p>{move || app.t(BookKey::DemoTryExplain)}</p>
            <TryDemoButton test_id="try-demo"/>
        }
        .into_any()
    };
    view! {
        <section class="card" data-testid="demo-card">
            <h2>{move || app.t(BookKey::DemoTitle)}</h2>
            {inside}
        </section>
    }
}
