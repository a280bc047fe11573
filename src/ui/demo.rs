//! The demo space from the interface's side: switching a tab into it and out of it, filling
//! its book with the sample business the first time it opens, and filling it anew on request.
//!
//! The demo is a space of its own (`core::space`): its own database, settings and tab channel,
//! chosen once when the page starts. So switching only records the choice for this tab and
//! loads the app afresh; and the sample is written through the same all-in-one-transaction
//! path a backup import takes.

use super::platform;
use super::state::AppState;
use crate::core::i18n::Key;
use crate::core::service::settings::ServiceSettings;
use crate::core::settings::{PlanSettings, Settings};
use crate::core::space::{demo_dataset, never_used, Space};
use crate::store::{self, CustomerStore, StoreError};
use leptos::prelude::*;

/// Makes `space` this tab's and opens the app's start page in it. Entering the demo carries the
/// language the owner reads over to it. A browser that cannot keep the choice gets a notice.
pub fn switch_to(app: AppState, space: Space) {
    let lang = app.lang.get_untracked();
    let chosen = match space {
        Space::Demo => {
            store::set_language_in(space, lang).and_then(|()| store::choose_space(space))
        }
        Space::Real => store::choose_space(space),
    };
    match chosen {
        Ok(()) => platform::start_afresh(),
        Err(error) => {
            platform::warn(&error.to_string());
            app.toasts
                .error(lang.text(Key::DemoSwitchFailed).to_owned());
        }
    }
}

/// The sample as of now, in the language shown, for the business's time zone.
fn sample(app: AppState) -> crate::core::backup::Dataset {
    let now = platform::now();
    demo_dataset(app.lang.get_untracked(), now, platform::local_offset(now))
}

/// Writes the sample business into the demo's database if nothing was ever stored there, before
/// the book is read. Another demo tab filling it at the same moment is no failure: its write
/// comes first and this one is refused as stale.
pub(super) async fn fill_if_new(app: AppState, store: &CustomerStore) {
    let filled = async {
        let snapshot = store.snapshot().await?;
        if !never_used(&snapshot.dataset) {
            return Ok(());
        }
        store
            .replace_all(&snapshot.dataset, snapshot.revision, &sample(app))
            .await
    };
    match filled.await {
        Ok(()) | Err(StoreError::Stale) => {}
        Err(error) => app.report_write_failure(&error, Key::DemoFillFailed),
    }
}

/// Puts the demo back as it was first opened: the sample's records in place of whatever the
/// demo holds now, and the demo's preferences back to their defaults (its language kept).
pub async fn reset(app: AppState) -> Result<(), StoreError> {
    if !app.space.is_demo() {
        return Err(StoreError::Failed("only the demo is reset".into()));
    }
    let snapshot = app.snapshot().await?;
    app.replace_dataset(&snapshot.dataset, snapshot.revision, sample(app))
        .await?;
    app.update_settings(|s| {
        *s = Settings {
            lang: s.lang,
            ..Settings::default()
        }
    });
    store::save_plan_settings(&PlanSettings::default())?;
    store::save_service_settings(&ServiceSettings::default())?;
    app.service.settings.set(ServiceSettings::default());
    Ok(())
}
