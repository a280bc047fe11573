//! The follow-up rules form as typed → checked [`FollowUpRules`]: each rule switched on or off
//! with its number of days, and for win-back the multiple of the usual interval (and the days
//! for a customer with only one visit). A rule switched off is not read.

use super::follow_up::{DaysRule, FollowUpRules, WinBackRule};

/// The form: per rule whether it is on and its days, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUpDraft {
    pub check_in: (bool, String),
    pub birthday: (bool, String),
    pub after_complaint: (bool, String),
    pub feedback: (bool, String),
    pub win_back: bool,
    /// The multiple of the usual interval ("2", "1.5").
    pub win_back_factor: String,
    pub win_back_days: String,
}

/// Which input is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FollowUpField {
    CheckIn,
    Birthday,
    AfterComplaint,
    Feedback,
    WinBackFactor,
    WinBackDays,
}

/// The most days a rule may name (a year).
pub const RULE_DAYS_MAX: u32 = 365;
/// The largest multiple of the usual interval.
pub const FACTOR_MAX: f64 = 10.0;

fn days_rule(input: &(bool, String), zero_ok: bool) -> Option<DaysRule> {
    let days = input.1.trim().parse::<u32>().ok();
    let days = days.filter(|d| (u32::from(!zero_ok)..=RULE_DAYS_MAX).contains(d));
    match (input.0, days) {
        (false, d) => Some(DaysRule {
            on: false,
            days: d.unwrap_or(0),
        }),
        (true, Some(days)) => Some(DaysRule { on: true, days }),
        (true, None) => None,
    }
}

impl FollowUpDraft {
    pub fn from_rules(rules: &FollowUpRules) -> Self {
        let pair = |r: DaysRule| (r.on, r.days.to_string());
        Self {
            check_in: pair(rules.check_in),
            birthday: pair(rules.birthday),
            after_complaint: pair(rules.after_complaint),
            feedback: pair(rules.feedback),
            win_back: rules.win_back.on,
            win_back_factor: rules.win_back.factor.to_string(),
            win_back_days: rules.win_back.days_without_interval.to_string(),
        }
    }

    /// The checked rules, or each wrong input.
    pub fn apply(&self) -> Result<FollowUpRules, Vec<FollowUpField>> {
        let mut wrong = Vec::new();
        let mut take = |rule: Option<DaysRule>, field| {
            rule.unwrap_or_else(|| {
                wrong.push(field);
                DaysRule { on: false, days: 0 }
            })
        };
        let check_in = take(days_rule(&self.check_in, false), FollowUpField::CheckIn);
        let birthday = take(days_rule(&self.birthday, true), FollowUpField::Birthday);
        let after_complaint = take(
            days_rule(&self.after_complaint, false),
            FollowUpField::AfterComplaint,
        );
        let feedback = take(days_rule(&self.feedback, true), FollowUpField::Feedback);
        let factor = self.win_back_factor.trim().parse::<f64>().ok();
        let factor = factor.filter(|f| f.is_finite() && *f >= 1.0 && *f <= FACTOR_MAX);
        let days = self.win_back_days.trim().parse::<u32>().ok();
        let days = days.filter(|d| (1..=RULE_DAYS_MAX).contains(d));
        if self.win_back && factor.is_none() {
            wrong.push(FollowUpField::WinBackFactor);
        }
        if self.win_back && days.is_none() {
            wrong.push(FollowUpField::WinBackDays);
        }
        if !wrong.is_empty() {
            return Err(wrong);
        }
        let defaults = FollowUpRules::default().win_back;
        Ok(FollowUpRules {
            check_in,
            birthday,
            after_complaint,
            feedback,
            win_back: WinBackRule {
                on: self.win_back,
                factor: factor.unwrap_or(defaults.factor),
                days_without_interval: days.unwrap_or(defaults.days_without_interval),
            },
        })
    }
}
