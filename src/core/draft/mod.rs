//! What the owner typed into the customer form, and the rules that turn it into a record.
//!
//! The form edits a [`CustomerDraft`] of plain strings; [`CustomerDraft::validate`] checks every
//! field at once and either returns normalised [`CustomerFields`] or the full list of problems,
//! each tied to a [`Field`] so the form can show the message under the right input.

use super::customer::{ContactChannel, Customer, CustomerId};
use super::i18n::{BookKey, Lang};
use super::text::{fold, normalize_reading};
use crate::core::normalize::nfkc;
use crate::core::record::Versioned;
use chrono::{DateTime, Datelike, NaiveDate, Utc};

mod rebase;

pub use rebase::Rebased;

pub const NAME_MAX: usize = 100;
pub const ITEM_MAX: usize = 100;
pub const TAG_MAX: usize = 30;
pub const EMAIL_MAX: usize = 254;
/// At most this many phones, household items or tags per customer (a backup holds no more).
pub const LIST_MAX: usize = 50;
/// A note holds at most this many characters (a backup holds no longer).
pub const NOTE_MAX: usize = 10_000;
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 6..=15;
const OLDEST_BIRTH_YEAR: i32 = 1900;

/// The customer form's contents, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CustomerDraft {
    pub name: String,
    pub reading: String,
    /// One entry per phone input; blank entries are ignored.
    pub phones: Vec<String>,
    pub email: String,
    /// A [`ContactChannel::as_str`] value, or empty for "not set".
    pub preferred_channel: String,
    /// `YYYY-MM-DD` (what `<input type="date">` gives), or empty.
    pub birthday: String,
    pub household: Vec<String>,
    /// Comma-separated (`,` `、` or `，`).
    pub tags: String,
}

/// Which input a problem belongs to. List inputs carry their row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Reading,
    Phone(usize),
    Email,
    PreferredChannel,
    Birthday,
    Household(usize),
    Tags,
}

/// What is wrong with a field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    ReadingNotKana,
    PhoneInvalid,
    EmailInvalid,
    ChannelUnknown,
    DateInvalid,
    BirthdayInFuture,
    BirthdayTooOld,
    /// Not a whole amount of money (or implausibly large).
    AmountInvalid,
    /// Not a whole number from `min` to `max`.
    OutOfRange {
        min: i64,
        max: i64,
    },
    /// The same entry twice in one list.
    Duplicate,
    /// The same part on two lists that exclude each other (required and excluded, must-have
    /// and never).
    BothWays,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// Validated, normalised field values, ready to become or update a [`Customer`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerFields {
    pub name: String,
    pub reading: String,
    pub phones: Vec<String>,
    pub email: String,
    pub preferred_channel: Option<ContactChannel>,
    pub birthday: Option<NaiveDate>,
    pub household: Vec<String>,
    pub tags: Vec<String>,
}

impl CustomerDraft {
    /// The form pre-filled from an existing record.
    pub fn from_customer(customer: &Customer) -> Self {
        Self {
            name: customer.name.clone(),
            reading: customer.reading.clone(),
            phones: customer.phones.clone(),
            email: customer.email.clone(),
            preferred_channel: customer
                .preferred_channel
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            birthday: customer
                .birthday
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            household: customer.household.clone(),
            tags: customer.tags.join(", "),
        }
    }

    /// Checks every field; `today` bounds the birthday.
    pub fn validate(&self, today: NaiveDate) -> Result<CustomerFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, problem| errors.push(FieldError { field, problem });

        let name = self.name.trim().to_owned();
        if name.is_empty() {
            fail(Field::Name, Problem::Required);
        } else if name.chars().count() > NAME_MAX {
            fail(Field::Name, Problem::TooLong { max: NAME_MAX });
        }

        let reading = normalize_reading(&self.reading).unwrap_or_else(|| {
            fail(Field::Reading, Problem::ReadingNotKana);
            String::new()
        });
        if reading.chars().count() > NAME_MAX {
            fail(Field::Reading, Problem::TooLong { max: NAME_MAX });
        }

        let mut phones = Vec::new();
        for (row, raw) in self.phones.iter().enumerate() {
            let phone = normalize_phone(raw);
            if phone.is_empty() {
                continue;
            }
            if is_phone(&phone) {
                phones.push(phone);
            } else {
                fail(Field::Phone(row), Problem::PhoneInvalid);
            }
        }

        let email = nfkc(self.email.trim()).into_owned();
        if !email.is_empty() && !is_email(&email) {
            fail(Field::Email, Problem::EmailInvalid);
        }

        let preferred_channel = match self.preferred_channel.as_str() {
            "" => None,
            other => ContactChannel::parse(other).or_else(|| {
                fail(Field::PreferredChannel, Problem::ChannelUnknown);
                None
            }),
        };

        let birthday = match self.birthday.trim() {
            "" => None,
            text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Err(_) => {
                    fail(Field::Birthday, Problem::DateInvalid);
                    None
                }
                Ok(date) if date > today => {
                    fail(Field::Birthday, Problem::BirthdayInFuture);
                    None
                }
                Ok(date) if date.year() < OLDEST_BIRTH_YEAR => {
                    fail(Field::Birthday, Problem::BirthdayTooOld);
                    None
                }
                Ok(date) => Some(date),
            },
        };

        let mut household = Vec::new();
        for (row, raw) in self.household.iter().enumerate() {
            let item = raw.trim();
            if item.is_empty() {
                continue;
            }
            if item.chars().count() > ITEM_MAX {
                fail(Field::Household(row), Problem::TooLong { max: ITEM_MAX });
            }
            household.push(item.to_owned());
        }

        for (field, count) in [
            (Field::Phone(LIST_MAX), phones.len()),
            (Field::Household(LIST_MAX), household.len()),
        ] {
            if count > LIST_MAX {
                fail(field, Problem::TooMany { max: LIST_MAX });
            }
        }
        let tags = split_tags(&self.tags);
        if tags.len() > LIST_MAX {
            fail(Field::Tags, Problem::TooMany { max: LIST_MAX });
        }
        if tags.iter().any(|t| t.chars().count() > TAG_MAX) {
            fail(Field::Tags, Problem::TooLong { max: TAG_MAX });
        }

        if errors.is_empty() {
            Ok(CustomerFields {
                name,
                reading,
                phones,
                email,
                preferred_channel,
                birthday,
                household,
                tags,
            })
        } else {
            Err(errors)
        }
    }
}

