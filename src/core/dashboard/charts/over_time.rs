//! The charts over time: visits and capacity per week; revenue, NPS, CSAT, first responses and
//! coupons per month.

use super::format::{count, duration, hours, month_label, month_tick, percent, signed};
use super::format::{week_label, week_tick};
use super::{series, Chart, Row, Scale, Shape};
use crate::core::dashboard::period::Bucket;
use crate::core::dashboard::Dashboard;
use crate::core::feedback::metrics::{Csat, Nps, Tally};
use crate::core::i18n::{format_money, DashKey, Lang};
use chrono::Datelike;

pub fn visits(d: &Dashboard, lang: Lang) -> Chart {
    let weeks = &d.activity.weeks;
    let values: Vec<Option<f64>> = weeks.iter().map(|w| Some(f64::from(w.visits))).collect();
    let total: u32 = weeks.iter().map(|w| w.visits).sum();
    let busiest = weeks
        .iter()
        .max_by_key(|w| (w.visits, std::cmp::Reverse(w.week.start)));
    let summary = match busiest {
        Some(w) if total > 0 => {
            let per_week = f64::from(total) * 7.0 / f64::from(d.period.days().max(1));
            lang.format(
                DashKey::SumVisits,
                &[
                    ("total", &count(total)),
                    ("mean", &format!("{per_week:.1}")),
                    ("week", &week_label(lang, w.week.start)),
                    ("most", &count(w.visits)),
                ],
            )
        }
        _ => lang.text(DashKey::SumNoData).to_string(),
    };
    Chart {
        id: "visits",
        title: lang.text(DashKey::ChartVisits).to_string(),
        summary,
        notes: partial_note(lang, weeks.iter().map(|w| &w.week)),
        shape: Shape::Columns,
        scale: Scale::FromZero,
        reference: None,
        series: vec![series(lang.text(DashKey::ColVisits).into(), values, whole)],
        columns: columns(lang, &[DashKey::ColWeek, DashKey::ColVisits]),
        rows: weeks
            .iter()
            .map(|w| week_row(lang, &w.week, vec![count(w.visits)], false))
            .collect(),
    }
}

pub fn revenue(d: &Dashboard, lang: Lang) -> Chart {
    let currency = d.activity.currency.as_str();
    let money = |amount: i64| format_money(amount, currency, lang);
    let major = if currency == "JPY" { 1.0 } else { 100.0 };
    let months = &d.activity.months;
    let values = months
        .iter()
        .map(|m| Some(m.amount as f64 / major))
        .collect();
    let texts: Vec<String> = months.iter().map(|m| money(m.amount)).collect();
    let total: i64 = months.iter().map(|m| m.amount).sum();
    let best = months
        .iter()
        .max_by_key(|m| (m.amount, std::cmp::Reverse(m.month.start)));
    let summary = match best {
        Some(m) if total != 0 => lang.format(
            DashKey::SumRevenue,
            &[
                ("total", &money(total)),
                ("month", &month_label(lang, m.month.start)),
                ("most", &money(m.amount)),
            ],
        ),
        _ => lang.text(DashKey::SumNoData).to_string(),
    };
    let mut notes = partial_note(lang, months.iter().map(|m| &m.month));
    if d.activity.other_currency_visits > 0 {
        notes.push(lang.format(
            DashKey::OtherCurrencyNote,
            &[("count", &count(d.activity.other_currency_visits))],
        ));
    }
    let ticks = month_ticks(lang, months.iter().map(|m| &m.month));
    Chart {
        id: "revenue",
        title: lang.text(DashKey::ChartRevenue).to_string(),
        summary,
        notes,
        shape: Shape::Columns,
        scale: Scale::FromZero,
        reference: None,
        series: vec![super::Series {
            name: lang.text(DashKey::ColRevenue).into(),
            values,
            texts: texts.clone(),
        }],
        columns: columns(
            lang,
            &[DashKey::ColMonth, DashKey::ColRevenue, DashKey::ColVisits],
        ),
        rows: months
            .iter()
            .zip(ticks)
            .zip(texts)
            .map(|((m, tick), text)| {
                month_row(lang, &m.month, tick, vec![text, count(m.visits)], false)
            })
            .collect(),
    }
}

