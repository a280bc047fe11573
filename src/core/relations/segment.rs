//! Lists of customers for a newsletter or a campaign: "tier A who have not come for 60 days",
//! "everyone tagged 犬 with an email address". A [`SegmentFilter`] reads each customer with the
//! analysis (tier after the owner's override, RFM segment, last visit); [`select`] returns them
//! in 五十音 order, as the customer list shows them. [`to_csv`] hands the list to a spreadsheet
//! or a mail merge, [`super::vcard::to_vcard`] to a phone's contacts, and
//! [`super::links::mailto_bcc`] to the owner's mail app.

use crate::core::customer::{Customer, CustomerId};
use crate::core::i18n::{BookKey, Lang};
use crate::core::identify::analysis::Analysis;
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;
use crate::core::sorting;
use crate::core::spreadsheet::table::protect;
use crate::core::text::{fold, CollationKey};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Which last visits a filter keeps. Customers who never came are kept only by `Any`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum LastVisitFilter {
    #[default]
    Any,
    /// A last visit on or after `from` and on or before `to` (either end open).
    Between {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    /// No visit for at least `days` days before the analysis date.
    NoVisitFor { days: u32 },
}

/// Which customers a list holds. Every condition must hold; an empty set of tiers, segments or
/// tags places no condition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SegmentFilter {
    /// The tier shown (after the owner's override) is one of these.
    pub tiers: BTreeSet<Tier>,
    pub segments: BTreeSet<Segment>,
    /// The customer has any of these tags (compared folded: `VIP` matches `ｖｉｐ`).
    pub tags: Vec<String>,
    pub last_visit: LastVisitFilter,
    pub has_email: bool,
    pub has_phone: bool,
}

impl SegmentFilter {
    /// Whether `customer` belongs in the list, read with `analysis`.
    pub fn matches(&self, customer: &Customer, analysis: &Analysis<CustomerId>) -> bool {
        let insight = analysis.customers.get(&customer.id);
        let manual = customer.tier_override.as_ref().map(|o| o.tier);
        let tier_ok = self.tiers.is_empty()
            || analysis
                .tier_of(&customer.id, manual)
                .is_some_and(|t| self.tiers.contains(&t));
        let segment_ok =
            self.segments.is_empty() || insight.is_some_and(|i| self.segments.contains(&i.segment));
        let wanted: Vec<String> = self.tags.iter().map(|t| fold(t)).collect();
        let tags_ok = wanted.iter().all(String::is_empty)
            || customer.tags.iter().any(|t| wanted.contains(&fold(t)));
        let last_day = insight.map(|i| i.last_day);
        let visit_ok = match self.last_visit {
            LastVisitFilter::Any => true,
            LastVisitFilter::Between { from, to } => last_day.is_some_and(|day| {
                from.is_none_or(|from| from <= day) && to.is_none_or(|to| day <= to)
            }),
            LastVisitFilter::NoVisitFor { days } => {
                last_day.is_some_and(|day| (analysis.as_of - day).num_days() >= i64::from(days))
            }
        };
        let email_ok = !self.has_email || !customer.email.trim().is_empty();
        let phone_ok = !self.has_phone || customer.phones.iter().any(|p| !p.trim().is_empty());
        tier_ok && segment_ok && tags_ok && visit_ok && email_ok && phone_ok
    }
}

/// The customers `filter` keeps, in 五十音 order of their readings (then by id).
pub fn select<'a>(
    customers: &'a [Customer],
    analysis: &Analysis<CustomerId>,
    filter: &SegmentFilter,
) -> Vec<&'a Customer> {
    let mut kept: Vec<(CollationKey, &Customer)> = customers
        .iter()
        .filter(|c| filter.matches(c, analysis))
        .map(|c| (CollationKey::new(&c.reading, &c.name), c))
        .collect();
    sorting::sort_by(&mut kept, |x, y| {
        x.0.cmp(&y.0).then_with(|| x.1.id.cmp(&y.1.id))
    });
    kept.into_iter().map(|(_, c)| c).collect()
}

/// The list as CSV that Excel opens as it is (UTF-8 with a byte-order mark), headers in the
/// owner's language: name, reading, email, phones, birthday, tags. Cells that a spreadsheet
/// would run as a formula are written with a leading `'`, as in the customer export.
pub fn to_csv(customers: &[&Customer], lang: Lang) -> String {
    let header = [
        BookKey::FieldName,
        BookKey::FieldReading,
        BookKey::FieldEmail,
        BookKey::FieldPhones,
        BookKey::FieldBirthday,
        BookKey::FieldTags,
    ]
    .map(|key| lang.text(key));
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).expect("writing to memory");
    for c in customers {
        let cells = [
            c.name.clone(),
            c.reading.clone(),
            c.email.clone(),
            c.phones.join(" / "),
            c.birthday
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            c.tags.join(", "),
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
