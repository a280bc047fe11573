//! Follow-up rules and the tasks they make: who to contact, why, and from which day.
//!
//! Each rule reads plain facts ([`FollowUpFacts`]: per customer the birthday, the last visit and
//! the usual interval; complaints settled; feedback waiting for an answer; keys already done),
//! so the rules do not depend on how records are stored and every case is a line in a test.
//! [`super::facts`] gathers the facts from the records.
//!
//! Every task has a stable key. A task is listed from its due day until a contact settles its
//! key (sent or dismissed, see [`super::contact`]), so a task done on one device stays done on
//! the other after a merge, and nothing is asked twice:
//!
//! - `check_in:<visit>` — some days after a visit; only the latest visit's, as a newer visit
//!   makes an older check-in moot.
//! - `birthday:<customer>:<year>` — some days before the birthday (29 February counts on 1 March
//!   in other years, as ages do), listed until a week after it.
//! - `win_back:<customer>:<last visit day>` — once the days without a visit exceed the usual
//!   interval times a factor (with the default factor, exactly when identification flags a
//!   customer "at risk"), or a fixed number of days for a customer with one visit. One task per
//!   lapse: a customer who comes back and lapses again gets a new one.
//! - `after_complaint:<ticket>:<resolved day>` — some days after a complaint was settled: was it
//!   put right? Settled again after a reopening, it is asked again.
//! - `feedback:<feedback>` — feedback that has waited some days for an answer.

use super::library::Purpose;
use crate::core::customer::CustomerId;
use crate::core::feedback::model::FeedbackId;
use crate::core::service::ticket::TicketId;
use crate::core::sorting;
use crate::core::visit::VisitId;
use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A birthday task stays listed this many days after the birthday: a belated greeting is still
/// welcome within a week, not after.
pub const BIRTHDAY_LATE_DAYS: u64 = 7;

/// A rule that makes a task a number of days from a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaysRule {
    pub on: bool,
    pub days: u32,
}

impl DaysRule {
    const fn on(days: u32) -> Self {
        Self { on: true, days }
    }
}

/// When someone who stopped coming is due a word.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WinBackRule {
    pub on: bool,
    /// Due once the days without a visit exceed the usual interval times this.
    pub factor: f64,
    /// Due once the days without a visit exceed this, for a customer with no usual interval
    /// yet (a single visit).
    pub days_without_interval: u32,
}

/// The owner's follow-up rules, each one switchable off.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUpRules {
    /// Days after a visit.
    pub check_in: DaysRule,
    /// Days before a birthday.
    pub birthday: DaysRule,
    pub win_back: WinBackRule,
    /// Days after a complaint was settled.
    pub after_complaint: DaysRule,
    /// Days feedback may wait for an answer.
    pub feedback: DaysRule,
}

impl Default for FollowUpRules {
    /// Three days after a visit (long enough to know how it went, short enough to remember it);
    /// a week before a birthday (time for a card or a coupon); a lapse at twice the usual
    /// interval, as identification's "at risk" ([`crate::core::identify::analysis::AT_RISK_INTERVALS`]),
    /// or 60 days after a single visit; three days after a complaint was settled; feedback
    /// answered by the next day.
    fn default() -> Self {
        Self {
            check_in: DaysRule::on(3),
            birthday: DaysRule::on(7),
            win_back: WinBackRule {
                on: true,
                factor: crate::core::identify::analysis::AT_RISK_INTERVALS as f64,
                days_without_interval: 60,
            },
            after_complaint: DaysRule::on(3),
            feedback: DaysRule::on(1),
        }
    }
}

/// A customer's last visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastVisit {
    pub visit: VisitId,
    /// Its calendar day where the business is.
    pub day: NaiveDate,
}

/// What the rules need to know about one customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerFacts {
    pub customer: CustomerId,
    pub birthday: Option<NaiveDate>,
    pub last_visit: Option<LastVisit>,
    /// Days between visits on average (from the analysis); `None` before a second visit.
    pub usual_interval_days: Option<i64>,
}

