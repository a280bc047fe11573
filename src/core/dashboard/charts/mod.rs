//! What each chart shows, ready to draw and to read: its title, a one-line summary (the text
//! alternative a screen reader hears, and what a glance should take away), the plotted
//! series, and the same numbers as a table. Screens draw these and compute nothing, so the
//! chart, its table and the tests that check them all read the same figures.

pub mod activity;
pub mod axis;
pub mod by_group;
pub mod format;
pub mod quality;
mod rows;

use super::Dashboard;
use crate::core::i18n::Lang;

/// How a chart draws its series over its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Upright bars, one per row (months, weeks); several series side by side.
    Columns,
    /// Upright bars with the series stacked.
    Stacked,
    /// Points joined by a line; a missing value breaks the line.
    Line,
    /// Lying bars, one per row (tiers, segments, parts), long labels on the left.
    Bars,
}

/// The range of the value axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// From zero to a round number above the largest value.
    FromZero,
    /// 0 to 100 (and beyond when a value is).
    Percent,
    /// −100 to +100, as NPS runs.
    Score,
}

/// One plotted series: a value per row (none: nothing to draw there), and each value as
/// written.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
    pub texts: Vec<String>,
}

/// A row: a month, a week, a tier, a segment or a part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// In full, for the table.
    pub label: String,
    /// Short, for the axis.
    pub tick: String,
    /// The table's cells after the label, one per column.
    pub cells: Vec<String>,
    /// Drawn faint: a partial month or week, or too few answers to read as a trend.
    pub faint: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Stable name (`visits`, `nps`, …), for tests and anchors.
    pub id: &'static str,
    pub title: String,
    pub summary: String,
    /// What the reader should know to read it right (partial months, small samples, …).
    pub notes: Vec<String>,
    pub shape: Shape,
    pub scale: Scale,
    /// A value marked across the chart (100 % of capacity, NPS 0).
    pub reference: Option<f64>,
    pub series: Vec<Series>,
    /// The table's headers, the label column first.
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

impl Chart {
    /// Whether there is anything to plot.
    pub fn is_empty(&self) -> bool {
        self.series
            .iter()
            .all(|s| s.values.iter().all(|v| v.is_none_or(|x| x == 0.0)))
    }
}

/// Every chart of `dashboard`, in the order the page shows them: activity, then customers,
/// then satisfaction, then service, then promises kept.
pub fn charts(dashboard: &Dashboard, lang: Lang) -> Vec<Chart> {
    vec![
        activity::visits(dashboard, lang),
        activity::revenue(dashboard, lang),
        activity::utilisation(dashboard, lang),
        by_group::tiers(dashboard, lang),
        by_group::segments(dashboard, lang),
        quality::nps(dashboard, lang),
        quality::csat(dashboard, lang),
        by_group::parts(dashboard, lang),
        quality::first_response(dashboard, lang),
        quality::within_target(dashboard, lang),
        activity::coupons(dashboard, lang),
    ]
}

/// A series whose values are written by `text`.
pub(crate) fn series(
    name: String,
    values: Vec<Option<f64>>,
    text: impl Fn(Option<f64>) -> String,
) -> Series {
    let texts = values.iter().map(|v| text(*v)).collect();
    Series {
        name,
        values,
        texts,
    }
}
