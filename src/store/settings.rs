//! Preferences in localStorage (small, synchronous, per device) through gloo-storage, under
//! keys of this tab's space: the demo's preferences never touch the real book's.

use super::space::current_space;
use super::StoreError;
use crate::core::i18n::Lang;
use crate::core::service::settings::ServiceSettings;
use crate::core::settings::{PlanSettings, Settings};
use crate::core::space::Space;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The names of the three preferences, each a key of its own in every space.
const SETTINGS: &str = "settings";
const PLAN: &str = "plan";
const SERVICE: &str = "service";

/// What is stored under `name` in `space`, or the defaults when nothing is or it cannot be read.
fn load<T: DeserializeOwned + Default>(space: Space, name: &str) -> T {
    LocalStorage::get(space.storage_key(name)).unwrap_or_default()
}

fn save<T: Serialize>(space: Space, name: &str, value: &T) -> Result<(), StoreError> {
    LocalStorage::set(space.storage_key(name), value).map_err(|e| StoreError::Failed(e.to_string()))
}

/// The saved preferences, or the defaults when none are saved or they cannot be read.
pub fn load_settings() -> Settings {
    load(current_space(), SETTINGS)
}

/// Whether a `storage` event (another tab wrote localStorage) concerns this space's settings.
pub fn is_settings_key(key: &str) -> bool {
    key == current_space().storage_key(SETTINGS)
}

pub fn save_settings(settings: &Settings) -> Result<(), StoreError> {
    save(current_space(), SETTINGS, settings)
}

/// Sets the language of `space`'s settings, keeping the rest as stored there (so the demo
/// opens in the language the owner reads).
pub fn set_language_in(space: Space, lang: Lang) -> Result<(), StoreError> {
    let mut settings: Settings = load(space, SETTINGS);
    settings.lang = Some(lang);
    save(space, SETTINGS, &settings)
}

/// The capacity plan's saved inputs, or the defaults.
pub fn load_plan_settings() -> PlanSettings {
    load(current_space(), PLAN)
}

pub fn save_plan_settings(plan: &PlanSettings) -> Result<(), StoreError> {
    save(current_space(), PLAN, plan)
}

/// The opening hours and service targets, or the defaults.
pub fn load_service_settings() -> ServiceSettings {
    load(current_space(), SERVICE)
}

pub fn save_service_settings(service: &ServiceSettings) -> Result<(), StoreError> {
    save(current_space(), SERVICE, service)
}