impl CustomerFields {
    /// A brand-new record created at `now`.
    pub fn into_new_customer(self, id: CustomerId, now: DateTime<Utc>) -> Customer {
        let mut customer = Customer::new(id, now);
        self.write_into(&mut customer);
        customer
    }

    /// Writes the fields into `customer`. Returns whether anything changed; only then is
    /// `updated_at` moved, so saving an untouched form does not make a record look newer.
    pub fn apply_to(self, customer: &mut Customer, now: DateTime<Utc>) -> bool {
        let changed = self.write_into(customer);
        if changed {
            customer.touch(now);
        }
        changed
    }

    /// Writes the fields into `customer` without making it a new version; returns whether
    /// anything changed.
    fn write_into(self, customer: &mut Customer) -> bool {
        let before = customer.clone();
        customer.name = self.name;
        customer.reading = self.reading;
        customer.phones = self.phones;
        customer.email = self.email;
        customer.preferred_channel = self.preferred_channel;
        customer.birthday = self.birthday;
        customer.household = self.household;
        customer.tags = self.tags;
        *customer != before
    }
}

/// Rewrites a record that came from elsewhere (a file, older storage) in the form the app's
/// own form would have stored it — phones in ASCII digits, the reading in katakana, and so on —
/// without making it a new version, since nothing the owner meant has changed. A record that
/// breaks a rule is left as it is (reading a file refuses it separately).
pub fn normalize_record(customer: &mut Customer, today: NaiveDate) -> bool {
    match CustomerDraft::from_customer(customer).validate(today) {
        Ok(fields) => fields.write_into(customer),
        Err(_) => false,
    }
}

/// Splits a tag list on ASCII and Japanese commas, trimming and dropping duplicates (compared
/// folded, so `VIP` and `ｖｉｐ` are one tag; the first spelling is kept).
pub fn split_tags(text: &str) -> Vec<String> {
    let mut seen = Vec::new();
    let mut tags = Vec::new();
    for tag in text.split([',', '、', '，', '､']) {
        let tag = tag.trim();
        if tag.is_empty() {
            continue;
        }
        let key = fold(tag);
        if !seen.contains(&key) {
            seen.push(key);
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// NFKC (full-width digits become ASCII), trimmed, and every dash an IME may produce —
/// including the katakana prolonged sound mark typed in kana mode — written as `-`.
pub fn normalize_phone(raw: &str) -> String {
    nfkc(raw.trim())
        .chars()
        .map(|c| match c {
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | 'ー' | '~' | '〜' => '-',
            other => other,
        })
        .collect()
}

/// Digits with the usual separators, an optional leading `+`, and a plausible digit count.
fn is_phone(phone: &str) -> bool {
    let body = phone.strip_prefix('+').unwrap_or(phone);
    let separators_ok = body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    separators_ok && PHONE_DIGITS.contains(&digits)
}

/// A pragmatic address check that catches the slips owners make (a missing `@` or domain, a
/// stray 、 or 。 from the IME, a space) without trying to be RFC 5322: the local part uses the
/// characters mail systems accept, the domain is dot-separated labels of letters, digits and
/// inner hyphens (non-ASCII letters allowed for internationalised domains), ending in a
/// top-level label of at least two letters.
fn is_email(email: &str) -> bool {
    if email.chars().count() > EMAIL_MAX {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |label: &&str| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let top_ok = labels
        .last()
        .is_some_and(|top| top.chars().count() >= 2 && top.chars().all(char::is_alphabetic));
    local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && top_ok
}

impl Problem {
    /// What to tell the owner, in their language.
    pub fn message(self, lang: Lang) -> String {
        let key = match self {
            Self::Required => BookKey::ErrRequired,
            Self::TooLong { max } => {
                return lang.format(BookKey::ErrTooLong, &[("max", &max.to_string())]);
            }
            Self::TooMany { max } => {
                return lang.format(BookKey::ErrTooMany, &[("max", &max.to_string())]);
            }
            Self::ReadingNotKana => BookKey::ErrReadingNotKana,
            Self::PhoneInvalid => BookKey::ErrPhoneInvalid,
            Self::EmailInvalid => BookKey::ErrEmailInvalid,
            Self::ChannelUnknown => BookKey::ErrChannelUnknown,
            Self::DateInvalid => BookKey::ErrDateInvalid,
            Self::BirthdayInFuture => BookKey::ErrBirthdayInFuture,
            Self::BirthdayTooOld => BookKey::ErrBirthdayTooOld,
            Self::AmountInvalid => BookKey::ErrAmountInvalid,
            Self::OutOfRange { min, max } => {
                return lang.format(
                    BookKey::ErrOutOfRange,
                    &[("min", &min.to_string()), ("max", &max.to_string())],
                );
            }
            Self::Duplicate => BookKey::ErrDuplicate,
            Self::BothWays => BookKey::ErrBothWays,
        };
        lang.text(key).to_owned()
    }
}
