//! The charts by group of customers or of service: value by tier, customers by RFM segment and
//! satisfaction per service part.

use super::format::{count, percent};
use super::rows::{columns, small, summary};
use super::{series, Chart, Row, Scale, Shape};
use crate::core::dashboard::quality::answers;
use crate::core::dashboard::Dashboard;
use crate::core::i18n::{format_date, format_money, segment_label, DashKey, Lang};

/// The parts the chart and its table show at most, the most answered first.
pub const PARTS_SHOWN: usize = 12;

pub fn tiers(d: &Dashboard, lang: Lang) -> Chart {
    let currency = d.activity.currency.as_str();
    let money = |amount: f64| format_money(amount.round() as i64, currency, lang);
    let major = if currency == "JPY" { 1.0 } else { 100.0 };
    let tiers = &d.standing.tiers;
    let label = |t: &crate::core::dashboard::standing::TierFigures| {
        lang.format(DashKey::FilterTierOption, &[("tier", t.tier.as_str())])
    };
    let summary = summary(
        lang,
        tiers.iter().any(|t| t.customers > 0),
        DashKey::SumTiers,
        &[
            ("a", &money(tiers[0].lifetime_value)),
            ("b", &money(tiers[1].lifetime_value)),
            ("c", &money(tiers[2].lifetime_value)),
        ],
    );
    let values = tiers
        .iter()
        .map(|t| Some(t.lifetime_value / major))
        .collect();
    let texts = tiers.iter().map(|t| money(t.lifetime_value)).collect();
    Chart {
        id: "tiers",
        title: lang.text(DashKey::ChartTiers).to_string(),
        summary,
        notes: vec![as_of_note(d, lang)],
        shape: Shape::Bars,
        scale: Scale::FromZero,
        reference: None,
        series: vec![super::Series {
            name: lang.text(DashKey::ColLifetimeValue).into(),
            values,
            texts,
        }],
        columns: columns(
            lang,
            &[
                DashKey::ColTier,
                DashKey::ColCustomers,
                DashKey::ColLifetimeValue,
                DashKey::ColRevenueInPeriod,
            ],
        ),
        rows: tiers
            .iter()
            .map(|t| Row {
                label: label(t),
                tick: label(t),
                cells: vec![
                    count(t.customers),
                    money(t.lifetime_value),
                    money(t.revenue as f64),
                ],
                faint: false,
            })
            .collect(),
    }
}

pub fn segments(d: &Dashboard, lang: Lang) -> Chart {
    let segments = &d.standing.segments;
    let total: u32 = segments.iter().map(|(_, n)| n).sum();
    let name = |s| lang.text(segment_label(s).0).to_string();
    let largest = segments
        .iter()
        .max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s)));
    let summary = match largest {
        Some((s, n)) if total > 0 => lang.format(
            DashKey::SumSegments,
            &[
                ("segment", &name(*s)),
                ("count", &count(*n)),
                ("total", &count(total)),
            ],
        ),
        _ => lang.text(DashKey::SumNoData).to_string(),
    };
    Chart {
        id: "segments",
        title: lang.text(DashKey::ChartSegments).to_string(),
        summary,
        notes: vec![as_of_note(d, lang)],
        shape: Shape::Bars,
        scale: Scale::FromZero,
        reference: None,
        series: vec![series(
            lang.text(DashKey::ColCustomers).into(),
            segments.iter().map(|(_, n)| Some(f64::from(*n))).collect(),
            |v| count(v.unwrap_or(0.0) as i64),
        )],
        columns: columns(lang, &[DashKey::ColSegment, DashKey::ColCustomers]),
        rows: segments
            .iter()
            .map(|(s, n)| Row {
                label: name(*s),
                tick: name(*s),
                cells: vec![count(*n)],
                faint: false,
            })
            .collect(),
    }
}

pub fn parts(d: &Dashboard, lang: Lang) -> Chart {
    let shown: Vec<_> = d.parts.iter().take(PARTS_SHOWN).collect();
    let rated: Vec<_> = shown.iter().filter(|p| p.tally.csat.count > 0).collect();
    let best = rated.iter().max_by(|a, b| score(a).total_cmp(&score(b)));
    let worst = rated.iter().min_by(|a, b| score(a).total_cmp(&score(b)));
    let summary = match (best, worst) {
        (Some(b), Some(w)) => lang.format(
            DashKey::SumParts,
            &[
                ("best", &b.name),
                ("best_score", &percent(b.tally.csat.score())),
                ("worst", &w.name),
                ("worst_score", &percent(w.tally.csat.score())),
            ],
        ),
        _ => lang.text(DashKey::SumNoData).to_string(),
    };
    let mut notes = Vec::new();
    if d.parts.len() > PARTS_SHOWN {
        notes.push(lang.format(
            DashKey::PartsShown,
            &[
                ("shown", &count(PARTS_SHOWN as i64)),
                ("total", &count(d.parts.len() as i64)),
            ],
        ));
    }
    if shown.iter().any(|p| small(answers(&p.tally))) {
        notes.push(lang.text(DashKey::SmallSampleNote).to_string());
    }
    Chart {
        id: "parts",
        title: lang.text(DashKey::ChartParts).to_string(),
        summary,
        notes,
        shape: Shape::Bars,
        scale: Scale::Percent,
        reference: None,
        series: vec![series(
            lang.text(DashKey::ColCsat).into(),
            shown.iter().map(|p| p.tally.csat.score()).collect(),
            percent,
        )],
        columns: columns(
            lang,
            &[
                DashKey::ColPart,
                DashKey::ColAnswers,
                DashKey::ColCsat,
                DashKey::ColThumbsUp,
                DashKey::ColThumbsDown,
            ],
        ),
        rows: shown
            .iter()
            .map(|p| Row {
                label: p.name.clone(),
                tick: p.name.clone(),
                cells: vec![
                    count(p.tally.csat.count),
                    percent(p.tally.csat.score()),
                    count(p.tally.thumbs.up),
                    count(p.tally.thumbs.down),
                ],
                faint: small(answers(&p.tally)),
            })
            .collect(),
    }
}

fn score(p: &&&crate::core::dashboard::quality::PartSatisfaction) -> f64 {
    p.tally.csat.score().unwrap_or(0.0)
}

fn as_of_note(d: &Dashboard, lang: Lang) -> String {
    lang.format(
        DashKey::StandingAsOf,
        &[("date", &format_date(lang, d.standing.as_of))],
    )
}
