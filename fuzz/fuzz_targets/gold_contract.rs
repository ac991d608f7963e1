//! The contract gold reader on any text: an error or gold, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|content: &str| {
    let _ = recense_eval::read::parse_gold(std::path::Path::new("fuzz.jsonl"), content);
});
