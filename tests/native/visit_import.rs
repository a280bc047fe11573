//! Visit history from a CSV file: columns guessed, dates read as tills write them, rows matched
//! to customers or creating them, every bad row reported by line, nothing imported twice.

use super::legacy_decoder::EncodingRs;
use super::support::{id, now, person, today};
use chrono::{FixedOffset, NaiveDate};
use proptest::prelude::*;
use tsunagu::core::customer::{Customer, CustomerId};
use tsunagu::core::record::Tombstone;
use tsunagu::core::spreadsheet::table::read_table_of;
use tsunagu::core::visit::VisitId;
use tsunagu::core::visit_import::columns::{guess_columns, missing, VisitColumn};
use tsunagu::core::visit_import::plan::{
    parse_day, ImportClock, LineError, RowProblem, VisitImport, VisitImporter, MAX_VISIT_ROWS,
};

fn clock() -> ImportClock {
    ImportClock {
        today: today(),
        offset: FixedOffset::east_opt(9 * 3600).unwrap(),
        now: now(),
    }
}

fn known() -> Vec<Customer> {
    let mut hanako = person(1, "山田 花子", "ヤマダ ハナコ");
    hanako.number = "M-001".into();
    let mut taro = person(2, "佐藤 太郎", "サトウ タロウ");
    taro.email = "taro@example.jp".into();
    taro.phones = vec!["090-1111-2222".into()];
    vec![hanako, taro]
}

/// Imports `csv` against `customers` and the stored `visits`, in chunks of `chunk` rows.
fn import_with(
    csv: &str,
    customers: &[Customer],
    visits: &[VisitId],
    deleted: &[Tombstone<VisitId>],
    chunk: usize,
) -> VisitImport {
    let table = read_table_of(csv.as_bytes(), MAX_VISIT_ROWS, &EncodingRs).expect("a table");
    let columns = guess_columns(&table.headers);
    let mut importer = VisitImporter::new(columns, customers, visits, deleted, clock());
    let mut next = 100u8;
    let mut new_id = || {
        next += 1;
        id(next)
    };
    let mut start = 0;
    while start < table.rows.len() {
        let end = (start + chunk).min(table.rows.len());
        importer.read(&table, start..end, &mut new_id);
        start = end;
    }
    importer.finish()
}

fn import(csv: &str) -> VisitImport {
    import_with(csv, &known(), &[], &[], 1000)
}

#[test]
fn columns_are_guessed_from_japanese_and_english_headers() {
    let cases: [(&[&str], &[VisitColumn]); 3] = [
        (
            &["会員番号", "来店日", "金額", "メニュー", "数量"],
            &[
                VisitColumn::Number,
                VisitColumn::Date,
                VisitColumn::Amount,
                VisitColumn::Item,
                VisitColumn::Quantity,
            ],
        ),
        (
            &["Customer ID", "Date", "Number_of_CDs", "Dollar_Value"],
            &[
                VisitColumn::Number,
                VisitColumn::Date,
                VisitColumn::Quantity,
                VisitColumn::Amount,
            ],
        ),
        (
            &["E-mail", "お名前", "日付", "Total", "memo"],
            &[
                VisitColumn::Email,
                VisitColumn::Name,
                VisitColumn::Date,
                VisitColumn::Amount,
                VisitColumn::Ignore,
            ],
        ),
    ];
    for (headers, expected) in cases {
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
        assert_eq!(guess_columns(&headers), expected, "{headers:?}");
        assert!(missing(expected).is_empty());
    }
    assert_eq!(
        missing(&[VisitColumn::Name, VisitColumn::Item]).len(),
        3,
        "a key, a date and an amount are needed"
    );
}

#[test]
fn dates_are_read_as_tills_write_them() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let cases = [
        ("2026-11-03", day(2026, 11, 3)),
        ("2026/1/5", day(2026, 1, 5)),
        ("20261103", day(2026, 11, 3)),
        ("２０２６－１１－０３", day(2026, 11, 3)),
        ("2026-11-03 14:30", day(2026, 11, 3)),
        ("2026-11-03T14:30:00", day(2026, 11, 3)),
        ("2026-02-30", None),
        ("20261332", None),
        ("11/03/2026", None),
        ("2026-11", None),
        ("", None),
        ("1899-12-31", None),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_day(text), expected, "{text:?}");
    }
}

