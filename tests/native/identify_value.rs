//! Each customer's value: the fitted models when enough customers came back, a plain
//! historical estimate (said so) when not.

use chrono::{Days, NaiveDate};
use tsunagu::core::identify::history::{histories, Purchase};
use tsunagu::core::identify::value::{value, ValueModel, ValueSettings, MIN_RETURNING_CUSTOMERS};

use super::identify_fit::cdnow_repeat_histories;

pub fn as_of() -> NaiveDate {
    "1997-09-30".parse().expect("a date")
}

/// CDNOW's customers as daily purchases: the first T weeks before the analysis date, the x
/// repeats spread evenly up to t_x, with amounts that vary from visit to visit and customer to
/// customer.
pub fn cdnow_purchases() -> Vec<Purchase<usize>> {
    let mut purchases = Vec::new();
    for (id, h) in cdnow_repeat_histories().into_iter().enumerate() {
        let first = as_of() - Days::new((h.t * 7.0).round() as u64);
        purchases.push(Purchase {
            customer: id,
            day: first,
            amount: 1000,
        });
        for k in 1..=h.x {
            let offset = (h.t_x * 7.0 * f64::from(k) / f64::from(h.x)).round() as u64;
            let amount =
                500 + (id as i64 * 7919 + i64::from(k) * 104_729) % 1500 + 50 * i64::from(h.x);
            purchases.push(Purchase {
                customer: id,
                day: first + Days::new(offset),
                amount,
            });
        }
    }
    purchases
}

#[test]
fn with_enough_returning_customers_the_models_are_fitted_and_used() {
    let all = histories(&cdnow_purchases(), as_of());
    let valuation = value(&all, ValueSettings::default());
    let ValueModel::Fitted { visits, spend } = &valuation.model else {
        panic!("expected fitted models, got {:?}", valuation.model);
    };
    // Days instead of CDNOW's exact weeks (and repeats on one day merged) move the fit a little.
    assert!(
        (visits.params.r - 0.243).abs() < 0.02 && (visits.params.b - 2.426).abs() < 0.3,
        "{visits:?}"
    );
    assert!(spend.is_some());
    for (id, history) in &all {
        let v = &valuation.customers[id];
        let h = history.repeat_history();
        assert_eq!(
            v.expected_visits,
            Some(visits.params.expected_visits(&h, 13.0))
        );
        let p = v.probability_active.expect("a probability");
        assert!((0.0..=1.0).contains(&p));
        if h.x == 0 {
            assert_eq!(p, 1.0);
        }
        assert!(v.lifetime_value > 0.0 && v.spend_per_visit > 0.0, "{v:?}");
    }
    // A customer who visited often and lately is worth more than one who came once long ago.
    let best = all
        .iter()
        .max_by_key(|(_, h)| (h.frequency(), -h.recency_days()))
        .expect("customers")
        .0;
    let least = all
        .iter()
        .min_by_key(|(_, h)| (h.frequency(), -h.recency_days()))
        .expect("customers")
        .0;
    assert!(
        valuation.customers[best].lifetime_value > 5.0 * valuation.customers[least].lifetime_value
    );
}

#[test]
fn with_too_few_returning_customers_the_value_is_historical_and_labelled() {
    let as_of = as_of();
    let first = as_of - Days::new(59);
    let mut purchases = vec![
        Purchase {
            customer: 0,
            day: first,
            amount: 5000,
        },
        Purchase {
            customer: 0,
            day: as_of,
            amount: 7000,
        },
    ];
    for id in 1..MIN_RETURNING_CUSTOMERS {
        purchases.push(Purchase {
            customer: id,
            day: as_of,
            amount: 1000,
        });
    }
    let valuation = value(&histories(&purchases, as_of), ValueSettings::default());
    assert_eq!(valuation.model, ValueModel::Historical { returning: 1 });
    let v = &valuation.customers[&0];
    assert_eq!((v.probability_active, v.expected_visits), (None, None));
    assert_eq!(v.spend_per_visit, 6000.0);
    // 12,000 yen over 60 days is 12,000 / (60 / 30.4375) a month; twelve months at 1 % a month
    // are worth the annuity factor (1 − 1.01⁻¹²) / 0.01 of one month.
    let monthly = 12_000.0 / (60.0 / (52.0 / 12.0 * 7.0));
    let annuity = (1.0 - 1.01f64.powi(-12)) / 0.01;
    assert!(
        (v.lifetime_value - monthly * annuity).abs() < 1e-6,
        "{}",
        v.lifetime_value
    );
}
