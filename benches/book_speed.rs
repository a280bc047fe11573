//! The core's hot paths with a large book (the core's large sample business: 10,000 customers,
//! 100,000 visits, 30,000 pieces of feedback, 5,000 tickets): building the searchable book,
//! one search per keystroke of a name typed in and of a phone number, the customer analysis,
//! reading a store's records back from JSON (how the app reads IndexedDB), and writing and
//! reading the whole backup. Figures are printed with their targets where the app has one.

use crate::timing::{median_after_ms, median_ms};
use chrono::{FixedOffset, TimeZone, Utc};
use std::collections::{BTreeMap, BTreeSet};
use tsunagu::core::backup::read::read_backup;
use tsunagu::core::backup::write_backup;
use tsunagu::core::book::{CustomerBook, Query, SortOrder};
use tsunagu::core::catalog::samples::Sample;
use tsunagu::core::customer::CustomerId;
use tsunagu::core::feedback::Feedback;
use tsunagu::core::i18n::Lang;
use tsunagu::core::identify::analysis::{analyse, AnalysisSettings};
use tsunagu::core::learn::PopulationFit;
use tsunagu::core::record::read_each;
use tsunagu::core::sample::{generate, SampleSize};
use tsunagu::core::visit::Visit;

/// Runs the timings, printing with `print` and timing with `now_ms`.
pub fn run(where_: &str, now_ms: impl Fn() -> f64, print: impl Fn(String)) {
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).unwrap();
    let offset = FixedOffset::east_opt(9 * 3600).expect("JST");
    let today = now.with_timezone(&offset).date_naive();
    let data = generate(
        5,
        SampleSize::LARGE,
        Sample::DogWalking,
        Lang::Ja,
        now,
        offset,
    );
    print(format!(
        "A large book's hot paths ({where_}; {} customers, {} visits):",
        data.customers.len(),
        data.visits.len()
    ));
    let line = |what: &str, ms: f64, target: &str| {
        print(format!("  {what:<44} {ms:>8.1} ms  {target}"));
    };

    let customers: Vec<_> = data.customers.values().cloned().collect();
    let ms = median_ms(&now_ms, || {
        std::hint::black_box(CustomerBook::new(customers.clone()));
    });
    line("build the searchable book", ms, "");

    let book = CustomerBook::new(customers);
    let someone = &data.customers.values().nth(1234).expect("a customer");
    let typed = |text: &str| -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        (1..=chars.len())
            .map(|n| chars[..n].iter().collect())
            .collect()
    };
    let reading: String = someone.reading.chars().take(5).collect();
    let phone: String = someone.phones.first().map_or("0901234".into(), |p| {
        p.chars().filter(char::is_ascii_digit).take(7).collect()
    });
    for (what, text) in [("reading", reading), ("phone number", phone)] {
        let keystrokes = typed(&text);
        let mut slowest = 0.0f64;
        let mut times = Vec::new();
        // Each keystroke is timed after the one before it, as when typing: the book narrows
        // its last search when it can (the first keystroke searches every customer).
        let mut before = Query::parse("");
        for query in &keystrokes {
            let query = Query::parse(query);
            let ms = median_after_ms(
                &now_ms,
                || {
                    book.search(&before, SortOrder::Reading);
                },
                || {
                    std::hint::black_box(book.search(&query, SortOrder::Reading));
                },
            );
            before = query;
            slowest = slowest.max(ms);
            times.push(ms);
        }
        times.sort_by(f64::total_cmp);
        line(
            &format!("search per keystroke, a {what} (median)"),
            times[times.len() / 2],
            "target ≤ 16 ms with drawing",
        );
        line(
            &format!("search per keystroke, a {what} (slowest)"),
            slowest,
            "",
        );
    }
    let everyone = Query::parse("");
    let ms = median_ms(&now_ms, || {
        std::hint::black_box(book.search(&everyone, SortOrder::Reading));
    });
    line("the whole list in 五十音 order", ms, "");

    let purchases: Vec<_> = data.visits.values().map(|v| v.purchase(offset)).collect();
    let ids: BTreeSet<CustomerId> = data.customers.keys().cloned().collect();
    let ms = median_ms(&now_ms, || {
        std::hint::black_box(analyse(
            &purchases,
            |id| ids.contains(id),
            &BTreeMap::new(),
            today,
            AnalysisSettings::default(),
        ));
    });
    line(
        "customer analysis (fits, tiers, segments)",
        ms,
        "target ≤ 200 ms",
    );

    // What everyone's feedback taught: gathering the ratings, then the whole fit (which the
    // app runs a slice at a time).
    let catalog = data.catalog();
    let feedback: Vec<Feedback> = data.feedback.values().cloned().collect();
    let stated = || data.customers.iter().map(|(id, c)| (id, &c.needs));
    let ms = median_ms(&now_ms, || {
        std::hint::black_box(PopulationFit::start(&catalog, stated()));
    });
    line("learning: start from what customers stated", ms, "");
    let mut fit = PopulationFit::start(&catalog, stated());
    let mut longest = 0.0f64;
    loop {
        let started = now_ms();
        let done = fit.step(&feedback);
        longest = longest.max(now_ms() - started);
        if done {
            break;
        }
    }
    line(
        &format!("learning: longest step, of {} ratings", feedback.len()),
        longest,
        "the page's slices ≤ 50 ms",
    );
    let ms = median_ms(&now_ms, || {
        std::hint::black_box(PopulationFit::start(&catalog, stated()).finish(&feedback));
    });
    line("learning: the whole population fit", ms, "");

    let visits_json =
        serde_json::to_string(&data.visits.values().collect::<Vec<_>>()).expect("visits serialise");
    let ms = median_ms(&now_ms, || {
        let (read, _) = read_each::<Visit>(&visits_json).expect("a list");
        std::hint::black_box(read);
    });
    line("read 100,000 stored visits from JSON", ms, "");

    // The whole backup is slow enough to time once.
    let started = now_ms();
    let file = write_backup(&data, now, "bench");
    let ms = now_ms() - started;
    line(
        &format!("write the backup ({:.1} MB)", file.len() as f64 / 1e6),
        ms,
        "",
    );
    let started = now_ms();
    std::hint::black_box(read_backup(file.as_bytes(), now, today).expect("reads"));
    line("read and check the backup", now_ms() - started, "");
}
