//! Filling a message template: text with `{placeholders}` for what differs from one customer to
//! the next. The owner writes templates in the app, so every mistake in one is a typed error the
//! editor can point at (an unknown `{nmae}`, a `{` never closed) instead of a message that goes
//! out with braces in it.
//!
//! A placeholder this customer has no value for (`{pet}` for someone without one) is an error
//! too in [`fill`], naming every such placeholder, so the screen can warn before anything is
//! sent. [`fill_lenient`] is for the preview: it leaves those placeholders out and lists them.
//! `{{` and `}}` write a literal brace.

use crate::core::customer::Customer;
use crate::core::i18n::{format_date, Lang};
use chrono::NaiveDate;
use thiserror::Error;

/// What a template can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Placeholder {
    /// The customer's name as written. Japanese templates add 様 themselves: `{name}様`.
    Name,
    /// The name of the customer's first household member or pet ("Pochi" from "Pochi — shiba").
    Pet,
    /// The day of the last visit, in the language's date format.
    VisitDate,
    /// The business's name.
    Shop,
    /// A coupon's code and what it gives, as the owner wrote it ("WELCOME10: 10 % off").
    Coupon,
    /// The day something ends (usually the coupon), in the language's date format.
    Expires,
}

impl Placeholder {
    pub const ALL: [Placeholder; 6] = [
        Self::Name,
        Self::Pet,
        Self::VisitDate,
        Self::Shop,
        Self::Coupon,
        Self::Expires,
    ];

    /// The name written between the braces.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Pet => "pet",
            Self::VisitDate => "visit_date",
            Self::Shop => "shop",
            Self::Coupon => "coupon",
            Self::Expires => "expires",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

impl std::fmt::Display for Placeholder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{{{}}}", self.as_str())
    }
}

/// Why a template cannot be filled. Positions count characters from the start of the text.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TemplateError {
    /// `{…}` names no known placeholder.
    #[error("unknown placeholder {{{name}}} at character {at}")]
    UnknownPlaceholder { name: String, at: usize },
    /// A `{` with no `}` before the line ends or the next `{` (write `{{` for a brace).
    #[error("the brace at character {at} is not closed")]
    Unclosed { at: usize },
    /// A `}` that closes nothing (write `}}` for a brace).
    #[error("the brace at character {at} closes nothing")]
    UnmatchedClose { at: usize },
    /// Placeholders this customer has no value for, each once, in order of appearance.
    #[error("no value for {}", list(.0))]
    Missing(Vec<Placeholder>),
}

fn list(placeholders: &[Placeholder]) -> String {
    let names: Vec<String> = placeholders.iter().map(ToString::to_string).collect();
    names.join(", ")
}

/// The values for one message. A missing or blank value counts as no value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values {
    pub name: Option<String>,
    pub pet: Option<String>,
    pub visit_date: Option<NaiveDate>,
    pub shop: Option<String>,
    pub coupon: Option<String>,
    pub expires: Option<NaiveDate>,
}

impl Values {
    /// The customer's own values: their name, their first household item's name, and the day
    /// of their last visit. The shop, coupon and end date are the caller's to add.
    pub fn of(customer: &Customer, last_visit: Option<NaiveDate>) -> Self {
        Self {
            name: Some(customer.name.trim().to_owned()),
            pet: customer.household.first().and_then(|item| pet_name(item)),
            visit_date: last_visit,
            ..Self::default()
        }
    }

    /// The text that replaces `placeholder`, if there is one.
    pub fn get(&self, placeholder: Placeholder, lang: Lang) -> Option<String> {
        let text = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
        };
        match placeholder {
            Placeholder::Name => text(&self.name),
            Placeholder::Pet => text(&self.pet),
            Placeholder::VisitDate => self.visit_date.map(|d| format_date(lang, d)),
            Placeholder::Shop => text(&self.shop),
            Placeholder::Coupon => text(&self.coupon),
            Placeholder::Expires => self.expires.map(|d| format_date(lang, d)),
        }
    }
}

