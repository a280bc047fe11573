//! Service targets: how soon each kind of ticket must get its first response and, optionally,
//! its resolution. A target is counted either in the hours the business is open (a complaint
//! left on Saturday night is not late while the shop is closed on Sunday) or on the wall clock
//! (a promise to "answer within 24 hours" means 24 hours to the customer). A ticket stands
//! met, missed, on track, due soon or overdue against each target, and the overdue and due-soon
//! lists are what the "today" page and the tickets page put first.

use super::hours::BusinessHours;
use super::ticket::{Priority, Ticket, TicketId, TicketKind};
use crate::core::sorting;
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// Which clock a target runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    /// Only the minutes the business is open count.
    OpenHours,
    /// Every minute counts.
    WallClock,
}

/// One target: so many minutes on a clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub minutes: u32,
    pub clock: Clock,
}

impl Target {
    pub const fn open_hours(hours: u32) -> Self {
        Self {
            minutes: hours * 60,
            clock: Clock::OpenHours,
        }
    }

    pub const fn wall_clock(hours: u32) -> Self {
        Self {
            minutes: hours * 60,
            clock: Clock::WallClock,
        }
    }

    /// When a target set at `from` falls due; `None` when the business does not open enough in
    /// the coming year to count that many open minutes.
    pub fn due(&self, from: DateTime<Utc>, hours: &BusinessHours) -> Option<DateTime<Utc>> {
        match self.clock {
            Clock::OpenHours => hours.after(from, self.minutes),
            Clock::WallClock => Some(from + TimeDelta::minutes(i64::from(self.minutes))),
        }
    }

    /// The minutes between two moments on this target's clock.
    pub fn elapsed(&self, from: DateTime<Utc>, to: DateTime<Utc>, hours: &BusinessHours) -> i64 {
        match self.clock {
            Clock::OpenHours => hours.open_minutes(from, to),
            Clock::WallClock => (to - from).num_minutes().max(0),
        }
    }
}

/// The targets for one kind of ticket.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindTargets {
    pub first_response: Target,
    /// `None`: resolution is not timed.
    #[serde(default)]
    pub resolution: Option<Target>,
}

/// The targets for every kind, as the owner set them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlaPolicy {
    pub inquiry: KindTargets,
    pub request: KindTargets,
    pub complaint: KindTargets,
    pub compliment: KindTargets,
}

impl Default for SlaPolicy {
    /// A complaint is answered within two open hours and settled within three open days of
    /// eight hours; everything else is answered within a day, as customers count a day.
    fn default() -> Self {
        let day = KindTargets {
            first_response: Target::wall_clock(24),
            resolution: None,
        };
        Self {
            inquiry: day,
            request: day,
            complaint: KindTargets {
                first_response: Target::open_hours(2),
                resolution: Some(Target::open_hours(24)),
            },
            compliment: day,
        }
    }
}

impl SlaPolicy {
    pub fn targets(&self, kind: TicketKind) -> &KindTargets {
        match kind {
            TicketKind::Inquiry => &self.inquiry,
            TicketKind::Request => &self.request,
            TicketKind::Complaint => &self.complaint,
            TicketKind::Compliment => &self.compliment,
        }
    }

    pub fn targets_mut(&mut self, kind: TicketKind) -> &mut KindTargets {
        match kind {
            TicketKind::Inquiry => &mut self.inquiry,
            TicketKind::Request => &mut self.request,
            TicketKind::Complaint => &mut self.complaint,
            TicketKind::Compliment => &mut self.compliment,
        }
    }
}

/// Which of a ticket's targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Goal {
    FirstResponse,
    Resolution,
}

/// Within the last quarter of a target's time, a ticket is due soon.
pub const DUE_SOON_SHARE: f64 = 0.25;

/// Where a ticket stands against one target at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Reached in time.
    Met,
    /// Reached, but after the due time.
    Missed,
    /// Not reached, with more than a quarter of the time left.
    OnTrack { due: DateTime<Utc> },
    /// Not reached, due within the last quarter of the time.
    DueSoon { due: DateTime<Utc> },
    /// Not reached, and past the due time.
    Overdue { due: DateTime<Utc> },
    /// Not reached, and the business does not open in the coming year: no due time.
    NoDueTime,
}