pub fn utilisation(d: &Dashboard, lang: Lang) -> Chart {
    let weeks = &d.activity.weeks;
    let values = weeks.iter().map(|w| w.utilisation()).collect();
    let served: u32 = weeks.iter().map(|w| w.minutes).sum();
    let available: u32 = weeks.iter().map(|w| w.available).sum();
    let share = (available > 0).then(|| 100.0 * f64::from(served) / f64::from(available));
    let summary = if served == 0 {
        lang.text(DashKey::SumNoData).to_string()
    } else {
        lang.format(
            DashKey::SumUtilisation,
            &[
                ("share", &percent(share)),
                ("served", &count(served)),
                ("available", &count(available)),
            ],
        )
    };
    Chart {
        id: "utilisation",
        title: lang.text(DashKey::ChartUtilisation).to_string(),
        summary,
        notes: partial_note(lang, weeks.iter().map(|w| &w.week)),
        shape: Shape::Columns,
        scale: Scale::Percent,
        reference: Some(100.0),
        series: vec![series(
            lang.text(DashKey::ColUtilisation).into(),
            values,
            percent,
        )],
        columns: columns(
            lang,
            &[
                DashKey::ColWeek,
                DashKey::ColMinutesServed,
                DashKey::ColMinutesAvailable,
                DashKey::ColUtilisation,
            ],
        ),
        rows: weeks
            .iter()
            .map(|w| {
                let cells = vec![
                    count(w.minutes),
                    count(w.available),
                    percent(w.utilisation()),
                ];
                week_row(lang, &w.week, cells, false)
            })
            .collect(),
    }
}

pub fn nps(d: &Dashboard, lang: Lang) -> Chart {
    let months = &d.satisfaction;
    let mut all = Nps::default();
    for m in months {
        all.promoters += m.tally.nps.promoters;
        all.passives += m.tally.nps.passives;
        all.detractors += m.tally.nps.detractors;
    }
    let summary = if all.count() == 0 {
        lang.text(DashKey::SumNoData).to_string()
    } else {
        lang.format(
            DashKey::SumNps,
            &[
                ("score", &signed(all.score())),
                ("count", &count(all.count())),
            ],
        )
    };
    let ticks = month_ticks(lang, months.iter().map(|m| &m.month));
    Chart {
        id: "nps",
        title: lang.text(DashKey::ChartNps).to_string(),
        summary,
        notes: sample_note(lang, months.iter().map(|m| &m.tally)),
        shape: Shape::Line,
        scale: Scale::Score,
        reference: Some(0.0),
        series: vec![series(
            lang.text(DashKey::ColNps).into(),
            months.iter().map(|m| m.tally.nps.score()).collect(),
            signed,
        )],
        columns: columns(
            lang,
            &[
                DashKey::ColMonth,
                DashKey::ColAnswers,
                DashKey::ColPromoters,
                DashKey::ColDetractors,
                DashKey::ColNps,
            ],
        ),
        rows: months
            .iter()
            .zip(ticks)
            .map(|(m, tick)| {
                let n = &m.tally.nps;
                let cells = vec![
                    count(n.count()),
                    count(n.promoters),
                    count(n.detractors),
                    signed(n.score()),
                ];
                month_row(lang, &m.month, tick, cells, small(n.count()))
            })
            .collect(),
    }
}

pub fn csat(d: &Dashboard, lang: Lang) -> Chart {
    let months = &d.satisfaction;
    let mut all = Csat::default();
    for m in months {
        all.satisfied += m.tally.csat.satisfied;
        all.count += m.tally.csat.count;
        all.total += m.tally.csat.total;
    }
    let summary = if all.count == 0 {
        lang.text(DashKey::SumNoData).to_string()
    } else {
        lang.format(
            DashKey::SumCsat,
            &[
                ("score", &percent(all.score())),
                ("count", &count(all.count)),
            ],
        )
    };
    let ticks = month_ticks(lang, months.iter().map(|m| &m.month));
    Chart {
        id: "csat",
        title: lang.text(DashKey::ChartCsat).to_string(),
        summary,
        notes: sample_note(lang, months.iter().map(|m| &m.tally)),
        shape: Shape::Line,
        scale: Scale::Percent,
        reference: None,
        series: vec![series(
            lang.text(DashKey::ColCsat).into(),
            months.iter().map(|m| m.tally.csat.score()).collect(),
            percent,
        )],
        columns: columns(
            lang,
            &[
                DashKey::ColMonth,
                DashKey::ColAnswers,
                DashKey::ColSatisfied,
                DashKey::ColCsat,
            ],
        ),
        rows: months
            .iter()
            .zip(ticks)
            .map(|(m, tick)| {
                let c = &m.tally.csat;
                let cells = vec![count(c.count), count(c.satisfied), percent(c.score())];
                month_row(lang, &m.month, tick, cells, small(c.count))
            })
            .collect(),
    }
}

