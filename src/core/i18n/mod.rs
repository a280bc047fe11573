//! Messages in Japanese and English, and dates in each language's own format.
//!
//! Every message has a [`Key`]; each language's catalog ([`ja`], [`en`]) is one exhaustive
//! `match` over the keys, so a key missing from either language stops the build (and with it
//! `cargo test`). Parameters are written `{name}` and filled by [`Lang::format`].

mod book_en;
mod book_ja;
mod book_keys;
mod care_en;
mod care_ja;
mod care_keys;
mod dash_en;
mod dash_ja;
mod dash_keys;
mod dates;
mod en;
mod feedback_en;
mod feedback_ja;
mod feedback_keys;
mod ja;
mod keys;
mod labels;
mod numbers;
mod service_en;
mod service_ja;
mod service_keys;

pub use book_keys::BookKey;
pub use care_keys::{
    benefit_text, kind_label, method_label, priority_label, purpose_label, status_label,
    ticket_channel_label, CareKey,
};
pub use dash_keys::DashKey;
pub use dates::{age_on, format_date, format_date_time};
pub use feedback_keys::{feedback_channel_label, satisfaction_label, FeedbackKey};
pub use keys::Key;
pub use labels::{channel_label, segment_label, sort_label, tier_meaning};
pub use numbers::{format_bytes, format_money, group};
pub use service_keys::ServiceKey;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Self::Ja, Self::En];

    /// The BCP 47 tag, as used in `<html lang>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ja => "ja",
            Self::En => "en",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }

    /// Japanese when the browser's language is Japanese (`ja`, `ja-JP`), English otherwise.
    pub fn from_browser(tag: &str) -> Self {
        if tag.to_ascii_lowercase().starts_with("ja") {
            Self::Ja
        } else {
            Self::En
        }
    }

    /// The message for `key`, with its `{placeholders}` as written.
    #[inline]
    pub fn text(self, key: impl MessageKey) -> &'static str {
        key.text_in(self)
    }

    /// The message for `key` with each `{name}` replaced by its value.
    pub fn format(self, key: impl MessageKey, args: &[(&str, &str)]) -> String {
        let mut out = self.text(key).to_owned();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }
}

/// A list of message keys with its catalog in each language.
///
/// Looking a key up goes straight to its own list's catalogs, never through the others: in
/// the browser, a catalog whose messages only the pages fetched later show is fetched with
/// them, not carried by the first load. (A [`Message`], any list's key, reaches every
/// catalog.)
pub trait MessageKey: Copy {
    /// The message for this key in `lang`.
    fn text_in(self, lang: Lang) -> &'static str;
}

/// Each key list's catalog per language.
macro_rules! catalogs {
    ($($keys:ty => $ja:ident, $en:ident;)+) => {
        $(
            impl MessageKey for $keys {
                #[inline]
                fn text_in(self, lang: Lang) -> &'static str {
                    match lang {
                        Lang::Ja => $ja::text(self),
                        Lang::En => $en::text(self),
                    }
                }
            }
        )+
    };
}

catalogs! {
    Key => ja, en;
    BookKey => book_ja, book_en;
    ServiceKey => service_ja, service_en;
    FeedbackKey => feedback_ja, feedback_en;
    CareKey => care_ja, care_en;
    DashKey => dash_ja, dash_en;
}

impl MessageKey for Message {
    fn text_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Core(key) => key.text_in(lang),
            Self::Book(key) => key.text_in(lang),
            Self::Service(key) => key.text_in(lang),
            Self::Feedback(key) => key.text_in(lang),
            Self::Care(key) => key.text_in(lang),
            Self::Dash(key) => key.text_in(lang),
        }
    }
}

/// Any message's key. The keys come in six lists, each with its own catalog per language,
/// so that no catalog file grows past reading, and the first load carries only the frame's
/// and the list's: [`Key`] for the frame and the customer list, [`BookKey`] for the customer
/// book's other pages (a customer's form and page, backups, spreadsheets, analysis),
/// [`ServiceKey`] for the service catalog, offers and plans, [`FeedbackKey`] for
/// feedback, answers, satisfaction figures and learning, [`CareKey`] for customer care and
/// [`DashKey`] for the dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Message {
    Core(Key),
    Book(BookKey),
    Service(ServiceKey),
    Feedback(FeedbackKey),
    Care(CareKey),
    Dash(DashKey),
}

impl Message {
    /// Every message key of every list.
    pub fn all() -> impl Iterator<Item = Message> {
        Key::ALL
            .iter()
            .map(|k| Message::Core(*k))
            .chain(BookKey::ALL.iter().map(|k| Message::Book(*k)))
            .chain(ServiceKey::ALL.iter().map(|k| Message::Service(*k)))
            .chain(FeedbackKey::ALL.iter().map(|k| Message::Feedback(*k)))
            .chain(CareKey::ALL.iter().map(|k| Message::Care(*k)))
            .chain(DashKey::ALL.iter().map(|k| Message::Dash(*k)))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Core(key) => key.as_str(),
            Self::Book(key) => key.as_str(),
            Self::Service(key) => key.as_str(),
            Self::Feedback(key) => key.as_str(),
            Self::Care(key) => key.as_str(),
            Self::Dash(key) => key.as_str(),
        }
    }
}

impl From<Key> for Message {
    fn from(key: Key) -> Self {
        Self::Core(key)
    }
}

impl From<BookKey> for Message {
    fn from(key: BookKey) -> Self {
        Self::Book(key)
    }
}

impl From<ServiceKey> for Message {
    fn from(key: ServiceKey) -> Self {
        Self::Service(key)
    }
}

impl From<FeedbackKey> for Message {
    fn from(key: FeedbackKey) -> Self {
        Self::Feedback(key)
    }
}

impl From<CareKey> for Message {
    fn from(key: CareKey) -> Self {
        Self::Care(key)
    }
}

/// The `{placeholder}` names a message uses, in order of appearance.
pub fn placeholders(message: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        names.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    names
}

impl From<DashKey> for Message {
    fn from(key: DashKey) -> Self {
        Self::Dash(key)
    }
}
