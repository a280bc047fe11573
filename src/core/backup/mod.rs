//! The backup file: every collection in one versioned JSON document, so the owner can keep a
//! copy off the device, move to another phone, or combine two devices' data.
//!
//! Reading a file is all-or-nothing and happens in core: [`read::read_backup`] checks the whole
//! file (size, syntax, whose file it is, version, every field of every record) and either
//! returns a [`Dataset`] or one [`read::ReadError`] that names what is wrong and where. Older
//! versions are upgraded by [`migrate`]; two datasets are combined by [`merge::merge`].
//! The format is documented in docs/backup-format.md.

mod catalog_checks;
mod customer_checks;
pub mod dataset;
mod feedback_checks;
pub mod format;
pub mod merge;
pub mod migrate;
pub mod read;
mod relation_checks;
mod service_checks;
mod visit_checks;

pub use dataset::Dataset;
pub use format::{backup_file_name, backup_file_name_in, write_backup, CURRENT_VERSION, FORMAT};
