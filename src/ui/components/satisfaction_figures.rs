//! The satisfaction figures: NPS and CSAT overall, then by month, by part, by tier and by
//! segment. Each row has a bar (a glance tells good from bad) and its count; a row resting on
//! few answers is greyed and says so.

use crate::core::feedback::metrics::{by_group, by_month, by_part, overall, Tally};
use crate::core::i18n::{segment_label, FeedbackKey, Lang};
use crate::core::sorting;
use crate::ui::insights::use_insights;
use crate::ui::platform;
use crate::ui::state::use_app;
use chrono::Datelike;
use leptos::prelude::*;

/// How many months the table goes back.
const MONTHS: usize = 12;

#[component]
pub fn SatisfactionFigures() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let lang = move || app.lang.get();
    let body = move || {
        let lang = lang();
        app.feedback.with(|all| {
            let total = overall(all);
            if total.feedback == 0 {
                return view! { <p class="muted" data-testid="metrics-none">{lang.text(FeedbackKey::MetricsNone)}</p> }.into_any();
            }
            let offset = platform::local_offset(platform::now());
            let months: Vec<(String, Tally)> = by_month(all, offset)
                .into_iter()
                .rev()
                .take(MONTHS)
                .map(|(m, t)| (lang.format(FeedbackKey::MonthLabel, &[("year", &m.year().to_string()), ("month", &m.month().to_string())]), t))
                .collect();
            let parts: Vec<(String, Tally)> = app.catalog.with(|c| {
                let mut rows: Vec<(String, Tally)> = by_part(all)
                    .into_iter()
                    .filter_map(|(id, t)| c.part(&id).map(|p| (p.name.clone(), t)))
                    .collect();
                sorting::sort_by(&mut rows, |a, b| b.1.thumbs.count().cmp(&a.1.thumbs.count()).then(a.0.cmp(&b.0)));
                rows
            });
            let (tiers, segments) = insights.analysis.with(|analysis| {
                let tiers: Vec<(String, Tally)> = by_group(all, |f| analysis.customers.get(&f.customer).map(|i| i.tier))
                    .into_iter()
                    .map(|(t, tally)| (t.as_str().to_owned(), tally))
                    .collect();
                let segments: Vec<(String, Tally)> = by_group(all, |f| analysis.customers.get(&f.customer).map(|i| i.segment))
                    .into_iter()
                    .map(|(s, tally)| (lang.text(segment_label(s).0).to_owned(), tally))
                    .collect();
                (tiers, segments)
            });
            view! {
                <div class="headline" data-testid="metrics-overall">
                    {headline(lang, FeedbackKey::MetricsNps, total.nps.score(), total.nps.count(), "metrics-nps")}
                    {headline(lang, FeedbackKey::MetricsCsat, total.csat.score(), total.csat.count, "metrics-csat")}
                    {headline(lang, FeedbackKey::MetricsThumbs, total.thumbs.score(), total.thumbs.count(), "metrics-thumbs")}
                </div>
                <p class="hint">{lang.text(FeedbackKey::MetricsExplain)}</p>
                {table(lang, FeedbackKey::MetricsByMonth, FeedbackKey::ColumnMonth, &months, "metrics-months")}
                {table(lang, FeedbackKey::MetricsByPart, FeedbackKey::ColumnPart, &parts, "metrics-parts")}
                {table(lang, FeedbackKey::MetricsByTier, FeedbackKey::ColumnGroup, &tiers, "metrics-tiers")}
                {table(lang, FeedbackKey::MetricsBySegment, FeedbackKey::ColumnGroup, &segments, "metrics-segments")}
            }
            .into_any()
        })
    };
    view! {
        <section class="card" data-testid="metrics">
            <h2>{move || app.t(FeedbackKey::MetricsTitle)}</h2>
            {body}
        </section>
    }
}

fn headline(
    lang: Lang,
    label: FeedbackKey,
    score: Option<f64>,
    count: u32,
    id: &'static str,
) -> impl IntoView {
    let value = score
        .map(|s| format!("{s:.0}"))
        .unwrap_or_else(|| "—".into());
    let unit = if label == FeedbackKey::MetricsNps {
        ""
    } else {
        "%"
    };
    view! {
        <div class="figure" data-testid=id>
            <span class="figure-label">{lang.text(label)}</span>
            <span class="figure-value">{format!("{value}{}", if score.is_some() { unit } else { "" })}</span>
            <span class="muted small">{lang.format(FeedbackKey::MetricsCount, &[("n", &count.to_string())])}</span>
        </div>
    }
}

/// A table of tallies with a bar per figure. NPS (−100…+100) is drawn from the middle.
fn table(
    lang: Lang,
    title: FeedbackKey,
    first: FeedbackKey,
    rows: &[(String, Tally)],
    id: &'static str,
) -> impl IntoView {
    let rows = rows
        .iter()
        .map(|(label, t)| {
            let small = t.small();
            view! {
                <tr class:small-sample=small title=small.then(|| lang.text(FeedbackKey::MetricsSmall))>
                    <th scope="row">{label.clone()}{small.then(|| view! { <span class="muted small">" *"</span> })}</th>
                    <td>{bar(t.nps.score(), true)}</td>
                    <td>{bar(t.csat.score(), false)}</td>
                    <td>{bar(t.thumbs.score(), false)}</td>
                    <td class="count">{t.feedback.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 class="small">{lang.text(title)}</h3>
        <div class="table-scroll">
            <table class="figures" data-testid=id>
                <thead>
                    <tr>
                        <th scope="col">{lang.text(first)}</th>
                        <th scope="col">{lang.text(FeedbackKey::MetricsNps)}</th>
                        <th scope="col">{lang.text(FeedbackKey::MetricsCsat)}</th>
                        <th scope="col">{lang.text(FeedbackKey::MetricsThumbs)}</th>
                        <th scope="col" class="count">"n"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="muted small">{format!("* {}", lang.text(FeedbackKey::MetricsSmall))}</p>
    }
}

/// A figure with its bar: a share (0–100) from the left, or NPS from the middle.
fn bar(score: Option<f64>, centred: bool) -> AnyView {
    let Some(score) = score else {
        return view! { <span class="muted">"—"</span> }.into_any();
    };
    let (left, width, negative) = if centred {
        let half = score.abs() / 2.0;
        if score < 0.0 {
            (50.0 - half, half, true)
        } else {
            (50.0, half, false)
        }
    } else {
        (0.0, score, false)
    };
    // Set through the CSSOM (not a style attribute, which the page's policy refuses).
    let (left, width) = (format!("{left:.1}%"), format!("{width:.1}%"));
    view! {
        <span class="bar-cell">
            <span class="bar-track" aria-hidden="true"><span class="bar-fill" class:negative=negative style:left=left style:width=width></span></span>
            <span class="bar-value">{format!("{score:.0}")}</span>
        </span>
    }
    .into_any()
}
