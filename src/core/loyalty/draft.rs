//! The loyalty rules form as typed → checked [`LoyaltyRules`]: the stamp card (how many stamps
//! a reward takes, the least a visit must be paid to earn one, the reward and how long it
//! lasts), the VIP benefit, and the birthday and win-back gifts, each switchable. A benefit is
//! typed as a kind and one value: a percentage, an amount in yen, or the name of a free part.

use super::coupon::Benefit;
use super::rules::{BirthdayGift, LoyaltyRules, StampCard, WinBackGift};
use crate::core::visit::Money;
use crate::core::visit_draft::parse_amount;

/// What a benefit gives, as chosen in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BenefitKind {
    Percent,
    Amount,
    FreePart,
}

/// A benefit as typed: its kind and its one value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenefitDraft {
    pub kind: BenefitKind,
    pub value: String,
}

impl BenefitDraft {
    fn of(benefit: &Benefit) -> Self {
        let (kind, value) = match benefit {
            Benefit::Percent { percent } => (BenefitKind::Percent, percent.to_string()),
            Benefit::Amount { money } => (BenefitKind::Amount, money.amount.to_string()),
            Benefit::FreePart { name, .. } => (BenefitKind::FreePart, name.clone()),
            Benefit::Redo { minutes } => (BenefitKind::Amount, minutes.to_string()),
        };
        Self { kind, value }
    }

    fn benefit(&self) -> Option<Benefit> {
        let benefit = match self.kind {
            BenefitKind::Percent => Benefit::Percent {
                percent: self.value.trim().parse().ok()?,
            },
            BenefitKind::Amount => Benefit::Amount {
                money: Money::yen(parse_amount(&self.value)?),
            },
            BenefitKind::FreePart => Benefit::FreePart {
                part: None,
                name: self.value.trim().to_owned(),
            },
        };
        benefit.check().ok().map(|()| benefit)
    }
}

/// The form, one switch and its values per rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoyaltyDraft {
    pub card: bool,
    pub stamps_for_reward: String,
    /// Yen; empty: any visit earns a stamp.
    pub min_paid: String,
    pub reward: BenefitDraft,
    /// Days; empty: for ever.
    pub reward_days: String,
    pub vip: bool,
    pub vip_benefit: BenefitDraft,
    pub birthday: bool,
    pub birthday_benefit: BenefitDraft,
    pub win_back: bool,
    pub win_back_benefit: BenefitDraft,
    pub win_back_after_days: String,
}

/// Which input of the form is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoyaltyField {
    StampsForReward,
    MinPaid,
    Reward,
    RewardDays,
    Vip,
    Birthday,
    WinBack,
    WinBackAfterDays,
}

/// The longest number of days a rule may name (ten years).
pub const DAYS_MAX: u32 = 3650;
/// The most stamps a reward may take.
pub const STAMPS_MAX: u32 = 100;

fn days(text: &str) -> Option<u32> {
    text.trim()
        .parse()
        .ok()
        .filter(|d| (1..=DAYS_MAX).contains(d))
}

impl LoyaltyDraft {
    /// The form filled from `rules` (a rule that is off shows the defaults' values).
    pub fn from_rules(rules: &LoyaltyRules) -> Self {
        let defaults = LoyaltyRules::default();
        let pick = |r: &Option<StampCard>| r.clone().or(defaults.stamp_card.clone());
        let card = pick(&rules.stamp_card).expect("the defaults have a stamp card");
        let vip = rules
            .vip
            .clone()
            .or(defaults.vip.clone())
            .expect("a VIP default");
        let birthday =
            (rules.birthday.clone().or(defaults.birthday.clone())).expect("a birthday default");
        let win_back =
            (rules.win_back.clone().or(defaults.win_back.clone())).expect("a win-back default");
        Self {
            card: rules.stamp_card.is_some(),
            stamps_for_reward: card.stamps_for_reward.to_string(),
            min_paid: card
                .min_paid
                .map(|m| m.amount.to_string())
                .unwrap_or_default(),
            reward: BenefitDraft::of(&card.reward),
            reward_days: card
                .reward_valid_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            vip: rules.vip.is_some(),
            vip_benefit: BenefitDraft::of(&vip),
            birthday: rules.birthday.is_some(),
            birthday_benefit: BenefitDraft::of(&birthday.benefit),
            win_back: rules.win_back.is_some(),
            win_back_benefit: BenefitDraft::of(&win_back.benefit),
            win_back_after_days: win_back.after_days.to_string(),
        }
    }

    /// `rules` with the form's values (what the form does not show is kept), or each wrong
    /// input. A rule switched off is not read.
    pub fn apply(&self, rules: &LoyaltyRules) -> Result<LoyaltyRules, Vec<LoyaltyField>> {
        let mut wrong = Vec::new();
        let mut next = rules.clone();
        let defaults = LoyaltyRules::default();
        next.stamp_card = None;
        if self.card {
            let base = rules.stamp_card.clone().or(defaults.stamp_card.clone());
            let stamps = self.stamps_for_reward.trim().parse::<u32>().ok();
            let stamps = stamps.filter(|s| (1..=STAMPS_MAX).contains(s));
            let min_paid = match self.min_paid.trim() {
                "" => Some(None),
                text => parse_amount(text).map(|a| Some(Money::yen(a))),
            };
            let reward_days = match self.reward_days.trim() {
                "" => Some(None),
                text => days(text).map(Some),
            };
            let checks = [
                (stamps.is_none(), LoyaltyField::StampsForReward),
                (min_paid.is_none(), LoyaltyField::MinPaid),
                (self.reward.benefit().is_none(), LoyaltyField::Reward),
                (reward_days.is_none(), LoyaltyField::RewardDays),
            ];
            wrong.extend(checks.into_iter().filter(|c| c.0).map(|c| c.1));
            if let (Some(base), Some(stamps), Some(min_paid), Some(reward), Some(valid)) =
                (base, stamps, min_paid, self.reward.benefit(), reward_days)
            {
                next.stamp_card = Some(StampCard {
                    stamps_for_reward: stamps,
                    min_paid,
                    reward,
                    reward_valid_days: valid,
                    ..base
                });
            }
        }
        next.vip = None;
        if self.vip {
            match self.vip_benefit.benefit() {
                Some(benefit) => next.vip = Some(benefit),
                None => wrong.push(LoyaltyField::Vip),
            }
        }
        next.birthday = None;
        if self.birthday {
            let base = rules.birthday.clone().or(defaults.birthday.clone());
            match (base, self.birthday_benefit.benefit()) {
                (Some(base), Some(benefit)) => {
                    next.birthday = Some(BirthdayGift { benefit, ..base })
                }
                _ => wrong.push(LoyaltyField::Birthday),
            }
        }
        next.win_back = None;
        if self.win_back {
            let base = rules.win_back.clone().or(defaults.win_back.clone());
            let benefit = self.win_back_benefit.benefit();
            let after = days(&self.win_back_after_days);
            if benefit.is_none() {
                wrong.push(LoyaltyField::WinBack);
            }
            if after.is_none() {
                wrong.push(LoyaltyField::WinBackAfterDays);
            }
            if let (Some(base), Some(benefit), Some(after_days)) = (base, benefit, after) {
                next.win_back = Some(WinBackGift {
                    benefit,
                    after_days,
                    ..base
                });
            }
        }
        if wrong.is_empty() {
            Ok(next)
        } else {
            Err(wrong)
        }
    }
}
