//! Reusable pieces of the interface, one component per file.

mod app_nav;
mod customer_row;
mod field;
mod load_gate;
mod notes;
mod text_rows;
mod toast_region;

pub use app_nav::AppNav;
pub use customer_row::{CustomerRow, ListRow};
pub use field::Field;
pub use load_gate::LoadGate;
pub use notes::Notes;
pub use text_rows::TextRows;
pub use toast_region::ToastRegion;
