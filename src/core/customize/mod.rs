//! Customization: the best combination of service parts for one customer, and the capacity
//! plan that spends the owner's limited minutes where they matter most. Both are exact.
//!
//! [`search`] and [`capacity`] are the two solvers, on plain numbers; [`offer`] and [`plan`]
//! translate the catalog and the customers into them and the answers back, with reasons.

mod board;
mod branch;
pub mod capacity;
pub mod explain;
pub mod levels;
pub mod offer;
mod order;
pub mod plan;
mod relax;
pub mod search;
