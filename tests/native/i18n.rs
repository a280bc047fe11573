//! Messages and dates in both languages.

use chrono::{FixedOffset, NaiveDate, TimeZone};
use tsunagu::core::draft::Problem;
use tsunagu::core::i18n::{
    age_on, format_date, format_date_time, placeholders, BookKey, Key, Lang, Message,
};
use tsunagu::core::settings::Settings;

#[test]
fn every_key_has_a_message_in_every_language() {
    // A key missing from a catalog does not compile; this also refuses empty messages.
    for lang in Lang::ALL {
        for key in Message::all() {
            assert!(
                !lang.text(key).trim().is_empty(),
                "{lang:?} {}",
                key.as_str()
            );
        }
    }
}

#[test]
fn both_languages_use_the_same_placeholders() {
    for key in Message::all() {
        let mut ja = placeholders(Lang::Ja.text(key));
        let mut en = placeholders(Lang::En.text(key));
        ja.sort();
        en.sort();
        assert_eq!(ja, en, "{}", key.as_str());
    }
}

#[test]
fn placeholders_are_filled() {
    assert_eq!(
        Lang::Ja.format(Key::Deleted, &[("name", "山田")]),
        "山田さんを削除しました"
    );
    assert_eq!(
        Lang::En.format(Key::MatchCount, &[("count", "1"), ("total", "3")]),
        "1 of 3 customers"
    );
    assert_eq!(
        Problem::TooLong { max: 30 }.message(Lang::Ja),
        "30文字以内で入力してください"
    );
    assert_eq!(
        Problem::EmailInvalid.message(Lang::En),
        Lang::En.text(BookKey::ErrEmailInvalid)
    );
}

#[test]
fn japanese_browsers_get_japanese_and_others_english() {
    for (tag, lang) in [
        ("ja", Lang::Ja),
        ("ja-JP", Lang::Ja),
        ("JA-jp", Lang::Ja),
        ("en-US", Lang::En),
        ("fr", Lang::En),
        ("", Lang::En),
    ] {
        assert_eq!(Lang::from_browser(tag), lang, "{tag:?}");
        assert_eq!(Settings::default().effective_lang(tag), lang);
    }
    let chosen = Settings {
        lang: Some(Lang::En),
        ..Settings::default()
    };
    assert_eq!(chosen.effective_lang("ja-JP"), Lang::En);
}

#[test]
fn settings_read_back_with_defaults_for_missing_fields() {
    let settings: Settings = serde_json::from_str(r#"{"lang":"en"}"#).unwrap();
    assert_eq!(
        settings,
        Settings {
            lang: Some(Lang::En),
            ..Settings::default()
        }
    );
    let settings: Settings = serde_json::from_str("{}").unwrap();
    assert_eq!(settings, Settings::default());
}

#[track_caller]
fn check_date(y: i32, m: u32, d: u32, ja: &str, en: &str) {
    let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(format_date(Lang::Ja, date), ja);
    assert_eq!(format_date(Lang::En, date), en);
}

#[test]
fn dates_in_each_languages_format() {
    check_date(2026, 11, 23, "2026年11月23日", "Nov 23, 2026");
    check_date(1990, 4, 1, "1990年4月1日", "Apr 1, 1990");
    check_date(2000, 1, 9, "2000年1月9日", "Jan 9, 2000");
}

#[track_caller]
fn check_time(h: u32, min: u32, ja: &str, en: &str) {
    let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
    let at = tokyo.with_ymd_and_hms(2026, 11, 23, h, min, 0).unwrap();
    assert_eq!(format_date_time(Lang::Ja, &at), ja);
    assert_eq!(format_date_time(Lang::En, &at), en);
}

#[test]
fn times_are_24_hour_in_japanese_and_12_hour_in_english() {
    check_time(14, 5, "2026年11月23日 14:05", "Nov 23, 2026, 2:05 PM");
    check_time(0, 30, "2026年11月23日 0:30", "Nov 23, 2026, 12:30 AM");
    check_time(12, 0, "2026年11月23日 12:00", "Nov 23, 2026, 12:00 PM");
}

#[test]
fn ages_count_completed_years() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    assert_eq!(age_on(d(1990, 4, 1), d(2026, 3, 31)), Some(35));
    assert_eq!(age_on(d(1990, 4, 1), d(2026, 4, 1)), Some(36));
    assert_eq!(age_on(d(2000, 2, 29), d(2026, 2, 28)), Some(25));
    assert_eq!(age_on(d(2000, 2, 29), d(2026, 3, 1)), Some(26));
    assert_eq!(age_on(d(2026, 11, 23), d(2026, 11, 23)), Some(0));
    assert_eq!(age_on(d(2027, 1, 1), d(2026, 11, 23)), None);
}

#[test]
fn the_backup_reminder_comes_after_30_days_without_an_export() {
    use super::support::at;
    let now = at(2026, 11, 23, 9, 0);
    let never = Settings::default();
    // No customers: nothing to lose, no reminder.
    assert!(!never.backup_reminder_due(None, now));
    // Never exported: counted from the oldest customer.
    assert!(!never.backup_reminder_due(Some(at(2026, 10, 25, 9, 0)), now));
    assert!(never.backup_reminder_due(Some(at(2026, 10, 24, 9, 0)), now));
    // Exported: counted from the export.
    let exported = Settings {
        last_export: Some(at(2026, 10, 30, 9, 0)),
        ..Settings::default()
    };
    assert!(!exported.backup_reminder_due(Some(at(2025, 1, 1, 0, 0)), now));
    let stale = Settings {
        last_export: Some(at(2026, 10, 20, 9, 0)),
        ..Settings::default()
    };
    assert!(stale.backup_reminder_due(Some(at(2025, 1, 1, 0, 0)), now));
    // "Later" quiets it until the snooze ends.
    let snoozed = Settings {
        reminder_snoozed_until: Some(at(2026, 11, 25, 9, 0)),
        ..stale
    };
    assert!(!snoozed.backup_reminder_due(Some(at(2025, 1, 1, 0, 0)), now));
    assert!(snoozed.backup_reminder_due(Some(at(2025, 1, 1, 0, 0)), at(2026, 11, 25, 9, 0)));
}

#[test]
fn sizes_are_shown_in_binary_units() {
    use tsunagu::core::i18n::format_bytes;
    for (bytes, shown) in [
        (0.0, "0 B"),
        (512.0, "512 B"),
        (1536.0, "1.5 KB"),
        (5.0 * 1024.0 * 1024.0, "5.0 MB"),
        (3.25 * 1024.0 * 1024.0 * 1024.0, "3.2 GB"),
    ] {
        assert_eq!(format_bytes(bytes), shown, "{bytes}");
    }
}
