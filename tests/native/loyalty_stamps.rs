//! The stamp card, counted from visits: which visits earn stamps, which visit completes each
//! reward, issuing the rewards once however often (and on however many devices) it is done,
//! and the balance with its history in order. The law: a card earns one reward for every so
//! many stamps, whatever the visits.

use super::support::{at, day, id, jst, local};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::loyalty::balance::{balance, LoyaltyEntry, LoyaltyEvent};
use tsunagu::core::loyalty::coupon::{Benefit, Coupon, CouponId, Origin};
use tsunagu::core::loyalty::redeem::{redeem, void};
use tsunagu::core::loyalty::rules::{LoyaltyRules, StampCard};
use tsunagu::core::loyalty::stamps::{rewards_earned, rewards_to_issue, stamped_visits};
use tsunagu::core::visit::{Money, Visit, VisitId};

fn visit_id(n: u32) -> VisitId {
    let mut bytes = [0xAB; 16];
    bytes[..4].copy_from_slice(&n.to_le_bytes());
    VisitId::from_random_bytes(bytes)
}

/// Customer `customer`'s visit number `n`, at 18:00 in Japan on the n-th day of 2026 (so
/// after 09:00 UTC: the UTC date is the same, the hour is not).
fn visit(n: u32, customer: &CustomerId, paid: Money) -> Visit {
    let start = day("2025-12-31") + Days::new(u64::from(n));
    let started_at = local(&format!("{start} 18:00"));
    Visit::new(visit_id(n), customer.clone(), started_at, paid, started_at)
}

/// `paid[i]` yen for visit i + 1 of customer 1.
fn visits(paid: &[i64]) -> Vec<Visit> {
    (1..)
        .zip(paid)
        .map(|(n, amount)| visit(n, &id(1), Money::yen(*amount)))
        .collect()
}

fn card(per_visit: u32, min_paid: Option<i64>, stamps_for_reward: u32) -> StampCard {
    StampCard {
        per_visit,
        min_paid: min_paid.map(Money::yen),
        stamps_for_reward,
        reward: Benefit::Amount {
            money: Money::yen(500),
        },
        reward_valid_days: Some(90),
        counts_from: None,
    }
}

fn rules(card: StampCard) -> LoyaltyRules {
    LoyaltyRules {
        stamp_card: Some(card),
        ..LoyaltyRules::default()
    }
}

/// The rewards `card` earns on `paid`, as (reward, number of the visit that completed it).
fn rewards(card: &StampCard, paid: &[i64]) -> Vec<(u32, u32)> {
    rewards_earned(&id(1), &visits(paid), card, jst())
        .iter()
        .map(|earned| {
            let n = (1..=paid.len() as u32)
                .find(|n| visit_id(*n) == earned.visit)
                .unwrap();
            (earned.reward, n)
        })
        .collect()
}

#[test]
fn a_reward_is_earned_by_the_visit_that_completes_the_card() {
    let check = |card: StampCard, paid: &[i64], expected: &[(u32, u32)]| {
        assert_eq!(rewards(&card, paid), expected, "{card:?} on {paid:?}");
    };
    // Ten stamps a reward: the 10th and the 20th visits, not the 9th or the 19th.
    check(card(1, None, 10), &[1000; 9], &[]);
    check(card(1, None, 10), &[1000; 10], &[(1, 10)]);
    check(card(1, None, 10), &[1000; 19], &[(1, 10)]);
    check(card(1, None, 10), &[1000; 20], &[(1, 10), (2, 20)]);
    // Three stamps a visit: 12, 21 and 30 stamps pass 10, 20 and 30.
    check(card(3, None, 10), &[1000; 10], &[(1, 4), (2, 7), (3, 10)]);
    // A visit may fill more than one card.
    check(
        card(25, None, 10),
        &[1000; 2],
        &[(1, 1), (2, 1), (3, 2), (4, 2), (5, 2)],
    );
    // Only visits of ¥500 or more count: ¥499 does not, ¥500 does.
    check(
        card(1, Some(500), 2),
        &[499, 500, 1200, 0, 499, 800, 500],
        &[(1, 3), (2, 7)],
    );
    // A card that needs no stamps gives nothing rather than endless rewards.
    check(card(1, None, 0), &[1000; 5], &[]);
    check(card(0, None, 10), &[1000; 30], &[]);
}

