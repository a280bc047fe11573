//! The charts of activity over time: visits and capacity used per week, revenue and coupons
//! per month.

use super::format::{count, month_label, percent, week_label};
use super::rows::{columns, month_row, month_ticks, partial_note, summary, week_row, whole};
use super::{series, Chart, Scale, Shape};
use crate::core::dashboard::Dashboard;
use crate::core::i18n::{format_money, DashKey, Lang};

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
    let summary = summary(
        lang,
        served > 0,
        DashKey::SumUtilisation,
        &[
            ("share", &percent(share)),
            ("served", &count(served)),
            ("available", &count(available)),
        ],
    );
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

pub fn coupons(d: &Dashboard, lang: Lang) -> Chart {
    let months = &d.coupons;
    let issued: u32 = months.iter().map(|m| m.issued()).sum();
    let voided: u32 = months.iter().map(|m| m.voided).sum();
    let redeemed: u32 = months.iter().map(|m| m.redeemed).sum();
    let usable = issued - voided;
    let rate = (usable > 0).then(|| 100.0 * f64::from(redeemed) / f64::from(usable));
    let summary = summary(
        lang,
        issued > 0,
        DashKey::SumCoupons,
        &[
            ("issued", &count(issued)),
            ("redeemed", &count(redeemed)),
            ("rate", &percent(rate)),
        ],
    );
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
