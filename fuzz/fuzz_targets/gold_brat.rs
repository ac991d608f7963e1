//! The brat reader on any annotation and text (split at the first NUL): an
//! error or gold, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let (ann, text) = input.split_once('\0').unwrap_or((input, ""));
    let _ = recense_eval::read::parse_brat(std::path::Path::new("fuzz.ann"), ann, text.to_string());
});
