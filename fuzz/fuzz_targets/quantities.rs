//! The quantity recogniser on any text, against a date and a date and
//! time: no panic, spans inside the text.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use recense_numbers::Recognizer;

fuzz_target!(|text: &str| {
    static RECOGNIZER: OnceLock<Recognizer> = OnceLock::new();
    let recognizer = RECOGNIZER.get_or_init(Recognizer::new);
    let date = chrono::NaiveDate::from_ymd_opt(2024, 11, 6);
    // an article's date, and a suite's reference with a clock time
    let now = date.and_then(|d| d.and_hms_opt(9, 30, 0));
    let at_now = now.map(|now| recognizer.extract_at(text, now)).unwrap_or_default();
    for quantity in recognizer.extract(text, date).into_iter().chain(at_now) {
        assert!(quantity.start < quantity.end && quantity.end <= text.len());
        assert!(text.is_char_boundary(quantity.start) && text.is_char_boundary(quantity.end));
    }
});
