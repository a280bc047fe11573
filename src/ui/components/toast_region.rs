//! Where notices appear, the new-version prompt first; announced to screen readers as they come.

use super::UpdatePrompt;
use crate::core::i18n::Key;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ToastRegion() -> impl IntoView {
    let app = use_app();
    let toasts = app.toasts;
    view! {
        <div class="toasts" aria-live="polite">
            <UpdatePrompt/>
            <For each=move || toasts.list.get() key=|t| t.id let:toast>
                <div class=format!("toast {}", toast.tone.as_str()) data-testid="toast" role="status">
                    <span class="toast-text">{toast.text.clone()}</span>
                    {toast.action.map(|action| {
                        let id = toast.id;
                        view! {
                            <button
                                class="toast-action"
                                data-testid="toast-action"
                                on:click=move |_| {
                                    toasts.dismiss(id);
                                    action.run.run(());
                                }
                            >
                                {move || app.t(action.label)}
                            </button>
                        }
                    })}
                    <button
                        class="toast-close"
                        aria-label=move || app.t(Key::Dismiss)
                        on:click={
                            let id = toast.id;
                            move |_| toasts.dismiss(id)
                        }
                    >
                        "×"
                    </button>
                </div>
            </For>
        </div>
    }
}
