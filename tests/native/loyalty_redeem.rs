//! Redeeming a coupon: once, by its customer, between the day it was issued and its last valid
//! day in the business's own calendar — checked on tables of explicit moments, with the law
//! that whatever the counter does, a coupon is never used on two visits.

use super::support::{at, day, id, jst, local, local_at};
use chrono::{DateTime, FixedOffset, Utc};
use proptest::prelude::*;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::loyalty::coupon::{Benefit, Coupon, CouponId, Origin, Redemption};
use tsunagu::core::loyalty::redeem::{
    available, redeem, unredeem, void, CouponState, RedeemError, VoidError,
};
use tsunagu::core::record::Versioned;
use tsunagu::core::visit::{Money, Visit, VisitId};

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

fn visit_id(n: u8) -> VisitId {
    VisitId::from_random_bytes([n; 16])
}

fn visit(n: u8, customer: &CustomerId, started_at: DateTime<Utc>) -> Visit {
    Visit::new(
        visit_id(n),
        customer.clone(),
        started_at,
        Money::yen(3000),
        started_at,
    )
}

/// ¥500 off for customer 1, issued at 10:00 on 1 March 2026 in Japan, last valid 31 March.
fn march_coupon() -> Coupon {
    Coupon::new(
        CouponId::from_random_bytes([7; 16]),
        id(1),
        Benefit::Amount {
            money: Money::yen(500),
        },
        Origin::Manual,
        local("2026-03-01 10:00"),
        Some(day("2026-03-31")),
    )
}

#[test]
fn the_last_valid_day_ends_at_midnight_where_the_business_is() {
    let check = |offset: FixedOffset, visit_at: &str, expected: Result<(), RedeemError>| {
        let mut coupon = march_coupon();
        let visit = visit(1, &id(1), local_at(offset, visit_at));
        let result = redeem(&mut coupon, &visit, offset, at(2026, 4, 2, 0, 0));
        assert_eq!(result, expected, "visit at {visit_at} ({offset})");
        assert_eq!(coupon.redemption.is_some(), expected.is_ok(), "{visit_at}");
    };
    let expired = Err(RedeemError::Expired {
        on: day("2026-03-31"),
    });
    // 23:30 in Tokyo is 14:30 UTC, still 31 March: valid.
    check(jst(), "2026-03-31 23:30", Ok(()));
    // Ten past midnight in Tokyo is 15:10 UTC on 31 March, but 1 April where the shop is.
    check(jst(), "2026-04-01 00:10", expired.clone());
    check(jst(), "2026-05-20 12:00", expired);
    // The same instant in a shop that keeps UTC is still 31 March.
    check(utc(), "2026-03-31 15:10", Ok(()));
    // Issued at 10:00 on 1 March: a visit earlier that day may use it, one the day before not.
    check(jst(), "2026-03-01 09:00", Ok(()));
    check(jst(), "2026-02-28 23:59", Err(RedeemError::NotYetIssued));
}

#[test]
fn a_coupon_is_redeemed_once_and_only_by_its_customer() {
    let now = at(2026, 3, 10, 3, 0);
    let mut coupon = march_coupon();
    let first = visit(1, &id(1), local("2026-03-10 11:00"));
    let second = visit(2, &id(1), local("2026-03-12 11:00"));
    let strangers = visit(3, &id(2), local("2026-03-10 11:00"));

    assert_eq!(
        redeem(&mut coupon, &strangers, jst(), now),
        Err(RedeemError::NotTheirs)
    );
    assert_eq!(redeem(&mut coupon, &first, jst(), now), Ok(()));
    let redeemed = coupon.clone();
    assert_eq!(
        redeemed.redemption,
        Some(Redemption {
            visit: first.id.clone(),
            at: now
        })
    );
    assert!(redeemed.descends_from(march_coupon().updated_at));
    // The same redemption again changes nothing, not even the version.
    let later = now + chrono::TimeDelta::hours(1);
    assert_eq!(redeem(&mut coupon, &first, jst(), later), Ok(()));
    assert_eq!(coupon, redeemed);
    assert_eq!(
        redeem(&mut coupon, &second, jst(), later),
        Err(RedeemError::AlreadyRedeemed {
            visit: first.id.clone()
        })
    );
    assert_eq!(coupon, redeemed);
    // A redeemed coupon stays redeemed after its last day.
    assert_eq!(
        coupon.state(day("2026-12-31")),
        CouponState::Redeemed {
            visit: first.id.clone(),
            at: now
        }
    );
    assert_eq!(
        void(&mut coupon, later),
        Err(VoidError::Redeemed {
            visit: first.id.clone()
        })
    );

    // The first visit is deleted: the coupon is free again, and goes to the second.
    assert!(!unredeem(&mut coupon, &second.id, later));
    assert_eq!(coupon, redeemed);
    assert!(unredeem(&mut coupon, &first.id, later));
    assert_eq!(coupon.redemption, None);
    assert!(coupon.updated_at > redeemed.updated_at);
    assert_eq!(redeem(&mut coupon, &second, jst(), later), Ok(()));
    assert_eq!(coupon.redemption.map(|r| r.visit), Some(second.id));
}

