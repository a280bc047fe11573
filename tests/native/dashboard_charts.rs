//! What the dashboard's charts show and their tables say, in both languages, on the
//! hand-computed world of `dashboard_world`: the numbers as written, the rows marked faint,
//! the summaries a screen reader hears.

use crate::dashboard_world::everyone;
use crate::support::day;
use tsunagu::core::dashboard::charts::format::{duration, month_tick, percent, signed};
use tsunagu::core::dashboard::charts::{charts, Chart, Shape};
use tsunagu::core::i18n::Lang;

fn chart(id: &str, lang: Lang) -> Chart {
    charts(&everyone(), lang)
        .into_iter()
        .find(|c| c.id == id)
        .unwrap()
}

fn table(c: &Chart) -> Vec<Vec<String>> {
    c.rows
        .iter()
        .map(|r| {
            std::iter::once(r.label.clone())
                .chain(r.cells.clone())
                .collect()
        })
        .collect()
}

#[test]
fn numbers_are_written_as_people_read_them() {
    let cases: &[(Option<f64>, &str, &str)] = &[
        (Some(50.0), "50%", "+50"),
        (Some(66.666), "67%", "+67"),
        (Some(0.0), "0%", "0"),
        (Some(-0.2), "0%", "0"),
        (Some(-33.33), "-33%", "-33"),
        (None, "–", "–"),
    ];
    for &(value, as_percent, as_score) in cases {
        assert_eq!(
            (percent(value).as_str(), signed(value).as_str()),
            (as_percent, as_score),
            "{value:?}"
        );
    }
    let durations: &[(Option<f64>, &str, &str)] = &[
        (Some(45.0), "45分", "45 min"),
        (Some(59.6), "60分", "60 min"),
        (Some(60.0), "1.0時間", "1.0 h"),
        (Some(1_470.0), "24.5時間", "24.5 h"),
        (None, "–", "–"),
    ];
    for &(minutes, ja, en) in durations {
        assert_eq!(
            (duration(Lang::Ja, minutes), duration(Lang::En, minutes)),
            (ja.into(), en.into())
        );
    }
    assert_eq!(month_tick(Lang::Ja, day("2027-01-01"), true), "27/1");
    assert_eq!(month_tick(Lang::En, day("2027-01-01"), true), "Jan ’27");
    assert_eq!(month_tick(Lang::En, day("2026-09-01"), false), "Sep");
}

#[test]
fn every_chart_in_order_with_a_table_as_wide_as_its_columns() {
    for lang in Lang::ALL {
        let all = charts(&everyone(), lang);
        let ids: Vec<&str> = all.iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            [
                "visits",
                "revenue",
                "utilisation",
                "tiers",
                "segments",
                "nps",
                "csat",
                "parts",
                "first-response",
                "within-target",
                "coupons"
            ]
        );
        for c in &all {
            assert!(!c.title.is_empty() && !c.summary.is_empty(), "{}", c.id);
            assert!(
                c.rows.iter().all(|r| r.cells.len() + 1 == c.columns.len()),
                "{}",
                c.id
            );
            assert!(
                c.series
                    .iter()
                    .all(|s| s.values.len() == c.rows.len() && s.texts.len() == c.rows.len()),
                "{}",
                c.id
            );
        }
    }
}

#[test]
fn revenue_in_yen_with_the_partial_month_marked_and_dollars_set_apart() {
    let ja = chart("revenue", Lang::Ja);
    assert_eq!(
        table(&ja),
        vec![
            vec!["2026年9月", "5,000円", "2"],
            vec!["2026年10月", "6,000円", "2"],
            vec!["2026年11月 （途中）", "2,500円", "1"],
        ]
    );
    assert_eq!(
        ja.rows.iter().map(|r| r.faint).collect::<Vec<_>>(),
        [false, false, true]
    );
    assert_eq!(
        ja.rows.iter().map(|r| r.tick.as_str()).collect::<Vec<_>>(),
        ["9月", "10月", "11月"]
    );
    assert_eq!(
        ja.series[0].values,
        [Some(5_000.0), Some(6_000.0), Some(2_500.0)]
    );
    assert_eq!(
        ja.summary,
        "期間の売上は13,500円です。最も多かったのは2026年10月（6,000円）でした。"
    );
    assert!(
        ja.notes.iter().any(|n| n.contains("来店1回")),
        "{:?}",
        ja.notes
    );
    let en = chart("revenue", Lang::En);
    assert_eq!(en.rows[1].cells[0], "¥6,000");
    assert_eq!(en.rows[2].label, "Nov 2026 (partial)");
}

#[test]
fn satisfaction_charts_say_how_many_answered() {
    let nps = chart("nps", Lang::En);
    assert_eq!(nps.shape, Shape::Line);
    assert_eq!(
        table(&nps),
        vec![
            vec!["Sep 2026", "2", "1", "1", "0"],
            vec!["Oct 2026", "1", "1", "0", "+100"],
            vec!["Nov 2026 (partial)", "1", "0", "0", "0"],
        ]
    );
    // Every month rests on fewer than ten answers.
    assert!(nps.rows.iter().all(|r| r.faint));
    assert_eq!(nps.summary, "NPS over the whole period: +25 (4 answers).");
    let csat = chart("csat", Lang::Ja);
    assert_eq!(
        csat.summary,
        "期間全体で、満足（4以上）と答えたのは75%です（回答4件）。"
    );
    let parts = chart("parts", Lang::Ja);
    assert_eq!(
        table(&parts),
        vec![
            vec!["散歩60分", "2", "50%", "1", "1"],
            vec!["シャンプー", "1", "0%", "0", "0"]
        ]
    );
    assert_eq!(
        parts.summary,
        "満足の割合が最も高い部品は「散歩60分」（50%）、最も低いのは「シャンプー」（0%）です。"
    );
}

#[test]
fn service_capacity_and_coupons_as_tables() {
    let response = chart("first-response", Lang::Ja);
    assert_eq!(table(&response)[1], vec!["2026年10月", "2", "24.5時間"]);
    assert_eq!(response.series[0].values[1], Some(24.5));
    assert_eq!(
        response.summary,
        "初回返信までの時間の中央値は、期間全体で24.5時間です（返信2件）。"
    );
    let target = chart("within-target", Lang::En);
    assert_eq!(
        target.summary,
        "33% of first responses met their target (1 of 3 decided)."
    );
    let capacity = chart("utilisation", Lang::En);
    assert_eq!(
        table(&capacity)[0],
        vec!["week of Aug 31, 2026 (partial)", "60", "2,057", "3%"]
    );
    assert_eq!(capacity.reference, Some(100.0));
    let coupons = chart("coupons", Lang::Ja);
    assert_eq!(coupons.shape, Shape::Stacked);
    assert_eq!(
        table(&coupons)[1],
        vec!["2026年10月", "2", "1", "0", "1", "0", "50%"]
    );
    assert_eq!(
        coupons.summary,
        "期間に発行したクーポン4枚のうち1枚が使われました（利用率33%）。"
    );
    let tiers = chart("tiers", Lang::En);
    assert_eq!(table(&tiers)[0], vec!["Tier A", "1", "¥50,000", "¥10,500"]);
    let segments = chart("segments", Lang::Ja);
    assert_eq!(segments.rows.len(), 10);
    assert!(
        segments.summary.contains("3人中1人"),
        "{}",
        segments.summary
    );
}
