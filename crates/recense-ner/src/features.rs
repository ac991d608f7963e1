//! Feature extraction: each token becomes a list of hashed feature ids.
//!
//! Features are hashed (template id + strings → u64) rather than interned, so
//! extraction allocates nothing per feature and the model needs no string
//! table; 64-bit hashes make collisions negligible at a few million features.

use std::cell::RefCell;
use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use crate::clusters::{WordClusters, PREFIXES};
use crate::dense::WINDOW;
use crate::gazetteer::Gazetteer;
use crate::label::{Label, Tag};
use crate::recent::Recent;

/// Per-token facts computed once per sentence and shared by the templates.
struct TokenInfo {
    lower: String,
    shape: String,
    short_shape: String,
    row: Option<u16>,
    capitalised: bool,
}

/// Facts about the whole document that a token's features may use: which
/// lower-cased words appear capitalised away from a sentence start, the
/// strongest sign in French that a word is a name, and, in the second pass,
/// what the first pass tagged each word as across the article.
#[derive(Default)]
pub struct DocContext {
    capitalised_mid_sentence: rustc_hash::FxHashSet<String>,
    first_pass: Option<FirstPass>,
}

/// The first pass's tags of one document: per sentence, per token, and per
/// word form the labels its mentions received.
struct FirstPass {
    tags: Vec<Vec<Tag>>,
    labels_of_word: FxHashMap<String, [u16; Label::ALL.len()]>,
}

impl DocContext {
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a [&'a str]>) -> DocContext {
        let mut ctx = DocContext::default();
        let mut lower = String::new();
        for words in sentences {
            for word in words.iter().skip(1).filter(|word| starts_upper(word)) {
                normalise_into(word, &mut lower);
                if !ctx.capitalised_mid_sentence.contains(&lower) {
                    ctx.capitalised_mid_sentence.insert(lower.clone());
                }
            }
        }
        ctx
    }

    /// Adds the first pass's tags, for the second pass's document features.
    pub fn with_first_pass(mut self, sentences: &[Vec<&str>], tags: Vec<Vec<Tag>>) -> DocContext {
        let mut labels_of_word: FxHashMap<String, [u16; Label::ALL.len()]> = FxHashMap::default();
        for (words, sentence_tags) in sentences.iter().zip(&tags) {
            for (word, tag) in words.iter().zip(sentence_tags) {
                if let Some(label) = tag.label() {
                    labels_of_word.entry(normalise(word)).or_default()[label as usize] += 1;
                }
            }
        }
        self.first_pass = Some(FirstPass { tags, labels_of_word });
        self
    }
}

/// Room for a token's features, so that its list is allocated once (about
/// 40 are typical; the second pass adds a few).
const TYPICAL_FEATURES: usize = 64;

pub struct FeatureExtractor<'m> {
    clusters: Option<&'m WordClusters>,
    /// Whether the model's weights for [`row_features`] were folded into its
    /// dense table ([`crate::perceptron::Weights::fold_row_features`]), so
    /// that they are not features any more.
    rows_folded: bool,
    /// Names learnt from training data (jackknifed while training).
    gazetteer: Option<&'m Gazetteer>,
    /// Country names from maintained data, the same in training and use.
    countries: &'static Gazetteer,
}

impl<'m> FeatureExtractor<'m> {
    pub fn new(clusters: Option<&'m WordClusters>, gazetteer: Option<&'m Gazetteer>) -> Self {
        FeatureExtractor { clusters, rows_folded: false, gazetteer, countries: crate::gazetteer::countries() }
    }

    /// An extractor for a model whose row features were folded.
    pub fn with_rows_folded(self) -> Self {
        FeatureExtractor { rows_folded: true, ..self }
    }

    /// Fills `out[i]` with the feature ids of token `i` of the sentence, and
    /// returns each token's word-vector row.
    pub fn sentence(&self, words: &[&str], doc: &DocContext, out: &mut Vec<Vec<u64>>) -> Vec<Option<u16>> {
        let infos: Vec<TokenInfo> = words.iter().map(|w| self.info(w)).collect();
        let names = self.gazetteer.map(|g| g.matches(words));
        let countries = self.countries.matches(words);
        let places = place_matches(words);
        out.resize_with(words.len(), || Vec::with_capacity(TYPICAL_FEATURES));
        for (i, features) in out.iter_mut().enumerate().take(words.len()) {
            features.clear();
            self.token(words, &infos, i, doc, features);
            if let Some(names) = &names {
                name_features(names, i, 70, features);
            }
            name_features(&countries, i, 90, features);
            place_features(&places, i, features);
        }
        infos.iter().map(|t| t.row).collect()
    }

