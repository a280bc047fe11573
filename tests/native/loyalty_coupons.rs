//! Coupons as records: what a benefit takes off a bill, the counter code, ids derived from
//! what earned a coupon, and the stored form — with the law that a stored coupon reads back as
//! it was.

use super::support::{at, day, id, local};
use proptest::prelude::*;
use tsunagu::core::catalog::part::PartId;
use tsunagu::core::loyalty::coupon::{
    Benefit, Coupon, CouponId, CurrencyMismatch, InvalidBenefit, Origin, Redemption, CODE_ALPHABET,
    CODE_LENGTH,
};
use tsunagu::core::loyalty::redeem::find_by_code;
use tsunagu::core::record::Versioned;
use tsunagu::core::service::ticket::TicketId;
use tsunagu::core::visit::{Money, VisitId};

/// A coupon with id `n`: ¥500 off for customer 1, issued on 1 March 2026, never expiring.
fn coupon(n: u8) -> Coupon {
    Coupon::new(
        CouponId::from_random_bytes([n; 16]),
        id(1),
        Benefit::Amount {
            money: Money::yen(500),
        },
        Origin::Manual,
        local("2026-03-01 10:00"),
        None,
    )
}

#[test]
fn a_benefit_takes_its_share_of_the_bill_and_never_more() {
    let check = |benefit: Benefit, bill: i64, part: Option<i64>, off: i64| {
        let part = part.map(Money::yen);
        assert_eq!(
            benefit.discount(&Money::yen(bill), part.as_ref()),
            Ok(Money::yen(off)),
            "{benefit:?} on {bill} (part {part:?})"
        );
    };
    let percent = |percent| Benefit::Percent { percent };
    let amount = |amount| Benefit::Amount {
        money: Money::yen(amount),
    };
    let drink = || Benefit::FreePart {
        part: Some(PartId::from_random_bytes([3; 16])),
        name: "ドリンク".into(),
    };
    check(percent(10), 1234, None, 123);
    check(percent(5), 19, None, 0);
    check(percent(100), 1234, None, 1234);
    check(percent(101), 1234, None, 1234);
    check(percent(10), 0, None, 0);
    check(percent(10), -500, None, 0);
    check(percent(10), i64::MAX, None, 922_337_203_685_477_580);
    check(amount(500), 1200, None, 500);
    check(amount(500), 300, None, 300);
    check(amount(500), 500, None, 500);
    check(amount(-100), 1200, None, 0);
    check(drink(), 1200, Some(450), 450);
    check(drink(), 400, Some(450), 400);
    check(drink(), 1200, None, 0);
    check(Benefit::Redo { minutes: 30 }, 3000, Some(450), 0);
}

#[test]
fn a_benefit_in_another_currency_is_not_applied() {
    let dollars = Money {
        amount: 5,
        currency: "USD".into(),
    };
    let amount = Benefit::Amount {
        money: dollars.clone(),
    };
    let mismatch = Err(CurrencyMismatch {
        benefit: "USD".into(),
        bill: "JPY".into(),
    });
    assert_eq!(amount.discount(&Money::yen(1000), None), mismatch);
    let part = Benefit::FreePart {
        part: None,
        name: "coffee".into(),
    };
    assert_eq!(part.discount(&Money::yen(1000), Some(&dollars)), mismatch);
    // A percentage is in no currency: it is taken in the bill's.
    let off = Benefit::Percent { percent: 20 }.discount(&dollars, None);
    assert_eq!(off.map(|m| (m.amount, m.currency)), Ok((1, "USD".into())));
}

