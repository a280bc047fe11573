//! NFKC from JavaScript's own `String.prototype.normalize`, handed to the core as the app
//! starts (see `core::normalize`): the browser already carries Unicode's tables.

use crate::core::normalize;

/// Makes the browser's normalisation the core's; call before anything is shown or read.
pub fn install() {
    normalize::install(browser_nfkc);
}

fn browser_nfkc(text: &str) -> String {
    String::from(js_sys::JsString::from(text).normalize("NFKC"))
}
