//! Reading a whole object store fast. Turning 100,000 stored objects into Rust values one
//! field at a time across the JavaScript boundary took seconds; instead each chunk of records
//! is read with one `getAll`, written out by the browser's own `JSON.stringify`, and parsed in
//! one pass by `serde_json` (`core::record::read_each`). Chunks keep the text small, so reading
//! a large book does not grow the app's memory by its whole size.

use super::StoreError;
use crate::core::record::read_each;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::object_store::ObjectStore;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbKeyRange, IdbObjectStore, IdbRequest};

/// Records per `getAll`: small enough that reading one chunk is a short task, so the page
/// still answers taps while the rest of a large book is read.
const CHUNK: u32 = 2_000;

/// Every record of `store` that reads as `T`, in key order, and how many did not. `None` when
/// a record cannot be written as JSON at all (the caller then reads record by record).
pub(super) async fn read_all<T: DeserializeOwned>(
    store: &ObjectStore<'_>,
) -> Result<Option<(Vec<T>, usize)>, StoreError> {
    let store: &IdbObjectStore = store.as_sys();
    let mut read = Vec::new();
    let mut unreadable = 0;
    let mut after: Option<JsValue> = None;
    loop {
        let request = match &after {
            None => store.get_all_with_key_and_limit(&JsValue::UNDEFINED, CHUNK),
            Some(key) => {
                let range = IdbKeyRange::lower_bound_with_open(key, true).map_err(failed)?;
                store.get_all_with_key_and_limit(&range, CHUNK)
            }
        }
        .map_err(failed)?;
        let records: js_sys::Array = result(&request).await?.unchecked_into();
        let count = records.length();
        if count == 0 {
            break;
        }
        let Some(json) = js_sys::JSON::stringify(&records)
            .ok()
            .and_then(|text| text.as_string())
        else {
            return Ok(None);
        };
        let (mut chunk, damaged) =
            read_each::<T>(&json).map_err(|e| StoreError::Failed(e.to_string()))?;
        read.append(&mut chunk);
        unreadable += damaged;
        if count < CHUNK {
            break;
        }
        let last = records.get(count - 1);
        let key = match store.key_path() {
            Ok(path) if path.is_string() => js_sys::Reflect::get(&last, &path).map_err(failed)?,
            _ => return Ok(None),
        };
        after = Some(key);
    }
    Ok(Some((read, unreadable)))
}

/// What `request` succeeds with.
async fn result(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call1(
                &JsValue::NULL,
                &JsValue::from_str("reading the store failed"),
            );
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(failed)
}

fn failed(error: JsValue) -> StoreError {
    StoreError::Failed(error.as_string().unwrap_or_else(|| format!("{error:?}")))
}
