//! Spreadsheet import and export: encodings, strict parsing, column guessing, duplicates
//! proposed rather than created twice, and a round trip through the app's own CSV.

use super::legacy_decoder::EncodingRs;
use super::support::{at, id, today};
use rustc_hash::FxHashMap;
use tsunagu::core::customer::{ContactChannel, Customer, CustomerId};
use tsunagu::core::draft::{CustomerDraft, Field, FieldError, Problem};
use tsunagu::core::i18n::Lang;
use tsunagu::core::spreadsheet::export::export_csv;
use tsunagu::core::spreadsheet::mapping::{guess_all, Target};
use tsunagu::core::spreadsheet::plan::{
    apply_plan, normalize_date, plan_import, Choice, Match, MatchReason, Outcome, RowPlan,
};
use tsunagu::core::spreadsheet::table::{read_table, TableError, TextEncoding};

fn shift_jis(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

const SAMPLE: &str =
    "氏名,ふりがな,電話番号,メール\n山田 花子,やまだ はなこ,090-1234-5678,hanako@example.jp\n";

#[test]
fn utf8_with_or_without_bom_and_shift_jis_all_read_the_same() {
    let plain = read_table(SAMPLE.as_bytes(), &EncodingRs).unwrap();
    assert_eq!(plain.encoding, TextEncoding::Utf8);
    assert_eq!(plain.headers, ["氏名", "ふりがな", "電話番号", "メール"]);
    assert_eq!(plain.rows[0][0], "山田 花子");
    let bom = read_table(format!("\u{FEFF}{SAMPLE}").as_bytes(), &EncodingRs).unwrap();
    assert_eq!(bom.headers, plain.headers);
    let sjis = read_table(&shift_jis(SAMPLE), &EncodingRs).unwrap();
    assert_eq!(sjis.encoding, TextEncoding::ShiftJis);
    assert_eq!((sjis.headers, sjis.rows), (plain.headers, plain.rows));
}

#[test]
fn bad_files_are_refused_with_the_reason() {
    assert_eq!(
        read_table(b"\xff\xfe\xfd,\xa0", &EncodingRs),
        Err(TableError::UnknownEncoding)
    );
    assert_eq!(read_table(b"", &EncodingRs), Err(TableError::Empty));
    assert_eq!(
        read_table("a,b,c\n1,2,3\n4,5\n".as_bytes(), &EncodingRs),
        Err(TableError::Ragged {
            line: 3,
            found: 2,
            expected: 3
        })
    );
}

#[test]
fn quoted_cells_keep_commas_and_line_breaks_and_blank_rows_are_skipped() {
    let table = read_table(
        "名前,メモ\n\"山田, 花子\",\"一行目\n二行目\"\n,\n".as_bytes(),
        &EncodingRs,
    )
    .unwrap();
    assert_eq!(table.rows, [["山田, 花子", "一行目\n二行目"]]);
}

#[test]
fn columns_are_guessed_from_common_headers_in_both_languages() {
    let headers: Vec<String> = [
        "氏名",
        "フリガナ",
        "携帯",
        "E-mail",
        "生年月日",
        "備考",
        "タグ",
        "謎の列",
        "Phone",
        "メール",
    ]
    .map(String::from)
    .to_vec();
    use Target::*;
    assert_eq!(
        guess_all(&headers),
        [Name, Reading, Phone, Email, Birthday, Note, Tags, Ignore, Phone, Ignore],
        "a second email column is left for the owner to choose"
    );
    let family: Vec<String> = ["姓", "名", "セイ", "メイ"].map(String::from).to_vec();
    assert_eq!(guess_all(&family), [Name, Name, Reading, Reading]);
}

#[test]
fn dates_in_spreadsheet_styles_are_understood() {
    for (typed, expected) in [
        ("1990/4/1", Some("1990-04-01")),
        ("1990-04-01", Some("1990-04-01")),
        ("1990年4月1日", Some("1990-04-01")),
        ("19900401", Some("1990-04-01")),
        ("1990/2/30", None),
        ("April", None),
    ] {
        assert_eq!(normalize_date(typed).as_deref(), expected, "{typed}");
    }
}

fn known() -> Customer {
    let mut c = CustomerDraft {
        name: "山田 花子".into(),
        reading: "ヤマダ ハナコ".into(),
        phones: vec!["090-1234-5678".into()],
        tags: "常連".into(),
        ..CustomerDraft::default()
    }
    .validate(today())
    .unwrap()
    .into_new_customer(id(1), at(2026, 1, 1, 9, 0));
    c.email = "hanako@example.jp".into();
    c
}

/// The customers to write for `rows`, every duplicate handled by `choice`, at one fixed time;
/// new customers get ids 99, 100, …
fn apply(
    rows: &[RowPlan],
    choice: Choice,
    existing: &FxHashMap<CustomerId, Customer>,
) -> Vec<Customer> {
    let mut next = 98;
    apply_plan(
        rows,
        |_| choice,
        existing,
        at(2026, 6, 1, 9, 0),
        || {
            next += 1;
            id(next)
        },
    )
}

fn plan(csv: &str) -> Vec<RowPlan> {
    let table = read_table(csv.as_bytes(), &EncodingRs).unwrap();
    plan_import(&table, &guess_all(&table.headers), [&known()], today())
}

#[test]
fn duplicates_are_found_by_email_phone_or_name_and_reading() {
    let rows = plan(concat!(
        "名前,フリガナ,電話,メール\n",
        "別人 一郎,,080-0000-0000,HANAKO@example.jp\n",
        "花ちゃん,,09012345678,\n",
        "山田 花子,やまだ はなこ,,\n",
        "新顔 太郎,,070-1111-2222,taro@example.jp\n",
        "新顔 太郎,,,taro@example.jp\n",
        ",,abc,\n",
    ));
    let outcomes: Vec<&Outcome> = rows.iter().map(|r| &r.outcome).collect();
    let customer = Match::Customer(id(1));
    assert_eq!(
        outcomes,
        [
            &Outcome::Duplicate {
                of: customer.clone(),
                reason: MatchReason::Email
            },
            &Outcome::Duplicate {
                of: customer.clone(),
                reason: MatchReason::Phone
            },
            &Outcome::Duplicate {
                of: customer,
                reason: MatchReason::NameAndReading
            },
            &Outcome::New,
            &Outcome::Duplicate {
                of: Match::Row(3),
                reason: MatchReason::Email
            },
            &Outcome::Invalid(vec![
                FieldError {
                    field: Field::Name,
                    problem: Problem::Required
                },
                FieldError {
                    field: Field::Phone(0),
                    problem: Problem::PhoneInvalid
                },
            ]),
        ]
    );
    assert_eq!(
        rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        [2, 3, 4, 5, 6, 7]
    );
}

#[test]
fn merging_fills_gaps_and_adds_to_lists_without_overwriting() {
    let rows = plan("名前,電話,メール,タグ,誕生日,メモ\n山田 はなこ,03-1111-2222,hanako@example.jp,\"常連, VIP\",1990/4/1,ランチ派\n");
    let existing = FxHashMap::from_iter([(id(1), known())]);
    let written = apply(&rows, Choice::Merge, &existing);
    assert_eq!(written.len(), 1);
    let merged = &written[0];
    assert_eq!(merged.id, id(1));
    assert_eq!(merged.name, "山田 花子", "the known name is kept");
    assert_eq!(merged.phones, ["090-1234-5678", "03-1111-2222"]);
    assert_eq!(merged.tags, ["常連", "VIP"]);
    assert_eq!(merged.birthday.unwrap().to_string(), "1990-04-01");
    assert_eq!(merged.notes.len(), 1);
    assert_eq!(merged.updated_at, at(2026, 6, 1, 9, 0));

    let separate = apply(&rows, Choice::AddNew, &existing);
    assert_eq!(separate.len(), 1);
    assert_eq!(
        (separate[0].id.clone(), separate[0].name.as_str()),
        (id(99), "山田 はなこ")
    );
}

#[test]
fn a_row_repeated_in_the_file_merges_into_its_first_occurrence() {
    let rows =
        plan("名前,メール,タグ\n新顔 太郎,taro@example.jp,朝\n新顔 太郎,taro@example.jp,夜\n");
    let written = apply(&rows, Choice::Merge, &FxHashMap::default());
    assert_eq!(written.len(), 1);
    assert_eq!(written[0].tags, ["朝", "夜"]);
}

#[test]
fn the_apps_own_csv_imports_back_to_the_same_customers() {
    let mut original = CustomerDraft {
        name: "佐藤 一郎".into(),
        reading: "サトウ イチロウ".into(),
        phones: vec!["080-2222-3333".into(), "03-1234-5678".into()],
        email: "ichiro@example.jp".into(),
        preferred_channel: "line".into(),
        birthday: "1985-12-24".into(),
        household: vec!["ポチ(柴犬)".into(), "妻 花子".into()],
        tags: "常連, \"VIP\"".into(),
    }
    .validate(today())
    .unwrap()
    .into_new_customer(id(7), at(2026, 1, 1, 9, 0));
    original.add_note("窓際の席が好き, 静かな時間帯", at(2026, 1, 2, 9, 0));
    for lang in Lang::ALL {
        let csv = export_csv([&original], lang);
        assert!(
            csv.starts_with('\u{FEFF}'),
            "Excel needs the BOM to read UTF-8"
        );
        let table = read_table(csv.as_bytes(), &EncodingRs).unwrap();
        let rows = plan_import(&table, &guess_all(&table.headers), [], today());
        let back = apply(&rows, Choice::Merge, &FxHashMap::default());
        let back = &back[0];
        assert_eq!(
            (
                &back.name,
                &back.reading,
                &back.phones,
                &back.email,
                back.preferred_channel,
                back.birthday,
                &back.household,
                &back.tags
            ),
            (
                &original.name,
                &original.reading,
                &original.phones,
                &original.email,
                Some(ContactChannel::Line),
                original.birthday,
                &original.household,
                &original.tags
            ),
            "{lang:?}"
        );
        assert_eq!(back.notes[0].text, original.notes[0].text);
    }
}

#[test]
fn rows_keep_the_line_they_start_on_past_blank_lines_and_multi_line_cells() {
    let csv = "名前,メモ\n\n山田 花子,\"一行目\n二行目\"\n\n佐藤 一郎,x\n,\n鈴木 次郎,\n";
    let table = read_table(csv.as_bytes(), &EncodingRs).unwrap();
    assert_eq!(table.lines, [3, 6, 8]);
    let rows = plan_import(&table, &guess_all(&table.headers), [], today());
    assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 6, 8]);
}

