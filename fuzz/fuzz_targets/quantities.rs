//! The quantity recogniser on any text: no panic, spans inside the text.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use recense_numbers::Recognizer;

fuzz_target!(|text: &str| {
    static RECOGNIZER: OnceLock<Recognizer> = OnceLock::new();
    let recognizer = RECOGNIZER.get_or_init(Recognizer::new);
    let date = chrono::NaiveDate::from_ymd_opt(2024, 11, 6);
    for quantity in recognizer.extract(text, date) {
        assert!(quantity.start < quantity.end && quantity.end <= text.len());
        assert!(text.is_char_boundary(quantity.start) && text.is_char_boundary(quantity.end));
    }
});
