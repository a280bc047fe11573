//! The pieces every chart over time shares: its table's columns, its rows for months and
//! weeks (partial ones faint and marked), its ticks and its notes.

use super::format::{count, month_label, month_tick, week_label, week_tick};
use super::Row;
use crate::core::dashboard::period::Bucket;
use crate::core::feedback::metrics::Tally;
use crate::core::i18n::{DashKey, Lang};
use chrono::Datelike;

/// A chart's summary: `key` filled with `args` when there is `something` to say, else "no
/// data in this period".
pub(super) fn summary(lang: Lang, something: bool, key: DashKey, args: &[(&str, &str)]) -> String {
    if something {
        lang.format(key, args)
    } else {
        lang.text(DashKey::SumNoData).to_string()
    }
}

pub(super) fn columns(lang: Lang, keys: &[DashKey]) -> Vec<String> {
    keys.iter().map(|k| lang.text(*k).to_string()).collect()
}

pub(super) fn whole(value: Option<f64>) -> String {
    value.map_or_else(|| "–".into(), |v| count(v.round() as i64))
}

pub(super) fn small(answers: u32) -> bool {
    answers > 0 && answers < crate::core::feedback::metrics::SMALL_SAMPLE
}

/// Ticks for months, with their years when the months span more than one.
pub(super) fn month_ticks<'a>(
    lang: Lang,
    months: impl Iterator<Item = &'a Bucket> + Clone,
) -> Vec<String> {
    let years: Vec<i32> = months.clone().map(|m| m.start.year()).collect();
    let several = years.first() != years.last();
    months.map(|m| month_tick(lang, m.start, several)).collect()
}

pub(super) fn month_row(
    lang: Lang,
    month: &Bucket,
    tick: String,
    cells: Vec<String>,
    faint: bool,
) -> Row {
    Row {
        label: with_partial(lang, month_label(lang, month.start), month.partial),
        tick,
        cells,
        faint: faint || month.partial,
    }
}

pub(super) fn week_row(lang: Lang, week: &Bucket, cells: Vec<String>, faint: bool) -> Row {
    Row {
        label: with_partial(lang, week_label(lang, week.start), week.partial),
        tick: week_tick(week.start),
        cells,
        faint: faint || week.partial,
    }
}

pub(super) fn with_partial(lang: Lang, label: String, partial: bool) -> String {
    if partial {
        format!("{label} {}", lang.text(DashKey::Partial))
    } else {
        label
    }
}

pub(super) fn partial_note<'a>(
    lang: Lang,
    mut buckets: impl Iterator<Item = &'a Bucket>,
) -> Vec<String> {
    if buckets.any(|b| b.partial) {
        vec![lang.text(DashKey::PeriodShown).to_string()]
    } else {
        Vec::new()
    }
}

pub(super) fn sample_note<'a>(
    lang: Lang,
    mut tallies: impl Iterator<Item = &'a Tally>,
) -> Vec<String> {
    if tallies.any(|t| t.small()) {
        vec![lang.text(DashKey::SmallSampleNote).to_string()]
    } else {
        Vec::new()
    }
}
