//! Sentence splitting over the tokens of [`crate::tokenize`].

use std::ops::Range;

use crate::tokenize::{Token, TokenKind};

/// One sentence, as a range of tokens and the text span they cover.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Sentence {
    /// Indices into the token slice the sentence was split from.
    pub tokens: Range<usize>,
    /// Byte span, from the first token's start to the last token's end.
    pub bytes: Range<usize>,
    /// The same span in code points.
    pub code_points: Range<usize>,
}

impl Sentence {
    /// The sentence's text in the source it was split from.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.bytes.clone()]
    }
}

/// Abbreviations that may close a sentence: "etc.", "J.-C.", month
/// abbreviations, and those that are also plain words ("œuvres d'art.",
/// "le vol.", "ils étaient sept."). After them a capitalised word starts a
/// new sentence. All others ("M.", "av.", "cf.", initials) never end one.
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &[
    "etc.", "J.-C.", "art.", "vol.", "dir.", "fig.", "coll.", "env.", "janv.", "févr.", "fév.",
    "avr.", "juil.", "sept.", "oct.", "nov.", "déc.",
];

/// Splits tokenised text into sentences.
///
/// A sentence ends:
/// - at every line break: in the corpus each line is a paragraph (or a
///   title), and sentences never run across paragraphs;
/// - after `.`, `!`, `?`, `…` or `...` when whitespace and then an
///   uppercase letter, an opening quote or a digit follow. Closing quotes
///   and brackets right after the mark belong to the sentence ("répétée.”",
///   "salaud ! »");
/// - after "etc.", "J.-C." and a few others listed in
///   `SENTENCE_FINAL_ABBREVIATIONS`, but only before an uppercase letter.
///
/// It does not end after other abbreviations and initials ("M. Dupont",
/// "av. J.-C.", "J. Stock"), nor inside numbers ("3.500" is one token), nor
/// after a dateline: in "22 mai 2012. - Prévu…" the dash is neither a capital
/// nor a quote, so the dateline stays in the first sentence of its paragraph.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut last = i;
        let ends = if ends_with_mark(text, &tokens[i]) {
            while tokens
                .get(last + 1)
                .is_some_and(|next| closes(text, &tokens[last], next))
            {
                last += 1;
            }
            tokens
                .get(last + 1)
                .is_some_and(|next| starts_sentence(text, &tokens[last], next, false))
        } else if is_final_abbreviation(text, &tokens[i]) {
            tokens
                .get(i + 1)
                .is_some_and(|next| starts_sentence(text, &tokens[i], next, true))
        } else {
            false
        };
        let paragraph_break = tokens.get(last + 1).map_or(true, |next| {
            has_line_break(&text[tokens[last].end..next.start])
        });
        if ends || paragraph_break {
            let (head, tail) = (&tokens[first], &tokens[last]);
            sentences.push(Sentence {
                tokens: first..last + 1,
                bytes: head.start..tail.end,
                code_points: head.cp_start..tail.cp_end,
            });
            first = last + 1;
        }
        i = last + 1;
    }
    sentences
}

fn ends_with_mark(text: &str, token: &Token) -> bool {
    let starts_with_mark = matches!(
        token.text(text).as_bytes().first(),
        Some(b'.' | b'!' | b'?')
    );
    (token.kind == TokenKind::Punct && starts_with_mark) || token.text(text) == "…"
}

fn is_final_abbreviation(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Abbrev && SENTENCE_FINAL_ABBREVIATIONS.contains(&token.text(text))
}

/// Whether `next` closes a quote or bracket opened before `prev`. Straight
/// quotes open as often as they close, so they count only when glued to `prev`.
fn closes(text: &str, prev: &Token, next: &Token) -> bool {
    let gap = &text[prev.end..next.start];
    match next.text(text) {
        "»" | "”" | "’" | ")" | "]" | "›" => !has_line_break(gap),
        "\"" | "'" => gap.is_empty(),
        _ => false,
    }
}

/// Whether `next` opens a new sentence after `prev`: separated by
/// whitespace, and capitalised (or, unless `capital_only`, a quote or digit).
fn starts_sentence(text: &str, prev: &Token, next: &Token, capital_only: bool) -> bool {
    if prev.end == next.start {
        return false;
    }
    let Some(first_char) = next.text(text).chars().next() else {
        return false;
    };
    first_char.is_uppercase()
        || !capital_only
            && (first_char.is_ascii_digit() || matches!(first_char, '«' | '“' | '"' | '‹' | '„'))
}

fn has_line_break(gap: &str) -> bool {
    gap.contains(['\n', '\r', '\u{2028}', '\u{2029}'])
}
