//! The app decodes Shift_JIS and EUC-JP files with the browser's `TextDecoder`; the native
//! tests use `encoding_rs`. Both claim the WHATWG Encoding Standard: here they must agree on
//! every input — real Japanese text, text with damaged bytes, and bytes at random.

use super::legacy_decoder::EncodingRs;
use tsunagu::core::spreadsheet::table::{read_table, LegacyDecoder, TextEncoding};
use tsunagu::ui::legacy_text::BrowserDecoder;
use wasm_bindgen_test::*;

/// A small seeded generator (SplitMix64), so a failure names its case.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Characters a customer list holds: ASCII, kana of both widths, common and rare kanji, the
/// symbols Japanese Excel writes (①, ㈱, ～) and punctuation.
const ALPHABET: &str =
    "Aa09,\"\n -@.山田花子佐藤一郎鈴木髙﨑德彅やまだはなこヤマダﾔﾏﾀﾞﾊﾅｺ①②Ⅲ㈱№～―‖∥￢〜・ー〒℡";

fn text(seeded: &mut Seeded) -> String {
    let chars: Vec<char> = ALPHABET.chars().collect();
    (0..1 + seeded.below(40))
        .map(|_| chars[seeded.below(chars.len())])
        .collect()
}

fn encode(text: &str, encoding: TextEncoding) -> Vec<u8> {
    let encoding = match encoding {
        TextEncoding::EucJp => encoding_rs::EUC_JP,
        _ => encoding_rs::SHIFT_JIS,
    };
    encoding.encode(text).0.into_owned()
}

fn agree(bytes: &[u8], case: &str) {
    for encoding in [TextEncoding::ShiftJis, TextEncoding::EucJp] {
        assert_eq!(
            BrowserDecoder.decode(bytes, encoding),
            EncodingRs.decode(bytes, encoding),
            "{encoding:?}, {case}: {bytes:02x?}"
        );
    }
}

#[wasm_bindgen_test]
fn the_browser_decodes_japanese_text_exactly_as_the_reference_does() {
    let mut seeded = Seeded(20261124);
    let mut decoded = 0;
    for case in 0..400 {
        let text = text(&mut seeded);
        for encoding in [TextEncoding::ShiftJis, TextEncoding::EucJp] {
            let mut bytes = encode(&text, encoding);
            agree(&bytes, &format!("case {case}, {text:?}"));
            decoded += usize::from(BrowserDecoder.decode(&bytes, encoding).is_some());
            // The same text with one byte damaged, as a file cut short or mangled would be.
            let at = seeded.below(bytes.len());
            bytes[at] = seeded.next() as u8;
            agree(&bytes, &format!("case {case}, {text:?} damaged at {at}"));
            bytes.truncate(at);
            agree(&bytes, &format!("case {case}, {text:?} cut at {at}"));
        }
    }
    // Each clean text decodes in its own encoding at least.
    assert!(decoded >= 800, "only {decoded} of 800 clean texts decoded");
}

#[wasm_bindgen_test]
fn the_browser_refuses_random_bytes_exactly_as_the_reference_does() {
    let mut seeded = Seeded(7);
    for case in 0..2_000 {
        let bytes: Vec<u8> = (0..seeded.below(24)).map(|_| seeded.next() as u8).collect();
        agree(&bytes, &format!("random case {case}"));
    }
}

#[wasm_bindgen_test]
fn a_shift_jis_csv_reads_in_the_browser() {
    let bytes = encode("氏名,ふりがな\n髙橋 ①子,たかはし\n", TextEncoding::ShiftJis);
    let table = read_table(&bytes, &BrowserDecoder).expect("a table");
    assert_eq!(table.encoding, TextEncoding::ShiftJis);
    assert_eq!(table.rows, [["髙橋 ①子", "たかはし"]]);
}
