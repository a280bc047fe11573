//! Customers as a CSV file that Excel opens as it is: UTF-8 with a byte-order mark, one row
//! per customer, headers in the owner's language (which import recognises again).

use super::mapping::{label, Target};
use super::table::protect;
use crate::core::customer::Customer;
use crate::core::i18n::{channel_label, BookKey, Lang};

const COLUMNS: [Target; 9] = [
    Target::Name,
    Target::Reading,
    Target::Phone,
    Target::Email,
    Target::Channel,
    Target::Birthday,
    Target::Household,
    Target::Tags,
    Target::Note,
];

/// The CSV text of `customers`, in the given order.
pub fn export_csv<'a>(customers: impl IntoIterator<Item = &'a Customer>, lang: Lang) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = COLUMNS
        .iter()
        .filter_map(|t| label(*t))
        .map(|k| lang.text(k))
        .collect();
    header.push(lang.text(BookKey::CreatedAt));
    header.push(lang.text(BookKey::UpdatedAt));
    writer.write_record(&header).expect("writing to memory");
    for c in customers {
        let notes: Vec<&str> = c.notes.iter().map(|n| n.text.as_str()).collect();
        let cells = [
            c.name.as_str(),
            c.reading.as_str(),
            &c.phones.join(" / "),
            c.email.as_str(),
            c.preferred_channel
                .map_or("", |ch| lang.text(channel_label(ch))),
            &c.birthday
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            &c.household.join(" / "),
            &c.tags.join(", "),
            &notes.join("\n"),
            &c.created_at.to_rfc3339(),
            &c.updated_at.to_rfc3339(),
        ];
        writer
            .write_record(cells.iter().map(|cell| protect(cell).into_owned()))
            .expect("writing to memory");
    }
    let bytes = writer.into_inner().expect("writing to memory");
    format!(
        "\u{FEFF}{}",
        String::from_utf8(bytes).expect("the writer was given UTF-8")
    )
}
