//! The owner's customer-care settings: opening hours per weekday, the dates the business is
//! closed, the service targets, the loyalty rules and the follow-up rules. They start as a small shop's usual week (Monday to
//! Saturday, 9:00–18:00) and the targets the issue of answering fast calls for; both are
//! editable, and hours that cannot be used fall back to the wall clock rather than to no
//! clock at all.

use super::hours::{BusinessHours, Opening};
use super::sla::SlaPolicy;
use crate::core::sorting;
use chrono::{FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceSettings {
    /// The business's name as messages sign it (`{shop}` in a template); empty when not set.
    pub shop_name: String,
    /// Monday first; `None` is closed all day.
    pub week: [Option<Opening>; 7],
    pub closed_on: Vec<NaiveDate>,
    pub sla: SlaPolicy,
    /// The stamp card, VIP benefit, birthday and win-back gifts.
    pub loyalty: crate::core::loyalty::rules::LoyaltyRules,
    /// When the relationship calls for a follow-up.
    pub follow_ups: crate::core::relations::follow_up::FollowUpRules,
}

impl Default for ServiceSettings {
    fn default() -> Self {
        let day = Some(Opening {
            open: 9 * 60,
            close: 18 * 60,
        });
        Self {
            shop_name: String::new(),
            week: [day, day, day, day, day, day, None],
            closed_on: Vec::new(),
            sla: SlaPolicy::default(),
            loyalty: Default::default(),
            follow_ups: Default::default(),
        }
    }
}

impl ServiceSettings {
    /// The clock service targets run on, where the business is (`offset`).
    pub fn hours(&self, offset: FixedOffset) -> BusinessHours {
        BusinessHours::new(offset, self.week)
            .map(|h| h.closed_on(self.closed_on.iter().copied()))
            .unwrap_or_else(|_| BusinessHours::always(offset))
    }
}

/// The care settings form as typed: per weekday (Monday first) whether the business opens and
/// its hours as `HH:MM`, the shop's name, and per kind of ticket the first-response target in
/// hours and whether it counts open hours only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CareDraft {
    pub shop_name: String,
    pub week: [(bool, String, String); 7],
    /// Per kind, in [`TicketKind::ALL`] order.
    pub targets: [(String, bool); 4],
    /// Days the business is closed besides its weekly days off, `YYYY-MM-DD`, separated by
    /// spaces, commas or new lines.
    pub closed_on: String,
}

/// What is wrong with the care settings form, by place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CareProblem {
    /// A weekday's hours are not times, or it closes before it opens (Monday = 0).
    Day(usize),
    /// A target is not a whole number of hours from 1 to a year (in [`TicketKind::ALL`] order).
    Target(usize),
    ShopNameTooLong,
    /// A closed day that is not a date (the text as typed).
    ClosedDay(String),
}

/// The longest shop name kept.
pub const SHOP_NAME_MAX_CHARS: usize = 100;
/// The longest target, in hours (a year).
pub const TARGET_MAX_HOURS: u32 = 24 * 365;

use super::sla::{Clock, Target};
use super::ticket::TicketKind;

fn hhmm(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

fn text_of(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

impl CareDraft {
    /// The form filled from `settings`.
    pub fn from_settings(settings: &ServiceSettings) -> Self {
        let week = settings.week.map(|day| match day {
            Some(o) => (true, text_of(o.open), text_of(o.close)),
            None => (false, "09:00".to_owned(), "18:00".to_owned()),
        });
        let targets = TicketKind::ALL.map(|kind| {
            let t = settings.sla.targets(kind).first_response;
            ((t.minutes / 60).to_string(), t.clock == Clock::OpenHours)
        });
        let closed_on = settings
            .closed_on
            .iter()
            .map(|d| d.format("%Y-%m-%d").to_string())
            .collect::<Vec<_>>()
            .join("\n");
        Self {
            shop_name: settings.shop_name.clone(),
            week,
            targets,
            closed_on,
        }
    }

    /// `settings` with the form's values, or every problem found.
    pub fn apply(&self, settings: &ServiceSettings) -> Result<ServiceSettings, Vec<CareProblem>> {
        let mut problems = Vec::new();
        let mut next = settings.clone();
        let shop = self.shop_name.trim();
        if shop.chars().count() > SHOP_NAME_MAX_CHARS {
            problems.push(CareProblem::ShopNameTooLong);
        }
        next.shop_name = shop.to_owned();
        for (i, (open, from, to)) in self.week.iter().enumerate() {
            next.week[i] = None;
            if !open {
                continue;
            }
            match (hhmm(from), hhmm(to)) {
                (Some(open), Some(close)) if close > open => {
                    next.week[i] = Some(Opening { open, close });
                }
                _ => problems.push(CareProblem::Day(i)),
            }
        }
        for (i, (hours, open_hours)) in self.targets.iter().enumerate() {
            match hours.trim().parse::<u32>() {
                Ok(h) if (1..=TARGET_MAX_HOURS).contains(&h) => {
                    let clock = if *open_hours {
                        Clock::OpenHours
                    } else {
                        Clock::WallClock
                    };
                    next.sla.targets_mut(TicketKind::ALL[i]).first_response = Target {
                        minutes: h * 60,
                        clock,
                    };
                }
                _ => problems.push(CareProblem::Target(i)),
            }
        }
        let mut closed = Vec::new();
        for text in self.closed_on.split([' ', ',', '、', '\n']).map(str::trim) {
            if text.is_empty() {
                continue;
            }
            match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(day) => closed.push(day),
                Err(_) => problems.push(CareProblem::ClosedDay(text.to_owned())),
            }
        }
        sorting::sort(&mut closed);
        closed.dedup();
        next.closed_on = closed;
        if problems.is_empty() {
            Ok(next)
        } else {
            Err(problems)
        }
    }
}