#[test]
fn visits_paid_in_another_currency_or_before_the_card_earn_nothing_under_a_minimum() {
    let mut paid = visits(&[1000, 1000, 1000]);
    // $5,000 is not ¥5,000: a minimum in yen is not met in dollars.
    paid[1].paid = Money {
        amount: 5000,
        currency: "USD".into(),
    };
    let count = |card: &StampCard| {
        stamped_visits(&id(1), &paid, card, jst())
            .iter()
            .map(|s| s.visit.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(count(&card(1, Some(500), 10)), [visit_id(1), visit_id(3)]);
    assert_eq!(count(&card(1, None, 10)).len(), 3);
    // The card was introduced on 3 January: visits 1 and 2 came before it.
    let mut late = card(1, None, 10);
    late.counts_from = Some(day("2026-01-03"));
    assert_eq!(count(&late), [visit_id(3)]);
}

#[test]
fn stamps_follow_the_visits_in_time_whatever_order_they_are_stored_in() {
    let mut shuffled = visits(&[1000; 12]);
    shuffled.reverse();
    shuffled.swap(2, 7);
    // Another customer's visits count for them, not for customer 1.
    shuffled.extend((20..40).map(|n| visit(n, &id(2), Money::yen(1000))));
    let card = card(1, None, 5);
    let earned = rewards_earned(&id(1), &shuffled, &card, jst());
    let completing: Vec<VisitId> = earned.iter().map(|e| e.visit.clone()).collect();
    assert_eq!(completing, [visit_id(5), visit_id(10)]);
    let totals: Vec<u32> = stamped_visits(&id(1), &shuffled, &card, jst())
        .iter()
        .map(|s| s.total)
        .collect();
    assert_eq!(totals, (1..=12).collect::<Vec<_>>());
}

#[test]
fn rewards_are_issued_once_with_the_same_ids_on_every_device() {
    let rules = rules(card(1, None, 10));
    let history = visits(&[1000; 23]);
    let issued = rewards_to_issue(&id(1), &history, &[], &rules, jst());
    assert_eq!(issued.len(), 2);
    // The first reward: earned on the 10th visit (10 January, 18:00 in Japan), valid 90 days
    // counting that day.
    let first = &issued[0];
    assert_eq!(first.origin, Origin::Stamps { reward: 1 });
    assert_eq!(first.customer, id(1));
    assert_eq!(first.issued_at, local("2026-01-10 18:00"));
    assert_eq!(first.expires_on, Some(day("2026-04-09")));
    assert_eq!(
        Some(first.id.clone()),
        CouponId::derived(&id(1), &Origin::Stamps { reward: 1 })
    );
    assert_eq!(issued[1].issued_at, local("2026-01-20 18:00"));

    // Another device, with the visits stored in another order, issues the very same records.
    let mut elsewhere = history.clone();
    elsewhere.reverse();
    assert_eq!(
        rewards_to_issue(&id(1), &elsewhere, &[], &rules, jst()),
        issued
    );
    // Asking again once they are issued gives nothing; a new reward only when earned.
    assert_eq!(
        rewards_to_issue(&id(1), &history, &issued, &rules, jst()),
        []
    );
    let mut more = history.clone();
    more.extend((24..=30).map(|n| visit(n, &id(1), Money::yen(1000))));
    let third = rewards_to_issue(&id(1), &more, &issued, &rules, jst());
    assert_eq!(
        third.iter().map(|c| c.origin.clone()).collect::<Vec<_>>(),
        [Origin::Stamps { reward: 3 }]
    );
    // A reward voided by the owner is not issued again.
    let mut voided = issued.clone();
    void(&mut voided[0], at(2026, 2, 1, 0, 0)).unwrap();
    assert_eq!(
        rewards_to_issue(&id(1), &history, &voided, &rules, jst()),
        []
    );
    // With the card switched off, nothing is issued.
    let off = LoyaltyRules {
        stamp_card: None,
        ..LoyaltyRules::default()
    };
    assert_eq!(rewards_to_issue(&id(1), &history, &[], &off, jst()), []);
}

#[test]
fn the_balance_tells_the_story_oldest_first() {
    let rules = rules(card(1, None, 2));
    let customer = id(1);
    let visit_at = |n: u32, when: &str| {
        let started = local(when);
        Visit::new(
            visit_id(n),
            customer.clone(),
            started,
            Money::yen(800),
            started,
        )
    };
    let visits = vec![
        visit_at(3, "2026-03-20 11:00"),
        visit_at(1, "2026-03-01 10:00"),
        visit_at(2, "2026-03-05 10:00"),
        // Another customer's visit is not in this balance.
        Visit::new(
            visit_id(9),
            id(2),
            local("2026-03-02 10:00"),
            Money::yen(800),
            local("2026-03-02 10:00"),
        ),
    ];
    let by_hand = |n: u8, issued: &str, expires: Option<&str>| {
        Coupon::new(
            CouponId::from_random_bytes([n; 16]),
            customer.clone(),
            Benefit::Percent { percent: 10 },
            Origin::Manual,
            local(issued),
            expires.map(day),
        )
    };
    let mut coupons = rewards_to_issue(&customer, &visits, &[], &rules, jst());
    assert_eq!(coupons.len(), 1, "two stamps by the visit of 5 March");
    let reward = coupons[0].id.clone();
    redeem(
        &mut coupons[0],
        &visits[0],
        jst(),
        local("2026-03-21 09:00"),
    )
    .unwrap();
    let lapsed = by_hand(1, "2026-03-02 12:00", Some("2026-03-10"));
    let mut withdrawn = by_hand(2, "2026-03-03 12:00", Some("2026-03-08"));
    void(&mut withdrawn, local("2026-03-04 12:00")).unwrap();
    let kept = by_hand(3, "2026-03-25 12:00", None);
    let strangers = Coupon {
        customer: id(2),
        ..by_hand(4, "2026-03-02 12:00", None)
    };
    coupons.extend([kept.clone(), withdrawn, lapsed, strangers]);

    let today = day("2026-04-01");
    let balance = balance(&customer, &visits, &coupons, &rules, today, jst());
    assert_eq!(
        (balance.stamps, balance.toward_next, balance.rewards_earned),
        (3, 1, 1)
    );
    assert_eq!(balance.available, [kept]);
    let story: Vec<(NaiveDate, String)> = balance
        .history
        .iter()
        .map(|LoyaltyEntry { day, event, .. }| {
            let what = match event {
                LoyaltyEvent::Stamped { visit, total, .. } => {
                    let n = (1..=3).find(|n| visit_id(*n) == *visit).unwrap();
                    format!("stamp on visit {n}, {total} in all")
                }
                LoyaltyEvent::Issued { coupon, .. } => format!("issued {}", name(coupon, &reward)),
                LoyaltyEvent::Redeemed { coupon, visit } => format!(
                    "redeemed {} on visit {}",
                    name(coupon, &reward),
                    (1..=3).find(|n| visit_id(*n) == *visit).unwrap()
                ),
                LoyaltyEvent::Expired { coupon } => format!("expired {}", name(coupon, &reward)),
                LoyaltyEvent::Voided { coupon } => format!("voided {}", name(coupon, &reward)),
            };
            (*day, what)
        })
        .collect();
    let expected = [
        ("2026-03-01", "stamp on visit 1, 1 in all"),
        ("2026-03-02", "issued coupon 1"),
        ("2026-03-03", "issued coupon 2"),
        ("2026-03-04", "voided coupon 2"),
        ("2026-03-05", "stamp on visit 2, 2 in all"),
        ("2026-03-05", "issued the reward"),
        ("2026-03-10", "expired coupon 1"),
        ("2026-03-20", "stamp on visit 3, 3 in all"),
        ("2026-03-20", "redeemed the reward on visit 3"),
        ("2026-03-25", "issued coupon 3"),
    ];
    let expected: Vec<(NaiveDate, String)> = expected
        .iter()
        .map(|(d, what)| (day(d), (*what).to_owned()))
        .collect();
    assert_eq!(story, expected);
}

/// "the reward" or "coupon n" (for the coupons made from `[n; 16]`).
fn name(coupon: &CouponId, reward: &CouponId) -> String {
    if coupon == reward {
        return "the reward".into();
    }
    let n = (1..=9)
        .find(|n| *coupon == CouponId::from_random_bytes([*n; 16]))
        .unwrap();
    format!("coupon {n}")
}

proptest! {
    /// Whatever the visits and the card, the rewards earned are the whole cards among the
    /// stamps, numbered from 1, each completed by a visit no earlier than the one before; and
    /// issuing the rewards not yet issued gives exactly the missing ones.
    #[test]
    fn one_reward_for_every_full_card(
        paid in prop::collection::vec(0i64..2000, 0..60),
        per_visit in 0u32..5,
        min_paid in prop::option::of(0i64..2000),
        per_reward in 1u32..15,
        issued_first in 0usize..6,
    ) {
        let card = card(per_visit, min_paid, per_reward);
        let history = visits(&paid);
        let stamps: u32 = paid
            .iter()
            .filter(|amount| min_paid.is_none_or(|min| **amount >= min))
            .map(|_| per_visit)
            .sum();
        let earned = rewards_earned(&id(1), &history, &card, jst());
        prop_assert_eq!(earned.len() as u32, stamps / per_reward);
        prop_assert!(earned.iter().zip(1..).all(|(e, n)| e.reward == n));
        prop_assert!(earned.windows(2).all(|w| w[0].at <= w[1].at));

        let rules = rules(card);
        let all = rewards_to_issue(&id(1), &history, &[], &rules, jst());
        let issued_first = issued_first.min(all.len());
        let rest = rewards_to_issue(&id(1), &history, &all[..issued_first], &rules, jst());
        prop_assert_eq!(&rest[..], &all[issued_first..]);
    }
}

#[test]
fn the_rules_form_reads_back_the_rules_and_names_each_wrong_input() {
    use tsunagu::core::loyalty::draft::{BenefitKind, LoyaltyDraft, LoyaltyField};
    use tsunagu::core::loyalty::rules::LoyaltyRules;
    let rules = LoyaltyRules::default();
    let draft = LoyaltyDraft::from_rules(&rules);
    assert_eq!(
        draft.apply(&rules),
        Ok(rules.clone()),
        "unchanged form, unchanged rules"
    );

    // Eight stamps for a free coffee, any visit counts; no VIP benefit.
    let mut edited = draft.clone();
    edited.stamps_for_reward = "8".into();
    edited.min_paid = String::new();
    edited.reward.kind = BenefitKind::FreePart;
    edited.reward.value = " ドリップコーヒー ".into();
    edited.vip = false;
    edited.vip_benefit.value = "nonsense, not read".into();
    let next = edited.apply(&rules).unwrap();
    let card = next.stamp_card.clone().unwrap();
    assert_eq!(card.stamps_for_reward, 8);
    assert_eq!(card.min_paid, None);
    assert_eq!(
        card.reward,
        tsunagu::core::loyalty::coupon::Benefit::FreePart {
            part: None,
            name: "ドリップコーヒー".into()
        }
    );
    assert_eq!(next.vip, None);
    assert_eq!(
        LoyaltyDraft::from_rules(&next).apply(&next),
        Ok(next.clone()),
        "round trip"
    );

    let mut broken = draft;
    broken.stamps_for_reward = "0".into();
    broken.min_paid = "五百".into();
    broken.reward.value = "0".into();
    broken.reward_days = "-1".into();
    broken.birthday_benefit.value = "101".into();
    broken.win_back_after_days = String::new();
    assert_eq!(
        broken.apply(&rules),
        Err(vec![
            LoyaltyField::StampsForReward,
            LoyaltyField::MinPaid,
            LoyaltyField::Reward,
            LoyaltyField::RewardDays,
            LoyaltyField::Birthday,
            LoyaltyField::WinBackAfterDays,
        ])
    );
}
