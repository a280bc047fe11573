//! Customer service: listening and answering fast. Inquiries, requests, complaints and
//! compliments arrive on every channel; each has a first response and a resolution to be
//! timed against a target. The clock that times them runs in the business's opening hours
//! ([`hours`]): a complaint left on a Saturday night is not late on Sunday when the shop is
//! closed, and is late at 11:00 on Monday if nobody answered since opening at 9:00.

pub mod draft;
pub mod hours;
pub mod metrics;
pub mod settings;
pub mod sla;
pub mod ticket;
