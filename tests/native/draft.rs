//! The customer form's rules: what is accepted, how it is normalised, what is refused.

use super::support::{at, id, today};
use tsunagu::core::customer::ContactChannel;
use tsunagu::core::draft::{CustomerDraft, Field, FieldError, Problem};

fn valid() -> CustomerDraft {
    CustomerDraft {
        name: "山田 花子".into(),
        ..CustomerDraft::default()
    }
}

/// Applies `edit` to a valid draft and compares the problems found (none = `[]`).
#[track_caller]
fn check_errors(edit: impl FnOnce(&mut CustomerDraft), expected: &[(Field, Problem)]) {
    let mut draft = valid();
    edit(&mut draft);
    let found = match draft.validate(today()) {
        Ok(_) => vec![],
        Err(errors) => errors
            .into_iter()
            .map(|FieldError { field, problem }| (field, problem))
            .collect(),
    };
    assert_eq!(found, expected, "draft {draft:?}");
}

#[test]
fn name_is_required_and_bounded() {
    check_errors(|d| d.name = "".into(), &[(Field::Name, Problem::Required)]);
    check_errors(
        |d| d.name = " \u{3000}".into(),
        &[(Field::Name, Problem::Required)],
    );
    check_errors(|d| d.name = "あ".repeat(100), &[]);
    check_errors(
        |d| d.name = "あ".repeat(101),
        &[(Field::Name, Problem::TooLong { max: 100 })],
    );
}

#[test]
fn reading_must_be_kana() {
    check_errors(|d| d.reading = "やまだ はなこ".into(), &[]);
    check_errors(|d| d.reading = "ﾔﾏﾀﾞ".into(), &[]);
    check_errors(
        |d| d.reading = "Yamada".into(),
        &[(Field::Reading, Problem::ReadingNotKana)],
    );
    check_errors(
        |d| d.reading = "山田".into(),
        &[(Field::Reading, Problem::ReadingNotKana)],
    );
}

#[test]
fn phones_need_plausible_digits_and_blank_rows_are_ignored() {
    check_errors(|d| d.phones = vec!["090-1234-5678".into(), "".into()], &[]);
    check_errors(|d| d.phones = vec!["+81 (90) 1234-5678".into()], &[]);
    check_errors(
        |d| d.phones = vec!["０９０－１２３４－５６７８".into()],
        &[],
    );
    check_errors(
        |d| d.phones = vec!["abc".into()],
        &[(Field::Phone(0), Problem::PhoneInvalid)],
    );
    check_errors(
        |d| d.phones = vec!["".into(), "090".into()],
        &[(Field::Phone(1), Problem::PhoneInvalid)],
    );
    check_errors(
        |d| d.phones = vec!["1".repeat(16)],
        &[(Field::Phone(0), Problem::PhoneInvalid)],
    );
    check_errors(
        |d| d.phones = vec!["0+90-1234".into()],
        &[(Field::Phone(0), Problem::PhoneInvalid)],
    );
}

#[test]
fn every_dash_an_ime_produces_is_stored_as_a_hyphen() {
    for typed in [
        "090-1234-5678",
        "090−1234−5678",
        "090‐1234‐5678",
        "090―1234―5678",
        "090ー1234ー5678",
        "090ｰ1234ｰ5678",
        "０９０－１２３４－５６７８",
        " 090–1234–5678 ",
    ] {
        let fields = CustomerDraft {
            phones: vec![typed.into()],
            ..valid()
        }
        .validate(today())
        .unwrap_or_else(|e| panic!("{typed:?} refused: {e:?}"));
        assert_eq!(fields.phones, ["090-1234-5678"], "{typed:?}");
    }
    check_errors(|d| d.phones = vec!["090.1234.5678".into()], &[]);
}

