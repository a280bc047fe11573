//! One customer's timeline: every interaction on one line each — visits, feedback and the
//! answers to it, tickets and every step on them, messages sent, coupons issued and used —
//! newest first, each with the channel it went by. Service (reactive) and relationship
//! (proactive) meet here, so the owner sees the whole story before contacting someone.

use super::contact::{Contact, ContactMethod};
use crate::core::customer::CustomerId;
use crate::core::feedback::{Channel, Feedback, FeedbackId};
use crate::core::loyalty::coupon::{Coupon, CouponId};
use crate::core::service::ticket::{Ticket, TicketChannel, TicketEvent, TicketId, TicketKind};
use crate::core::sorting;
use crate::core::visit::{Visit, VisitId};
use chrono::{DateTime, Utc};

/// What happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Happening {
    Visit {
        visit: VisitId,
        short: bool,
    },
    Feedback {
        feedback: FeedbackId,
        channel: Channel,
        negative: bool,
    },
    FeedbackAnswered {
        feedback: FeedbackId,
        channel: Channel,
    },
    TicketReceived {
        ticket: TicketId,
        kind: TicketKind,
        channel: TicketChannel,
    },
    TicketResponded {
        ticket: TicketId,
        channel: TicketChannel,
    },
    TicketResolved {
        ticket: TicketId,
    },
    TicketReopened {
        ticket: TicketId,
    },
    /// A message sent (a follow-up marked done without one is not an interaction).
    Contacted {
        method: ContactMethod,
    },
    CouponIssued {
        coupon: CouponId,
    },
    CouponRedeemed {
        coupon: CouponId,
        visit: VisitId,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    pub at: DateTime<Utc>,
    pub happening: Happening,
    /// The words of it, where there are some (a comment, a message, a note).
    pub text: String,
}

/// What the timeline is made from: every record of each kind (only `customer`'s are used).
pub struct Sources<'a> {
    pub visits: &'a [Visit],
    pub feedback: &'a [Feedback],
    pub tickets: &'a [Ticket],
    pub contacts: &'a [Contact],
    pub coupons: &'a [Coupon],
}

/// `customer`'s timeline, newest first (ties in a fixed order, so it never shuffles).
pub fn timeline(customer: &CustomerId, sources: &Sources) -> Vec<Moment> {
    let mut moments = Vec::new();
    let mut add = |at, happening, text: &str| {
        moments.push(Moment {
            at,
            happening,
            text: text.to_owned(),
        })
    };
    for v in sources.visits.iter().filter(|v| &v.customer == customer) {
        let short = v.short();
        add(
            v.started_at,
            Happening::Visit {
                visit: v.id.clone(),
                short,
            },
            &v.note,
        );
    }
    for f in sources.feedback.iter().filter(|f| &f.customer == customer) {
        let (feedback, channel, negative) = (f.id.clone(), f.channel, f.negative());
        add(
            f.received_at,
            Happening::Feedback {
                feedback,
                channel,
                negative,
            },
            &f.comment,
        );
        for a in &f.answers {
            let happening = Happening::FeedbackAnswered {
                feedback: f.id.clone(),
                channel: a.channel,
            };
            add(a.at, happening, &a.text);
        }
    }
    for t in sources.tickets.iter().filter(|t| &t.customer == customer) {
        let received = Happening::TicketReceived {
            ticket: t.id.clone(),
            kind: t.kind,
            channel: t.channel,
        };
        add(t.received_at, received, &t.description);
        for e in &t.events {
            let ticket = t.id.clone();
            let (happening, text) = match e {
                TicketEvent::Responded { channel, text, .. } => (
                    Happening::TicketResponded {
                        ticket,
                        channel: *channel,
                    },
                    text,
                ),
                TicketEvent::Resolved { text, .. } => (Happening::TicketResolved { ticket }, text),
                TicketEvent::Reopened { text, .. } => (Happening::TicketReopened { ticket }, text),
            };
            add(e.at(), happening, text);
        }
    }
    for c in sources.contacts.iter().filter(|c| &c.customer == customer) {
        if let Some(method) = c.method {
            add(c.at, Happening::Contacted { method }, &c.message);
        }
    }
    for c in sources.coupons.iter().filter(|c| &c.customer == customer) {
        add(
            c.issued_at,
            Happening::CouponIssued {
                coupon: c.id.clone(),
            },
            &c.note,
        );
        if let Some(r) = &c.redemption {
            let happening = Happening::CouponRedeemed {
                coupon: c.id.clone(),
                visit: r.visit.clone(),
            };
            add(r.at, happening, "");
        }
    }
    sorting::sort_by(&mut moments, |a, b| {
        b.at.cmp(&a.at)
            .then_with(|| format!("{:?}", a.happening).cmp(&format!("{:?}", b.happening)))
    });
    moments
}
