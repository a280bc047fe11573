//! What can go wrong when reading or writing the device's storage.

use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreError {
    /// The database could not be opened (private mode, storage disabled, a blocked upgrade).
    #[error("cannot open the database: {0}")]
    Unavailable(String),
    /// The device is out of space for this site.
    #[error("storage is full: {0}")]
    QuotaExceeded(String),
    /// The record was changed elsewhere (another tab) since this change began; here is the
    /// stored version.
    #[error("changed elsewhere since this edit began")]
    Changed(Box<crate::core::customer::Customer>),
    /// The record was deleted elsewhere (another tab) since this change began.
    #[error("deleted elsewhere since this edit began")]
    Gone,
    /// Something was written (in another tab) since the data this write was planned against
    /// was read; nothing was written.
    #[error("stored data changed since it was read")]
    Stale,
    /// Any other failed read or write.
    #[error("storage error: {0}")]
    Failed(String),
}

impl From<indexed_db_futures::error::Error> for StoreError {
    fn from(error: indexed_db_futures::error::Error) -> Self {
        use indexed_db_futures::error::Error;
        let text = error.to_string();
        match &error {
            Error::DomException(exception) => {
                let exception = web_sys::DomException::from(exception.clone());
                if exception.name() == "QuotaExceededError" {
                    Self::QuotaExceeded(text)
                } else {
                    Self::Failed(text)
                }
            }
            _ => Self::Failed(text),
        }
    }
}

impl From<indexed_db_futures::error::OpenDbError> for StoreError {
    fn from(error: indexed_db_futures::error::OpenDbError) -> Self {
        Self::Unavailable(error.to_string())
    }
}