    /// Adds the second pass's features — what the first pass made of each
    /// token and of its word across the article — to sentence `index`'s
    /// features from [`FeatureExtractor::sentence`].
    pub fn add_first_pass(&self, words: &[&str], index: usize, doc: &DocContext, features: &mut [Vec<u64>]) {
        let Some(first) = &doc.first_pass else { return };
        let mut lower = String::new();
        for (i, f) in features.iter_mut().enumerate().take(words.len()) {
            normalise_into(words[i], &mut lower);
            first_pass_features(first, words, &lower, index, i, f);
        }
    }

    fn info(&self, word: &str) -> TokenInfo {
        let lower = normalise(word);
        let shape = shape(word);
        let short_shape = squeeze(&shape);
        let row = self.clusters.and_then(|c| c.row(word, &lower));
        TokenInfo { lower, shape, short_shape, row, capitalised: starts_upper(word) }
    }

    fn token(&self, words: &[&str], infos: &[TokenInfo], i: usize, doc: &DocContext, f: &mut Vec<u64>) {
        let at = |offset: isize| -> Option<&TokenInfo> {
            let j = i as isize + offset;
            (j >= 0).then(|| infos.get(j as usize)).flatten()
        };
        let word = |offset: isize| at(offset).map_or(if offset < 0 { "<s>" } else { "</s>" }, |t| t.lower.as_str());
        let me = &infos[i];

        f.push(hash(0, &[]));
        f.push(hash(1, &[&me.lower]));
        f.push(hash(2, &[words[i]]));
        for (template, offset) in [(3, -1), (4, 1), (5, -2), (6, 2)] {
            f.push(hash(template, &[word(offset)]));
        }
        f.push(hash(7, &[word(-1), &me.lower]));
        f.push(hash(8, &[&me.lower, word(1)]));
        f.push(hash(9, &[&me.shape]));
        f.push(hash(10, &[&me.short_shape]));
        for (template, offset) in [(11, -1), (12, 1)] {
            f.push(hash(template, &[at(offset).map_or("<none>", |t| t.short_shape.as_str())]));
        }
        f.push(hash(13, &[at(-1).map_or("<none>", |t| t.short_shape.as_str()), &me.short_shape, at(1).map_or("<none>", |t| t.short_shape.as_str())]));
        let lower = me.lower.as_str();
        let mut prefix_ends = lower.char_indices().skip(1).map(|(at, _)| at).chain([lower.len()]);
        let mut suffix_starts = lower.char_indices().rev().map(|(at, _)| at);
        for n in 1..=4u8 {
            let (Some(prefix_end), Some(suffix_start)) = (prefix_ends.next(), suffix_starts.next()) else { break };
            f.push(hash(14 + n, &[&lower[..prefix_end]]));
            f.push(hash(18 + n, &[&lower[suffix_start..]]));
        }
        if i == 0 {
            f.push(hash(23, &[&me.short_shape]));
        }
        if me.capitalised && doc.capitalised_mid_sentence.contains(&me.lower) {
            f.push(hash(24, &[]));
        }
        // own, previous, next token: the order the shipped model was trained in
        for position in [1, 0, 2] {
            self.cluster_features(at(WINDOW[position]), position, f);
        }
        if let (Some(prev), Some(row)) = (at(-1), me.row) {
            if let Some(prev_row) = prev.row {
                f.push(hash_n(60, &[prev_row as u64 >> 8, (self.code(row) >> 8) as u64]));
            }
        }
    }

    fn code(&self, row: u16) -> u16 {
        self.clusters.map_or(0, |c| c.code(row))
    }

    /// The cluster features of the token at window position `position`.
    fn cluster_features(&self, token: Option<&TokenInfo>, position: usize, f: &mut Vec<u64>) {
        let Some(clusters) = self.clusters else { return };
        match token.and_then(|t| t.row) {
            Some(_) if self.rows_folded => {}
            Some(row) => f.extend(row_features(clusters, position, row)),
            None => f.push(hash_n(ROW_TEMPLATES[position] + 9, &[token.is_some() as u64])),
        }
    }
}

/// The first template of the cluster features of each window position
/// ([`WINDOW`]: previous, own, next token).
const ROW_TEMPLATES: [u8; WINDOW.len()] = [40, 30, 50];

