//! Preferences in localStorage (small, synchronous, per device) through gloo-storage.

use super::StoreError;
use crate::core::settings::Settings;
use gloo_storage::{LocalStorage, Storage};

const KEY: &str = "tsunagu.settings";

/// The saved preferences, or the defaults when none are saved or they cannot be read.
pub fn load_settings() -> Settings {
    LocalStorage::get(KEY).unwrap_or_default()
}

/// Whether a `storage` event (another tab wrote localStorage) concerns the settings.
pub fn is_settings_key(key: &str) -> bool {
    key == KEY
}

pub fn save_settings(settings: &Settings) -> Result<(), StoreError> {
    LocalStorage::set(KEY, settings).map_err(|e| StoreError::Failed(e.to_string()))
}

const PLAN_KEY: &str = "tsunagu.plan";

/// The capacity plan's saved inputs, or the defaults.
pub fn load_plan_settings() -> crate::core::settings::PlanSettings {
    LocalStorage::get(PLAN_KEY).unwrap_or_default()
}

pub fn save_plan_settings(plan: &crate::core::settings::PlanSettings) -> Result<(), StoreError> {
    LocalStorage::set(PLAN_KEY, plan).map_err(|e| StoreError::Failed(e.to_string()))
}

const SERVICE_KEY: &str = "tsunagu.service";

/// The opening hours and service targets, or the defaults.
pub fn load_service_settings() -> crate::core::service::settings::ServiceSettings {
    LocalStorage::get(SERVICE_KEY).unwrap_or_default()
}

pub fn save_service_settings(
    service: &crate::core::service::settings::ServiceSettings,
) -> Result<(), StoreError> {
    LocalStorage::set(SERVICE_KEY, service).map_err(|e| StoreError::Failed(e.to_string()))
}
