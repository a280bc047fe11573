//! One line of the "today" list: whom, why (in words), and what to do — open the ticket,
//! answer the feedback, or contact them by mail, SMS, phone or the share sheet with the right
//! message already written. A contact is logged (settling a follow-up); a follow-up can also
//! be marked done without contacting anyone.

use crate::core::customer::Customer;
use crate::core::i18n::{format_date, format_date_time, kind_label, CareKey, Lang};
use crate::core::relations::contact::{Contact, ContactId, ContactMethod};
use crate::core::relations::follow_up::Reason;
use crate::core::relations::library::{templates_for, Purpose, Template};
use crate::core::relations::links::{mailto, sms, tel};
use crate::core::relations::template::{fill_lenient, Values};
use crate::core::relations::today::{Attention, TodayItem};
use crate::core::service::sla::Goal;
use crate::ui::platform;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

/// Why the customer is listed, in `lang`.
fn reason_text(lang: Lang, attention: &Attention) -> String {
    let time = |at: &chrono::DateTime<chrono::Utc>| format_date_time(lang, &platform::local(*at));
    let goal = |g: &Goal| {
        lang.text(match g {
            Goal::FirstResponse => CareKey::GoalFirstResponse,
            Goal::Resolution => CareKey::GoalResolution,
        })
    };
    match attention {
        Attention::Overdue {
            kind, goal: g, due, ..
        } => lang.format(
            CareKey::ReasonOverdue,
            &[
                ("kind", lang.text(kind_label(*kind))),
                ("goal", goal(g)),
                ("time", &time(due)),
            ],
        ),
        Attention::DueSoon {
            kind, goal: g, due, ..
        } => lang.format(
            CareKey::ReasonDueSoon,
            &[
                ("kind", lang.text(kind_label(*kind))),
                ("goal", goal(g)),
                ("time", &time(due)),
            ],
        ),
        Attention::UnhappyFeedback { received, .. } => {
            lang.format(CareKey::ReasonUnhappy, &[("time", &time(received))])
        }
        Attention::ShortVisit { at, .. } => {
            lang.format(CareKey::ReasonShortVisit, &[("time", &time(at))])
        }
        Attention::AtRisk { tier, .. } => {
            lang.format(CareKey::ReasonAtRisk, &[("tier", tier.as_str())])
        }
        Attention::FollowUp(f) => match &f.reason {
            Reason::CheckIn { visit_day, .. } => lang.format(
                CareKey::ReasonCheckIn,
                &[("date", &format_date(lang, *visit_day))],
            ),
            Reason::Birthday { on, .. } => lang.format(
                CareKey::ReasonBirthday,
                &[("date", &format_date(lang, *on))],
            ),
            Reason::WinBack {
                days_since,
                usual_interval_days: Some(usual),
                ..
            } => lang.format(
                CareKey::ReasonWinBack,
                &[
                    ("days", &days_since.to_string()),
                    ("usual", &usual.to_string()),
                ],
            ),
            Reason::WinBack { days_since, .. } => lang.format(
                CareKey::ReasonWinBackNoInterval,
                &[("days", &days_since.to_string())],
            ),
            Reason::AfterComplaint { resolved, .. } => lang.format(
                CareKey::ReasonAfterComplaint,
                &[("date", &format_date(lang, *resolved))],
            ),
            Reason::Feedback { received, .. } => lang.format(
                CareKey::ReasonFeedback,
                &[("date", &format_date(lang, *received))],
            ),
        },
    }
}

/// The message to send for `attention`, if contacting the customer is the way to act.
fn purpose(attention: &Attention) -> Option<Purpose> {
    match attention {
        Attention::FollowUp(f) => Some(f.reason.purpose()),
        Attention::ShortVisit { .. } => Some(Purpose::ShortVisitApology),
        Attention::AtRisk { .. } => Some(Purpose::WinBack),
        Attention::Overdue { .. }
        | Attention::DueSoon { .. }
        | Attention::UnhappyFeedback { .. } => None,
    }
}

/// The first template for `purpose` filled in for `customer` (blanks where a value is unknown).
fn message(app: AppState, purpose: Purpose, customer: &Customer) -> (String, String) {
    let lang = app.lang.get_untracked();
    let own: Vec<Template> = app
        .service
        .templates
        .with_untracked(|t| t.values().cloned().collect());
    let Some(choice) = templates_for(purpose, lang, &own).into_iter().next() else {
        return (String::new(), String::new());
    };
    let last_visit = app.visits.with_untracked(|all| {
        all.values()
            .filter(|v| v.customer == customer.id)
            .map(|v| platform::local(v.started_at).date_naive())
            .max()
    });
    let mut values = Values::of(customer, last_visit);
    let shop = app
        .service
        .settings
        .with_untracked(|s| s.shop_name.trim().to_owned());
    values.shop = (!shop.is_empty()).then_some(shop);
    let body = fill_lenient(choice.body(), &values, lang)
        .map(|f| f.text)
        .unwrap_or_default();
    (choice.title().to_owned(), body)
}

