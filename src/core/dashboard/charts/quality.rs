//! The charts of how well customers were served, per month: NPS, CSAT, the time to a first
//! response and the share answered within target.

use super::format::{count, duration, hours, percent, signed};
use super::rows::{columns, month_row, month_ticks, partial_note, sample_note, small, summary};
use super::{series, Chart, Scale, Shape};
use crate::core::dashboard::Dashboard;
use crate::core::feedback::metrics::{Csat, Nps};
use crate::core::i18n::{DashKey, Lang};

pub fn nps(d: &Dashboard, lang: Lang) -> Chart {
    let months = &d.satisfaction;
    let mut all = Nps::default();
    for m in months {
        all.promoters += m.tally.nps.promoters;
        all.passives += m.tally.nps.passives;
        all.detractors += m.tally.nps.detractors;
    }
    let summary = summary(
        lang,
        all.count() > 0,
        DashKey::SumNps,
        &[
            ("score", &signed(all.score())),
            ("count", &count(all.count())),
        ],
    );
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
    let summary = summary(
        lang,
        all.count > 0,
        DashKey::SumCsat,
        &[
            ("score", &percent(all.score())),
            ("count", &count(all.count)),
        ],
    );
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
    let summary = summary(
        lang,
        total.count() > 0,
        DashKey::SumFirstResponse,
        &[
            ("median", &duration(lang, total.median_minutes())),
            ("count", &count(total.count() as i64)),
        ],
    );
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
    let summary = summary(
        lang,
        total.with_target > 0,
        DashKey::SumWithinTarget,
        &[
            ("share", &percent(total.percent_within_target())),
            ("within", &count(total.within_target)),
            ("decided", &count(total.with_target)),
        ],
    );
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
