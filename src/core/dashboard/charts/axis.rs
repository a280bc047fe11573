//! The value axis and the labels along the other one, worked out before anything is drawn:
//! round ticks (1, 2, 2.5 or 5 times a power of ten) that cover every value, and how many row
//! labels to skip so that none overlap at the width available.

use super::Scale;

/// The range of the value axis and its ticks, lowest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<f64>,
}

impl Axis {
    /// Where `value` sits, from 0 (at `min`) to 1 (at `max`).
    pub fn fraction(&self, value: f64) -> f64 {
        if self.max > self.min {
            ((value - self.min) / (self.max - self.min)).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// About this many ticks on a value axis.
const TICKS: f64 = 4.0;

/// The axis for `values` on `scale`: percent runs 0–100 and score −100–100 unless a value
/// goes beyond; from-zero ends at the round tick at or above the largest value.
pub fn value_axis(scale: Scale, values: impl IntoIterator<Item = f64>) -> Axis {
    let (mut low, mut high) = (0.0f64, 0.0f64);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        low = low.min(v);
        high = high.max(v);
    }
    let (low, high) = match scale {
        Scale::Percent => (low, high.max(100.0)),
        Scale::Score => (low.min(-100.0), high.max(100.0)),
        Scale::FromZero => (low, if high > 0.0 { high } else { 1.0 }),
    };
    let step = nice_step((high - low) / TICKS);
    let min = (low / step).floor() * step;
    let max = (high / step).ceil() * step;
    let count = ((max - min) / step).round() as usize;
    let ticks = (0..=count)
        .map(|i| min + step * i as f64)
        .map(tidy)
        .collect();
    Axis { min, max, ticks }
}

/// The round step at or above `raw`: 1, 2, 2.5 or 5 times a power of ten (whole numbers only:
/// counts and money have no fractions worth a tick).
pub fn nice_step(raw: f64) -> f64 {
    if raw.is_nan() || raw <= 1.0 {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * power);
    step.max(1.0)
}

fn tidy(v: f64) -> f64 {
    (v * 1e6).round() / 1e6 + 0.0
}

/// Show every `n`-th of `rows` labels so that none overlaps: each label takes about
/// `label_width` and each row has `slot` of the width.
pub fn label_every(label_width: f64, slot: f64) -> usize {
    if slot <= 0.0 {
        return 1;
    }
    ((label_width / slot).ceil() as usize).max(1)
}

/// The width a label takes at `font_px`: a Japanese character (or any wide one) about a full
/// em, others about 0.6 em.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum::<f64>()
        * font_px
}

/// `text` cut to fit `width` at `font_px`, ending in "…" when cut.
pub fn fit_text(text: &str, width: f64, font_px: f64) -> String {
    if text_width(text, font_px) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = font_px; // the ellipsis
    for c in text.chars() {
        let w = if c.is_ascii() { 0.6 } else { 1.0 } * font_px;
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}
