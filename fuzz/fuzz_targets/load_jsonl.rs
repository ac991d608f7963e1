//! The JSONL loader on any bytes: no panic; every article's text is valid.
#![no_main]
use libfuzzer_sys::fuzz_target;
use recense_text::{load_text, Format, LoadOptions};

fuzz_target!(|bytes: &[u8]| {
    let report = load_text("fuzz.jsonl", Format::Jsonl { line: 0 }, bytes.to_vec(), &LoadOptions::default());
    for article in &report.articles {
        let _ = recense_text::tokenize(&article.text);
    }
});