#[test]
fn euc_jp_reads_as_japanese_and_half_width_kana_stays_shift_jis() {
    let (euc, _, unmappable) = encoding_rs::EUC_JP.encode(SAMPLE);
    assert!(!unmappable);
    let table = read_table(&euc, &EncodingRs).unwrap();
    assert_eq!(table.encoding, TextEncoding::EucJp);
    assert_eq!(table.rows[0][0], "山田 花子");

    let half_width = "氏名,ﾌﾘｶﾞﾅ\n山田 花子,ﾔﾏﾀﾞ ﾊﾅｺ\n";
    let table = read_table(&shift_jis(half_width), &EncodingRs).unwrap();
    assert_eq!(table.encoding, TextEncoding::ShiftJis);
    assert_eq!(table.rows[0][1], "ﾔﾏﾀﾞ ﾊﾅｺ");
}

#[test]
fn a_japanese_number_written_internationally_is_the_same_phone() {
    let rows = plan(concat!(
        "名前,電話\n",
        "別人 一郎,+81 90-1234-5678\n",
        "別人 二郎,+81 (0)90-1234-5678\n",
        "別人 三郎,81-90-1234-5678\n",
    ));
    let reasons: Vec<Option<MatchReason>> = rows
        .iter()
        .map(|r| match &r.outcome {
            Outcome::Duplicate { reason, .. } => Some(*reason),
            _ => None,
        })
        .collect();
    assert_eq!(
        reasons,
        [Some(MatchReason::Phone), Some(MatchReason::Phone), None],
        "without the + it is not an international number"
    );
}

