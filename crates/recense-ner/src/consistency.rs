//! One name, one reading per article. News repeats its names, and a tagger
//! reading one sentence at a time misses some mentions it got right
//! elsewhere ("Le communiqué d'Interpol" after four ORG "Interpol"s). After
//! decoding, a name the tagger labelled the same way at least twice, and
//! never otherwise, is labelled so where it stands untagged.

use rustc_hash::FxHashMap;

use crate::features::starts_upper;
use crate::gazetteer::{MAX_NAME_TOKENS, SEPARATOR};
use crate::label::{spans, Label, Tag};

/// How many agreeing mentions make a name's reading the article's.
const MIN_AGREEING_MENTIONS: u32 = 2;

/// Labels the untagged mentions of names tagged consistently elsewhere in
/// the document. A propagated mention takes the lowest confidence of the
/// mentions it copies.
pub fn fill_missed_mentions(sentences: &[Vec<&str>], tagged: &mut [Vec<(Tag, f32)>]) {
    let readings = consistent_readings(sentences, tagged);
    if readings.is_empty() {
        return;
    }
    let mut key = String::new();
    for (words, tags) in sentences.iter().zip(tagged.iter_mut()) {
        let mut i = 0;
        while i < words.len() {
            let found = (1..=MAX_NAME_TOKENS.min(words.len() - i)).rev().find_map(|len| {
                let span = i..i + len;
                if !fits_untagged(words, tags, span.clone()) {
                    return None;
                }
                join(&words[span], &mut key);
                readings.get(key.as_str()).map(|&reading| (len, reading))
            });
            match found {
                Some((len, (label, confidence))) => {
                    for (k, slot) in tags[i..i + len].iter_mut().enumerate() {
                        *slot = (if k == 0 { Tag::begin(label) } else { Tag::inside(label) }, confidence);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

/// Name → (its only label, lowest confidence) for names tagged at least
/// [`MIN_AGREEING_MENTIONS`] times with one label and never with another.
fn consistent_readings(sentences: &[Vec<&str>], tagged: &[Vec<(Tag, f32)>]) -> FxHashMap<String, (Label, f32)> {
    let mut seen: FxHashMap<String, ([u32; Label::ALL.len()], f32)> = FxHashMap::default();
    let mut key = String::new();
    for (words, scored) in sentences.iter().zip(tagged) {
        let tags: Vec<Tag> = scored.iter().map(|(t, _)| *t).collect();
        for (a, b, label) in spans(&tags) {
            if b - a > MAX_NAME_TOKENS || !starts_upper(words[a]) {
                continue;
            }
            join(&words[a..b], &mut key);
            let confidence = scored[a..b].iter().map(|(_, p)| *p).fold(1.0, f32::min);
            let entry = seen.entry(key.clone()).or_insert(([0; Label::ALL.len()], 1.0));
            entry.0[label as usize] += 1;
            entry.1 = entry.1.min(confidence);
        }
    }
    seen.into_iter()
        .filter_map(|(name, (counts, confidence))| {
            let mut labelled = Label::ALL.iter().zip(counts).filter(|(_, n)| *n > 0);
            match (labelled.next(), labelled.next()) {
                (Some((&label, n)), None) if n >= MIN_AGREEING_MENTIONS => Some((name, (label, confidence))),
                _ => None,
            }
        })
        .collect()
}

/// Whether the tokens of `span` are untagged, start with a capital, and are
/// not part of a longer capitalised run the tagger left alone ("Interpol
/// Washington" is not "Interpol").
fn fits_untagged(words: &[&str], tags: &[(Tag, f32)], span: std::ops::Range<usize>) -> bool {
    let untagged = |j: usize| tags[j].0 == Tag::OUTSIDE;
    let loose_capital = |j: usize| untagged(j) && starts_upper(words[j]);
    // the word before may be capitalised as the sentence's first ("Le communiqué")
    starts_upper(words[span.start])
        && span.clone().all(untagged)
        && !(span.start > 1 && loose_capital(span.start - 1))
        && !(span.end < words.len() && loose_capital(span.end))
}

/// The name's key, as the name lists join tokens.
fn join(words: &[&str], key: &mut String) {
    key.clear();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            key.push_str(SEPARATOR);
        }
        key.push_str(w);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(tags: &[Tag]) -> Vec<(Tag, f32)> {
        tags.iter().map(|&t| (t, 0.9)).collect()
    }

    #[test]
    fn a_name_tagged_twice_alike_is_tagged_where_missed() {
        let org = Tag::begin(Label::Org);
        let o = Tag::OUTSIDE;
        let sentences = vec![
            vec!["Interpol", "a", "annoncé"],
            vec!["le", "communiqué", "d'", "Interpol"],
            vec!["selon", "Interpol", "."],
            vec!["Interpol", "Washington", "dit"],
        ];
        let mut tags = vec![tagged(&[org, o, o]), tagged(&[o, o, o, o]), tagged(&[o, org, o]), tagged(&[o, o, o])];
        fill_missed_mentions(&sentences, &mut tags);
        assert_eq!(tags[1][3].0, org, "the missed mention");
        assert_eq!(tags[3][0].0, o, "part of a longer capitalised run");
    }

    #[test]
    fn a_name_read_two_ways_or_once_is_left_alone() {
        let (org, loc, o) = (Tag::begin(Label::Org), Tag::begin(Label::Loc), Tag::OUTSIDE);
        let sentences = vec![vec!["Orange", "et", "Nice"], vec!["à", "Orange", "."], vec!["de", "Nice", "et", "Orange"]];
        let mut tags = vec![tagged(&[org, o, loc]), tagged(&[o, loc, o]), tagged(&[o, o, o, o])];
        fill_missed_mentions(&sentences, &mut tags);
        assert_eq!(tags[2][1].0, o, "Nice was tagged once");
        assert_eq!(tags[2][3].0, o, "Orange was read as ORG and as LOC");
    }
}
