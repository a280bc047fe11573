//! Reusable pieces of the interface, one component per file.

mod app_nav;
mod backup_card;
mod backup_reminder;
mod csv_card;
mod csv_findings;
mod csv_mapping;
mod customer_missing;
mod customer_row;
mod date_input;
mod field;
mod import_notice;
mod load_gate;
mod notes;
mod sort_select;
mod storage_card;
mod text_input;
mod text_rows;
mod toast_region;
mod update_prompt;

pub use app_nav::{AppNav, MAIN_ID};
pub use backup_card::BackupCard;
pub use backup_reminder::BackupReminder;
pub use csv_card::CsvCard;
pub use customer_missing::CustomerMissing;
pub use customer_row::{CustomerRow, ListRow};
pub use date_input::{DateEntry, DateInput};
pub use field::Field;
pub use load_gate::LoadGate;
pub use notes::Notes;
pub use sort_select::SortSelect;
pub use storage_card::StorageCard;
pub use text_input::TextInput;
pub use text_rows::TextRows;
pub use toast_region::ToastRegion;
pub use update_prompt::UpdatePrompt;
