//! The templates an owner picks from: their own, written and edited in the app and stored like
//! any record, and the built-in ones ([`super::builtin`]) that work from the first day. The
//! owner's own come first, because a template they took the trouble to write is the one they
//! mean to use.

use super::builtin::{builtins, BuiltIn};
use super::template::{placeholders, Placeholder, TemplateError};
use crate::core::i18n::Lang;
use crate::core::record::{record_id, versioned, Versioned};
use crate::core::sorting;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

record_id!(
    /// A template's stable identity: a random (version 4) UUID.
    TemplateId,
    "template"
);

/// What a message is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Sorry for what went wrong (a complaint): the fault, the apology, the remedy, thanks.
    Apology,
    /// The reply to an inquiry or a request.
    Answer,
    /// Thanks for a compliment.
    Thanks,
    /// A word a few days after a visit.
    CheckIn,
    Birthday,
    /// To a customer who has stopped coming.
    WinBack,
    /// After a complaint was settled: was it put right?
    SatisfactionQuestion,
    /// Less was delivered than booked: an apology with a remedy.
    ShortVisitApology,
}

impl Purpose {
    pub const ALL: [Purpose; 8] = [
        Self::Apology,
        Self::Answer,
        Self::Thanks,
        Self::CheckIn,
        Self::Birthday,
        Self::WinBack,
        Self::SatisfactionQuestion,
        Self::ShortVisitApology,
    ];

    /// The stable name used in stored records and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Apology => "apology",
            Self::Answer => "answer",
            Self::Thanks => "thanks",
            Self::CheckIn => "check_in",
            Self::Birthday => "birthday",
            Self::WinBack => "win_back",
            Self::SatisfactionQuestion => "satisfaction_question",
            Self::ShortVisitApology => "short_visit_apology",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

/// The longest title kept, in characters.
impl Purpose {
    /// What a response to a ticket of `kind` is: an apology for a complaint, thanks for a
    /// compliment, an answer to anything else.
    pub fn answering(kind: crate::core::service::ticket::TicketKind) -> Self {
        use crate::core::service::ticket::TicketKind;
        match kind {
            TicketKind::Complaint => Self::Apology,
            TicketKind::Compliment => Self::Thanks,
            TicketKind::Inquiry | TicketKind::Request => Self::Answer,
        }
    }
}

pub const TITLE_MAX_CHARS: usize = 100;
/// The longest body kept, in characters.
pub const BODY_MAX_CHARS: usize = 4000;

/// Why a template cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TemplateEditError {
    #[error("a template needs a title")]
    NoTitle,
    #[error("a template needs a text")]
    NoBody,
    #[error("the {what} is longer than {max} characters")]
    TooLong { what: &'static str, max: usize },
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// A template the owner wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub id: TemplateId,
    pub purpose: Purpose,
    pub lang: Lang,
    /// What the list shows, and an email's subject.
    pub title: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(Template, TemplateId);

/// What remains of a deleted template.
pub type TemplateTombstone = crate::core::record::Tombstone<TemplateId>;

impl Template {
    /// A new template, checked: a title and a body within their lengths, and a body whose
    /// placeholders can all be filled.
    pub fn new(
        id: TemplateId,
        purpose: Purpose,
        lang: Lang,
        title: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<Self, TemplateEditError> {
        let (title, body) = checked(title, body)?;
        Ok(Self {
            id,
            purpose,
            lang,
            title,
            body,
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        })
    }

    /// Changes the title and body (checked as in [`Template::new`]). Returns whether anything
    /// changed; only then is the record a new version.
    pub fn edit(
        &mut self,
        title: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, TemplateEditError> {
        let (title, body) = checked(title, body)?;
        if title == self.title && body == self.body {
            return Ok(false);
        }
        self.title = title;
        self.body = body;
        self.touch(now);
        Ok(true)
    }
}

/// The title and body trimmed, or why they cannot be kept.
fn checked(title: &str, body: &str) -> Result<(String, String), TemplateEditError> {
    let (title, body) = (title.trim(), body.trim());
    if title.is_empty() {
        return Err(TemplateEditError::NoTitle);
    }
    if body.is_empty() {
        return Err(TemplateEditError::NoBody);
    }
    if title.chars().count() > TITLE_MAX_CHARS {
        return Err(TemplateEditError::TooLong {
            what: "title",
            max: TITLE_MAX_CHARS,
        });
    }
    if body.chars().count() > BODY_MAX_CHARS {
        return Err(TemplateEditError::TooLong {
            what: "text",
            max: BODY_MAX_CHARS,
        });
    }
    placeholders(body)?;
    Ok((title.to_owned(), body.to_owned()))
}

/// A template offered for a message: one of the owner's or a built-in one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateChoice<'a> {
    Own(&'a Template),
    BuiltIn(&'static BuiltIn),
}

impl TemplateChoice<'_> {
    pub fn title(&self) -> &str {
        match self {
            Self::Own(t) => &t.title,
            Self::BuiltIn(b) => b.title,
        }
    }

    pub fn body(&self) -> &str {
        match self {
            Self::Own(t) => &t.body,
            Self::BuiltIn(b) => b.body,
        }
    }

    /// The placeholders the body uses (none when it cannot be read, which a saved template
    /// never is), so a screen can set aside those a customer has no value for.
    pub fn placeholders(&self) -> Vec<Placeholder> {
        placeholders(self.body()).unwrap_or_default()
    }
}

/// The templates for `purpose` in `lang`: the owner's own, most recently edited first, then the
/// built-in ones in their fixed order.
pub fn templates_for<'a>(
    purpose: Purpose,
    lang: Lang,
    own: &'a [Template],
) -> Vec<TemplateChoice<'a>> {
    let mut mine: Vec<&Template> = own
        .iter()
        .filter(|t| t.purpose == purpose && t.lang == lang)
        .collect();
    sorting::sort_by(&mut mine, |x, y| {
        y.updated_at
            .cmp(&x.updated_at)
            .then_with(|| x.id.cmp(&y.id))
    });
    mine.into_iter()
        .map(TemplateChoice::Own)
        .chain(
            builtins()
                .iter()
                .filter(|b| b.purpose == purpose && b.lang == lang)
                .map(TemplateChoice::BuiltIn),
        )
        .collect()
}