#[test]
fn emails_match_ignoring_case_only() {
    let rows = plan(concat!(
        "名前,メール\n",
        "別人 一郎,Hanako@Example.JP\n",
        "別人 二郎,hana.ko@example.jp\n",
        "別人 三郎,hana-ko@example.jp\n",
    ));
    let duplicates: Vec<bool> = rows
        .iter()
        .map(|r| matches!(r.outcome, Outcome::Duplicate { .. }))
        .collect();
    assert_eq!(duplicates, [true, false, false]);
}

#[test]
fn cells_a_spreadsheet_would_run_as_formulas_are_exported_as_text_and_read_back() {
    let hostile = "=HYPERLINK(\"http://example.com\",\"clic\")";
    let mut c = CustomerDraft {
        name: hostile.into(),
        phones: vec!["+81 90-1234-5678".into()],
        ..CustomerDraft::default()
    }
    .validate(today())
    .unwrap()
    .into_new_customer(id(5), at(2026, 1, 1, 9, 0));
    c.add_note("@mention -1 +1", at(2026, 1, 2, 9, 0));
    let csv = export_csv([&c], Lang::En);
    let table = read_table(csv.as_bytes(), &EncodingRs).unwrap();
    let mut exported = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let raw = exported.records().next().unwrap().unwrap();
    assert!(raw[0].starts_with("'="), "{:?}", &raw[0]);
    assert!(raw[2].starts_with("'+"), "{:?}", &raw[2]);
    assert!(raw
        .iter()
        .all(|cell| !cell.starts_with(['=', '+', '-', '@'])));
    assert_eq!(table.rows[0][0], hostile);
    assert_eq!(table.rows[0][2], "+81 90-1234-5678");
    assert_eq!(table.rows[0][8], "@mention -1 +1");
}

#[test]
fn rows_merged_into_a_known_customer_make_one_new_version() {
    let rows =
        plan("名前,メール,タグ\n山田 花子,hanako@example.jp,朝\n山田 花子,hanako@example.jp,夜\n");
    let before = known();
    let existing = FxHashMap::from_iter([(id(1), before.clone())]);
    let written = apply(&rows, Choice::Merge, &existing);
    assert_eq!(written.len(), 1);
    assert_eq!(written[0].tags, ["常連", "朝", "夜"]);
    assert_eq!(written[0].earlier_versions, [before.updated_at]);

    // A row that adds nothing writes nothing.
    let same = plan("名前,メール\n山田 花子,hanako@example.jp\n");
    let unchanged = apply(&same, Choice::Merge, &existing);
    assert!(unchanged.is_empty());
}
