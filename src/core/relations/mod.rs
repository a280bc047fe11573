//! The relationship, kept up on purpose. Customer service ([`crate::core::service`]) reacts to
//! what a customer brings; this module is the other half: the business reaching out first — a
//! word a few days after a visit, a birthday greeting, a note to someone who has stopped coming,
//! the question "was it put right?" after a complaint was settled.
//!
//! - [`template`] fills a message's `{placeholders}`; [`library`] holds the owner's templates
//!   and the built-in ones ([`builtin`]) in Japanese and English.
//!
//! Nothing here sends anything: the app prepares a message and the owner sends it from their
//! own mail, SMS or LINE, so no request leaves the device.

pub mod builtin;
pub mod library;
pub mod template;