/// The features of a token at window position `position` that depend on
/// its vector row alone: the row and its cluster at each code prefix.
pub fn row_features(clusters: &WordClusters, position: usize, row: u16) -> [u64; 1 + PREFIXES.len()] {
    let template = ROW_TEMPLATES[position];
    let code = clusters.code(row);
    let mut out = [hash_n(template, &[row as u64]); 1 + PREFIXES.len()];
    for (k, bits) in PREFIXES.into_iter().enumerate() {
        out[1 + k] = hash_n(template + 1 + k as u8, &[(code >> (16 - bits)) as u64]);
    }
    out
}

/// What the first pass made of this token (`lower`: its word normalised),
/// its neighbours, and the other mentions of its word in the article.
fn first_pass_features(first: &FirstPass, words: &[&str], lower: &str, sentence: usize, i: usize, f: &mut Vec<u64>) {
    let tags = &first.tags[sentence];
    let tag = |j: Option<usize>| j.and_then(|j| tags.get(j)).map_or(255, |t| t.0 as u64);
    f.push(hash_n(80, &[tag(Some(i))]));
    f.push(hash_n(81, &[tag(i.checked_sub(1)), tag(Some(i)), tag(Some(i + 1))]));
    if let Some(counts) = first.labels_of_word.get(lower) {
        let total: u16 = counts.iter().sum();
        for (label, &n) in Label::ALL.iter().zip(counts) {
            if n > 0 {
                f.push(hash_n(82, &[*label as u64]));
                f.push(hash_n(83, &[*label as u64, (2 * n >= total) as u64, starts_upper(words[i]) as u64]));
            }
        }
    }
}

/// The listed names covering a token and its neighbours, as templates
/// `base` to `base + 4`.
fn name_features(names: &[Vec<(Label, bool, usize)>], i: usize, base: u8, f: &mut Vec<u64>) {
    for &(label, first, len) in &names[i] {
        f.push(hash_n(base, &[label as u64, first as u64]));
        f.push(hash_n(base + 1, &[label as u64, first as u64, len.min(3) as u64]));
    }
    if names[i].is_empty() {
        f.push(hash_n(base + 2, &[]));
    }
    for (template, j) in [(base + 3, i.checked_sub(1)), (base + 4, Some(i + 1))] {
        if let Some(around) = j.and_then(|j| names.get(j)) {
            for &(label, first, _) in around {
                f.push(hash_n(template, &[label as u64, first as u64]));
            }
        }
    }
}

/// The longest place name, in tokens and in bytes, worth looking up (the
/// bytes bound what a hostile run of long capitalised tokens costs the cache).
const MAX_PLACE_TOKENS: usize = 4;
const MAX_PLACE_BYTES: usize = 100;

/// Lower-case words a place name may hold between capitalised ones
/// ("Sables d'Olonne", "Saint-Martin-de-Ré" is one token).
const PLACE_LINKS: [&str; 7] = ["de", "d'", "d’", "du", "des", "la", "sur"];

/// One place name covering a token: whether the token starts it, the
/// place's size class, and the name's length in tokens.
type PlaceMatch = (bool, u8, usize);

/// For each token, the place names of maintained data (GeoNames, ISO
/// subdivisions, `recense_places`) that cover it: sequences that start and
/// end with a capitalised word. Evidence, not a verdict — "Orange" and
/// "Fukushima" are towns, and the model learns how far a size class counts.
fn place_matches(words: &[&str]) -> Vec<Vec<PlaceMatch>> {
    let mut out = vec![Vec::new(); words.len()];
    let mut name = String::new();
    for start in (0..words.len()).filter(|&i| starts_upper(words[i])) {
        name.clear();
        for end in start + 1..=(start + MAX_PLACE_TOKENS).min(words.len()) {
            let word = words[end - 1];
            if end > start + 1 {
                if !starts_upper(word) && !PLACE_LINKS.contains(&word) {
                    break;
                }
                name.push(' ');
            }
            name.push_str(word);
            if !starts_upper(word) {
                continue;
            }
            if name.len() > MAX_PLACE_BYTES {
                break;
            }
            if let Some(class) = place_class(&name) {
                for (k, covered) in out[start..end].iter_mut().enumerate() {
                    covered.push((k == 0, class, end - start));
                }
            }
        }
    }
    out
}

/// A name's size class as a place: the population scale in steps of ×4
/// (1 000 inhabitants is 5, a million 10), 15 for a country or subdivision.
/// Names recur through a corpus, so each thread remembers its answers (up
/// to [`PLACE_CACHE_SIZE`] names, then starts afresh): folding a name and
/// walking the index cost more than tagging a token.
fn place_class(name: &str) -> Option<u8> {
    thread_local! {
        static RECENT: RefCell<Recent<Option<u8>>> = RefCell::new(Recent::new(PLACE_CACHE_SIZE));
    }
    RECENT.with(|recent| {
        recent.borrow_mut().get(SHARED_PLACES, name, || {
            recense_places::Gazetteer::shared()
                .place_scale(name)
                .map(|scale| if scale == recense_places::PLACE_IS_LISTED { 15 } else { scale / 8 })
        })
    })
}

