//! Records are written to IndexedDB through JSON, as they are read (`read_all.rs`): serde's
//! code for each record type then exists once in the download, shared with the backup file,
//! rather than once more for a bridge that builds the JavaScript object field by field.

use super::StoreError;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// `record` as the plain JavaScript object IndexedDB stores (parsed from its JSON by the
/// browser).
pub(super) fn to_js<T: Serialize>(record: &T) -> Result<JsValue, StoreError> {
    let text = serde_json::to_string(record).map_err(|e| StoreError::Failed(e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|e| StoreError::Failed(format!("{e:?}")))
}
