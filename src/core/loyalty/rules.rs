//! The owner's loyalty rules: what a visit earns on the stamp card, what the card's reward is,
//! the standing benefit of the best customers, and the birthday and win-back gifts. Plain data
//! the owner edits on a settings page; each rule is switched off by leaving it out (`None`).
//!
//! The defaults are those of a small café or salon in Japan: one stamp a visit of ¥500 or more,
//! ten stamps for ¥500 off within 90 days (about 5–10 % back to a regular), 5 % off every
//! visit for the top tier, 10 % off from two weeks before a birthday to a month after it, and
//! 10 % off for 30 days to a customer who has not come for 90 days (longer than a salon's
//! usual six to eight weeks between visits, so only the lapsed are asked back).

use super::coupon::{Benefit, InvalidBenefit};
use crate::core::identify::tiers::Tier;
use crate::core::visit::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// All the rules. A rule missing from a stored file takes its default; one stored as `null`
/// stays off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoyaltyRules {
    pub stamp_card: Option<StampCard>,
    /// The benefit of a top-tier (A) customer on every visit: a standing benefit, not a coupon.
    pub vip: Option<Benefit>,
    pub birthday: Option<BirthdayGift>,
    pub win_back: Option<WinBackGift>,
}

/// The stamp card: `per_visit` stamps a visit, and a reward every `stamps_for_reward`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StampCard {
    pub per_visit: u32,
    /// Only a visit paid at least this much earns stamps (in the same currency); `None`, any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_paid: Option<Money>,
    /// Stamps a reward takes; 0 earns none.
    pub stamps_for_reward: u32,
    pub reward: Benefit,
    /// Days a reward can be used, counting the day it was earned; `None`, for ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reward_valid_days: Option<u32>,
    /// Visits before this day earn nothing: the day the card was introduced, so that visits
    /// imported from before it do not issue rewards nobody was promised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts_from: Option<NaiveDate>,
}

/// A gift for the customer's birthday, once a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BirthdayGift {
    pub benefit: Benefit,
    /// Issued this many days before the birthday, so it can be used on the day itself.
    pub days_before: u32,
    /// Days it can be used, counting the day it is issued; `None`, for ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_days: Option<u32>,
}

/// A gift asking back a customer who stopped coming.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WinBackGift {
    pub benefit: Benefit,
    /// Issued once this many days have passed since the last visit.
    pub after_days: u32,
    /// Days it can be used, counting the day it is issued; `None`, for ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_days: Option<u32>,
}

impl Default for LoyaltyRules {
    fn default() -> Self {
        Self {
            stamp_card: Some(StampCard {
                per_visit: 1,
                min_paid: Some(Money::yen(500)),
                stamps_for_reward: 10,
                reward: Benefit::Amount {
                    money: Money::yen(500),
                },
                reward_valid_days: Some(90),
                counts_from: None,
            }),
            vip: Some(Benefit::Percent { percent: 5 }),
            birthday: Some(BirthdayGift {
                benefit: Benefit::Percent { percent: 10 },
                days_before: 14,
                valid_days: Some(45),
            }),
            win_back: Some(WinBackGift {
                benefit: Benefit::Percent { percent: 10 },
                after_days: 90,
                valid_days: Some(30),
            }),
        }
    }
}

/// A rule whose benefit cannot be offered, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvalidRule {
    #[error("stamp card reward: {0}")]
    StampReward(InvalidBenefit),
    #[error("VIP benefit: {0}")]
    Vip(InvalidBenefit),
    #[error("birthday gift: {0}")]
    Birthday(InvalidBenefit),
    #[error("win-back gift: {0}")]
    WinBack(InvalidBenefit),
}

impl LoyaltyRules {
    /// Every rule that is on offers a benefit that can be given (see [`Benefit::check`]); the
    /// first one that does not, otherwise.
    pub fn check(&self) -> Result<(), InvalidRule> {
        if let Some(card) = &self.stamp_card {
            card.reward.check().map_err(InvalidRule::StampReward)?;
        }
        if let Some(vip) = &self.vip {
            vip.check().map_err(InvalidRule::Vip)?;
        }
        if let Some(gift) = &self.birthday {
            gift.benefit.check().map_err(InvalidRule::Birthday)?;
        }
        if let Some(gift) = &self.win_back {
            gift.benefit.check().map_err(InvalidRule::WinBack)?;
        }
        Ok(())
    }
}

/// The standing benefit of a customer in `tier` on every visit: the VIP benefit for the top
/// tier, when the rule is on; nothing for the others.
pub fn vip_discount(tier: Tier, rules: &LoyaltyRules) -> Option<Benefit> {
    match tier {
        Tier::A => rules.vip.clone(),
        Tier::B | Tier::C => None,
    }
}
