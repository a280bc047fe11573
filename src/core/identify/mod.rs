//! Identifying customers by their importance to the business: the history of visits turned
//! into recency / frequency / monetary segments, a predicted lifetime value from the BG/NBD and
//! Gamma-Gamma models, the probability a customer is still active, and tiers by share of value.

pub mod analysis;
pub mod bgnbd;
pub mod gamma_gamma;
pub mod history;
pub mod optimize;
pub mod rfm;
pub mod special;
pub mod tiers;
pub mod value;
