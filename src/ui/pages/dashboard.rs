//! The dashboard: the business at a glance. One period and one tier/segment filter, kept in
//! the address (so a reload, the back button or a bookmark shows the same view), feed every
//! chart; the figures are the core's (`core::dashboard`), computed once per change and drawn
//! by `ChartCard`s.

use crate::core::customer::CustomerId;
use crate::core::dashboard::activity::Capacity;
use crate::core::dashboard::audience::Audience;
use crate::core::dashboard::charts::{charts, Chart};
use crate::core::dashboard::period::{PeriodChoice, PeriodError};
use crate::core::dashboard::{dashboard, Dashboard, Sources};
use crate::core::feedback::Feedback;
use crate::core::i18n::DashKey;
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;
use crate::core::loyalty::coupon::Coupon;
use crate::core::service::ticket::Ticket;
use crate::core::visit::Visit;
use crate::ui::components::{ChartCard, DashboardControls, LoadGate};
use crate::ui::insights::use_insights;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// How many charts the page shows (`core::dashboard::charts::charts`).
const CHARTS: usize = 11;

/// The view the address names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DashboardView {
    pub choice: PeriodChoice,
    pub audience: Audience,
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let query = use_query_map();
    let navigate = use_navigate();
    let today = platform::today();
    let view = Memo::new(move |_| {
        query.with(|q| DashboardView {
            choice: PeriodChoice::from_link(
                q.get_str("period"),
                q.get_str("from"),
                q.get_str("to"),
                today,
            ),
            audience: Audience {
                tier: q.get_str("tier").and_then(Tier::parse),
                segment: q.get_str("segment").and_then(Segment::parse),
            },
        })
    });
    // One navigation per change, so that no part of the view overwrites another.
    let set_view = Callback::new(move |next: DashboardView| {
        let mut parts = vec![format!("period={}", next.choice.name())];
        if let PeriodChoice::Custom { from, to } = next.choice {
            parts.push(format!("from={from}&to={to}"));
        }
        if let Some(tier) = next.audience.tier {
            parts.push(format!("tier={}", tier.as_str()));
        }
        if let Some(segment) = next.audience.segment {
            parts.push(format!("segment={}", segment.as_str()));
        }
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&format!("/dashboard?{}", parts.join("&")), options);
    });
    let period_days = Memo::new(move |_| view.get().choice.period(today));
    let capacity = {
        let plan = crate::store::load_plan_settings();
        Capacity {
            minutes: plan.minutes,
            days: plan.days,
        }
    };
    let figures = Memo::new(move |_| -> Option<Dashboard> {
        let period = period_days.get().ok()?;
        let audience = view.get().audience;
        let now = platform::now();
        let settings = app.service.settings.get();
        let hours = settings.hours(platform::local_offset(now));
        let analysis = insights.analysis.read();
        let book = app.book.read();
        let people: Vec<&CustomerId> = book.customers().map(|c| &c.id).collect();
        let visits = app.visits.read();
        let feedback = app.feedback.read();
        let tickets = app.service.tickets.read();
        let coupons = app.service.coupons.read();
        let catalog = app.catalog.read();
        let visits: Vec<&Visit> = visits.values().collect();
        let feedback: Vec<&Feedback> = feedback.iter().collect();
        let tickets: Vec<&Ticket> = tickets.values().collect();
        let coupons: Vec<&Coupon> = coupons.values().collect();
        let sources = Sources {
            visits: &visits,
            feedback: &feedback,
            tickets: &tickets,
            coupons: &coupons,
            catalog: &catalog,
            analysis: &analysis,
            people: &people,
            policy: &settings.sla,
            hours: &hours,
            capacity,
            now,
        };
        Some(dashboard(&sources, period, audience))
    });
    let drawn = Memo::new(move |_| {
        let lang = app.lang.get();
        figures.with(|d| d.as_ref().map(|d| charts(d, lang)).unwrap_or_default())
    });
    let error = move || match period_days.get() {
        Err(PeriodError::Reversed) => Some(app.t(DashKey::PeriodReversed)),
        Err(PeriodError::TooLong) => Some(app.t(DashKey::PeriodTooLong)),
        Ok(_) => None,
    };
    let each: StoredValue<Vec<Memo<Option<Chart>>>> = StoredValue::new(
        (0..CHARTS)
            .map(|i| Memo::new(move |_| drawn.with(|all| all.get(i).cloned())))
            .collect(),
    );
    let cards = move || {
        each.get_value()
            .into_iter()
            .map(|chart| {
                view! {
                    <Show when=move || chart.with(|c| c.is_some())>
                        <ChartCard chart=Memo::new(move |_| chart.get().unwrap_or_else(empty_chart))/>
                    </Show>
                }
            })
            .collect_view()
    };
    view! {
        <h1>{move || app.t(DashKey::DashTitle)}</h1>
        <p class="muted no-print">{move || app.t(DashKey::DashExplain)}</p>
        <LoadGate>
            <DashboardControls view=view set_view=set_view today=today/>
            <Show when=move || app.visits.with(|v| v.is_empty())>
                <p class="card notice" data-testid="dashboard-empty">{move || app.t(DashKey::NothingYet)}</p>
            </Show>
            <p class="form-error" role="alert" data-testid="period-error">{error}</p>
            <div class="chart-grid" data-testid="charts">{cards}</div>
        </LoadGate>
    }
}

fn empty_chart() -> Chart {
    Chart {
        id: "",
        title: String::new(),
        summary: String::new(),
        notes: Vec::new(),
        shape: crate::core::dashboard::charts::Shape::Columns,
        scale: crate::core::dashboard::charts::Scale::FromZero,
        reference: None,
        series: Vec::new(),
        columns: Vec::new(),
        rows: Vec::new(),
    }
}
