//! Links that hand a prepared message to the phone's own apps: `mailto:` for mail, `sms:` for a
//! text message, `tel:` for a call. The app never sends anything itself; the owner sees the
//! message in their usual app and sends it from there.
//!
//! Everything outside RFC 3986's unreserved characters is percent-encoded as UTF-8, so Japanese
//! text, `&`, `?`, `#` and `+` arrive as written (a bare `+` would turn into a space in some
//! mail apps). Line breaks in a mail body are CRLF, as RFC 6068 requires; in an SMS body, LF.
//! Phone numbers are reduced to their digits and a leading `+`.

use crate::core::customer::Customer;
use crate::core::normalize::nfkc;
use thiserror::Error;

/// The longest link handed to a mail app by default: longer ones are cut by some browsers and
/// mail apps, silently dropping recipients.
pub const MAILTO_MAX_LEN: usize = 2000;

/// `text` percent-encoded as UTF-8, leaving RFC 3986's unreserved characters and the ASCII
/// characters in `keep` as they are.
pub fn percent_encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Every line break (CRLF, CR or LF) written as `eol`.
fn line_breaks(text: &str, eol: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', eol)
}

/// The number to dial: full-width digits made ASCII, everything but digits dropped, and a `+`
/// kept when the number starts with one. `None` when there are no digits.
pub fn dial_digits(phone: &str) -> Option<String> {
    let normalized = nfkc(phone);
    let trimmed = normalized.trim_start();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    Some(if trimmed.starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    })
}

/// A link that opens a mail to `to` with `subject` and `body` (blank parts are left out).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let mut link = format!("mailto:{}", percent_encode(to.trim(), b"@"));
    let mut fields = Vec::new();
    if !subject.trim().is_empty() {
        fields.push(format!("subject={}", percent_encode(subject, b"")));
    }
    if !body.trim().is_empty() {
        let body = line_breaks(body, "\r\n");
        fields.push(format!("body={}", percent_encode(&body, b"")));
    }
    if !fields.is_empty() {
        link.push('?');
        link.push_str(&fields.join("&"));
    }
    link
}

/// A link that opens a text message to `phone` with `body`, in the `sms:NUMBER?body=…` form
/// that iOS (8 and later) and Android both read. `None` when the number has no digits.
pub fn sms(phone: &str, body: &str) -> Option<String> {
    let number = dial_digits(phone)?;
    Some(if body.trim().is_empty() {
        format!("sms:{number}")
    } else {
        let body = line_breaks(body, "\n");
        format!("sms:{number}?body={}", percent_encode(&body, b""))
    })
}

/// A link that calls `phone`. `None` when the number has no digits.
pub fn tel(phone: &str) -> Option<String> {
    dial_digits(phone).map(|number| format!("tel:{number}"))
}

/// Mail links for a newsletter, recipients in blind copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BccLinks<'a> {
    /// `mailto:?bcc=…&subject=…` links, each within the length asked for; together they hold
    /// every address once.
    pub links: Vec<String>,
    /// The customers with no email address, to reach some other way.
    pub without_email: Vec<&'a Customer>,
}

/// Why the mail links cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BccError {
    /// One address and the subject alone make a link longer than allowed.
    #[error("the link for {email} needs {needed} characters, more than the {max_len} allowed")]
    TooLong {
        email: String,
        needed: usize,
        max_len: usize,
    },
}

/// Links that open a mail to every customer with an email address in blind copy (so nobody
/// sees the others' addresses), as few as fit within `max_len` characters each, in the given
/// order. An address shared by several customers (a family) is written once.
pub fn mailto_bcc<'a>(
    customers: &[&'a Customer],
    subject: &str,
    max_len: usize,
) -> Result<BccLinks<'a>, BccError> {
    const PREFIX: &str = "mailto:?bcc=";
    let suffix = if subject.trim().is_empty() {
        String::new()
    } else {
        format!("&subject={}", percent_encode(subject, b""))
    };
    let mut links = Vec::new();
    let mut without_email = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut current: Vec<String> = Vec::new();
    let mut current_len = PREFIX.len() + suffix.len();
    for customer in customers {
        let email = customer.email.trim();
        if email.is_empty() {
            without_email.push(*customer);
            continue;
        }
        if !seen.insert(email.to_lowercase()) {
            continue;
        }
        let encoded = percent_encode(email, b"@");
        let alone = PREFIX.len() + suffix.len() + encoded.len();
        if alone > max_len {
            return Err(BccError::TooLong {
                email: email.to_owned(),
                needed: alone,
                max_len,
            });
        }
        let added = encoded.len() + usize::from(!current.is_empty());
        if current_len + added > max_len {
            links.push(format!("{PREFIX}{}{suffix}", current.join(",")));
            current.clear();
            current_len = PREFIX.len() + suffix.len();
        }
        current_len += encoded.len() + usize::from(!current.is_empty());
        current.push(encoded);
    }
    if !current.is_empty() {
        links.push(format!("{PREFIX}{}{suffix}", current.join(",")));
    }
    Ok(BccLinks {
        links,
        without_email,
    })
}
