//! The dashboard's figures for a sample business, as the core computes them: writes the
//! business as a backup file (for the end-to-end test to import through the app) and prints,
//! for each view asked for, every chart's summary and table as JSON (what the app must show).
//!
//! ```text
//! cargo run --example dashboard_figures -- --seed 11 --now 2026-11-24T02:00:00Z \
//!     --offset-minutes 540 --lang ja --backup /tmp/sample.json \
//!     --view 12m:: --view 3m:A: --view custom/2026-01-01/2026-06-30::loyal
//! ```
//! A view is `period[/from/to]:tier:segment`, each part as the dashboard's address names it.
//! `--size large` makes the large book of the speed targets (10,000 customers, 100,000 visits)
//! instead of a small shop.

use chrono::{DateTime, FixedOffset, Utc};
use serde_json::{json, Value};
use tsunagu::core::backup::write_backup;
use tsunagu::core::catalog::samples::Sample;
use tsunagu::core::dashboard::audience::Audience;
use tsunagu::core::dashboard::charts::charts;
use tsunagu::core::dashboard::dashboard;
use tsunagu::core::dashboard::dataset::with_sources;
use tsunagu::core::dashboard::period::PeriodChoice;
use tsunagu::core::i18n::Lang;
use tsunagu::core::identify::rfm::Segment;
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::sample::{generate, SampleSize};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let seed: u64 = value("--seed").and_then(|s| s.parse().ok()).unwrap_or(11);
    let now: DateTime<Utc> = value("--now")
        .and_then(|s| s.parse().ok())
        .expect("--now YYYY-MM-DDTHH:MM:SSZ");
    let minutes: i32 = value("--offset-minutes")
        .and_then(|s| s.parse().ok())
        .unwrap_or(540);
    let offset = FixedOffset::east_opt(minutes * 60).expect("an offset within a day");
    let lang = value("--lang")
        .and_then(|s| Lang::parse(&s))
        .unwrap_or(Lang::Ja);
    let size = match value("--size").as_deref() {
        Some("large") => SampleSize::LARGE,
        _ => SampleSize::SMALL,
    };
    let data = generate(seed, size, Sample::DogWalking, lang, now, offset);
    if let Some(path) = value("--backup") {
        std::fs::write(&path, write_backup(&data, now, "sample")).expect("the backup is written");
    }

    let today = now.with_timezone(&offset).date_naive();
    let views: Vec<Value> = with_sources(&data, now, offset, |sources| {
        args
        .iter()
        .enumerate()
        .filter(|(_, a)| *a == "--view")
        .filter_map(|(i, _)| args.get(i + 1))
        .map(|spec| {
            let mut parts = spec.split(':');
            let mut period = parts.next().unwrap_or("").split('/');
            let name = period.next();
            let choice = PeriodChoice::from_link(name, period.next(), period.next(), today);
            let audience = Audience {
                tier: parts.next().and_then(Tier::parse),
                segment: parts.next().and_then(Segment::parse),
            };
            let figures = choice.period(today).map(|p| dashboard(sources, p, audience));
            let drawn: Vec<Value> = figures
                .iter()
                .flat_map(|d| charts(d, lang))
                .map(|c| {
                    let rows: Vec<Vec<String>> = c
                        .rows
                        .iter()
                        .map(|r| std::iter::once(r.label.clone()).chain(r.cells.clone()).collect())
                        .collect();
                    json!({ "id": c.id, "title": c.title, "summary": c.summary, "columns": c.columns, "rows": rows })
                })
                .collect();
            json!({ "view": spec, "charts": drawn })
        })
        .collect()
    });
    println!("{}", json!({ "today": today.to_string(), "views": views }));
}
