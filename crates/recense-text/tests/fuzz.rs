//! Arbitrary text never makes the tokenizer or the sentence splitter panic,
//! and their offsets always agree with the text.

use proptest::prelude::*;
use recense_text::{split_sentences, tokenize};

/// Characters that exercise every branch: multi-byte letters next to dots,
/// apostrophes, hyphens, digits and the three kinds of spaces.
fn french_like() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "aàÀeéÉ JjMm.,;:!?…'’-–—«»“”\"()0123456789 \u{a0}\u{202f}\n%€$@/ÇçœŒXVIer°"
        .chars()
        .collect();
    prop::collection::vec(prop::sample::select(alphabet), 0..80).prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn tokens_and_sentences_are_consistent(text in french_like()) {
        let tokens = tokenize(&text);
        let mut last_end = 0;
        for t in &tokens {
            prop_assert!(t.start < t.end && t.start >= last_end);
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert_eq!(t.cp_start, text[..t.start].chars().count());
            prop_assert_eq!(t.cp_end - t.cp_start, t.text(&text).chars().count());
            last_end = t.end;
        }
        let sentences = split_sentences(&text, &tokens);
        let mut next_token = 0;
        for s in &sentences {
            prop_assert_eq!(s.tokens.start, next_token);
            prop_assert!(s.tokens.end > s.tokens.start);
            next_token = s.tokens.end;
        }
        prop_assert_eq!(next_token, tokens.len());
    }
}

/// Found on HIPE OCR text: an initial followed by a non-ASCII capital and a dot.
#[test]
fn initial_before_a_multibyte_capital() {
    let text = "de larégie à l'oriciet J.À. Dupont";
    let tokens = tokenize(text);
    assert!(tokens.iter().any(|t| t.text(text) == "J."));
}
