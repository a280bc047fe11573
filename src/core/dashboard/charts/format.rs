//! The dashboard's numbers and time labels in the reader's language: whole percents, signed
//! NPS, response times in minutes or hours, and months and weeks both in full (tables) and as
//! short axis ticks.

use crate::core::i18n::{format_date, group, DashKey, Lang};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "50%", or a dash for no value.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(dash, |v| format!("{}%", v.round() + 0.0))
}

/// An NPS: "+20", "0", "-33"; a dash for none.
pub fn signed(value: Option<f64>) -> String {
    value.map_or_else(dash, |v| {
        let n = v.round();
        if n > 0.0 {
            format!("+{n}")
        } else {
            format!("{}", n + 0.0)
        }
    })
}

/// A count with thousands grouped: "1,234".
pub fn count(n: impl Into<i64>) -> String {
    group(n.into())
}

/// A duration: whole minutes under an hour ("45分", "45 min"), else hours to one decimal
/// ("24.5時間", "24.5 h"); a dash for none.
pub fn duration(lang: Lang, minutes: Option<f64>) -> String {
    match minutes {
        None => dash(),
        Some(m) if m < 60.0 => lang.format(DashKey::Minutes, &[("n", &m.round().to_string())]),
        Some(m) => lang.format(DashKey::Hours, &[("n", &format!("{:.1}", m / 60.0))]),
    }
}

/// Hours to one decimal, as the response chart plots them.
pub fn hours(minutes: Option<f64>) -> Option<f64> {
    minutes.map(|m| (m / 6.0).round() / 10.0)
}

/// A month in full: "2026年9月", "Sep 2026".
pub fn month_label(lang: Lang, month: NaiveDate) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月", month.year(), month.month()),
        Lang::En => format!("{} {}", MONTHS[month.month0() as usize], month.year()),
    }
}

/// A month as an axis tick: "9月", "Sep"; with its year when the chart spans more than one
/// year ("26/1", "Jan ’26"), since a thinned axis may not show where a year turns.
pub fn month_tick(lang: Lang, month: NaiveDate, with_year: bool) -> String {
    let year = month.year() % 100;
    match (lang, with_year) {
        (Lang::Ja, false) => format!("{}月", month.month()),
        (Lang::Ja, true) => format!("{year:02}/{}", month.month()),
        (Lang::En, false) => MONTHS[month.month0() as usize].to_string(),
        (Lang::En, true) => format!("{} ’{year:02}", MONTHS[month.month0() as usize]),
    }
}

/// A week in full, by its Monday: "2026年11月2日の週", "Week of Nov 2, 2026".
pub fn week_label(lang: Lang, monday: NaiveDate) -> String {
    lang.format(DashKey::WeekOf, &[("date", &format_date(lang, monday))])
}

/// A week as an axis tick: "11/2".
pub fn week_tick(monday: NaiveDate) -> String {
    format!("{}/{}", monday.month(), monday.day())
}

fn dash() -> String {
    "–".to_string()
}

/// A value-axis tick, short: "1.5万" or "15k" for 15,000, "50%", "+50".
pub fn tick(lang: Lang, scale: super::Scale, value: f64) -> String {
    match scale {
        super::Scale::Percent => format!("{}%", value.round() + 0.0),
        super::Scale::Score => signed(Some(value)),
        super::Scale::FromZero => compact(lang, value),
    }
}

/// A number in few characters: 15,000 → "1.5万" / "15k"; 120,000,000 → "1.2億" / "120M".
pub fn compact(lang: Lang, value: f64) -> String {
    let units: &[(f64, &str)] = match lang {
        Lang::Ja => &[(1e8, "億"), (1e4, "万")],
        Lang::En => &[(1e9, "B"), (1e6, "M"), (1e3, "k")],
    };
    for &(size, unit) in units {
        if value.abs() >= size {
            let scaled = (value / size * 10.0).round() / 10.0;
            let text = format!("{scaled}");
            return format!("{}{unit}", text.trim_end_matches(".0"));
        }
    }
    count(value.round() as i64)
}
