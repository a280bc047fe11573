//! Settings' view of the device storage: whether the browser keeps the data persistently, and
//! how much is used of the quota.

use crate::core::i18n::{format_bytes, BookKey};
use crate::ui::platform::{self, StorageHealth};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn StorageCard() -> impl IntoView {
    let app = use_app();
    let health = RwSignal::new(None::<StorageHealth>);
    leptos::task::spawn_local(async move { health.set(Some(platform::storage_health().await)) });
    view! {
        <section class="card" data-testid="storage">
            <h2>{move || app.t(BookKey::StorageTitle)}</h2>
            {move || health.get().map(|h| {
                let persistence = if h.persisted { BookKey::StoragePersistent } else { BookKey::StorageNotPersistent };
                let usage = match (h.used_bytes, h.quota_bytes) {
                    (Some(used), Some(quota)) => app.tf(
                        BookKey::StorageUsage,
                        &[("used", &format_bytes(used)), ("quota", &format_bytes(quota))],
                    ),
                    _ => app.t(BookKey::StorageUnknown).to_owned(),
                };
                view! {
                    <p data-testid="storage-persistence">{app.t(persistence)}</p>
                    <p class="muted" data-testid="storage-usage">{usage}</p>
                }
            })}
        </section>
    }
}
