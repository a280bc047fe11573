//! The owner's preferences: small, per device, and kept apart from the customer data.

use super::book::SortOrder;
use super::i18n::Lang;
use super::identify::tiers::TierPercents;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `None` follows the browser's language.
    pub lang: Option<Lang>,
    pub sort: SortOrder,
    /// When a backup was last exported on this device.
    pub last_export: Option<DateTime<Utc>>,
    /// The backup reminder stays quiet until then ("later").
    pub reminder_snoozed_until: Option<DateTime<Utc>>,
    /// The value shares that make tiers A and B.
    pub tier_percents: TierPercents,
}

/// How long data may go without a backup before the owner is reminded.
pub const BACKUP_REMINDER_AFTER: Duration = Duration::days(30);
/// How long "later" quiets the reminder.
pub const BACKUP_REMINDER_SNOOZE: Duration = Duration::days(7);

impl Settings {
    /// The language to show: the chosen one, else the browser's.
    pub fn effective_lang(&self, browser_language: &str) -> Lang {
        self.lang
            .unwrap_or_else(|| Lang::from_browser(browser_language))
    }

    /// Whether to remind the owner to export a backup: there is data (`oldest_record` is when
    /// the oldest customer was added), and for 30 days there has been no backup since — counted
    /// from the last export, or from the oldest record if there never was one — and "later"
    /// was not chosen in the past week.
    pub fn backup_reminder_due(
        &self,
        oldest_record: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> bool {
        let Some(oldest) = oldest_record else {
            return false;
        };
        let since = self.last_export.unwrap_or(oldest);
        let snoozed = self.reminder_snoozed_until.is_some_and(|until| now < until);
        now - since >= BACKUP_REMINDER_AFTER && !snoozed
    }
}

/// The capacity plan's inputs, kept on the device so the page opens as the owner left it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanSettings {
    /// The period: this many days from today.
    pub days: u16,
    /// The owner's minutes in the period.
    pub minutes: u32,
    /// How much satisfaction counts in tiers A, B and C.
    pub weights: [i64; 3],
    /// The set menu everyone gets at least; `None` takes the first by name.
    pub standard: Option<crate::core::catalog::menu::MenuId>,
}

/// The periods offered, in days.
pub const PLAN_PERIODS: [u16; 3] = [7, 14, 30];
/// The heaviest weight a tier can be given.
pub const PLAN_WEIGHT_MAX: i64 = 10;

impl Default for PlanSettings {
    fn default() -> Self {
        Self {
            days: 7,
            // Five days of eight hours.
            minutes: 2_400,
            weights: crate::core::customize::plan::TIER_WEIGHTS,
            standard: None,
        }
    }
}
