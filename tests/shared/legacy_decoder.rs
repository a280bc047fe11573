//! The reference for the legacy Japanese encodings: `encoding_rs`, which implements the
//! WHATWG Encoding Standard as browsers do. The native tests decode with it; the browser suite
//! holds the app's own decoder (the browser's `TextDecoder`) to agree with it.

use tsunagu::core::spreadsheet::table::{LegacyDecoder, TextEncoding};

/// Strict Shift_JIS and EUC-JP through `encoding_rs`.
pub struct EncodingRs;

impl LegacyDecoder for EncodingRs {
    fn decode(&self, bytes: &[u8], encoding: TextEncoding) -> Option<String> {
        let encoding = match encoding {
            TextEncoding::ShiftJis => encoding_rs::SHIFT_JIS,
            TextEncoding::EucJp => encoding_rs::EUC_JP,
            TextEncoding::Utf8 => encoding_rs::UTF_8,
        };
        encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| text.into_owned())
    }
}