pub fn first_response(d: &Dashboard, lang: Lang) -> Chart {
    let months = &d.service.months;
    let total = &d.service.total.first_response;
    let summary = if total.count() == 0 {
        lang.text(DashKey::SumNoData).to_string()
    } else {
        lang.format(
            DashKey::SumFirstResponse,
            &[
                ("median", &duration(lang, total.median_minutes())),
                ("count", &count(total.count() as i64)),
            ],
        )
    };
    let ticks = month_ticks(lang, months.iter().map(|m| &m.month));
    let values: Vec<Option<f64>> = months
        .iter()
        .map(|m| hours(m.figures.first_response.median_minutes()))
        .collect();
    let texts = months
        .iter()
        .map(|m| duration(lang, m.figures.first_response.median_minutes()))
        .collect();
    Chart {
        id: "first-response",
        title: lang.text(DashKey::ChartFirstResponse).to_string(),
        summary,
        notes: partial_note(lang, months.iter().map(|m| &m.month)),
        shape: Shape::Columns,
        scale: Scale::FromZero,
        reference: None,
        series: vec![super::Series {
            name: lang.text(DashKey::ColMedianResponse).into(),
            values,
            texts,
        }],
        columns: columns(
            lang,
            &[
                DashKey::ColMonth,
                DashKey::ColResponded,
                DashKey::ColMedianResponse,
            ],
        ),
        rows: months
            .iter()
            .zip(ticks)
            .map(|(m, tick)| {
                let t = &m.figures.first_response;
                let cells = vec![count(t.count() as i64), duration(lang, t.median_minutes())];
                month_row(lang, &m.month, tick, cells, false)
            })
            .collect(),
    }
}

pub fn within_target(d: &Dashboard, lang: Lang) -> Chart {
    let months = &d.service.months;
    let total = &d.service.total.first_response;
    let summary = if total.with_target == 0 {
        lang.text(DashKey::SumNoData).to_string()
    } else {
        lang.format(
            DashKey::SumWithinTarget,
            &[
                ("share", &percent(total.percent_within_target())),
                ("within", &count(total.within_target)),
                ("decided", &count(total.with_target)),
            ],
        )
    };
    let ticks = month_ticks(lang, months.iter().map(|m| &m.month));
    Chart {
        id: "within-target",
        title: lang.text(DashKey::ChartWithinTarget).to_string(),
        summary,
        notes: Vec::new(),
        shape: Shape::Line,
        scale: Scale::Percent,
        reference: None,
        series: vec![series(
            lang.text(DashKey::ColWithinTarget).into(),
            months
                .iter()
                .map(|m| m.figures.first_response.percent_within_target())
                .collect(),
            percent,
        )],
        columns: columns(
            lang,
            &[
                DashKey::ColMonth,
                DashKey::ColDecided,
                DashKey::ColWithinTarget,
            ],
        ),
        rows: months
            .iter()
            .zip(ticks)
            .map(|(m, tick)| {
                let t = &m.figures.first_response;
                let cells = vec![count(t.with_target), percent(t.percent_within_target())];
                month_row(lang, &m.month, tick, cells, small(t.with_target))
            })
            .collect(),
    }
}