/// Logs a contact with `customer` (or, without a method, a follow-up marked done), settling
/// the follow-up `key` if there is one.
fn log_contact(
    app: AppState,
    customer: &Customer,
    method: Option<ContactMethod>,
    purpose: Option<Purpose>,
    key: Option<String>,
    text: String,
) {
    let now = platform::now();
    let id = ContactId::from_random_bytes(platform::random_bytes());
    let contact = match (method, &key) {
        (Some(m), Some(k)) => {
            Contact::sent(id, customer.id.clone(), now, m, &text, now).for_follow_up(purpose, k)
        }
        (Some(m), None) => Contact::sent(id, customer.id.clone(), now, m, &text, now),
        (None, Some(k)) => Contact::dismissal(id, customer.id.clone(), k, "", now),
        (None, None) => return,
    };
    let name = customer.name.clone();
    leptos::task::spawn_local(async move {
        match app.save_service(contact).await {
            Ok(()) => {
                let key = if method.is_some() {
                    CareKey::ContactLogged
                } else {
                    CareKey::FollowUpDone
                };
                app.toasts.info(app.tf(key, &[("name", &name)]));
            }
            Err(error) => app.report_write_failure(&error, crate::core::i18n::Key::SaveFailed),
        }
    });
}

#[component]
pub fn TodayEntry(item: TodayItem) -> impl IntoView {
    let app = use_app();
    let Some(customer) = app.book.with_untracked(|b| b.get(&item.customer).cloned()) else {
        return ().into_any();
    };
    let attention = item.attention.clone();
    let reason = {
        let attention = attention.clone();
        move || reason_text(app.lang.get(), &attention)
    };
    let urgent = matches!(
        attention,
        Attention::Overdue { .. } | Attention::UnhappyFeedback { .. }
    );
    let key = match &attention {
        Attention::FollowUp(f) => Some(f.key.clone()),
        _ => None,
    };
    let purpose = purpose(&attention);
    // Where to act: the ticket, the feedback's answer page, or the customer's page.
    let (href, label) = match &attention {
        Attention::Overdue { ticket, .. } | Attention::DueSoon { ticket, .. } => {
            (format!("/tickets/{ticket}"), CareKey::ActionOpenTicket)
        }
        Attention::UnhappyFeedback { feedback, .. } => (
            format!("/feedback/{feedback}/answer"),
            CareKey::ActionAnswer,
        ),
        _ => (
            format!("/customers/{}", customer.id),
            CareKey::ActionOpenCustomer,
        ),
    };
    let contacts = purpose.map(|purpose| {
        let (subject, body) = message(app, purpose, &customer);
        let phone = customer.phones.first().cloned().unwrap_or_default();
        let mut links: Vec<(ContactMethod, String, CareKey, &'static str)> = Vec::new();
        if !customer.email.trim().is_empty() {
            links.push((ContactMethod::Email, mailto(&customer.email, &subject, &body), CareKey::ActionEmail, "today-email"));
        }
        if let Some(link) = sms(&phone, &body) {
            links.push((ContactMethod::Sms, link, CareKey::ActionSms, "today-sms"));
        }
        if let Some(link) = tel(&phone) {
            links.push((ContactMethod::Phone, link, CareKey::ActionCall, "today-call"));
        }
        let anchors = links
            .into_iter()
            .map(|(method, link, label, testid)| {
                let (customer, key, body) = (customer.clone(), key.clone(), body.clone());
                let on_click = move |_| log_contact(app, &customer, Some(method), Some(purpose), key.clone(), body.clone());
                view! { <a class="button" href=link data-testid=testid on:click=on_click>{move || app.t(label)}</a> }
            })
            .collect_view();
        let share = {
            let (customer, key, body, subject) = (customer.clone(), key.clone(), body.clone(), subject.clone());
            move |_| {
                let (customer, key, body, subject) = (customer.clone(), key.clone(), body.clone(), subject.clone());
                leptos::task::spawn_local(async move {
                    platform::share_text(&subject, &body).await;
                    log_contact(app, &customer, Some(ContactMethod::Share), Some(purpose), key, body);
                });
            }
        };
        view! {
            {anchors}
            <button type="button" class="button" data-testid="today-share" on:click=share>{move || app.t(CareKey::ActionShare)}</button>
        }
    });
    let done = key.clone().map(|k| {
        let customer = customer.clone();
        let on_click = move |_| log_contact(app, &customer, None, None, Some(k.clone()), String::new());
        view! { <button type="button" class="button" data-testid="today-done" on:click=on_click>{move || app.t(CareKey::ActionDone)}</button> }
    });
    view! {
        <article class="today-item" class:urgent=urgent data-testid="today-item">
            <p class="today-head">
                <strong data-testid="today-name">{customer.name.clone()}</strong>
                " "
                <span data-testid="today-reason">{reason}</span>
            </p>
            <div class="actions">
                <a class="button primary" href=href data-testid="today-open">{move || app.t(label)}</a>
                {contacts}
                {done}
            </div>
        </article>
    }
    .into_any()
}