#[test]
fn a_benefit_that_cannot_be_given_is_refused() {
    let check = |benefit: Benefit, expected: Result<(), InvalidBenefit>| {
        assert_eq!(benefit.check(), expected, "{benefit:?}");
    };
    check(Benefit::Percent { percent: 1 }, Ok(()));
    check(Benefit::Percent { percent: 100 }, Ok(()));
    check(
        Benefit::Percent { percent: 0 },
        Err(InvalidBenefit::Percent { percent: 0 }),
    );
    check(
        Benefit::Percent { percent: 150 },
        Err(InvalidBenefit::Percent { percent: 150 }),
    );
    check(
        Benefit::Amount {
            money: Money::yen(0),
        },
        Err(InvalidBenefit::Amount),
    );
    check(
        Benefit::Amount {
            money: Money {
                amount: 500,
                currency: "yen".into(),
            },
        },
        Err(InvalidBenefit::Currency { code: "yen".into() }),
    );
    check(
        Benefit::FreePart {
            part: None,
            name: "  ".into(),
        },
        Err(InvalidBenefit::Unnamed),
    );
    check(Benefit::Redo { minutes: 0 }, Err(InvalidBenefit::Minutes));
    check(Benefit::Redo { minutes: 15 }, Ok(()));
}

#[test]
fn the_code_is_short_unmistakable_and_forgiving_to_type() {
    let coupon = coupon(7);
    let code = coupon.code();
    assert_eq!(code.chars().count(), CODE_LENGTH);
    assert!(
        code.bytes().all(|b| CODE_ALPHABET.contains(&b)),
        "{code} uses only the alphabet"
    );
    assert!(!code.contains(['0', 'O', '1', 'I']), "{code}");
    let full_width: String = code
        .chars()
        .map(|c| char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap())
        .collect();
    let (head, tail) = code.split_at(3);
    for typed in [
        code.clone(),
        code.to_lowercase(),
        format!(" {head}-{tail} "),
        full_width,
    ] {
        assert!(coupon.matches_code(&typed), "{typed:?} is {code}");
    }
    assert!(!coupon.matches_code(&code[..5]));
    assert!(!coupon.matches_code(""));
}

#[test]
fn codes_of_different_coupons_differ() {
    let coupons: Vec<Coupon> = (0..1000u32)
        .map(|n| {
            let mut bytes = [0u8; 16];
            bytes[..4].copy_from_slice(&n.to_le_bytes());
            Coupon {
                id: CouponId::from_random_bytes(bytes),
                ..coupon(7)
            }
        })
        .collect();
    let codes: std::collections::BTreeSet<String> = coupons.iter().map(Coupon::code).collect();
    assert!(codes.len() >= 999, "{} distinct codes", codes.len());
    let wanted = &coupons[123];
    let found = find_by_code(&coupons, &wanted.code().to_lowercase());
    if codes.len() == 1000 {
        assert_eq!(found.map(|c| &c.id), Some(&wanted.id));
    }
    assert_eq!(find_by_code(&coupons, "0000OO"), None);
}

#[test]
fn a_rule_issues_the_same_id_for_the_same_reason_and_a_person_never_does() {
    let stamps = |reward| Origin::Stamps { reward };
    let derived = |customer: u8, origin: &Origin| CouponId::derived(&id(customer), origin);
    assert_eq!(derived(1, &stamps(1)), derived(1, &stamps(1)));
    assert!(derived(1, &stamps(1)).is_some());
    assert_ne!(derived(1, &stamps(1)), derived(1, &stamps(2)));
    assert_ne!(derived(1, &stamps(1)), derived(2, &stamps(1)));
    let birthday = Origin::Birthday { year: 2026 };
    assert_ne!(
        derived(1, &birthday),
        derived(1, &Origin::Birthday { year: 2027 })
    );
    assert_ne!(derived(1, &birthday), derived(1, &stamps(2026)));
    let win_back = |d: &str| Origin::WinBack { last_visit: day(d) };
    assert_eq!(
        derived(1, &win_back("2026-01-05")),
        derived(1, &win_back("2026-01-05"))
    );
    assert_ne!(
        derived(1, &win_back("2026-01-05")),
        derived(1, &win_back("2026-01-06"))
    );
    let remedy = Origin::Remedy {
        ticket: None,
        visit: Some(VisitId::from_random_bytes([1; 16])),
    };
    for by_hand in [remedy, Origin::Vip, Origin::Manual] {
        assert!(!by_hand.is_automatic());
        assert_eq!(derived(1, &by_hand), None, "{by_hand:?}");
    }
    // The derived id is an id like any other: it reads back from its text.
    let id = derived(1, &stamps(3)).unwrap();
    assert_eq!(CouponId::parse(id.as_str()), Some(id));
}