#[test]
fn rows_match_known_customers_by_number_email_or_phone_and_create_the_rest() {
    let csv = "会員番号,メール,電話番号,お名前,日付,金額,品目,数量\n\
               m-001,,,,2026-11-01,3000,カット,1\n\
               ,TARO@example.jp,,,2026-11-02,\"¥1,200\",,\n\
               ,,+81 90 1111 2222,,20261103,800,,\n\
               M-777,,,新井 さくら,2026-11-04,4500,カラー,2\n\
               M-777,,,,2026-11-05,4500,,\n\
               ,new@example.jp,,,2026-11-05,500,,\n";
    let result = import(csv);
    assert_eq!(result.errors, vec![]);
    assert_eq!(
        (result.rows, result.visits.len(), result.matched_customers),
        (6, 6, 2)
    );
    let whose: Vec<&CustomerId> = result.visits.iter().map(|v| &v.customer).collect();
    assert_eq!(whose[..3], [&id(1), &id(2), &id(2)]);
    let names: Vec<(&str, &str, &str)> = result
        .new_customers
        .iter()
        .map(|c| (c.name.as_str(), c.number.as_str(), c.email.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("新井 さくら", "M-777", ""),
            ("new@example.jp", "", "new@example.jp")
        ]
    );
    assert_eq!(whose[3], whose[4], "one customer for one new number");
    let colour = &result.visits[3];
    assert_eq!(
        (
            colour.items[0].name.as_str(),
            colour.items[0].delivered.count
        ),
        ("カラー", 2)
    );
    assert_eq!(result.visits[1].paid.amount, 1200);
    let offset = clock().offset;
    assert_eq!(
        result.visits[2].day(offset),
        NaiveDate::from_ymd_opt(2026, 11, 3).unwrap(),
        "a date is that day where the business is"
    );
}

#[test]
fn every_bad_row_is_reported_by_line_and_good_rows_still_counted() {
    let csv = "customer_id,date,amount,quantity\n\
               A1,2026-11-01,1000,1\n\
               ,2026-11-01,1000,1\n\
               A1,2026-13-01,1000,1\n\
               \n\
               A1,2026-12-01,1000,1\n\
               A1,2026-11-01,abc,1\n\
               A1,2026-11-01,,1\n\
               A1,2026-11-01,1000,0\n\
               A1,2026-11-01,-5,1\n";
    let result = import(csv);
    let expected = [
        (3, RowProblem::NoCustomer),
        (4, RowProblem::Date),
        (6, RowProblem::FutureDate),
        (7, RowProblem::Amount),
        (8, RowProblem::Amount),
        (9, RowProblem::Quantity),
        (10, RowProblem::Amount),
    ];
    let expected: Vec<LineError> = expected
        .into_iter()
        .map(|(line, problem)| LineError { line, problem })
        .collect();
    assert_eq!(result.errors, expected);
    assert_eq!(result.rows, 8);
    let long = format!(
        "customer_id,date,amount\n{},2026-11-01,100\n",
        "9".repeat(41)
    );
    assert_eq!(import(&long).errors[0].problem, RowProblem::NumberTooLong);
    let bad_email = "email,date,amount\nnot-an-address,2026-11-01,100\n";
    assert!(matches!(
        import(bad_email).errors[0].problem,
        RowProblem::Customer(_)
    ));
}

#[test]
fn the_same_file_twice_adds_nothing_and_repeated_rows_are_distinct_visits() {
    let csv =
        "customer_id,date,amount\nA1,2026-11-01,1000\nA1,2026-11-01,1000\nB2,2026-11-02,500\n";
    let first = import(csv);
    assert_eq!(first.visits.len(), 3);
    let ids: Vec<VisitId> = first.visits.iter().map(|v| v.id.clone()).collect();
    assert_ne!(ids[0], ids[1], "two identical rows are two visits");
    let mut customers = known();
    customers.extend(first.new_customers.clone());
    let again = import_with(csv, &customers, &ids, &[], 1000);
    assert_eq!(
        (
            again.visits.len(),
            again.already_imported,
            again.new_customers.len()
        ),
        (0, 3, 0)
    );
    // A visit deleted since stays deleted; a row added to the file still comes in.
    let deleted = Tombstone::of(&first.visits[2], now());
    let grown = format!("{csv}A1,2026-11-01,1000\n");
    let third = import_with(&grown, &customers, &ids[..2], &[deleted], 1000);
    assert_eq!((third.visits.len(), third.already_imported), (1, 3));
    assert_eq!(third.visits[0].customer, first.visits[0].customer);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Reading in chunks of any size (as the screen does, to show progress) gives what
    /// reading all at once gives.
    #[test]
    fn chunks_do_not_change_the_result(
        rows in prop::collection::vec((0u8..6, 1u32..28, 0i64..5000, prop::bool::ANY), 1..60),
        chunk in 1usize..20,
    ) {
        let mut csv = String::from("会員番号,日付,金額\n");
        for (who, day, amount, bad) in rows {
            let date = if bad { format!("2026-02-{}", day + 28) } else { format!("2026-10-{day:02}") };
            csv.push_str(&format!("M-00{who},{date},{amount}\n"));
        }
        prop_assert_eq!(import_with(&csv, &known(), &[], &[], chunk), import(&csv));
    }
}

#[test]
fn imported_visit_ids_do_not_change_between_versions() {
    // Ids made from a row's content must stay the same from one version of the app to the
    // next, or importing last month's file again after an update would add every visit twice.
    let csv = "customer_id,date,amount\nA1,2026-11-01,1000\nA1,2026-11-01,1000\n";
    let ids: Vec<String> = import(csv)
        .visits
        .iter()
        .map(|v| v.id.to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "e7e66f27-a488-4195-84a0-e68cc3ac2dd6",
            "f05c97dd-206c-4b76-931a-1e764748b735"
        ]
    );
}
