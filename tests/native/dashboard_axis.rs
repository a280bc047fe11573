//! The charts' axes: round ticks that cover every value, the labels skipped so none overlap,
//! long labels cut to fit, and compact tick numbers in both languages.

use proptest::prelude::*;
use tsunagu::core::dashboard::charts::axis::{
    fit_text, label_every, nice_step, text_width, value_axis,
};
use tsunagu::core::dashboard::charts::format::{compact, tick};
use tsunagu::core::dashboard::charts::Scale;
use tsunagu::core::i18n::Lang;

#[test]
fn axes_on_hand_picked_values() {
    // (scale, values, ticks)
    let cases: &[(Scale, &[f64], &[f64])] = &[
        (
            Scale::FromZero,
            &[3.0, 17.0, 68.0],
            &[0.0, 20.0, 40.0, 60.0, 80.0],
        ),
        (
            Scale::FromZero,
            &[5_000.0, 6_000.0, 2_500.0],
            &[0.0, 2_000.0, 4_000.0, 6_000.0],
        ),
        (Scale::FromZero, &[], &[0.0, 1.0]),
        (Scale::FromZero, &[0.0, 0.0], &[0.0, 1.0]),
        (Scale::FromZero, &[2.0], &[0.0, 1.0, 2.0]),
        (
            Scale::Percent,
            &[50.0, 0.0],
            &[0.0, 25.0, 50.0, 75.0, 100.0],
        ),
        (Scale::Percent, &[130.0], &[0.0, 50.0, 100.0, 150.0]),
        (
            Scale::Score,
            &[0.0, 25.0],
            &[-100.0, -50.0, 0.0, 50.0, 100.0],
        ),
    ];
    for (scale, values, ticks) in cases {
        let axis = value_axis(*scale, values.iter().copied());
        assert_eq!(axis.ticks, *ticks, "{scale:?} {values:?}");
        assert_eq!((axis.min, axis.max), (ticks[0], ticks[ticks.len() - 1]));
    }
    let axis = value_axis(Scale::Percent, [40.0]);
    assert_eq!(axis.fraction(25.0), 0.25);
    assert_eq!(axis.fraction(-5.0), 0.0);
}

#[test]
fn labels_and_ticks_fit_their_room() {
    // Thirteen weekly ticks of "11/23" (5 × 0.6 × 11 px = 33 px) in 300 px: every second.
    assert_eq!(label_every(text_width("11/23", 11.0), 300.0 / 13.0), 2);
    assert_eq!(label_every(20.0, 40.0), 1);
    assert_eq!(text_width("9月", 10.0), 16.0);
    assert_eq!(fit_text("シャンプー", 100.0, 10.0), "シャンプー");
    assert_eq!(
        fit_text("とても長いサービスの名前", 60.0, 10.0),
        "とても長い…"
    );
    assert_eq!(
        [
            compact(Lang::Ja, 15_000.0),
            compact(Lang::En, 15_000.0),
            compact(Lang::Ja, 9_999.0)
        ],
        ["1.5万", "15k", "9,999"]
    );
    assert_eq!(
        [
            compact(Lang::Ja, 120_000_000.0),
            compact(Lang::En, 2_000_000.0)
        ],
        ["1.2億", "2M"]
    );
    assert_eq!(
        [
            tick(Lang::En, Scale::Score, -50.0),
            tick(Lang::Ja, Scale::Percent, 75.0)
        ],
        ["-50", "75%"]
    );
}

proptest! {
    /// Every value lies within the axis, the ticks are evenly spaced by a round step, and
    /// there are a handful of them.
    #[test]
    fn ticks_cover_the_values(values in prop::collection::vec(-1e7f64..1e7, 0..30), scale in 0..3usize) {
        let scale = [Scale::FromZero, Scale::Percent, Scale::Score][scale];
        let values: Vec<f64> = match scale {
            Scale::FromZero => values.iter().map(|v| v.abs()).collect(),
            _ => values.iter().map(|v| v / 1e5).collect(),
        };
        let axis = value_axis(scale, values.iter().copied());
        for v in &values {
            prop_assert!(axis.min <= *v && *v <= axis.max, "{v} outside {axis:?}");
        }
        prop_assert!(axis.ticks.len() >= 2 && axis.ticks.len() <= 11, "{axis:?}");
        let step = axis.ticks[1] - axis.ticks[0];
        prop_assert!(axis.ticks.windows(2).all(|w| ((w[1] - w[0]) - step).abs() < 1e-6));
        prop_assert_eq!(nice_step(step), step);
    }
}
