//! Reading a whole object store fast. Turning 100,000 stored objects into Rust values one
//! field at a time across the JavaScript boundary took seconds; instead each chunk of records
//! is read with one `getAll`, written out by the browser's own `JSON.stringify`, and parsed in
//! one pass by `serde_json` (`core::record::read_each`). Chunks keep the text small, so reading
//! a large book does not grow the app's memory by its whole size. Single records are read the
//! same way, so every stored record is decoded by one decoder (serde's code for each type
//! exists once in the download).

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

/// Every record of `store` that reads as `T`, in key order, and how many did not. A store
/// whose records are not keyed by a field of their own is read in one request.
pub(super) async fn read_all<T: DeserializeOwned>(
    store: &ObjectStore<'_>,
) -> Result<(Vec<T>, usize), StoreError> {
    let store: &IdbObjectStore = store.as_sys();
    let key_path = store.key_path().ok().filter(JsValue::is_string);
    let limit = if key_path.is_some() { CHUNK } else { 0 };
    let mut read = Vec::new();
    let mut unreadable = 0;
    let mut after: Option<JsValue> = None;
    loop {
        let request = match &after {
            None => store.get_all_with_key_and_limit(&JsValue::UNDEFINED, limit),
            Some(key) => {
                let range = IdbKeyRange::lower_bound_with_open(key, true).map_err(failed)?;
                store.get_all_with_key_and_limit(&range, limit)
            }
        }
        .map_err(failed)?;
        let records: js_sys::Array = result(&request).await?.unchecked_into();
        let count = records.length();
        let (mut chunk, damaged) = parse::<T>(&records)?;
        read.append(&mut chunk);
        unreadable += damaged;
        let Some(path) = key_path.as_ref().filter(|_| count == CHUNK) else {
            break;
        };
        let last = records.get(count - 1);
        after = Some(js_sys::Reflect::get(&last, path).map_err(failed)?);
    }
    Ok((read, unreadable))
}

/// The record stored under `key`, if there is one; an error if it does not read as `T`.
pub(super) async fn read_one<T: DeserializeOwned>(
    store: &ObjectStore<'_>,
    key: &str,
) -> Result<Option<T>, StoreError> {
    let store: &IdbObjectStore = store.as_sys();
    let request = store.get(&JsValue::from_str(key)).map_err(failed)?;
    let record = result(&request).await?;
    if record.is_undefined() {
        return Ok(None);
    }
    let text =
        json(&record).ok_or_else(|| StoreError::Failed(format!("record {key} is not JSON")))?;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| StoreError::Failed(format!("record {key}: {e}")))
}

/// `records` read as `T`, and how many did not. The whole chunk is written out as JSON at
/// once; only if some record cannot be (nothing this app writes, but a record damaged
/// elsewhere might) is each tried on its own.
fn parse<T: DeserializeOwned>(records: &js_sys::Array) -> Result<(Vec<T>, usize), StoreError> {
    if let Some(text) = json(records) {
        return read_each::<T>(&text).map_err(|e| StoreError::Failed(e.to_string()));
    }
    let mut read = Vec::new();
    let mut unreadable = 0;
    for record in records.iter() {
        match json(&record).and_then(|text| serde_json::from_str(&text).ok()) {
            Some(value) => read.push(value),
            None => unreadable += 1,
        }
    }
    Ok((read, unreadable))
}

/// `value` as JSON text, by the browser's `JSON.stringify`.
fn json(value: &JsValue) -> Option<String> {
    js_sys::JSON::stringify(value).ok()?.as_string()
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
