//! Tokens and sentences of any text: no panic, spans in order and inside.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let tokens = recense_text::tokenize(text);
    let mut previous_end = 0;
    for token in &tokens {
        assert!(previous_end <= token.start && token.start < token.end && token.end <= text.len());
        assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
        previous_end = token.end;
    }
    for sentence in recense_text::split_sentences(text, &tokens) {
        assert!(sentence.tokens.end <= tokens.len());
    }
});