impl Standing {
    /// Met or missed: a figure for the share within target.
    pub fn decided(&self) -> Option<bool> {
        match self {
            Self::Met => Some(true),
            Self::Missed | Self::Overdue { .. } => Some(false),
            _ => None,
        }
    }
}

/// Where `ticket` stands against `goal` at `now`; `None` when that goal has no target.
pub fn standing(
    ticket: &Ticket,
    goal: Goal,
    policy: &SlaPolicy,
    hours: &BusinessHours,
    now: DateTime<Utc>,
) -> Option<Standing> {
    let targets = policy.targets(ticket.kind);
    let (target, reached) = match goal {
        Goal::FirstResponse => (targets.first_response, ticket.first_response_at()),
        Goal::Resolution => (targets.resolution?, ticket.resolved_at()),
    };
    let Some(due) = target.due(ticket.received_at, hours) else {
        return Some(match reached {
            Some(_) => Standing::Met,
            None => Standing::NoDueTime,
        });
    };
    Some(match reached {
        Some(at) if at <= due => Standing::Met,
        Some(_) => Standing::Missed,
        None if now > due => Standing::Overdue { due },
        None => {
            let left = target.elapsed(now, due, hours) as f64;
            if left <= DUE_SOON_SHARE * f64::from(target.minutes) {
                Standing::DueSoon { due }
            } else {
                Standing::OnTrack { due }
            }
        }
    })
}

/// A ticket waiting on a target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub ticket: TicketId,
    pub goal: Goal,
    pub due: DateTime<Utc>,
    pub priority: Priority,
}

/// The tickets to act on: overdue and due soon, each earliest due first (so the most late
/// lead), higher priority first among equal due times, then by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Queue {
    pub overdue: Vec<Waiting>,
    pub due_soon: Vec<Waiting>,
}

/// The overdue and due-soon lists at `now`. A ticket waits on its first response until it has
/// one, then on its resolution.
pub fn queue<'a>(
    tickets: impl IntoIterator<Item = &'a Ticket>,
    policy: &SlaPolicy,
    hours: &BusinessHours,
    now: DateTime<Utc>,
) -> Queue {
    let mut queue = Queue::default();
    for ticket in tickets {
        for goal in [Goal::FirstResponse, Goal::Resolution] {
            let (list, due) = match standing(ticket, goal, policy, hours, now) {
                Some(Standing::Overdue { due }) => (&mut queue.overdue, due),
                Some(Standing::DueSoon { due }) => (&mut queue.due_soon, due),
                Some(Standing::OnTrack { .. } | Standing::NoDueTime) => break,
                _ => continue,
            };
            list.push(Waiting {
                ticket: ticket.id.clone(),
                goal,
                due,
                priority: ticket.priority,
            });
            break;
        }
    }
    for list in [&mut queue.overdue, &mut queue.due_soon] {
        sorting::sort_by(list, |a, b| {
            (a.due, std::cmp::Reverse(a.priority), &a.ticket).cmp(&(
                b.due,
                std::cmp::Reverse(b.priority),
                &b.ticket,
            ))
        });
    }
    queue
}

/// The one standing to show for `ticket`: the target it is waiting on (its first response, then
/// its resolution), or once nothing is awaited, how the last timed target came out.
pub fn current(
    ticket: &Ticket,
    policy: &SlaPolicy,
    hours: &BusinessHours,
    now: DateTime<Utc>,
) -> Option<(Goal, Standing)> {
    let first = standing(ticket, Goal::FirstResponse, policy, hours, now)?;
    if first.decided().is_none() || matches!(first, Standing::Overdue { .. }) {
        return Some((Goal::FirstResponse, first));
    }
    match standing(ticket, Goal::Resolution, policy, hours, now) {
        Some(resolution) => Some((Goal::Resolution, resolution)),
        None => Some((Goal::FirstResponse, first)),
    }
}
