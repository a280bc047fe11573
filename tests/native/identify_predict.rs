//! The BG/NBD and Gamma-Gamma predictions: a value the paper works through, and the laws the
//! formulas must obey whatever the parameters.

use proptest::prelude::*;
use tsunagu::core::identify::bgnbd::{BgNbd, RepeatHistory};
use tsunagu::core::identify::gamma_gamma::GammaGamma;

const CDNOW: BgNbd = BgNbd {
    r: 0.243,
    alpha: 4.414,
    a: 0.793,
    b: 2.426,
};

#[test]
fn the_papers_worked_example() {
    // Fader, Hardie & Lee (2005), section 5: a customer with x = 2, t_x = 30.43, T = 38.86 is
    // expected to make 1.226 purchases in the next 39 weeks.
    let h = RepeatHistory {
        x: 2,
        t_x: 30.43,
        t: 38.86,
    };
    let expected = CDNOW.expected_visits(&h, 39.0);
    assert!((expected - 1.226).abs() < 0.001, "{expected}");
}

#[test]
fn a_customer_who_never_came_back_is_active_by_the_models_convention() {
    for t in [0.5, 10.0, 39.0, 500.0] {
        assert_eq!(
            CDNOW.probability_active(&RepeatHistory { x: 0, t_x: 0.0, t }),
            1.0
        );
    }
}

fn params() -> impl Strategy<Value = BgNbd> {
    (0.05f64..5.0, 0.5f64..50.0, 0.1f64..5.0, 0.1f64..5.0)
        .prop_filter("a ≠ 1", |(_, _, a, _)| (a - 1.0).abs() > 0.05)
        .prop_map(|(r, alpha, a, b)| BgNbd { r, alpha, a, b })
}

fn history() -> impl Strategy<Value = RepeatHistory> {
    (0u32..40, 0.0f64..1.0, 0.1f64..104.0).prop_map(|(x, share, t)| RepeatHistory {
        x,
        t_x: if x == 0 { 0.0 } else { share * t },
        t,
    })
}

proptest! {
    #[test]
    fn a_customer_just_arrived_is_forecast_like_a_new_one(p in params(), horizon in 0.1f64..104.0) {
        let arrived = RepeatHistory { x: 0, t_x: 0.0, t: 0.0 };
        let new = p.expected_visits_new(horizon);
        let conditional = p.expected_visits(&arrived, horizon);
        prop_assert!((new - conditional).abs() <= 1e-9 * new.max(1.0), "{new} vs {conditional}");
    }

    #[test]
    fn forecasts_grow_with_the_horizon_and_start_at_zero(p in params(), h in history(), t in 0.1f64..52.0) {
        prop_assert_eq!(p.expected_visits(&h, 0.0), 0.0);
        let shorter = p.expected_visits(&h, t);
        let longer = p.expected_visits(&h, t * 2.0);
        prop_assert!(shorter > 0.0 && longer > shorter, "{shorter} then {longer}");
        prop_assert!(p.expected_visits_new(t * 2.0) > p.expected_visits_new(t));
    }

    #[test]
    fn silence_since_the_last_visit_lowers_the_chance_of_being_active(
        p in params(), h in history(), more in 1.0f64..52.0,
    ) {
        let now = p.probability_active(&h);
        let later = p.probability_active(&RepeatHistory { t: h.t + more, ..h });
        prop_assert!((0.0..=1.0).contains(&now));
        if h.x > 0 {
            prop_assert!(later < now, "{now} then {later}");
        } else {
            prop_assert_eq!(later, 1.0);
        }
    }

    #[test]
    fn spend_is_shrunk_between_the_population_and_the_customer(
        p in 0.5f64..20.0, q in 1.5f64..20.0, gamma in 1.0f64..5000.0, mean in 1.0f64..20000.0, x in 1u32..200,
    ) {
        let model = GammaGamma { p, q, gamma };
        let population = model.population_mean();
        prop_assert!((model.expected_spend(0, mean) - population).abs() <= 1e-9 * population);
        let expected = model.expected_spend(x, mean);
        let (low, high) = if mean < population { (mean, population) } else { (population, mean) };
        prop_assert!(expected >= low * (1.0 - 1e-12) && expected <= high * (1.0 + 1e-12));
        // More visits at the same average: closer to the customer's own mean.
        let more = model.expected_spend(x * 4, mean);
        prop_assert!((more - mean).abs() <= (expected - mean).abs() + 1e-9);
    }
}

#[test]
fn special_functions_match_known_values() {
    use tsunagu::core::identify::special::{digamma, hyp2f1, ln_gamma};
    const EULER: f64 = 0.577_215_664_901_532_9;
    let cases = [
        (digamma(1.0), -EULER),
        (digamma(0.5), -EULER - 2.0 * std::f64::consts::LN_2),
        (digamma(10.0), 2.251_752_589_066_721),
        (ln_gamma(0.5), std::f64::consts::PI.sqrt().ln()),
        (ln_gamma(10.0), 362_880f64.ln()),
        // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z
        (hyp2f1(1.0, 1.0, 2.0, 0.5), 2.0 * std::f64::consts::LN_2),
        // ₂F₁(a, b; b; z) = (1 − z)^(−a)
        (hyp2f1(0.7, 2.5, 2.5, 0.9), 0.1f64.powf(-0.7)),
    ];
    for (i, (got, want)) in cases.iter().enumerate() {
        assert!(
            (got - want).abs() <= 1e-12 * want.abs().max(1.0),
            "case {i}: {got} vs {want}"
        );
    }
}
