//! The owner's preferences: small, per device, and kept apart from the customer data.

use super::book::SortOrder;
use super::i18n::Lang;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `None` follows the browser's language.
    pub lang: Option<Lang>,
    pub sort: SortOrder,
    /// When a backup was last exported on this device.
    pub last_export: Option<DateTime<Utc>>,
}

impl Settings {
    /// The language to show: the chosen one, else the browser's.
    pub fn effective_lang(&self, browser_language: &str) -> Lang {
        self.lang
            .unwrap_or_else(|| Lang::from_browser(browser_language))
    }
}
