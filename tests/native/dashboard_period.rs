//! The dashboard's periods: what each choice means on a given day, and the months and weeks a
//! period is cut into (their days add up to the period, partial ones at the ends say so).

use crate::support::day;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use proptest::prelude::*;
use tsunagu::core::dashboard::period::{Bucket, PeriodChoice, PeriodError, MAX_DAYS};

#[test]
fn each_choice_means_whole_months_up_to_today() {
    let custom = |from: &str, to: &str| PeriodChoice::Custom {
        from: day(from),
        to: day(to),
    };
    // (today, choice, first day, last day) or the refusal.
    type Case = (
        &'static str,
        PeriodChoice,
        Result<(&'static str, &'static str), PeriodError>,
    );
    let cases: Vec<Case> = vec![
        (
            "2026-11-23",
            PeriodChoice::ThisMonth,
            Ok(("2026-11-01", "2026-11-23")),
        ),
        (
            "2026-11-01",
            PeriodChoice::ThisMonth,
            Ok(("2026-11-01", "2026-11-01")),
        ),
        (
            "2026-11-23",
            PeriodChoice::Last3Months,
            Ok(("2026-09-01", "2026-11-23")),
        ),
        // Across a new year.
        (
            "2026-02-10",
            PeriodChoice::Last3Months,
            Ok(("2025-12-01", "2026-02-10")),
        ),
        (
            "2026-11-23",
            PeriodChoice::Last12Months,
            Ok(("2025-12-01", "2026-11-23")),
        ),
        (
            "2026-03-31",
            PeriodChoice::Last12Months,
            Ok(("2025-04-01", "2026-03-31")),
        ),
        (
            "2026-11-23",
            custom("2026-01-15", "2026-03-10"),
            Ok(("2026-01-15", "2026-03-10")),
        ),
        (
            "2026-11-23",
            custom("2026-05-05", "2026-05-05"),
            Ok(("2026-05-05", "2026-05-05")),
        ),
        (
            "2026-11-23",
            custom("2026-03-10", "2026-03-09"),
            Err(PeriodError::Reversed),
        ),
        // MAX_DAYS (3,660) days is the longest; one more is refused.
        (
            "2026-11-23",
            custom("2016-01-01", "2026-01-07"),
            Ok(("2016-01-01", "2026-01-07")),
        ),
        (
            "2026-11-23",
            custom("2016-01-01", "2026-01-08"),
            Err(PeriodError::TooLong),
        ),
    ];
    for (today, choice, want) in cases {
        let got = choice.period(day(today)).map(|p| (p.from, p.to));
        let want = want.map(|(from, to)| (day(from), day(to)));
        assert_eq!(got, want, "{choice:?} on {today}");
    }
    let longest = custom("2016-01-01", "2026-01-07")
        .period(day("2026-11-23"))
        .unwrap();
    assert_eq!(i64::from(longest.days()), MAX_DAYS);
}

#[test]
fn months_and_weeks_cover_the_period_with_partial_ends() {
    let b = |start: &str, days: u32, partial: bool| Bucket {
        start: day(start),
        days,
        partial,
    };
    let period = PeriodChoice::Custom {
        from: day("2026-01-15"),
        to: day("2026-03-10"),
    }
    .period(day("2026-11-23"))
    .unwrap();
    assert_eq!(
        period.months(),
        vec![
            b("2026-01-01", 17, true),
            b("2026-02-01", 28, false),
            b("2026-03-01", 10, true),
        ]
    );
    // 1 November 2026 is a Sunday and the 23rd a Monday.
    let november = PeriodChoice::ThisMonth.period(day("2026-11-23")).unwrap();
    assert_eq!(
        november.weeks(),
        vec![
            b("2026-10-26", 1, true),
            b("2026-11-02", 7, false),
            b("2026-11-09", 7, false),
            b("2026-11-16", 7, false),
            b("2026-11-23", 1, true),
        ]
    );
    assert_eq!(november.months(), vec![b("2026-11-01", 23, true)]);
}

proptest! {
    /// Any period's months and weeks are consecutive, start where they should, and their days
    /// add up to the period's.
    #[test]
    fn buckets_add_up_to_the_period(start in 0u64..4_000, length in 0u64..800) {
        let from = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Days::new(start);
        let to = from + Days::new(length);
        let period = PeriodChoice::Custom { from, to }.period(to).unwrap();
        for (buckets, is_start) in [
            (period.months(), (|d: NaiveDate| d.day() == 1) as fn(NaiveDate) -> bool),
            (period.weeks(), |d: NaiveDate| d.weekday() == Weekday::Mon),
        ] {
            let total: u32 = buckets.iter().map(|b| b.days).sum();
            prop_assert_eq!(total, period.days());
            prop_assert!(buckets.iter().all(|b| is_start(b.start) && b.days > 0));
            prop_assert!(buckets.windows(2).all(|w| w[0].start < w[1].start));
            let inner = buckets.len().saturating_sub(2);
            prop_assert!(buckets.iter().skip(1).take(inner).all(|b| !b.partial));
            prop_assert!(buckets[0].start <= from && from < buckets[0].start + Days::new(31));
        }
    }
}

#[test]
fn a_link_names_its_period() {
    let today = day("2026-11-23");
    type Case<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
        PeriodChoice,
    );
    let cases: &[Case] = &[
        (None, None, None, PeriodChoice::Last3Months),
        (Some("month"), None, None, PeriodChoice::ThisMonth),
        (
            Some("12m"),
            Some("2026-01-01"),
            None,
            PeriodChoice::Last12Months,
        ),
        (Some("weird"), None, None, PeriodChoice::Last3Months),
        (
            Some("custom"),
            Some("2026-01-15"),
            Some("2026-03-10"),
            PeriodChoice::Custom {
                from: day("2026-01-15"),
                to: day("2026-03-10"),
            },
        ),
        // Unreadable or missing days fall back to the last 3 months'.
        (
            Some("custom"),
            Some("2026-02-30"),
            None,
            PeriodChoice::Custom {
                from: day("2026-09-01"),
                to: day("2026-11-23"),
            },
        ),
    ];
    for &(name, from, to, want) in cases {
        assert_eq!(
            PeriodChoice::from_link(name, from, to, today),
            want,
            "{name:?} {from:?} {to:?}"
        );
        assert_eq!(
            PeriodChoice::from_link(Some(want.name()), from, to, today).name(),
            want.name()
        );
    }
}

#[test]
fn a_period_runs_from_midnight_to_midnight_where_the_business_is() {
    let period = PeriodChoice::Custom {
        from: day("2026-09-01"),
        to: day("2026-09-30"),
    }
    .period(day("2026-11-23"))
    .unwrap();
    let (start, end) = period.bounds(crate::support::jst());
    assert_eq!(start, crate::support::local("2026-09-01 00:00"));
    assert_eq!(end, crate::support::local("2026-10-01 00:00"));
}