fn benefits() -> impl Strategy<Value = Benefit> {
    prop_oneof![
        (1u8..=100).prop_map(|percent| Benefit::Percent { percent }),
        (1i64..1_000_000).prop_map(|amount| Benefit::Amount {
            money: Money::yen(amount)
        }),
        (any::<Option<[u8; 16]>>(), "[a-zぁ-ん]{1,8}").prop_map(|(part, name)| {
            Benefit::FreePart {
                part: part.map(PartId::from_random_bytes),
                name,
            }
        }),
        (1u32..240).prop_map(|minutes| Benefit::Redo { minutes }),
    ]
}

fn origins() -> impl Strategy<Value = Origin> {
    prop_oneof![
        (any::<Option<[u8; 16]>>(), any::<Option<[u8; 16]>>()).prop_map(|(ticket, visit)| {
            Origin::Remedy {
                ticket: ticket.map(TicketId::from_random_bytes),
                visit: visit.map(VisitId::from_random_bytes),
            }
        }),
        any::<u32>().prop_map(|reward| Origin::Stamps { reward }),
        (1900i32..2200).prop_map(|year| Origin::Birthday { year }),
        (0u32..40_000).prop_map(|n| Origin::WinBack {
            last_visit: day("2000-01-01") + chrono::Days::new(u64::from(n))
        }),
        Just(Origin::Vip),
        Just(Origin::Manual),
    ]
}

proptest! {
    /// A coupon reads back from its stored form exactly as it was written, code included.
    #[test]
    fn a_stored_coupon_reads_back_the_same(
        benefit in benefits(),
        origin in origins(),
        expires in prop::option::of(0u64..3000),
        note in "[ -~あ-ん]{0,20}",
        redeemed in any::<Option<[u8; 16]>>(),
        voided in any::<bool>(),
        edits in 0usize..3,
    ) {
        let mut coupon = Coupon::new(
            CouponId::from_random_bytes([9; 16]),
            id(4),
            benefit,
            origin,
            at(2026, 3, 1, 1, 0),
            expires.map(|d| day("2026-03-01") + chrono::Days::new(d)),
        );
        coupon.note = note;
        coupon.redemption = redeemed.map(|v| Redemption {
            visit: VisitId::from_random_bytes(v),
            at: at(2026, 3, 2, 1, 0),
        });
        coupon.voided_at = voided.then(|| at(2026, 3, 3, 1, 0));
        for n in 0..edits {
            coupon.touch(at(2026, 3, 4, 1, n as u32));
        }
        let json = serde_json::to_string(&coupon).unwrap();
        let back: Coupon = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back.code(), coupon.code());
        prop_assert_eq!(back, coupon);
    }
}

#[test]
fn a_stored_coupon_names_its_benefit_and_origin_by_kind() {
    let mut coupon = coupon(7);
    coupon.benefit = Benefit::Percent { percent: 10 };
    coupon.origin = Origin::Stamps { reward: 2 };
    let json = serde_json::to_value(&coupon).unwrap();
    assert_eq!(
        json["benefit"],
        serde_json::json!({"kind": "percent", "percent": 10})
    );
    assert_eq!(
        json["origin"],
        serde_json::json!({"kind": "stamps", "reward": 2})
    );
    for absent in ["note", "redemption", "voided_at", "earlier_versions"] {
        assert!(
            json.get(absent).is_none(),
            "{absent} is left out when empty"
        );
    }
    let remedy = serde_json::json!({"kind": "remedy"});
    assert_eq!(
        serde_json::from_value::<Origin>(remedy).unwrap(),
        Origin::Remedy {
            ticket: None,
            visit: None
        }
    );
}
