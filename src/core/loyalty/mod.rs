//! Loyalty: the promises a business makes to its customers, and keeps.
//!
//! A coupon is such a promise: a remedy after a complaint, the reward of a full stamp card, a
//! birthday or win-back gift, or one the owner hands out by hand. Each is redeemed once, on a
//! visit, before it expires; a mistaken one is voided rather than deleted, so its history stays.
//! Coupons that a rule issues (stamp rewards, birthdays, win-backs) take ids derived from what
//! earned them, so two devices issuing the same reward make one record and issuing twice is
//! harmless.
//!
//! Stamps are not stored: they are counted from the visits each time ([`stamps`]), so an edited
//! or deleted visit can never leave a stamp card out of step. The owner's rules ([`rules`]) say
//! what earns what; a customer's [`balance`] gathers stamps, usable coupons and their history.
//!
//! The trust check ([`trust`]) compares what each visit booked with what it delivered and
//! suggests the fair remedy when the customer got less than they paid for.

pub mod balance;
pub mod coupon;
pub mod draft;
pub mod gifts;
pub mod redeem;
pub mod rules;
pub mod stamps;
pub mod trust;