#[test]
fn emails_are_checked_for_the_usual_typos() {
    for ok in [
        "hanako@example.jp",
        "h.y+cafe@mail.example.co.jp",
        "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ",
        "hanako@my-shop.example.jp",
        "花子@例え.jp",
        "",
    ] {
        check_errors(|d| d.email = ok.into(), &[]);
    }
    for bad in [
        "hanako",
        "hanako@",
        "@example.jp",
        "hanako@example",
        "a@b@example.jp",
        "hana ko@example.jp",
        "hanako@example..jp",
        "hanako@.example.jp",
        "hanako@example.jp、",
        "hanako@example.jp。",
        "hanako@example.jp,",
        "a@b.c",
        "hanako@ex_ample.jp",
        "hanako@-example.jp",
        "hanako@example.j1",
        ".hanako@example.jp",
        "hana..ko@example.jp",
        "hana、ko@example.jp",
    ] {
        check_errors(
            |d| d.email = bad.into(),
            &[(Field::Email, Problem::EmailInvalid)],
        );
    }
}

#[test]
fn birthdays_must_be_real_past_dates() {
    check_errors(|d| d.birthday = "1990-04-01".into(), &[]);
    check_errors(|d| d.birthday = "2026-11-23".into(), &[]);
    check_errors(
        |d| d.birthday = "2026-11-24".into(),
        &[(Field::Birthday, Problem::BirthdayInFuture)],
    );
    check_errors(
        |d| d.birthday = "1899-12-31".into(),
        &[(Field::Birthday, Problem::BirthdayTooOld)],
    );
    check_errors(
        |d| d.birthday = "2025-02-29".into(),
        &[(Field::Birthday, Problem::DateInvalid)],
    );
    check_errors(
        |d| d.birthday = "01/04/1990".into(),
        &[(Field::Birthday, Problem::DateInvalid)],
    );
}

