//! Shift_JIS and EUC-JP through the browser's own `TextDecoder`: the browser already carries
//! the encoding tables (it needs them for web pages), so the app's download does not.

use crate::core::spreadsheet::table::{LegacyDecoder, TextEncoding};
use web_sys::{TextDecoder, TextDecoderOptions};

/// Strict decoding: a byte sequence invalid in the encoding fails the whole text rather than
/// turning into replacement characters.
pub struct BrowserDecoder;

impl LegacyDecoder for BrowserDecoder {
    fn decode(&self, bytes: &[u8], encoding: TextEncoding) -> Option<String> {
        let label = match encoding {
            TextEncoding::ShiftJis => "shift_jis",
            TextEncoding::EucJp => "euc-jp",
            TextEncoding::Utf8 => "utf-8",
        };
        let options = TextDecoderOptions::new();
        options.set_fatal(true);
        let decoder = TextDecoder::new_with_label_and_options(label, &options).ok()?;
        decoder.decode_with_u8_array(bytes).ok()
    }
}
