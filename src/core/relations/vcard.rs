//! Customers as vCards, to put a list into a phone's contacts (the LINE or SMS app then finds
//! them by name). Version 3.0, the one iPhone and Android phones both import reliably.
//!
//! The katakana reading goes in twice: as `X-PHONETIC-LAST-NAME` / `X-PHONETIC-FIRST-NAME`,
//! which the iPhone and Android contacts read as the name's reading (what they sort Japanese
//! names by), and as the standard `SORT-STRING`. Values escape `\`, `,`, `;` and line breaks;
//! lines longer than 75 octets are folded (CRLF and a space) without splitting a character; every
//! line ends in CRLF.

use crate::core::customer::Customer;

/// The longest line, in octets, before folding (RFC 2425 §5.8.1, RFC 6350 §3.2).
pub const LINE_MAX_OCTETS: usize = 75;

/// The vCards of `customers`, one after the other, in the given order.
pub fn to_vcard(customers: &[&Customer]) -> String {
    let mut out = String::new();
    for customer in customers {
        for line in card(customer) {
            out.push_str(&fold_line(&line));
            out.push_str("\r\n");
        }
    }
    out
}

/// The unfolded lines of one card.
fn card(c: &Customer) -> Vec<String> {
    let name = c.name.trim();
    let (family, given) = split_name(name);
    let mut lines = vec![
        "BEGIN:VCARD".to_owned(),
        "VERSION:3.0".to_owned(),
        format!("FN:{}", escape(name)),
        format!("N:{};{};;;", escape(&family), escape(&given)),
    ];
    let reading = c.reading.split_whitespace().collect::<Vec<_>>().join(" ");
    if !reading.is_empty() {
        let (last, first) = match reading.split_once(' ') {
            Some((last, first)) => (last, first),
            None => (reading.as_str(), ""),
        };
        lines.push(format!("X-PHONETIC-LAST-NAME:{}", escape(last)));
        if !first.is_empty() {
            lines.push(format!("X-PHONETIC-FIRST-NAME:{}", escape(first)));
        }
        lines.push(format!("SORT-STRING:{}", escape(&reading)));
    }
    for phone in c.phones.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        lines.push(format!("TEL;TYPE=VOICE:{}", escape(phone)));
    }
    if !c.email.trim().is_empty() {
        lines.push(format!("EMAIL;TYPE=INTERNET:{}", escape(c.email.trim())));
    }
    if let Some(birthday) = c.birthday {
        lines.push(format!("BDAY:{}", birthday.format("%Y-%m-%d")));
    }
    let tags: Vec<String> = c
        .tags
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map(escape)
        .collect();
    if !tags.is_empty() {
        lines.push(format!("CATEGORIES:{}", tags.join(",")));
    }
    lines.push("END:VCARD".to_owned());
    lines
}

/// The family and given names in a name as written. Japanese names (any kana or kanji) are
/// written family name first ("山田 花子"); others given name first ("Hanako Yamada"). A name
/// in one word is all family name.
pub fn split_name(name: &str) -> (String, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => (String::new(), String::new()),
        [only] => ((*only).to_owned(), String::new()),
        [first, rest @ ..] if name.chars().any(is_japanese) => {
            ((*first).to_owned(), rest.join(" "))
        }
        [rest @ .., last] => ((*last).to_owned(), rest.join(" ")),
    }
}

/// Kana, kanji and the iteration mark.
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '々' | '\u{FF66}'..='\u{FF9F}')
}

/// A text value escaped: `\` `,` `;` with a backslash, a line break as `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            other => out.push(other),
        }
    }
    out
}

/// One content line folded: pieces of at most [`LINE_MAX_OCTETS`] octets (the leading space of
/// a continuation counted), split between characters, joined by CRLF and a space.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 24);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_MAX_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

/// Folded text made whole again: every CRLF followed by a space or a tab is removed.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}
