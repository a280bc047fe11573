//! Gifts on a date and the rules behind them: a birthday coupon once a year (29 February
//! included), a win-back coupon once per absence, both issued on the first day of their window
//! whichever day it is asked, and the owner's rules as they are stored and switched off.

use super::support::{day, id, jst, local, person};
use chrono::{DateTime, Datelike, Utc};
use tsunagu::core::customer::Customer;
use tsunagu::core::identify::tiers::Tier;
use tsunagu::core::loyalty::coupon::{Benefit, Coupon, CouponId, InvalidBenefit, Origin};
use tsunagu::core::loyalty::gifts::{birthday_coupon_due, birthday_in, win_back_coupon};
use tsunagu::core::loyalty::rules::{vip_discount, InvalidRule, LoyaltyRules};

/// The first moment of `text`'s day in Japan.
fn midnight(text: &str) -> DateTime<Utc> {
    local(&format!("{text} 00:00"))
}

fn born(birthday: &str) -> Customer {
    let mut customer = person(1, "山田 花子", "ヤマダ ハナコ");
    customer.birthday = Some(day(birthday));
    customer
}

/// The default rules: issued 14 days before the birthday, valid 45 days from then.
fn due(birthday: &str, today: &str, existing: &[Coupon]) -> Option<Coupon> {
    birthday_coupon_due(
        &born(birthday),
        day(today),
        existing,
        &LoyaltyRules::default(),
        jst(),
    )
}

#[test]
fn a_birthday_coupon_is_due_from_two_weeks_before_to_a_month_after() {
    // (birthday, today, the birthday year the coupon is for, or none)
    let check = |birthday: &str, today: &str, year: Option<i32>| {
        let coupon = due(birthday, today, &[]);
        let origin = coupon.as_ref().map(|c| c.origin.clone());
        assert_eq!(
            origin,
            year.map(|year| Origin::Birthday { year }),
            "born {birthday}, on {today}"
        );
    };
    check("1990-05-20", "2026-05-05", None);
    check("1990-05-20", "2026-05-06", Some(2026));
    check("1990-05-20", "2026-05-20", Some(2026));
    check("1990-05-20", "2026-06-19", Some(2026));
    check("1990-05-20", "2026-06-20", None);
    check("1990-05-20", "2027-05-06", Some(2027));
    // Early in January: issued in the December before, for the new year's birthday.
    check("1985-01-05", "2025-12-21", None);
    check("1985-01-05", "2025-12-22", Some(2026));
    check("1985-01-05", "2026-01-20", Some(2026));
    // 29 February: on the 28th in years without one.
    check("2000-02-29", "2027-02-13", None);
    check("2000-02-29", "2027-02-14", Some(2027));
    check("2000-02-29", "2028-02-14", None);
    check("2000-02-29", "2028-02-15", Some(2028));
}

#[test]
fn a_birthday_coupon_starts_at_midnight_and_is_given_once_a_year() {
    let coupon = due("2000-02-29", "2027-03-01", &[]).unwrap();
    assert_eq!(coupon.issued_at, midnight("2027-02-14"));
    assert_eq!(coupon.expires_on, Some(day("2027-03-30")));
    assert_eq!(
        coupon.benefit,
        LoyaltyRules::default().birthday.unwrap().benefit
    );
    assert_eq!(coupon.customer, id(1));
    // Asked on another day of the window, on another device: the very same record.
    assert_eq!(due("2000-02-29", "2027-02-14", &[]), Some(coupon.clone()));
    // Once issued, not again that year, even redeemed or voided since; next year, a new one.
    let mut used = coupon.clone();
    used.voided_at = Some(midnight("2027-02-20"));
    let issued = [coupon.clone()];
    assert_eq!(due("2000-02-29", "2027-02-20", &issued), None);
    assert_eq!(due("2000-02-29", "2027-02-20", &[used]), None);
    let next = due("2000-02-29", "2028-02-20", &issued).unwrap();
    assert_ne!(next.id, coupon.id);
}

#[test]
fn no_birthday_coupon_without_a_birthday_or_the_rule() {
    let mut unknown = born("1990-05-20");
    unknown.birthday = None;
    let rules = LoyaltyRules::default();
    assert_eq!(
        birthday_coupon_due(&unknown, day("2026-05-20"), &[], &rules, jst()),
        None
    );
    let off = LoyaltyRules {
        birthday: None,
        ..rules
    };
    assert_eq!(
        birthday_coupon_due(&born("1990-05-20"), day("2026-05-20"), &[], &off, jst()),
        None
    );
}