/// A complaint that was settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedComplaint {
    pub ticket: TicketId,
    pub customer: CustomerId,
    /// The day it was (last) settled.
    pub resolved: NaiveDate,
}

/// Feedback that waits for an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitingFeedback {
    pub feedback: FeedbackId,
    pub customer: CustomerId,
    pub received: NaiveDate,
    /// Whether anything in it is negative (the answer is then an apology).
    pub negative: bool,
}

/// Everything the rules read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FollowUpFacts {
    pub customers: Vec<CustomerFacts>,
    pub resolved_complaints: Vec<ResolvedComplaint>,
    pub unanswered_feedback: Vec<WaitingFeedback>,
    /// Keys of tasks already done or dismissed ([`super::contact::done_keys`]).
    pub done: BTreeSet<String>,
}

/// Why a customer is due a word, with what the screen shows about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    CheckIn {
        visit: VisitId,
        visit_day: NaiveDate,
    },
    Birthday {
        born: NaiveDate,
        /// The birthday this task is for.
        on: NaiveDate,
    },
    WinBack {
        last_visit: VisitId,
        last_visit_day: NaiveDate,
        /// Days since the last visit, as of today.
        days_since: i64,
        usual_interval_days: Option<i64>,
        /// The days without a visit that were exceeded.
        limit_days: i64,
    },
    AfterComplaint {
        ticket: TicketId,
        resolved: NaiveDate,
    },
    Feedback {
        feedback: FeedbackId,
        received: NaiveDate,
        negative: bool,
    },
}

impl Reason {
    /// The first part of the task's key: `check_in`, `birthday`, `win_back`,
    /// `after_complaint` or `feedback`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Feedback { .. } => "feedback",
            Self::AfterComplaint { .. } => "after_complaint",
            Self::CheckIn { .. } => "check_in",
            Self::Birthday { .. } => "birthday",
            Self::WinBack { .. } => "win_back",
        }
    }

    /// The order among tasks due the same day: answers owed first, wishes last.
    fn rank(&self) -> u8 {
        match self {
            Self::Feedback { .. } => 0,
            Self::AfterComplaint { .. } => 1,
            Self::CheckIn { .. } => 2,
            Self::Birthday { .. } => 3,
            Self::WinBack { .. } => 4,
        }
    }

    /// The kind of message that fits: the templates to offer first.
    pub fn purpose(&self) -> Purpose {
        match self {
            Self::CheckIn { .. } => Purpose::CheckIn,
            Self::Birthday { .. } => Purpose::Birthday,
            Self::WinBack { .. } => Purpose::WinBack,
            Self::AfterComplaint { .. } => Purpose::SatisfactionQuestion,
            Self::Feedback { negative: true, .. } => Purpose::Apology,
            Self::Feedback {
                negative: false, ..
            } => Purpose::Thanks,
        }
    }
}

/// One task: contact `customer` for `reason`, from `due` on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp {
    pub customer: CustomerId,
    pub reason: Reason,
    pub due: NaiveDate,
    /// Stable: what a contact records to settle the task.
    pub key: String,
    /// Days since it fell due (0 on the day).
    pub overdue_days: i64,
}

