//! How fast customer care answers on screen with a large book: 10,000 customers, 100,000
//! visits over two years, 5,000 tickets, 5,000 coupons and 5,000 contacts. Timed: the today
//! list (follow-up facts gathered, follow-ups due, the ticket queue, the list itself — what the
//! today page recomputes), one customer's timeline, and the service figures by month. The
//! analysis the list reads is computed once beforehand (its fit is timed in `fit_cases.rs`).
//! Figures are printed.

use crate::random::Lcg;
use crate::timing::median_ms;
use chrono::{Days, FixedOffset, NaiveDate, TimeDelta, TimeZone, Utc};
use std::collections::{BTreeMap, BTreeSet};
use tsunagu::core::customer::{Customer, CustomerId};
use tsunagu::core::identify::analysis::{analyse, AnalysisSettings};
use tsunagu::core::loyalty::coupon::{Benefit, Coupon, CouponId, Origin};
use tsunagu::core::relations::contact::{Contact, ContactId, ContactMethod};
use tsunagu::core::relations::facts::{gather, Records};
use tsunagu::core::relations::follow_up::{follow_ups, FollowUpRules};
use tsunagu::core::relations::timeline::{timeline, Sources};
use tsunagu::core::relations::today::{today, TodayInputs};
use tsunagu::core::service::metrics::by_month;
use tsunagu::core::service::settings::ServiceSettings;
use tsunagu::core::service::sla::queue;
use tsunagu::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use tsunagu::core::visit::{Money, Visit, VisitId};

const CUSTOMERS: u64 = 10_000;
const VISITS: u64 = 100_000;
const OTHERS: u64 = 5_000;

/// Runs the timings, printing with `print` and timing with `now_ms`.
pub fn run(where_: &str, now_ms: impl Fn() -> f64, print: impl Fn(String)) {
    let mut rng = Lcg(23);
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).unwrap();
    let offset = FixedOffset::east_opt(9 * 3600).expect("JST");
    let today_day = NaiveDate::from_ymd_opt(2026, 11, 24).expect("a day");
    let customers: Vec<Customer> = (0..CUSTOMERS)
        .map(|n| {
            let mut c = Customer::new(
                CustomerId::from_random_bytes(rng.bytes()),
                Default::default(),
            );
            c.name = format!("客 {n}");
            c.birthday = NaiveDate::from_ymd_opt(
                1960 + (n % 40) as i32,
                1 + (n % 12) as u32,
                1 + (n % 28) as u32,
            );
            c
        })
        .collect();
    let pick = |rng: &mut Lcg| customers[rng.below(CUSTOMERS) as usize].id.clone();
    let visits: Vec<Visit> = (0..VISITS)
        .map(|_| {
            let at = now - TimeDelta::minutes(rng.below(730 * 24 * 60) as i64);
            Visit::new(
                VisitId::from_random_bytes(rng.bytes()),
                pick(&mut rng),
                at,
                Money::yen(500 + 100 * rng.below(50) as i64),
                at,
            )
        })
        .collect();
    let tickets: BTreeMap<TicketId, Ticket> = (0..OTHERS)
        .map(|i| {
            let at = now - TimeDelta::minutes(rng.below(365 * 24 * 60) as i64);
            let kind = TicketKind::ALL[rng.below(4) as usize];
            let mut t = Ticket::new(
                TicketId::from_random_bytes(rng.bytes()),
                pick(&mut rng),
                kind,
                TicketChannel::Line,
                Priority::Normal,
                at,
                String::new(),
                at,
            );
            if i % 10 != 0 {
                let _ = t.respond(at + TimeDelta::hours(3), TicketChannel::Line, "返信".into());
                let _ = t.resolve(at + TimeDelta::hours(30), String::new());
            }
            (t.id.clone(), t)
        })
        .collect();
    let coupons: Vec<Coupon> = (0..OTHERS)
        .map(|_| {
            Coupon::new(
                CouponId::from_random_bytes(rng.bytes()),
                pick(&mut rng),
                Benefit::Percent { percent: 10 },
                Origin::Manual,
                now,
                today_day.checked_add_days(Days::new(30)),
            )
        })
        .collect();
    let contacts: Vec<Contact> = (0..OTHERS)
        .map(|_| {
            Contact::sent(
                ContactId::from_random_bytes(rng.bytes()),
                pick(&mut rng),
                now,
                ContactMethod::Email,
                "",
                now,
            )
        })
        .collect();
    let purchases: Vec<_> = visits.iter().map(|v| v.purchase(offset)).collect();
    let analysis = analyse(
        &purchases,
        |_| true,
        &BTreeMap::new(),
        today_day,
        AnalysisSettings::default(),
    );
    let known: BTreeSet<CustomerId> = customers.iter().map(|c| c.id.clone()).collect();
    let ticket_list: Vec<Ticket> = tickets.values().cloned().collect();
    let settings = ServiceSettings::default();
    let hours = settings.hours(offset);

    let mut listed = 0;
    let list = median_ms(&now_ms, || {
        let facts = gather(
            Records {
                customers: &customers,
                visits: &visits,
                tickets: &ticket_list,
                feedback: &[],
                contacts: &contacts,
            },
            &analysis,
            offset,
        );
        let due = follow_ups(&facts, &FollowUpRules::default(), today_day);
        let waiting = queue(tickets.values(), &settings.sla, &hours, now);
        listed = today(&TodayInputs {
            now,
            tickets: &tickets,
            queue: &waiting,
            feedback: &[],
            visits: &visits,
            coupons: &coupons,
            follow_ups: &due,
            analysis: &analysis,
            known: &known,
        })
        .len();
    });
    let someone = customers[0].id.clone();
    let one = median_ms(&now_ms, || {
        timeline(
            &someone,
            &Sources {
                visits: &visits,
                feedback: &[],
                tickets: &ticket_list,
                contacts: &contacts,
                coupons: &coupons,
            },
        );
    });
    let figures = median_ms(&now_ms, || {
        by_month(tickets.values(), &visits, &settings.sla, &hours, now);
    });
    print(format!(
        "Customer care speed, {where_}: {CUSTOMERS} customers, {VISITS} visits, {OTHERS} tickets, coupons and contacts each"
    ));
    print(format!(
        "  today list ({listed} lines: facts, follow-ups, ticket queue, order): {list:.1} ms"
    ));
    print(format!("  one customer's timeline: {one:.2} ms"));
    print(format!(
        "  service figures by month (13 months): {figures:.1} ms"
    ));
}
