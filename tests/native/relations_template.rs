//! Message templates: filling placeholders in Japanese and English, literal braces, the errors an
//! owner's template can have, the pet's name from a household item, and the templates offered
//! for a purpose (the owner's own first, then every built-in one, each of which fills).

use super::support::{at, person};
use chrono::NaiveDate;
use tsunagu::core::i18n::Lang;
use tsunagu::core::record::Versioned;
use tsunagu::core::relations::builtin::builtins;
use tsunagu::core::relations::library::{
    templates_for, Purpose, Template, TemplateChoice, TemplateEditError, TemplateId,
};
use tsunagu::core::relations::template::{
    fill, fill_lenient, pet_name, placeholders, Filled, Placeholder, TemplateError, Values,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Every value present.
fn full() -> Values {
    Values {
        name: Some("山田 花子".into()),
        pet: Some("ポチ".into()),
        visit_date: Some(day(2026, 11, 20)),
        shop: Some("カフェつなぐ".into()),
        coupon: Some("WELCOME10（10%オフ）".into()),
        expires: Some(day(2027, 1, 5)),
    }
}

/// No pet, no coupon, a blank shop name.
fn partial() -> Values {
    Values {
        pet: None,
        coupon: None,
        expires: None,
        shop: Some("  ".into()),
        ..full()
    }
}

#[test]
fn placeholders_are_filled_in_the_language_s_own_date_format() {
    let check = |template: &str, lang: Lang, expected: &str| {
        assert_eq!(
            fill(template, &full(), lang).as_deref(),
            Ok(expected),
            "{template:?} in {lang:?}"
        );
    };
    check("{name}様", Lang::Ja, "山田 花子様");
    check(
        "{pet}ちゃんはお元気ですか",
        Lang::Ja,
        "ポチちゃんはお元気ですか",
    );
    check("{visit_date}のご来店", Lang::Ja, "2026年11月20日のご来店");
    check("{visit_date}", Lang::En, "Nov 20, 2026");
    check(
        "{coupon}は{expires}まで",
        Lang::Ja,
        "WELCOME10（10%オフ）は2027年1月5日まで",
    );
    check("valid until {expires}", Lang::En, "valid until Jan 5, 2027");
    check(
        "{shop}: {name}, {name}",
        Lang::En,
        "カフェつなぐ: 山田 花子, 山田 花子",
    );
    check("no placeholders at all", Lang::En, "no placeholders at all");
    check("", Lang::Ja, "");
    // Spaces inside the braces are forgiven.
    check("{ name }様", Lang::Ja, "山田 花子様");
    // Doubled braces are one literal brace, also right next to a placeholder.
    check("{{name}}", Lang::En, "{name}");
    check("{{{name}}}", Lang::En, "{山田 花子}");
    check("}}{{", Lang::En, "}{");
    check("行1\n{name}\n行3", Lang::Ja, "行1\n山田 花子\n行3");
}

#[test]
fn mistakes_in_a_template_are_named_with_their_position() {
    let check = |template: &str, expected: TemplateError| {
        assert_eq!(
            fill(template, &full(), Lang::Ja),
            Err(expected.clone()),
            "{template:?}"
        );
        assert_eq!(placeholders(template), Err(expected), "{template:?}");
    };
    let unknown = |name: &str, at| TemplateError::UnknownPlaceholder {
        name: name.into(),
        at,
    };
    check("{nmae}様", unknown("nmae", 0));
    check("ようこそ{Name}様", unknown("Name", 4));
    check("{}", unknown("", 0));
    check("{name}様 {pet", TemplateError::Unclosed { at: 8 });
    check("{name", TemplateError::Unclosed { at: 0 });
    check("{pet の様子 {name}", TemplateError::Unclosed { at: 0 });
    check("{name\n}", TemplateError::Unclosed { at: 0 });
    check("合計 10}円", TemplateError::UnmatchedClose { at: 5 });
    check("{name}}", TemplateError::UnmatchedClose { at: 6 });
}

#[test]
fn a_value_the_customer_does_not_have_is_named_or_left_out() {
    let template = "{name}様、{pet}ちゃんと{shop}へ。{coupon}（{expires}まで）{pet}";
    assert_eq!(
        fill(template, &partial(), Lang::Ja),
        Err(TemplateError::Missing(vec![
            Placeholder::Pet,
            Placeholder::Shop,
            Placeholder::Coupon,
            Placeholder::Expires,
        ]))
    );
    assert_eq!(
        fill_lenient(template, &partial(), Lang::Ja),
        Ok(Filled {
            text: "山田 花子様、ちゃんとへ。（まで）".into(),
            missing: vec![
                Placeholder::Pet,
                Placeholder::Shop,
                Placeholder::Coupon,
                Placeholder::Expires
            ],
        })
    );
    // The message names them as written.
    assert_eq!(
        TemplateError::Missing(vec![Placeholder::Pet, Placeholder::VisitDate]).to_string(),
        "no value for {pet}, {visit_date}"
    );
    // A template mistake is still an error when lenient.
    assert!(fill_lenient("{pets}", &partial(), Lang::Ja).is_err());
}

#[test]
fn placeholders_are_listed_once_in_order_of_appearance() {
    assert_eq!(
        placeholders("{shop}: {name}様 {{pet}} {name} {visit_date}"),
        Ok(vec![
            Placeholder::Shop,
            Placeholder::Name,
            Placeholder::VisitDate
        ])
    );
    for p in Placeholder::ALL {
        assert_eq!(Placeholder::parse(p.as_str()), Some(p));
    }
}

#[test]
fn the_pet_is_the_name_in_the_first_household_item() {
    let check = |item: &str, expected: Option<&str>| {
        assert_eq!(pet_name(item).as_deref(), expected, "{item:?}");
    };
    check("Pochi — shiba, 8 y", Some("Pochi"));
    check("Pochi—shiba", Some("Pochi"));
    check("Pochi (shiba)", Some("Pochi"));
    check("ポチ（柴犬・8歳）", Some("ポチ"));
    check("Momo - cat", Some("Momo"));
    check("Mary-Jane", Some("Mary-Jane"));
    check("  ハナ  ", Some("ハナ"));
    check("— shiba", None);
    check("", None);

    let mut customer = person(1, "山田 花子", "ヤマダ ハナコ");
    customer.household = vec!["ポチ — 柴, 8歳".into(), "タマ — 猫".into()];
    let values = Values::of(&customer, Some(day(2026, 11, 20)));
    assert_eq!(values.name.as_deref(), Some("山田 花子"));
    assert_eq!(values.pet.as_deref(), Some("ポチ"));
    assert_eq!(values.visit_date, Some(day(2026, 11, 20)));
    assert_eq!(values.shop, None);
    customer.household.clear();
    assert_eq!(Values::of(&customer, None).pet, None);
}

#[test]
fn every_built_in_template_fills_and_fits_a_short_message() {
    for b in builtins() {
        let text = fill(b.body, &full(), b.lang)
            .unwrap_or_else(|e| panic!("{} ({:?}): {e}", b.key, b.lang));
        assert!(!text.contains(['{', '}']), "{}: {text}", b.key);
        let limit = match b.lang {
            Lang::Ja => 200,
            Lang::En => 300,
        };
        assert!(
            text.chars().count() <= limit,
            "{} ({:?}) has {} characters",
            b.key,
            b.lang,
            text.chars().count()
        );
    }
    for purpose in Purpose::ALL {
        for lang in Lang::ALL {
            assert!(
                !templates_for(purpose, lang, &[]).is_empty(),
                "no template for {purpose:?} in {lang:?}"
            );
        }
        assert_eq!(Purpose::parse(purpose.as_str()), Some(purpose));
    }
    let mut keys: Vec<(&str, Lang)> = builtins().iter().map(|b| (b.key, b.lang)).collect();
    let count = keys.len();
    keys.sort_by_key(|(key, lang)| (*key, lang.as_str()));
    keys.dedup();
    assert_eq!(keys.len(), count, "built-in keys repeat");
}

#[test]
fn apologies_say_sorry_and_thank_the_customer() {
    for purpose in [Purpose::Apology, Purpose::ShortVisitApology] {
        for choice in templates_for(purpose, Lang::Ja, &[]) {
            assert!(choice.body().contains("申し訳ございません"), "{purpose:?}");
            assert!(
                choice.body().contains("ありがとう") || choice.body().contains("感謝"),
                "{purpose:?}"
            );
        }
        for choice in templates_for(purpose, Lang::En, &[]) {
            assert!(choice.body().contains("sorry"), "{purpose:?}");
            assert!(choice.body().contains("Thank"), "{purpose:?}");
        }
    }
    // The short-visit apology offers a remedy: a coupon with its end date.
    for lang in Lang::ALL {
        let choice = templates_for(Purpose::ShortVisitApology, lang, &[])[0];
        assert!(choice.placeholders().contains(&Placeholder::Coupon));
        assert!(choice.placeholders().contains(&Placeholder::Expires));
    }
}

fn own(n: u8, purpose: Purpose, lang: Lang, title: &str, minute: u32) -> Template {
    Template::new(
        TemplateId::from_random_bytes([n; 16]),
        purpose,
        lang,
        title,
        "{name}様 いつもありがとうございます",
        at(2026, 11, 1, 9, minute),
    )
    .unwrap()
}

#[test]
fn the_owner_s_templates_come_first_most_recently_edited_first() {
    let mine = [
        own(1, Purpose::Birthday, Lang::Ja, "古い", 0),
        own(2, Purpose::Birthday, Lang::Ja, "新しい", 30),
        own(3, Purpose::Birthday, Lang::En, "English", 40),
        own(4, Purpose::WinBack, Lang::Ja, "別の目的", 50),
    ];
    let titles: Vec<String> = templates_for(Purpose::Birthday, Lang::Ja, &mine)
        .iter()
        .map(|c| c.title().to_owned())
        .collect();
    assert_eq!(
        titles,
        [
            "新しい",
            "古い",
            "お誕生日のお祝い",
            "お誕生日のお祝い（クーポン）"
        ]
    );
    let choices = templates_for(Purpose::Birthday, Lang::Ja, &mine);
    assert!(matches!(choices[0], TemplateChoice::Own(t) if t.id == mine[1].id));
    assert!(matches!(choices[2], TemplateChoice::BuiltIn(_)));
}

#[test]
fn a_template_is_checked_before_it_is_kept_and_an_edit_is_a_new_version() {
    let id = TemplateId::from_random_bytes([9; 16]);
    let now = at(2026, 11, 1, 9, 0);
    let new = |title: &str, body: &str| {
        Template::new(id.clone(), Purpose::Thanks, Lang::Ja, title, body, now)
    };
    assert_eq!(new(" ", "本文").unwrap_err(), TemplateEditError::NoTitle);
    assert_eq!(new("題", "\n").unwrap_err(), TemplateEditError::NoBody);
    assert_eq!(
        new("題", "{nam}様").unwrap_err(),
        TemplateEditError::Template(TemplateError::UnknownPlaceholder {
            name: "nam".into(),
            at: 0
        })
    );
    assert!(matches!(
        new(&"題".repeat(101), "本文"),
        Err(TemplateEditError::TooLong { .. })
    ));
    let mut template = new(" お礼 ", " {name}様 ").unwrap();
    assert_eq!(
        (template.title.as_str(), template.body.as_str()),
        ("お礼", "{name}様")
    );
    let later = at(2026, 11, 2, 9, 0);
    assert_eq!(template.edit("お礼", "{name}様", later), Ok(false));
    assert_eq!(template.updated_at(), now);
    assert_eq!(
        template.edit("お礼", "{name}様、ありがとうございました", later),
        Ok(true)
    );
    assert_eq!(template.updated_at(), later);
    assert_eq!(template.earlier_versions(), [now]);
    assert!(template.edit("お礼", "{name", later).is_err());
    assert_eq!(template.body, "{name}様、ありがとうございました");
}
