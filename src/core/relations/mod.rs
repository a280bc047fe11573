//! The relationship, kept up on purpose. Customer service ([`crate::core::service`]) reacts to
//! what a customer brings; this module is the other half: the business reaching out first — a
//! word a few days after a visit, a birthday greeting, a note to someone who has stopped coming,
//! the question "was it put right?" after a complaint was settled.
//!
//! - [`follow_up`] turns plain facts (last visits, birthdays, settled complaints, unanswered
//!   feedback, what was already done) into dated tasks, each under a stable key; [`facts`]
//!   gathers those facts from the records.
//! - [`template`] fills a message's `{placeholders}`; [`library`] holds the owner's templates
//!   and the built-in ones ([`builtin`]) in Japanese and English.
//! - [`contact`] records each message sent (or a task dismissed) under the task's key, which
//!   is what takes the task off the list; [`links`] builds the `mailto:`, `sms:` and `tel:`
//!   links that hand the message to the phone's own apps.
//! - [`segment`] picks customers for a newsletter; [`vcard`] and [`segment::to_csv`] hand the
//!   list to a phone's contacts or a spreadsheet.
//!
//! Nothing here sends anything: the app prepares a message and the owner sends it from their
//! own mail, SMS or LINE, so no request leaves the device.

pub mod builtin;
pub mod contact;
pub mod facts;
pub mod follow_up;
pub mod library;
pub mod links;
pub mod rules_draft;
pub mod segment;
pub mod template;
pub mod timeline;
pub mod today;
pub mod vcard;
