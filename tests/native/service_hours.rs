//! The service clock: due times and open minutes in a business's own hours and time zone,
//! checked on a table of explicit moments, and the law that tying the two together holds for
//! any start and target.

use super::support::{jst, local, small_shop};
use proptest::prelude::*;
use tsunagu::core::service::hours::{BusinessHours, HoursError, Opening};

#[test]
fn a_target_falls_due_after_that_many_open_minutes() {
    let check = |from: &str, minutes: u32, due: &str| {
        assert_eq!(
            small_shop(&["2026-11-23"]).after(local(from), minutes),
            Some(local(due)),
            "{from} + {minutes} min"
        );
        assert_eq!(
            small_shop(&["2026-11-23"]).open_minutes(local(from), local(due)),
            i64::from(minutes),
            "{from} → {due}"
        );
    };
    // Inside the day.
    check("2026-11-24 10:00", 120, "2026-11-24 12:00");
    // Before opening: the clock starts at 9:00.
    check("2026-11-24 07:15", 120, "2026-11-24 11:00");
    // Across the evening.
    check("2026-11-24 17:30", 120, "2026-11-25 10:30");
    // Friday evening to Saturday's short day.
    check("2026-11-27 17:30", 120, "2026-11-28 11:30");
    // Saturday afternoon, past Sunday, to Monday.
    check("2026-11-28 13:00", 120, "2026-11-30 10:00");
    // Received on Sunday night.
    check("2026-11-29 23:50", 30, "2026-11-30 09:30");
    // The holiday Monday (2026-11-23) is skipped.
    check("2026-11-21 13:30", 60, "2026-11-24 09:30");
    // 24 open hours: Thursday afternoon (6), Friday (9), Saturday (4) and five on Monday.
    check("2026-11-26 12:00", 24 * 60, "2026-11-30 14:00");
    // Exactly at closing: the rest of the day is none.
    check("2026-11-24 18:00", 1, "2026-11-25 09:01");
    // A target of nothing is due at once, open or not.
    check("2026-11-29 12:00", 0, "2026-11-29 12:00");
}

#[test]
fn open_minutes_count_only_opening_hours() {
    let check = |from: &str, to: &str, minutes: i64| {
        assert_eq!(
            small_shop(&["2026-11-23"]).open_minutes(local(from), local(to)),
            minutes,
            "{from} → {to}"
        );
    };
    check("2026-11-24 08:00", "2026-11-24 19:00", 9 * 60);
    check("2026-11-28 00:00", "2026-11-30 00:00", 4 * 60);
    check("2026-11-24 12:00", "2026-11-24 11:00", 0);
    check("2026-11-24 12:00", "2026-11-24 12:00", 0);
    // A week: five days of nine hours and Saturday's four, less the holiday.
    check("2026-11-23 00:00", "2026-11-30 00:00", 4 * 9 * 60 + 4 * 60);
}

#[test]
fn always_open_is_the_wall_clock() {
    let hours = BusinessHours::always(jst());
    let from = local("2026-11-29 23:50");
    assert_eq!(hours.after(from, 24 * 60), Some(local("2026-11-30 23:50")));
    assert_eq!(hours.open_minutes(from, local("2026-12-01 00:50")), 25 * 60);
}

#[test]
fn hours_that_close_before_opening_are_refused() {
    let wrong = Some(Opening {
        open: 18 * 60,
        close: 9 * 60,
    });
    let mut week = [None; 7];
    week[2] = wrong;
    assert_eq!(
        BusinessHours::new(jst(), week),
        Err(HoursError::ClosesBeforeOpening {
            day: chrono::Weekday::Wed
        })
    );
    week[2] = Some(Opening {
        open: 9 * 60,
        close: 25 * 60,
    });
    assert!(BusinessHours::new(jst(), week).is_err());
}

#[test]
fn a_business_that_never_opens_has_no_due_times() {
    let closed = BusinessHours::new(jst(), [None; 7]).unwrap();
    assert_eq!(closed.after(local("2026-11-24 10:00"), 1), None);
    assert_eq!(
        closed.after(local("2026-11-24 10:00"), 0),
        Some(local("2026-11-24 10:00"))
    );
}

proptest! {
    /// Whatever the start and the target, the due time is exactly that many open minutes
    /// away, and a minute less is never already due.
    #[test]
    fn due_is_exactly_the_target_in_open_minutes(
        start in 0i64..60 * 24 * 60,
        minutes in 1u32..5 * 24 * 60,
    ) {
        let from = local("2026-11-16 00:00") + chrono::TimeDelta::minutes(start);
        let hours = small_shop(&["2026-11-23"]);
        let due = hours.after(from, minutes).unwrap();
        prop_assert_eq!(hours.open_minutes(from, due), i64::from(minutes));
        let before = due - chrono::TimeDelta::minutes(1);
        prop_assert!(hours.open_minutes(from, before) < i64::from(minutes));
    }
}