/// The tasks due by `today` and not yet done, most overdue first; on the same due day answers
/// owed before wishes, then by customer and key.
pub fn follow_ups(facts: &FollowUpFacts, rules: &FollowUpRules, today: NaiveDate) -> Vec<FollowUp> {
    let mut tasks = Vec::new();
    let mut add = |customer: &CustomerId, reason: Reason, due: Option<NaiveDate>, key: String| {
        if let Some(due) = due.filter(|due| *due <= today) {
            if !facts.done.contains(&key) {
                tasks.push(FollowUp {
                    customer: customer.clone(),
                    reason,
                    due,
                    key,
                    overdue_days: (today - due).num_days(),
                });
            }
        }
    };
    for c in &facts.customers {
        if let (true, Some(last)) = (rules.check_in.on, &c.last_visit) {
            let reason = Reason::CheckIn {
                visit: last.visit.clone(),
                visit_day: last.day,
            };
            let due = plus(last.day, rules.check_in.days.into());
            add(&c.customer, reason, due, format!("check_in:{}", last.visit));
        }
        if let (true, Some(born)) = (rules.birthday.on, c.birthday) {
            for on in birthdays_near(born, today) {
                let due = on.checked_sub_days(Days::new(rules.birthday.days.into()));
                let late = plus(on, BIRTHDAY_LATE_DAYS).is_some_and(|last| today <= last);
                if late {
                    let key = format!("birthday:{}:{}", c.customer, on.year());
                    add(&c.customer, Reason::Birthday { born, on }, due, key);
                }
            }
        }
        if let (true, Some(last)) = (rules.win_back.on, &c.last_visit) {
            if let Some(limit_days) = win_back_limit(&rules.win_back, c.usual_interval_days) {
                let reason = Reason::WinBack {
                    last_visit: last.visit.clone(),
                    last_visit_day: last.day,
                    days_since: (today - last.day).num_days(),
                    usual_interval_days: c.usual_interval_days,
                    limit_days,
                };
                let due = u64::try_from(limit_days)
                    .ok()
                    .and_then(|limit| plus(last.day, limit.saturating_add(1)));
                let key = format!("win_back:{}:{}", c.customer, last.day);
                add(&c.customer, reason, due, key);
            }
        }
    }
    if rules.after_complaint.on {
        for complaint in &facts.resolved_complaints {
            let reason = Reason::AfterComplaint {
                ticket: complaint.ticket.clone(),
                resolved: complaint.resolved,
            };
            let due = plus(complaint.resolved, rules.after_complaint.days.into());
            let key = format!(
                "after_complaint:{}:{}",
                complaint.ticket, complaint.resolved
            );
            add(&complaint.customer, reason, due, key);
        }
    }
    if rules.feedback.on {
        for waiting in &facts.unanswered_feedback {
            let reason = Reason::Feedback {
                feedback: waiting.feedback.clone(),
                received: waiting.received,
                negative: waiting.negative,
            };
            let due = plus(waiting.received, rules.feedback.days.into());
            let key = format!("feedback:{}", waiting.feedback);
            add(&waiting.customer, reason, due, key);
        }
    }
    sorting::sort_by(&mut tasks, |x, y| {
        (x.due, x.reason.rank(), &x.customer, &x.key).cmp(&(
            y.due,
            y.reason.rank(),
            &y.customer,
            &y.key,
        ))
    });
    tasks
}

fn plus(day: NaiveDate, days: u64) -> Option<NaiveDate> {
    day.checked_add_days(Days::new(days))
}

/// The days without a visit a customer may go before a win-back: the usual interval (at least
/// a day) times the factor, rounded down, or the fixed days without an interval. `None` when
/// the factor is not a positive number.
fn win_back_limit(rule: &WinBackRule, usual_interval_days: Option<i64>) -> Option<i64> {
    match usual_interval_days {
        None => Some(i64::from(rule.days_without_interval)),
        Some(_) if !(rule.factor.is_finite() && rule.factor > 0.0) => None,
        // The float product is exact for any interval a business has; the cast saturates.
        Some(gap) => Some((gap.max(1) as f64 * rule.factor).floor() as i64),
    }
}

/// The birthdays (in last year, this year and next) of someone born on `born`, after the day
/// they were born, near enough to `today` to matter.
fn birthdays_near(born: NaiveDate, today: NaiveDate) -> Vec<NaiveDate> {
    (today.year() - 1..=today.year() + 1)
        .filter(|year| *year > born.year())
        .filter_map(|year| birthday_in(born, year))
        .collect()
}

/// The birthday in `year` of someone born on `born`; 29 February is 1 March in other years.
pub fn birthday_in(born: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, born.month(), born.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}
