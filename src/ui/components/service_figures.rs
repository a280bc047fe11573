//! How fast and how well the business answers, month by month (the core's
//! `service::metrics`): tickets, complaints per 100 visits, the median time to a first
//! response and to a resolution, and the share within target — the last six months with a
//! ticket or a visit, newest first.

use crate::core::i18n::{CareKey, FeedbackKey, Lang};
use crate::core::service::metrics::{by_month, ServiceMonth};
use crate::ui::platform;
use crate::ui::state::use_app;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// How many months the table shows.
const MONTHS: usize = 6;

fn hours(lang: Lang, minutes: Option<f64>) -> String {
    match minutes {
        Some(m) => lang.format(CareKey::Hours, &[("hours", &format!("{:.1}", m / 60.0))]),
        None => lang.text(CareKey::NoFigure).to_owned(),
    }
}

fn percent(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(
        || lang.text(CareKey::NoFigure).to_owned(),
        |p| format!("{p:.0}%"),
    )
}

#[component]
pub fn ServiceFigures() -> impl IntoView {
    let app = use_app();
    let months = Memo::new(move |_| -> Vec<(NaiveDate, ServiceMonth)> {
        let settings = app.service.settings.get();
        let now = platform::now();
        let hours = settings.hours(platform::local_offset(now));
        let figures = app.service.tickets.with(|tickets| {
            app.visits.with(|visits| {
                by_month(
                    tickets.values(),
                    visits.values(),
                    &settings.sla,
                    &hours,
                    now,
                )
            })
        });
        figures
            .into_iter()
            .rev()
            .filter(|(_, m)| m.tickets > 0 || m.visits > 0)
            .take(MONTHS)
            .collect()
    });
    let rows = move || {
        let lang = app.lang.get();
        months
            .get()
            .into_iter()
            .map(|(month, m)| {
                let label = lang.format(
                    FeedbackKey::MonthLabel,
                    &[
                        ("year", &month.year().to_string()),
                        ("month", &month.month().to_string()),
                    ],
                );
                let per_visit = m.complaints_per_100_visits().map_or_else(
                    || lang.text(CareKey::NoFigure).to_owned(),
                    |c| format!("{c:.1}"),
                );
                view! {
                    <tr data-testid="service-figures-row">
                        <th scope="row">{label}</th>
                        <td>{m.tickets}</td>
                        <td>{per_visit}</td>
                        <td>{hours(lang, m.first_response.median_minutes())}</td>
                        <td>{percent(lang, m.first_response.percent_within_target())}</td>
                        <td>{hours(lang, m.resolution.median_minutes())}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || months.with(|m| !m.is_empty())>
            <section class="card" data-testid="service-figures">
                <h2>{move || app.t(CareKey::FiguresTitle)}</h2>
                <p class="hint">{move || app.t(CareKey::FiguresExplain)}</p>
                // Focusable, so a keyboard can scroll it when the columns do not fit.
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || app.t(CareKey::FiguresTitle)>
                    <table class="figures">
                        <thead><tr>
                            <th scope="col">{move || app.t(CareKey::ColMonth)}</th>
                            <th scope="col">{move || app.t(CareKey::ColTickets)}</th>
                            <th scope="col">{move || app.t(CareKey::ColComplaintsPer100)}</th>
                            <th scope="col">{move || app.t(CareKey::ColFirstResponse)}</th>
                            <th scope="col">{move || app.t(CareKey::ColWithinTarget)}</th>
                            <th scope="col">{move || app.t(CareKey::ColResolution)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}