#[test]
fn channel_household_and_tags() {
    check_errors(|d| d.preferred_channel = "line".into(), &[]);
    check_errors(
        |d| d.preferred_channel = "fax".into(),
        &[(Field::PreferredChannel, Problem::ChannelUnknown)],
    );
    check_errors(
        |d| d.household = vec!["".into(), "x".repeat(101)],
        &[(Field::Household(1), Problem::TooLong { max: 100 })],
    );
    check_errors(
        |d| d.tags = "x".repeat(31),
        &[(Field::Tags, Problem::TooLong { max: 30 })],
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    check_errors(
        |d| {
            d.name = "".into();
            d.email = "x".into();
            d.phones = vec!["x".into(), "y".into()];
        },
        &[
            (Field::Name, Problem::Required),
            (Field::Phone(0), Problem::PhoneInvalid),
            (Field::Phone(1), Problem::PhoneInvalid),
            (Field::Email, Problem::EmailInvalid),
        ],
    );
}

#[test]
fn accepted_values_are_normalised() {
    let fields = CustomerDraft {
        name: "  山田 花子 ".into(),
        reading: " やまだ　　ﾊﾅｺ ".into(),
        phones: vec!["".into(), "０９０－１２３４－５６７８".into()],
        email: " ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ ".into(),
        preferred_channel: "in_person".into(),
        birthday: "1990-04-01".into(),
        household: vec![" ポチ(柴犬・8歳) ".into(), " ".into()],
        tags: "常連、 VIP ,ｖｉｐ，,モーニング".into(),
    }
    .validate(today())
    .expect("valid");
    assert_eq!(fields.name, "山田 花子");
    assert_eq!(fields.reading, "ヤマダ ハナコ");
    assert_eq!(fields.phones, ["090-1234-5678"]);
    assert_eq!(fields.email, "hanako@example.jp");
    assert_eq!(fields.preferred_channel, Some(ContactChannel::InPerson));
    assert_eq!(fields.birthday.unwrap().to_string(), "1990-04-01");
    assert_eq!(fields.household, ["ポチ(柴犬・8歳)"]);
    assert_eq!(fields.tags, ["常連", "VIP", "モーニング"]);
}

#[test]
fn saving_an_untouched_form_does_not_make_the_record_newer() {
    let created = at(2026, 1, 1, 9, 0);
    let customer = valid()
        .validate(today())
        .unwrap()
        .into_new_customer(id(1), created);
    let later = at(2026, 6, 1, 9, 0);

    let mut same = customer.clone();
    let changed = CustomerDraft::from_customer(&customer)
        .validate(today())
        .unwrap()
        .apply_to(&mut same, later);
    assert!(!changed);
    assert_eq!(same, customer);

    let mut renamed = customer.clone();
    let mut draft = CustomerDraft::from_customer(&customer);
    draft.name = "山田 春子".into();
    assert!(draft
        .validate(today())
        .unwrap()
        .apply_to(&mut renamed, later));
    assert_eq!(renamed.updated_at, later);
    assert_eq!(renamed.created_at, created);
}

#[test]
fn the_form_round_trips_a_full_record() {
    let draft = CustomerDraft {
        name: "山田 花子".into(),
        reading: "ヤマダ ハナコ".into(),
        phones: vec!["090-1234-5678".into(), "03-1234-5678".into()],
        email: "hanako@example.jp".into(),
        preferred_channel: "email".into(),
        birthday: "1990-04-01".into(),
        household: vec!["ポチ".into()],
        tags: "常連, VIP".into(),
    };
    let customer = draft
        .validate(today())
        .unwrap()
        .into_new_customer(id(1), at(2026, 1, 1, 9, 0));
    assert_eq!(CustomerDraft::from_customer(&customer), draft);
}

#[test]
fn unsaved_edits_are_carried_over_to_a_record_changed_elsewhere() {
    let base = CustomerDraft {
        name: "山田 花子".into(),
        phones: vec!["090-1111-1111".into()],
        tags: "常連".into(),
        email: "old@example.jp".into(),
        ..CustomerDraft::default()
    };
    // The owner changed the name and the email here…
    let typed = CustomerDraft {
        name: "山田 春子".into(),
        email: "mine@example.jp".into(),
        ..base.clone()
    };
    // …while another tab changed the tags, the phones and the email.
    let latest = CustomerDraft {
        tags: "常連, VIP".into(),
        phones: vec!["080-2222-2222".into()],
        email: "theirs@example.jp".into(),
        ..base.clone()
    };
    let rebased = typed.rebase(&base, &latest);
    assert_eq!(rebased.draft.name, "山田 春子", "the owner's edit is kept");
    assert_eq!(rebased.draft.tags, "常連, VIP", "the other change is kept");
    assert_eq!(rebased.draft.phones, ["080-2222-2222"]);
    assert_eq!(
        rebased.draft.email, "mine@example.jp",
        "both changed: the owner's value wins"
    );
    assert_eq!(rebased.contested, ["email"]);

    // Nothing changed elsewhere: the typed form comes back as it was.
    let same = typed.rebase(&base, &base);
    assert_eq!(same.draft, typed);
    assert!(same.contested.is_empty());
    // The same change made in both places is no contest.
    assert!(typed.rebase(&base, &typed).contested.is_empty());
}

#[test]
fn lists_and_notes_stop_where_a_backup_can_still_hold_them() {
    use tsunagu::core::draft::{LIST_MAX, NOTE_MAX};
    check_errors(
        |d| {
            d.tags = (0..LIST_MAX)
                .map(|i| format!("t{i}"))
                .collect::<Vec<_>>()
                .join(",")
        },
        &[],
    );
    check_errors(
        |d| {
            d.tags = (0..=LIST_MAX)
                .map(|i| format!("t{i}"))
                .collect::<Vec<_>>()
                .join(",")
        },
        &[(Field::Tags, Problem::TooMany { max: LIST_MAX })],
    );
    check_errors(
        |d| d.household = (0..=LIST_MAX).map(|i| format!("h{i}")).collect(),
        &[(
            Field::Household(LIST_MAX),
            Problem::TooMany { max: LIST_MAX },
        )],
    );
    let mut c = valid()
        .validate(today())
        .unwrap()
        .into_new_customer(id(1), at(2026, 1, 1, 9, 0));
    assert!(!c.add_note(&"あ".repeat(NOTE_MAX + 1), at(2026, 1, 2, 9, 0)));
    assert!(c.add_note(&"あ".repeat(NOTE_MAX), at(2026, 1, 2, 9, 0)));
}
