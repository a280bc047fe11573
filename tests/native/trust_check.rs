//! The trust check: items delivered short of what was booked, and the remedy suggested for
//! them — the missing minutes done again, or the paid share of what was missing — checked on a
//! table of visits.

use super::support::{at, id};
use tsunagu::core::loyalty::coupon::Benefit;
use tsunagu::core::loyalty::trust::{
    shortfalls, suggest_remedy, Missing, Shortfall, SuggestedRemedy, Unit,
};
use tsunagu::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};

/// (name, booked count, booked minutes, delivered count, delivered minutes)
type Item<'a> = (&'a str, u32, u32, u32, u32);

fn visit(paid: i64, items: &[Item]) -> Visit {
    let mut visit = Visit::new(
        VisitId::from_random_bytes([1; 16]),
        id(1),
        at(2026, 11, 20, 1, 0),
        Money::yen(paid),
        at(2026, 11, 20, 2, 0),
    );
    visit.items = items
        .iter()
        .map(|(name, bc, bm, dc, dm)| VisitItem {
            name: (*name).into(),
            booked: Quantity {
                count: *bc,
                minutes: *bm,
            },
            delivered: Quantity {
                count: *dc,
                minutes: *dm,
            },
        })
        .collect();
    visit
}

/// The remedy suggested for `items` paid `paid`, as (benefit, missing, of, percent).
fn remedy(paid: i64, items: &[Item]) -> Option<(Benefit, Unit, u32, u32, u32)> {
    let visit = visit(paid, items);
    let short = shortfalls(&visit);
    assert_eq!(short.is_empty(), !visit.short(), "{items:?}");
    suggest_remedy(&visit, &short).map(
        |SuggestedRemedy {
             benefit,
             missing: m,
         }| (benefit, m.unit, m.missing, m.of, m.percent()),
    )
}

#[test]
fn the_remedy_fits_what_was_missing() {
    let redo = |minutes| Benefit::Redo { minutes };
    let amount = |amount| Benefit::Amount {
        money: Money::yen(amount),
    };
    let check = |paid: i64, items: &[Item], expected: Option<(Benefit, Unit, u32, u32, u32)>| {
        assert_eq!(remedy(paid, items), expected, "paid {paid}: {items:?}");
    };
    // A 60-minute walk walked for 30: the 30 minutes again, "30 of 60 minutes (50 %)".
    check(
        3000,
        &[("60分散歩", 1, 60, 1, 30)],
        Some((redo(30), Unit::Minutes, 30, 60, 50)),
    );
    // Minutes are counted over everything booked: 20 of 90 minutes is 22 %.
    check(
        5000,
        &[("散歩", 0, 60, 0, 40), ("ブラッシング", 0, 30, 0, 30)],
        Some((redo(20), Unit::Minutes, 20, 90, 22)),
    );
    // Extra time on one item does not make up for time missing on another.
    check(
        5000,
        &[("散歩", 0, 60, 0, 45), ("ブラッシング", 0, 30, 0, 50)],
        Some((redo(15), Unit::Minutes, 15, 90, 16)),
    );
    // Minutes and a count both missing: time is made up with time.
    check(
        5000,
        &[("散歩", 2, 60, 1, 30)],
        Some((redo(30), Unit::Minutes, 30, 60, 50)),
    );
    // Two of three lessons given, ¥9,000 paid: ¥3,000 back, one of three (33 %).
    check(
        9000,
        &[("レッスン", 3, 0, 2, 0)],
        Some((amount(3000), Unit::Count, 1, 3, 33)),
    );
    // The share is rounded down to whole yen: ¥1,000 × 1/3.
    check(
        1000,
        &[("卵", 3, 0, 2, 0)],
        Some((amount(333), Unit::Count, 1, 3, 33)),
    );
    // Counted over every item booked: one of five things missing from ¥2,500.
    check(
        2500,
        &[("コーヒー", 2, 0, 2, 0), ("ケーキ", 3, 0, 2, 0)],
        Some((amount(500), Unit::Count, 1, 5, 20)),
    );
    // Nothing at all delivered: all of it.
    check(
        1200,
        &[("ケーキ", 2, 0, 0, 0)],
        Some((amount(1200), Unit::Count, 2, 2, 100)),
    );
}

#[test]
fn nothing_is_flagged_when_nothing_was_short() {
    let check = |paid: i64, items: &[Item]| {
        assert_eq!(remedy(paid, items), None, "paid {paid}: {items:?}");
    };
    check(3000, &[]);
    check(3000, &[("60分散歩", 1, 60, 1, 60)]);
    check(3000, &[("60分散歩", 1, 60, 1, 75)]);
    // Nothing booked: what was delivered cannot fall short of it.
    check(3000, &[("おまけ", 0, 0, 1, 10)]);
    // A count short of a visit paid nothing: no money to give back.
    check(0, &[("レッスン", 3, 0, 2, 0)]);
    // A share that rounds down to nothing is no remedy.
    check(2, &[("卵", 3, 0, 2, 0)]);
}

#[test]
fn each_short_item_says_what_is_missing() {
    let visit = visit(
        5000,
        &[
            ("散歩", 1, 60, 1, 30),
            ("おやつ", 2, 0, 2, 0),
            ("ブラッシング", 2, 20, 1, 25),
        ],
    );
    let quantity = |count, minutes| Quantity { count, minutes };
    assert_eq!(
        shortfalls(&visit),
        [
            Shortfall {
                item: "散歩".into(),
                booked: quantity(1, 60),
                delivered: quantity(1, 30),
                missing_minutes: 30,
                missing_count: 0,
            },
            Shortfall {
                item: "ブラッシング".into(),
                booked: quantity(2, 20),
                delivered: quantity(1, 25),
                missing_minutes: 0,
                missing_count: 1,
            },
        ]
    );
}

#[test]
fn the_share_missing_is_whole_percent_rounded_down_and_at_most_all() {
    let check = |missing, of, percent| {
        let m = Missing {
            unit: Unit::Minutes,
            missing,
            of,
        };
        assert_eq!(m.percent(), percent, "{missing} of {of}");
    };
    check(30, 60, 50);
    check(2, 3, 66);
    check(1, 1000, 0);
    check(60, 60, 100);
    check(90, 60, 100);
    check(5, 0, 0);
    check(u32::MAX, u32::MAX, 100);
}
