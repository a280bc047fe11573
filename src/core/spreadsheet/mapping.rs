//! Which column holds what: guessed from the header, changeable by the owner.

use crate::core::i18n::{BookKey, Lang};
use crate::core::text::fold;

/// What a column is imported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Ignore,
    Name,
    Reading,
    Phone,
    Email,
    Birthday,
    Channel,
    Household,
    Tags,
    Note,
}

impl Target {
    pub const ALL: [Target; 10] = [
        Self::Ignore,
        Self::Name,
        Self::Reading,
        Self::Phone,
        Self::Email,
        Self::Birthday,
        Self::Channel,
        Self::Household,
        Self::Tags,
        Self::Note,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ignore => "ignore",
            Self::Name => "name",
            Self::Reading => "reading",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Birthday => "birthday",
            Self::Channel => "channel",
            Self::Household => "household",
            Self::Tags => "tags",
            Self::Note => "note",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// Header words (folded: lower case, katakana, no spaces) for each target, Japanese and English.
const SYNONYMS: [(Target, &[&str]); 9] = [
    (
        Target::Reading,
        &[
            "フリガナ",
            "ふりがな",
            "カナ",
            "よみ",
            "読み",
            "よみがな",
            "セイ",
            "メイ",
            "reading",
            "kana",
            "furigana",
            "氏名カナ",
            "名前カナ",
        ],
    ),
    (
        Target::Name,
        &[
            "名前",
            "氏名",
            "お名前",
            "顧客名",
            "姓",
            "名",
            "name",
            "fullname",
            "customer",
            "customername",
            "firstname",
            "lastname",
        ],
    ),
    (
        Target::Phone,
        &[
            "電話",
            "電話番号",
            "携帯",
            "携帯電話",
            "携帯番号",
            "tel",
            "phone",
            "phonenumber",
            "mobile",
        ],
    ),
    (
        Target::Email,
        &[
            "メール",
            "メールアドレス",
            "eメール",
            "email",
            "e-mail",
            "mail",
            "mailaddress",
        ],
    ),
    (
        Target::Birthday,
        &["誕生日", "生年月日", "birthday", "birthdate", "dateofbirth"],
    ),
    (
        Target::Channel,
        &[
            "連絡方法",
            "希望連絡方法",
            "contact",
            "preferredcontact",
            "channel",
        ],
    ),
    (
        Target::Household,
        &[
            "家族",
            "ペット",
            "家族ペット",
            "household",
            "pets",
            "family",
        ],
    ),
    (
        Target::Tags,
        &["タグ", "分類", "区分", "tags", "tag", "labels"],
    ),
    (
        Target::Note,
        &["メモ", "備考", "ノート", "note", "notes", "memo", "comment"],
    ),
];

/// The app's own field label for a target (what its CSV export writes as the header).
pub fn label(target: Target) -> Option<BookKey> {
    Some(match target {
        Target::Ignore => return None,
        Target::Name => BookKey::FieldName,
        Target::Reading => BookKey::FieldReading,
        Target::Phone => BookKey::FieldPhones,
        Target::Email => BookKey::FieldEmail,
        Target::Birthday => BookKey::FieldBirthday,
        Target::Channel => BookKey::FieldChannel,
        Target::Household => BookKey::FieldHousehold,
        Target::Tags => BookKey::FieldTags,
        Target::Note => BookKey::FieldNotes,
    })
}

/// The target a header most likely means — a common word for it, or the app's own label in
/// either language; unknown headers are ignored until chosen.
pub fn guess(header: &str) -> Target {
    let folded = fold(header);
    let own_label = |target: Target| {
        label(target).is_some_and(|key| Lang::ALL.iter().any(|lang| fold(lang.text(key)) == folded))
    };
    Target::ALL
        .into_iter()
        .find(|t| own_label(*t))
        .or_else(|| {
            SYNONYMS
                .iter()
                .find(|(_, words)| words.iter().any(|w| fold(w) == folded))
                .map(|(target, _)| *target)
        })
        .unwrap_or(Target::Ignore)
}

/// Guesses every column; a target claimed twice keeps only its first column, except the ones
/// that may repeat (several phone, tag, household or note columns).
pub fn guess_all(headers: &[String]) -> Vec<Target> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| {
            let target = guess(h);
            // Several name or reading columns (姓 and 名) are joined; phones, tags, household
            // and notes may come in several columns too.
            let repeatable = !matches!(target, Target::Email | Target::Birthday | Target::Channel);
            if target == Target::Ignore || repeatable || !taken.contains(&target) {
                taken.push(target);
                target
            } else {
                Target::Ignore
            }
        })
        .collect()
}