/// The name in a household item: the text before the first dash, parenthesis or " - "
/// ("Pochi — shiba, 8 y" → "Pochi", "ポチ（柴）" → "ポチ"), trimmed; `None` when that is blank.
pub fn pet_name(item: &str) -> Option<String> {
    let end = ["—", "–", "(", "（", " - "]
        .iter()
        .filter_map(|separator| item.find(separator))
        .min()
        .unwrap_or(item.len());
    let name = item[..end].trim();
    (!name.is_empty()).then(|| name.to_owned())
}

/// A piece of a template as read.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Slot(Placeholder),
}

/// Reads a template into text and placeholders (`{{` and `}}` become one-brace text pieces).
fn parse(template: &str) -> Result<Vec<Piece<'_>>, TemplateError> {
    let mut pieces = Vec::new();
    let mut chars = template.char_indices().enumerate().peekable();
    let mut text_start = 0;
    while let Some((at, (byte, c))) = chars.next() {
        match c {
            '{' | '}' if chars.peek().is_some_and(|(_, (_, next))| *next == c) => {
                pieces.push(Piece::Text(&template[text_start..byte]));
                pieces.push(Piece::Text(&template[byte..byte + 1]));
                chars.next();
                text_start = byte + 2;
            }
            '}' => return Err(TemplateError::UnmatchedClose { at }),
            '{' => {
                let rest = &template[byte + 1..];
                let Some(len) = rest.find(['}', '{', '\n', '\r']) else {
                    return Err(TemplateError::Unclosed { at });
                };
                if !rest[len..].starts_with('}') {
                    return Err(TemplateError::Unclosed { at });
                }
                let name = &rest[..len];
                let placeholder = Placeholder::parse(name.trim()).ok_or_else(|| {
                    TemplateError::UnknownPlaceholder {
                        name: name.to_owned(),
                        at,
                    }
                })?;
                pieces.push(Piece::Text(&template[text_start..byte]));
                pieces.push(Piece::Slot(placeholder));
                for _ in 0..name.chars().count() + 1 {
                    chars.next();
                }
                text_start = byte + 1 + len + 1;
            }
            _ => {}
        }
    }
    pieces.push(Piece::Text(&template[text_start..]));
    pieces.retain(|p| *p != Piece::Text(""));
    Ok(pieces)
}

/// The placeholders `template` uses, each once, in order of first appearance; or why it cannot
/// be used. The template editor checks with this before saving.
pub fn placeholders(template: &str) -> Result<Vec<Placeholder>, TemplateError> {
    let mut found = Vec::new();
    for piece in parse(template)? {
        if let Piece::Slot(p) = piece {
            if !found.contains(&p) {
                found.push(p);
            }
        }
    }
    Ok(found)
}

/// A template filled as far as the values go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filled {
    pub text: String,
    /// The placeholders left out for want of a value, each once, in order of appearance.
    pub missing: Vec<Placeholder>,
}

/// `template` with every placeholder replaced, for a message about to be sent: a placeholder
/// without a value is an error ([`TemplateError::Missing`], naming all of them).
pub fn fill(template: &str, values: &Values, lang: Lang) -> Result<String, TemplateError> {
    let filled = fill_lenient(template, values, lang)?;
    if filled.missing.is_empty() {
        Ok(filled.text)
    } else {
        Err(TemplateError::Missing(filled.missing))
    }
}

/// `template` with every placeholder that has a value replaced and the others left out, for a
/// preview that shows what is missing beside the text. Mistakes in the template itself are
/// still errors.
pub fn fill_lenient(template: &str, values: &Values, lang: Lang) -> Result<Filled, TemplateError> {
    let mut text = String::with_capacity(template.len());
    let mut missing = Vec::new();
    for piece in parse(template)? {
        match piece {
            Piece::Text(t) => text.push_str(t),
            Piece::Slot(p) => match values.get(p, lang) {
                Some(value) => text.push_str(&value),
                None if missing.contains(&p) => {}
                None => missing.push(p),
            },
        }
    }
    Ok(Filled { text, missing })
}