/// The owner of [`place_class`]'s answers: the one shared gazetteer.
const SHARED_PLACES: u64 = 0;

const PLACE_CACHE_SIZE: usize = 1 << 16;

/// Template 96–98: the place names covering a token and its neighbours.
fn place_features(places: &[Vec<PlaceMatch>], i: usize, f: &mut Vec<u64>) {
    for &(first, class, len) in &places[i] {
        f.push(hash_n(96, &[first as u64, class as u64, len.min(3) as u64]));
    }
    for (template, j) in [(97, i.checked_sub(1)), (98, Some(i + 1))] {
        if let Some(around) = j.and_then(|j| places.get(j)) {
            for &(first, class, _) in around {
                f.push(hash_n(template, &[first as u64, class as u64]));
            }
        }
    }
}

fn hash(template: u8, parts: &[&str]) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(template);
    for part in parts {
        h.write(part.as_bytes());
        h.write_u8(0xff);
    }
    h.finish()
}

fn hash_n(template: u8, parts: &[u64]) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(template);
    h.write_u8(0xfe);
    for part in parts {
        h.write_u64(*part);
    }
    h.finish()
}

/// Lower case, with the typographic apostrophe folded to the ASCII one so
/// that "d’" and "d'" are one word.
pub fn normalise(word: &str) -> String {
    let mut lower = String::with_capacity(word.len());
    normalise_into(word, &mut lower);
    lower
}

/// [`normalise`] into a buffer, for a word only looked up.
fn normalise_into(word: &str, lower: &mut String) {
    lower.clear();
    lower.extend(word.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }));
}

pub(crate) fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "Jürgen" → "Xxxxxx", "2 571" → "d_ddd", "Royaume-Uni" → "Xxxxxxx-Xx".
fn shape(word: &str) -> String {
    word.chars()
        .take(12)
        .map(|c| match c {
            c if c.is_uppercase() => 'X',
            c if c.is_lowercase() => 'x',
            c if c.is_ascii_digit() => 'd',
            c if c.is_whitespace() => '_',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// Runs of one shape character squeezed to one: "Xxxxxx" → "Xx".
fn squeeze(shape: &str) -> String {
    let mut out = String::with_capacity(shape.len());
    let mut last = None;
    for c in shape.chars() {
        if last != Some(c) {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Jürgen"), "Xxxxxx");
        assert_eq!(squeeze(&shape("Royaume-Uni")), "Xx-Xx");
        assert_eq!(squeeze(&shape("2 571")), "d_d");
        assert_eq!(normalise("D’Interpol"), "d'interpol");
    }

    #[test]
    fn places_cover_capitalised_runs_with_links() {
        let m = place_matches(&["les", "Sables", "d'", "Olonne", "et", "Interpol", "à", "Paris"]);
        assert!(m[1].iter().any(|&(first, _, len)| first && len == 3), "{:?}", m[1]);
        assert!(m[3].iter().any(|&(first, _, len)| !first && len == 3));
        assert!(m[2].iter().any(|&(first, _, len)| !first && len == 3), "the link word inside the name is covered");
        assert!(m[5].is_empty(), "Interpol is no place");
        assert!(m[7].iter().any(|&(_, class, _)| class >= 10), "Paris has millions: {:?}", m[7]);
        assert!(m[0].is_empty() && m[6].is_empty(), "lower-case words are not looked up");
    }

    #[test]
    fn features_differ_with_context_and_are_deterministic() {
        let extractor = FeatureExtractor::new(None, None);
        let a = ["le", "président", "Macron"];
        let b = ["la", "ville", "Macron"];
        let doc = DocContext::new([&a[..]]);
        let (mut fa, mut fb, mut fa2) = (Vec::new(), Vec::new(), Vec::new());
        extractor.sentence(&a, &doc, &mut fa);
        extractor.sentence(&b, &doc, &mut fb);
        extractor.sentence(&a, &doc, &mut fa2);
        assert_eq!(fa, fa2);
        assert_ne!(fa[2], fb[2]);
        assert!(fa[2].contains(&hash(24, &[])), "capitalised mid-sentence in the document");
        assert!(!fb[0].contains(&hash(24, &[])));
    }
}
