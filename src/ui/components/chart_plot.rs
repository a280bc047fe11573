//! A chart drawn as SVG at the width it is given, in CSS pixels, so text stays the size of the
//! page's text on a phone and on a desk: upright columns (side by side or stacked) and lines
//! over months or weeks, or lying bars for tiers, segments and parts. Positions come from the
//! core's axis; colours come from the stylesheet (series `s0`…`s3`, faint rows), so dark mode
//! and print restyle them. Tapping a column or point selects its row for the read-out above.

use crate::core::dashboard::charts::axis::{fit_text, label_every, text_width, value_axis, Axis};
use crate::core::dashboard::charts::format::tick;
use crate::core::dashboard::charts::{Chart, Shape};
use crate::core::i18n::Lang;
use leptos::prelude::*;

/// Tick text size, px.
const FONT: f64 = 11.0;
/// Height of a chart over time, px.
const HEIGHT: f64 = 180.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 22.0;
const RIGHT: f64 = 4.0;
/// A lying bar's row: its label line, the bar, the gap.
const ROW: f64 = 40.0;

/// The chart's SVG; `selected` is the row tapped last.
pub fn plot(chart: &Chart, width: f64, lang: Lang, selected: RwSignal<Option<usize>>) -> AnyView {
    let width = width.max(200.0);
    match chart.shape {
        Shape::Bars => bars(chart, width).into_any(),
        _ => over_time(chart, width, lang, selected).into_any(),
    }
}

fn values(chart: &Chart) -> Vec<f64> {
    if chart.shape == Shape::Stacked {
        (0..chart.rows.len())
            .map(|i| chart.series.iter().filter_map(|s| s.values[i]).sum())
            .collect()
    } else {
        chart
            .series
            .iter()
            .flat_map(|s| s.values.iter().flatten().copied())
            .collect()
    }
}

fn over_time(
    chart: &Chart,
    width: f64,
    lang: Lang,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let mut all = values(chart);
    all.extend(chart.reference);
    let axis = value_axis(chart.scale, all);
    let labels: Vec<String> = axis
        .ticks
        .iter()
        .map(|v| tick(lang, chart.scale, *v))
        .collect();
    let left = labels
        .iter()
        .map(|l| text_width(l, FONT))
        .fold(0.0, f64::max)
        + 8.0;
    let plot_w = width - left - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let n = chart.rows.len().max(1);
    let slot = plot_w / n as f64;
    let y = |v: f64| TOP + plot_h * (1.0 - axis.fraction(v));
    let base = y(axis.min.max(0.0).min(axis.max));
    let widest = chart
        .rows
        .iter()
        .map(|r| text_width(&r.tick, FONT))
        .fold(0.0, f64::max);
    let every = label_every(widest + 6.0, slot);

    let grid = axis
        .ticks
        .iter()
        .zip(labels)
        .map(|(v, label)| {
            let at = y(*v);
            view! {
                <line class="grid" x1=left x2=width - RIGHT y1=at y2=at/>
                <text class="tick" x=left - 6.0 y=at + 4.0 text-anchor="end">{label}</text>
            }
        })
        .collect_view();
    let ticks = chart
        .rows
        .iter()
        .enumerate()
        .filter(|(i, _)| (n - 1 - i).is_multiple_of(every))
        .map(|(i, row)| {
            let x = left + slot * (i as f64 + 0.5);
            view! { <text class="tick" x=x y=HEIGHT - 6.0 text-anchor="middle">{row.tick.clone()}</text> }
        })
        .collect_view();
    let marks = match chart.shape {
        Shape::Line => lines(chart, left, slot, &y).into_any(),
        _ => columns(chart, left, slot, &y).into_any(),
    };
    let reference = chart.reference.map(|r| {
        let at = y(r);
        view! { <line class="reference" x1=left x2=width - RIGHT y1=at y2=at/> }
    });
    // Wide invisible targets, one per row, for tapping and hovering.
    let targets = chart
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let text = row_text(chart, i);
            view! {
                <rect
                    class=move || if selected.get() == Some(i) { "target selected" } else { "target" }
                    x=left + slot * i as f64
                    y=TOP
                    width=slot
                    height=plot_h
                    on:click=move |_| selected.set(Some(i))
                >
                    <title>{format!("{}: {text}", row.label)}</title>
                </rect>
            }
        })
        .collect_view();
    view! {
        <svg class="plot" width=width height=HEIGHT viewBox=format!("0 0 {width} {HEIGHT}") aria-hidden="true">
            {grid}
            <line class="axis" x1=left x2=width - RIGHT y1=base y2=base/>
            {marks}
            {reference}
            {ticks}
            {targets}
        </svg>
    }
}

