//! The few facts the interface needs from the browser: the time, the local time zone,
//! randomness for new ids, and the browser's language.

use crate::core::customer::CustomerId;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use wasm_bindgen::JsCast;

/// Now, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The offset of the device's time zone at `at` (daylight saving is per instant).
pub fn local_offset(at: DateTime<Utc>) -> FixedOffset {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    // getTimezoneOffset is minutes *behind* UTC: Japan gives -540.
    let east_seconds = -(date.get_timezone_offset() as i32) * 60;
    FixedOffset::east_opt(east_seconds)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

/// `at` in the device's time zone.
pub fn local(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    at.with_timezone(&local_offset(at))
}

/// Today's date where the owner is.
pub fn today() -> NaiveDate {
    local(now()).date_naive()
}

/// A new customer id from the browser's cryptographic random source.
pub fn new_customer_id() -> CustomerId {
    CustomerId::from_random_bytes(random_bytes())
}

/// A new visit id, likewise.
pub fn new_visit_id() -> crate::core::visit::VisitId {
    crate::core::visit::VisitId::from_random_bytes(random_bytes())
}

pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // No Web Crypto (very old browser): fall back to Math.random, still unique enough for
        // one device's customer list.
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// The browser's preferred language tag (`ja-JP`, `en-US`, …).
pub fn browser_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Sets `<html lang>` so that screen readers and fonts follow the chosen language.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Points `<link rel="manifest">` at the manifest in the chosen language, so that installing
/// the app names it in that language (Japanese is the page's default).
pub fn set_manifest_lang(tag: &str) {
    let href = if tag == "ja" {
        "/manifest.webmanifest"
    } else {
        "/manifest.en.webmanifest"
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten());
    if let Some(link) = link {
        if link.get_attribute("href").as_deref() != Some(href) {
            let _ = link.set_attribute("href", href);
        }
    }
}

/// Loads the app afresh at its start page: what a page works with (its space among it) is
/// decided once when it starts.
pub fn start_afresh() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign("/");
    }
}

/// Sets the title of the browser's tab.
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Technical detail for whoever looks at the console; the owner sees a message instead.
pub fn warn(detail: &str) {
    web_sys::console::warn_1(&detail.into());
}

/// Hands `text` to the browser as a file download called `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Give the browser time to start the download before the object URL goes away.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Waits until the browser has painted what is on screen now, so that a "working…" notice
/// shows before a long computation occupies the page (a frame, then a task after it).
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let on_frame = resolve.clone();
        let resolve_after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&on_frame, 0);
            }
        });
        let _ = window.request_animation_frame(resolve_after_frame.unchecked_ref());
        // A hidden tab gets no frames; it need not wait for one.
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}

/// Why a chosen file was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// Larger than the caller accepts; not read at all, so a huge file cannot exhaust memory.
    TooLarge { bytes: usize },
    /// The browser could not read it (technical detail).
    Unreadable(String),
}

/// The bytes of the file just chosen in the file input that fired `event` (`None` when the
/// choice was cancelled), if it is at most `max_bytes`. The input is cleared, so choosing the
/// same file again fires anew.
pub async fn chosen_file(
    event: &web_sys::Event,
    max_bytes: usize,
) -> Option<Result<Vec<u8>, FileProblem>> {
    use wasm_bindgen::JsCast;
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    let bytes = file.size() as usize;
    if bytes > max_bytes {
        return Some(Err(FileProblem::TooLarge { bytes }));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    Some(
        buffer
            .map(|b| js_sys::Uint8Array::new(&b).to_vec())
            .map_err(|e| FileProblem::Unreadable(format!("{e:?}"))),
    )
}

/// What the browser says about this site's storage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StorageHealth {
    /// Whether the browser promised not to evict the data under storage pressure.
    pub persisted: bool,
    pub used_bytes: Option<f64>,
    pub quota_bytes: Option<f64>,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    web_sys::window().map(|w| w.navigator().storage())
}

async fn promise(
    p: Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<wasm_bindgen::JsValue> {
    wasm_bindgen_futures::JsFuture::from(p.ok()?).await.ok()
}

/// Asks the browser to keep this site's data even when space runs low; returns whether it is
/// (now) persistent. Browsers may grant it silently, ask, or refuse.
pub async fn request_persistent_storage() -> bool {
    let Some(manager) = storage_manager() else {
        return false;
    };
    if promise(manager.persisted()).await.and_then(|v| v.as_bool()) == Some(true) {
        return true;
    }
    promise(manager.persist()).await.and_then(|v| v.as_bool()) == Some(true)
}

/// Persistence, usage and quota, as far as the browser tells them.
pub async fn storage_health() -> StorageHealth {
    use wasm_bindgen::JsCast;
    let Some(manager) = storage_manager() else {
        return StorageHealth::default();
    };
    let persisted = promise(manager.persisted()).await.and_then(|v| v.as_bool()) == Some(true);
    let estimate = promise(manager.estimate())
        .await
        // A WebIDL dictionary is a plain object: no class to check against.
        .map(|v| v.unchecked_into::<web_sys::StorageEstimate>());
    StorageHealth {
        persisted,
        used_bytes: estimate.as_ref().and_then(|e| e.get_usage()),
        quota_bytes: estimate.as_ref().and_then(|e| e.get_quota()),
    }
}

/// How [`share_text`] passed the text on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it (or the owner closed the sheet).
    Sheet,
    /// Copied to the clipboard (no share sheet here).
    Copied,
    Failed,
}

/// Offers `text` to the system share sheet (a phone's LINE, mail, messages…); where there is
/// none, copies it to the clipboard.
pub async fn share_text(title: &str, text: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    let navigator = window.navigator();
    let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    if can_share {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        // A cancelled sheet rejects too; either way the owner has seen it.
        let _ = wasm_bindgen_futures::JsFuture::from(navigator.share_with_data(&data)).await;
        return Shared::Sheet;
    }
    copy_text(text).await
}

/// Copies `text` to the clipboard.
pub async fn copy_text(text: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    let promise = window.navigator().clipboard().write_text(text);
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

/// Opens the browser's print dialog (the page's print style lays it out for A4).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
