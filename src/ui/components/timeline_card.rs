//! A customer's timeline on their page: every interaction — visits, feedback and answers,
//! tickets and their steps, messages, coupons — newest first, with its channel and words.

use crate::core::customer::Customer;
use crate::core::i18n::{
    feedback_channel_label, format_date_time, kind_label, method_label, ticket_channel_label,
    CareKey, Lang,
};
use crate::core::loyalty::coupon::{Coupon, CouponId};
use crate::core::relations::timeline::{timeline, Happening, Moment, Sources};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// How many moments the card shows.
const SHOWN: usize = 30;

fn what(lang: Lang, happening: &Happening, coupons: &BTreeMap<CouponId, Coupon>) -> String {
    let code = |id: &CouponId| coupons.get(id).map(Coupon::code).unwrap_or_default();
    match happening {
        Happening::Visit { short: false, .. } => lang.text(CareKey::TlVisit).to_owned(),
        Happening::Visit { short: true, .. } => lang.text(CareKey::TlVisitShort).to_owned(),
        Happening::Feedback { channel, .. } => lang.format(
            CareKey::TlFeedback,
            &[("channel", lang.text(feedback_channel_label(*channel)))],
        ),
        Happening::FeedbackAnswered { channel, .. } => lang.format(
            CareKey::TlFeedbackAnswered,
            &[("channel", lang.text(feedback_channel_label(*channel)))],
        ),
        Happening::TicketReceived { kind, channel, .. } => lang.format(
            CareKey::TlTicketReceived,
            &[
                ("kind", lang.text(kind_label(*kind))),
                ("channel", lang.text(ticket_channel_label(*channel))),
            ],
        ),
        Happening::TicketResponded { channel, .. } => lang.format(
            CareKey::TlTicketResponded,
            &[("channel", lang.text(ticket_channel_label(*channel)))],
        ),
        Happening::TicketResolved { .. } => lang.text(CareKey::TlTicketResolved).to_owned(),
        Happening::TicketReopened { .. } => lang.text(CareKey::TlTicketReopened).to_owned(),
        Happening::Contacted { method } => lang.format(
            CareKey::TlContacted,
            &[("method", lang.text(method_label(*method)))],
        ),
        Happening::CouponIssued { coupon } => {
            lang.format(CareKey::TlCouponIssued, &[("coupon", &code(coupon))])
        }
        Happening::CouponRedeemed { coupon, .. } => {
            lang.format(CareKey::TlCouponRedeemed, &[("coupon", &code(coupon))])
        }
    }
}

#[component]
pub fn TimelineCard(#[prop(into)] customer: Signal<Customer>) -> impl IntoView {
    let app = use_app();
    let moments = Memo::new(move |_| -> Vec<Moment> {
        let id = customer.with(|c| c.id.clone());
        let visits = app.by_customer.visits(&id);
        let tickets: Vec<_> = app
            .service
            .tickets
            .with(|t| t.values().filter(|t| t.customer == id).cloned().collect());
        let contacts: Vec<_> = app
            .service
            .contacts
            .with(|c| c.values().filter(|c| c.customer == id).cloned().collect());
        let coupons: Vec<_> = app
            .service
            .coupons
            .with(|c| c.values().filter(|c| c.customer == id).cloned().collect());
        let feedback = app.by_customer.feedback(&id);
        let mut all = timeline(
            &id,
            &Sources {
                visits: &visits,
                feedback: &feedback,
                tickets: &tickets,
                contacts: &contacts,
                coupons: &coupons,
            },
        );
        all.truncate(SHOWN);
        all
    });
    let rows = move || {
        let lang = app.lang.get();
        moments
            .get()
            .into_iter()
            .map(|m| {
                let when = format_date_time(lang, &platform::local(m.at));
                let line = app.service.coupons.with(|coupons| what(lang, &m.happening, coupons));
                view! {
                    <li data-testid="timeline-moment">
                        <span class="muted">{when}</span>" "<strong>{line}</strong>
                        {(!m.text.is_empty()).then(|| view! { <p class="event-text">{m.text.clone()}</p> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" data-testid="timeline-card">
            <h2>{move || app.t(CareKey::TimelineTitle)}</h2>
            <Show when=move || moments.with(Vec::is_empty)>
                <p class="muted">{move || app.t(CareKey::TimelineNone)}</p>
            </Show>
            <ol class="ticket-events timeline">{rows}</ol>
        </section>
    }
}