fn columns(chart: &Chart, left: f64, slot: f64, y: &dyn Fn(f64) -> f64) -> impl IntoView {
    let stacked = chart.shape == Shape::Stacked;
    let lanes = if stacked {
        1
    } else {
        chart.series.len().max(1)
    };
    let bar = slot * 0.7 / lanes as f64;
    let mut out = Vec::new();
    for (i, row) in chart.rows.iter().enumerate() {
        let mut below = 0.0;
        for (s, series) in chart.series.iter().enumerate() {
            let Some(v) = series.values[i] else { continue };
            let (from, to) = if stacked {
                (below, below + v)
            } else {
                (0.0, v)
            };
            below = to;
            let lane = if stacked { 0 } else { s };
            let (top, bottom) = (y(to).min(y(from)), y(to).max(y(from)));
            out.push(view! {
                <rect
                    class=format!("mark s{s}{}", if row.faint { " faint" } else { "" })
                    x=left + slot * i as f64 + slot * 0.15 + bar * lane as f64
                    y=top
                    width=bar
                    height=(bottom - top).max(0.0)
                />
            });
        }
    }
    out.collect_view()
}

fn lines(chart: &Chart, left: f64, slot: f64, y: &dyn Fn(f64) -> f64) -> impl IntoView {
    let mut out = Vec::new();
    for (s, series) in chart.series.iter().enumerate() {
        let mut path = String::new();
        let mut pen_down = false;
        for (i, v) in series.values.iter().enumerate() {
            let x = left + slot * (i as f64 + 0.5);
            match v {
                Some(v) => {
                    path.push_str(&format!(
                        "{}{x:.1},{:.1} ",
                        if pen_down { "L" } else { "M" },
                        y(*v)
                    ));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        let points = series
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let v = (*v)?;
                let faint = chart.rows[i].faint;
                Some(view! {
                    <circle
                        class=format!("point s{s}{}", if faint { " faint" } else { "" })
                        cx=left + slot * (i as f64 + 0.5)
                        cy=y(v)
                        r=3.5
                    />
                })
            })
            .collect_view();
        out.push(view! { <path class=format!("line s{s}") d=path/> {points} });
    }
    out.collect_view()
}

fn bars(chart: &Chart, width: f64) -> impl IntoView {
    let axis: Axis = value_axis(chart.scale, values(chart));
    let series = chart.series.first();
    let height = ROW * chart.rows.len() as f64 + 4.0;
    let widest = series
        .map(|s| {
            s.texts
                .iter()
                .map(|t| text_width(t, FONT))
                .fold(0.0, f64::max)
        })
        .unwrap_or(0.0);
    let room = (width - widest - 10.0).max(40.0);
    let rows = chart
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let top = ROW * i as f64;
            let value = series.and_then(|s| s.values[i]);
            let text = series.map(|s| s.texts[i].clone()).unwrap_or_default();
            let length = value.map_or(0.0, |v| room * axis.fraction(v));
            let faint = if row.faint { " faint" } else { "" };
            view! {
                <g class="bar-row">
                    <title>{format!("{}: {text}", row.label)}</title>
                    <text class="bar-label" x=0 y=top + 13.0>{fit_text(&row.label, width, 12.0)}</text>
                    <rect class="track" x=0 y=top + 18.0 width=room height=14/>
                    <rect class=format!("mark s0{faint}") x=0 y=top + 18.0 width=length height=14/>
                    <text class="tick" x=length + 5.0 y=top + 29.0>{text}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="plot" width=width height=height viewBox=format!("0 0 {width} {height}") aria-hidden="true">
            {rows}
        </svg>
    }
}

/// A row's values as written, series by series: "利用済み 3 · 未使用 1".
pub fn row_text(chart: &Chart, row: usize) -> String {
    if chart.series.len() == 1 {
        return chart.series[0].texts[row].clone();
    }
    chart
        .series
        .iter()
        .map(|s| format!("{} {}", s.name, s.texts[row]))
        .collect::<Vec<_>>()
        .join(" · ")
}
