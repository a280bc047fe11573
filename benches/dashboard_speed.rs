//! How fast the dashboard's figures are with a large book: the core's large sample business
//! (10,000 customers, 100,000 visits, 30,000 pieces of feedback, 5,000 tickets and 5,000
//! coupons). Timed: every figure and every chart's table for the last 12 months and for the
//! last 3, for everyone and for one tier — what the page recomputes when the period or the
//! filter changes, with the settings of a fresh device. The analysis it reads is computed
//! once beforehand (timed in `fit_cases.rs`). Figures are printed.

use crate::timing::median_ms;
use chrono::{FixedOffset, TimeZone, Utc};
use tsunagu::core::catalog::samples::Sample;
use tsunagu::core::dashboard::audience::Audience;
use tsunagu::core::dashboard::charts::charts;
use tsunagu::core::dashboard::dashboard;
use tsunagu::core::dashboard::dataset::with_sources;
use tsunagu::core::dashboard::period::PeriodChoice;
use tsunagu::core::i18n::Lang;
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::sample::{generate, SampleSize};

/// Runs the timings, printing with `print` and timing with `now_ms`.
pub fn run(where_: &str, now_ms: impl Fn() -> f64, print: impl Fn(String)) {
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).unwrap();
    let offset = FixedOffset::east_opt(9 * 3600).expect("JST");
    let today = now.with_timezone(&offset).date_naive();
    let size = SampleSize::LARGE;
    let started = now_ms();
    let data = generate(5, size, Sample::DogWalking, Lang::Ja, now, offset);
    let generated = now_ms() - started;
    print(format!(
        "Dashboard figures ({where_}; {} customers, {} visits, {} feedback, {} tickets, {} coupons; generated in {generated:.0} ms):",
        data.customers.len(),
        data.visits.len(),
        data.feedback.len(),
        data.tickets.len(),
        data.coupons.len(),
    ));
    with_sources(&data, now, offset, |sources| {
        let cases = [
            ("last 12 months, everyone", PeriodChoice::Last12Months, None),
            ("last 3 months, everyone", PeriodChoice::Last3Months, None),
            (
                "last 12 months, tier A",
                PeriodChoice::Last12Months,
                Some(Tier::A),
            ),
        ];
        for (name, choice, tier) in cases {
            let period = choice.period(today).expect("a period");
            let audience = Audience {
                tier,
                segment: None,
            };
            let mut drawn = 0;
            let ms = median_ms(&now_ms, || {
                let d = dashboard(sources, period, audience);
                drawn = charts(&d, Lang::Ja).len();
            });
            print(format!(
                "  {name:<26} {ms:>7.1} ms  ({drawn} charts; target ≤ 200 ms with drawing)"
            ));
        }
    });
}