#[test]
fn a_voided_coupon_cannot_be_redeemed() {
    let mut coupon = march_coupon();
    let voided_at = at(2026, 3, 5, 1, 0);
    assert_eq!(void(&mut coupon, voided_at), Ok(()));
    assert_eq!(void(&mut coupon, at(2026, 3, 6, 1, 0)), Ok(()));
    assert_eq!(
        coupon.voided_at,
        Some(voided_at),
        "the first voiding counts"
    );
    let visit = visit(1, &id(1), local("2026-03-10 11:00"));
    assert_eq!(
        redeem(&mut coupon, &visit, jst(), at(2026, 3, 10, 3, 0)),
        Err(RedeemError::Voided)
    );
    assert_eq!(
        coupon.state(day("2026-03-10")),
        CouponState::Voided { at: voided_at }
    );
}

#[test]
fn a_coupon_is_available_until_its_last_day() {
    let coupon = march_coupon();
    let check = |today: &str, state: CouponState| {
        assert_eq!(coupon.state(day(today)), state, "{today}");
    };
    check("2026-03-15", CouponState::Available);
    check("2026-03-31", CouponState::Available);
    check(
        "2026-04-01",
        CouponState::Expired {
            on: day("2026-03-31"),
        },
    );
    let forever = Coupon {
        expires_on: None,
        ..march_coupon()
    };
    assert_eq!(forever.state(day("2099-01-01")), CouponState::Available);
}

#[test]
fn the_usable_coupons_come_soonest_to_expire_first() {
    let coupon = |n: u8, customer: u8, expires: Option<&str>| Coupon {
        id: CouponId::from_random_bytes([n; 16]),
        customer: id(customer),
        expires_on: expires.map(day),
        ..march_coupon()
    };
    let mut redeemed = coupon(6, 1, Some("2026-03-20"));
    redeemed.redemption = Some(Redemption {
        visit: visit_id(1),
        at: at(2026, 3, 2, 0, 0),
    });
    let mut voided = coupon(7, 1, Some("2026-03-20"));
    voided.voided_at = Some(at(2026, 3, 2, 0, 0));
    let coupons = [
        coupon(1, 1, None),
        coupon(2, 1, Some("2026-04-30")),
        coupon(4, 1, Some("2026-03-31")),
        coupon(3, 1, Some("2026-03-31")),
        coupon(5, 1, Some("2026-03-09")),
        coupon(8, 2, Some("2026-03-15")),
        redeemed,
        voided,
    ];
    let order: Vec<u8> = available(&coupons, &id(1), day("2026-03-10"))
        .iter()
        .map(|c| {
            (1..=8)
                .find(|n| c.id == CouponId::from_random_bytes([*n; 16]))
                .unwrap()
        })
        .collect();
    assert_eq!(order, [3, 4, 2, 1]);
}

/// The steps a counter may take with one coupon, on one of three visits.
#[derive(Clone, Debug)]
enum Step {
    Redeem(u8),
    Unredeem(u8),
    Void,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        4 => (1u8..=3).prop_map(Step::Redeem),
        3 => (1u8..=3).prop_map(Step::Unredeem),
        1 => Just(Step::Void),
    ];
    prop::collection::vec(step, 0..30)
}

proptest! {
    /// Whatever the counter does, in any order, the coupon is redeemed on at most one visit at
    /// a time, a second visit is refused while it is, and only taking the redemption back frees
    /// it; every change is a new version.
    #[test]
    fn a_coupon_is_never_redeemed_on_two_visits(steps in steps()) {
        let mut coupon = march_coupon();
        let mut redeemed_on: Option<u8> = None;
        let mut voided = false;
        let mut now = at(2026, 3, 10, 0, 0);
        for step in steps {
            now += chrono::TimeDelta::minutes(1);
            let before = coupon.clone();
            match step {
                Step::Redeem(n) => {
                    let visit = visit(n, &id(1), local("2026-03-10 11:00"));
                    let result = redeem(&mut coupon, &visit, jst(), now);
                    let expected = match (redeemed_on, voided) {
                        (Some(m), _) if m == n => Ok(()),
                        (Some(m), _) => Err(RedeemError::AlreadyRedeemed { visit: visit_id(m) }),
                        (None, true) => Err(RedeemError::Voided),
                        (None, false) => {
                            redeemed_on = Some(n);
                            Ok(())
                        }
                    };
                    prop_assert_eq!(result, expected);
                }
                Step::Unredeem(n) => {
                    let freed = unredeem(&mut coupon, &visit_id(n), now);
                    prop_assert_eq!(freed, redeemed_on == Some(n));
                    if freed {
                        redeemed_on = None;
                    }
                }
                Step::Void => {
                    let result = void(&mut coupon, now);
                    prop_assert_eq!(result.is_ok(), redeemed_on.is_none());
                    voided |= result.is_ok();
                }
            }
            prop_assert_eq!(
                coupon.redemption.as_ref().map(|r| r.visit.clone()),
                redeemed_on.map(visit_id)
            );
            if coupon != before {
                prop_assert!(coupon.updated_at > before.updated_at);
                prop_assert!(coupon.descends_from(before.updated_at));
            }
        }
    }

}