pub fn coupons(d: &Dashboard, lang: Lang) -> Chart {
    let months = &d.coupons;
    let issued: u32 = months.iter().map(|m| m.issued()).sum();
    let voided: u32 = months.iter().map(|m| m.voided).sum();
    let redeemed: u32 = months.iter().map(|m| m.redeemed).sum();
    let usable = issued - voided;
    let rate = (usable > 0).then(|| 100.0 * f64::from(redeemed) / f64::from(usable));
    let summary = if issued == 0 {
        lang.text(DashKey::SumNoData).to_string()
    } else {
        lang.format(
            DashKey::SumCoupons,
            &[
                ("issued", &count(issued)),
                ("redeemed", &count(redeemed)),
                ("rate", &percent(rate)),
            ],
        )
    };
    let part = |key: DashKey, pick: fn(&crate::core::dashboard::coupons::CouponMonth) -> u32| {
        series(
            lang.text(key).into(),
            months.iter().map(|m| Some(f64::from(pick(m)))).collect(),
            whole,
        )
    };
    let ticks = month_ticks(lang, months.iter().map(|m| &m.month));
    Chart {
        id: "coupons",
        title: lang.text(DashKey::ChartCoupons).to_string(),
        summary,
        notes: partial_note(lang, months.iter().map(|m| &m.month)),
        shape: Shape::Stacked,
        scale: Scale::FromZero,
        reference: None,
        series: vec![
            part(DashKey::SeriesRedeemed, |m| m.redeemed),
            part(DashKey::SeriesOpen, |m| m.open),
            part(DashKey::SeriesExpired, |m| m.expired),
            part(DashKey::SeriesVoided, |m| m.voided),
        ],
        columns: columns(
            lang,
            &[
                DashKey::ColMonth,
                DashKey::ColIssued,
                DashKey::ColRedeemed,
                DashKey::ColOpen,
                DashKey::ColExpired,
                DashKey::ColVoided,
                DashKey::ColRedemptionRate,
            ],
        ),
        rows: months
            .iter()
            .zip(ticks)
            .map(|(m, tick)| {
                let cells = vec![
                    count(m.issued()),
                    count(m.redeemed),
                    count(m.open),
                    count(m.expired),
                    count(m.voided),
                    percent(m.redemption_rate()),
                ];
                month_row(lang, &m.month, tick, cells, false)
            })
            .collect(),
    }
}

pub(super) fn columns(lang: Lang, keys: &[DashKey]) -> Vec<String> {
    keys.iter().map(|k| lang.text(*k).to_string()).collect()
}

fn whole(value: Option<f64>) -> String {
    value.map_or_else(|| "–".into(), |v| count(v.round() as i64))
}

fn small(answers: u32) -> bool {
    answers > 0 && answers < crate::core::feedback::metrics::SMALL_SAMPLE
}

/// Ticks for months, with their years when the months span more than one.
fn month_ticks<'a>(lang: Lang, months: impl Iterator<Item = &'a Bucket> + Clone) -> Vec<String> {
    let years: Vec<i32> = months.clone().map(|m| m.start.year()).collect();
    let several = years.first() != years.last();
    months.map(|m| month_tick(lang, m.start, several)).collect()
}

fn month_row(lang: Lang, month: &Bucket, tick: String, cells: Vec<String>, faint: bool) -> Row {
    Row {
        label: with_partial(lang, month_label(lang, month.start), month.partial),
        tick,
        cells,
        faint: faint || month.partial,
    }
}

fn week_row(lang: Lang, week: &Bucket, cells: Vec<String>, faint: bool) -> Row {
    Row {
        label: with_partial(lang, week_label(lang, week.start), week.partial),
        tick: week_tick(week.start),
        cells,
        faint: faint || week.partial,
    }
}

fn with_partial(lang: Lang, label: String, partial: bool) -> String {
    if partial {
        format!("{label} {}", lang.text(DashKey::Partial))
    } else {
        label
    }
}

fn partial_note<'a>(lang: Lang, mut buckets: impl Iterator<Item = &'a Bucket>) -> Vec<String> {
    if buckets.any(|b| b.partial) {
        vec![lang.text(DashKey::PeriodShown).to_string()]
    } else {
        Vec::new()
    }
}

fn sample_note<'a>(lang: Lang, mut tallies: impl Iterator<Item = &'a Tally>) -> Vec<String> {
    if tallies.any(|t| t.small()) {
        vec![lang.text(DashKey::SmallSampleNote).to_string()]
    } else {
        Vec::new()
    }
}