#[test]
fn birthdays_fall_on_the_same_day_each_year_or_the_28th() {
    let check = |birthday: &str, year: i32, expected: &str| {
        assert_eq!(birthday_in(day(birthday), year), Some(day(expected)));
    };
    check("2000-02-29", 2027, "2027-02-28");
    check("2000-02-29", 2028, "2028-02-29");
    check("1999-02-28", 2028, "2028-02-28");
    check("1990-12-31", 2026, "2026-12-31");
}

#[test]
fn a_customer_away_for_ninety_days_is_asked_back_once() {
    let rules = LoyaltyRules::default();
    let ask = |last: &str, today: &str, existing: &[Coupon]| {
        win_back_coupon(&id(1), day(last), day(today), existing, &rules, jst())
    };
    // Last seen 10 January: due from 10 April (90 days on) for 30 days.
    assert_eq!(ask("2026-01-10", "2026-04-09", &[]), None);
    let coupon = ask("2026-01-10", "2026-04-10", &[]).unwrap();
    assert_eq!(
        coupon.origin,
        Origin::WinBack {
            last_visit: day("2026-01-10")
        }
    );
    assert_eq!(coupon.issued_at, midnight("2026-04-10"));
    assert_eq!(coupon.expires_on, Some(day("2026-05-09")));
    assert_eq!(ask("2026-01-10", "2026-05-09", &[]), Some(coupon.clone()));
    assert_eq!(ask("2026-01-10", "2026-05-10", &[]), None);
    let issued = [coupon.clone()];
    assert_eq!(ask("2026-01-10", "2026-04-20", &issued), None);
    // Back on 1 May, then away again: a new absence, a new coupon.
    let again = ask("2026-05-01", "2026-07-30", &issued).unwrap();
    assert_ne!(again.id, coupon.id);
    let off = LoyaltyRules {
        win_back: None,
        ..LoyaltyRules::default()
    };
    assert_eq!(
        win_back_coupon(
            &id(1),
            day("2026-01-10"),
            day("2026-04-10"),
            &[],
            &off,
            jst()
        ),
        None
    );
}

#[test]
fn the_default_rules_are_a_small_shops() {
    let rules = LoyaltyRules::default();
    assert_eq!(rules.check(), Ok(()));
    let card = rules.stamp_card.as_ref().unwrap();
    assert_eq!((card.per_visit, card.stamps_for_reward), (1, 10));
    assert_eq!(card.reward_valid_days, Some(90));
    let birthday = rules.birthday.as_ref().unwrap();
    // From two weeks before the birthday to a month after it.
    assert_eq!(
        birthday.days_before + 30 + 1,
        birthday.valid_days.unwrap(),
        "{birthday:?}"
    );
    assert_eq!(
        vip_discount(Tier::A, &rules),
        Some(Benefit::Percent { percent: 5 })
    );
    assert_eq!(vip_discount(Tier::B, &rules), None);
    assert_eq!(vip_discount(Tier::C, &rules), None);
    let no_vip = LoyaltyRules { vip: None, ..rules };
    assert_eq!(vip_discount(Tier::A, &no_vip), None);
}

#[test]
fn stored_rules_keep_a_rule_switched_off_and_fill_in_a_missing_one() {
    let rules: LoyaltyRules = serde_json::from_str("{}").unwrap();
    assert_eq!(rules, LoyaltyRules::default());
    let rules: LoyaltyRules = serde_json::from_str(r#"{"stamp_card": null}"#).unwrap();
    assert_eq!(rules.stamp_card, None);
    assert_eq!(rules.birthday, LoyaltyRules::default().birthday);
    let json = serde_json::to_string(&rules).unwrap();
    assert_eq!(serde_json::from_str::<LoyaltyRules>(&json).unwrap(), rules);
}

#[test]
fn a_rule_with_a_benefit_that_cannot_be_given_is_named() {
    let mut rules = LoyaltyRules::default();
    if let Some(gift) = rules.win_back.as_mut() {
        gift.benefit = Benefit::Percent { percent: 0 };
    }
    assert_eq!(
        rules.check(),
        Err(InvalidRule::WinBack(InvalidBenefit::Percent { percent: 0 }))
    );
}

#[test]
fn gift_ids_are_the_derived_ones() {
    let coupon = due("1990-05-20", "2026-05-20", &[]).unwrap();
    let year = coupon.issued_at.with_timezone(&jst()).year();
    assert_eq!(
        Some(coupon.id),
        CouponId::derived(&id(1), &Origin::Birthday { year })
    );
}
