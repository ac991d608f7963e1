//! One article prepared for the fact rules: per-token lower-case forms,
//! lemmas, cue hits and word classes, sentences, clause segments and
//! parentheticals, and the candidate quantities (counts, amounts, measures).

use std::collections::HashMap;

use recense_numbers::{Kind, Lexicon, Quantity, Value};
use recense_text::{Sentence, Token, TokenKind};

use crate::cues::{Class, Cues, Role, CLASSES};
use crate::{Event, FactFinder, Place};

/// How many tokens before "en" a verb that cuts into parts may stand
/// ("couperait le Donbass en deux").
const PARTS_VERB_REACH: usize = 5;

/// What one candidate quantity is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub(crate) q: usize,
    pub(crate) class: Class,
    /// token range
    pub(crate) s: usize,
    pub(crate) e: usize,
}

impl Cand {
    /// How far token `t` lies from the candidate's span (end exclusive): 0
    /// right after it, 1 right before — so a word after the figure wins a tie.
    pub(crate) fn distance(&self, t: usize) -> usize {
        if t < self.s { self.s - t } else { t.saturating_sub(self.e) }
    }
}

/// The lower-case form of each token, each distinct form stored once: an
/// article repeats its words, and a string per token was most of what this
/// stage held on a long one.
#[derive(Clone)]
pub(crate) struct Words {
    forms: Vec<Box<str>>,
    ids: Vec<u32>,
    id_of: HashMap<Box<str>, u32>,
}

impl Words {
    fn with_capacity(n: usize) -> Words {
        Words { forms: Vec::new(), ids: Vec::with_capacity(n), id_of: HashMap::new() }
    }

    fn push(&mut self, form: &str) {
        let id = match self.id_of.get(form) {
            Some(&id) => id,
            None => {
                let id = self.forms.len() as u32;
                self.forms.push(form.into());
                self.id_of.insert(form.into(), id);
                id
            }
        };
        self.ids.push(id);
    }

    pub(crate) fn get(&self, i: usize) -> Option<&str> {
        self.ids.get(i).map(|&id| &*self.forms[id as usize])
    }
}

impl std::ops::Index<usize> for Words {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        &self.forms[self.ids[i] as usize]
    }
}

/// The cue ids of every token in one flat list, not a vector per token (a
/// heap block per word).
#[derive(Clone, Default)]
pub(crate) struct TokenCues {
    ids: Vec<u32>,
    /// where each token's ids end in `ids`
    ends: Vec<u32>,
}

impl TokenCues {
    pub(crate) fn of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.ids[start..self.ends[i] as usize]
    }
}

/// One article, prepared: per-token forms, lemmas, sentences and segments.
#[derive(Clone)]
pub(crate) struct Doc<'a> {
    pub(crate) f: &'a FactFinder,
    /// the cue tables the rules read: the model's (`cues.tsv`), or with
    /// those written after it (`Doc::with_unlearnt_cues`)
    pub(crate) cues: &'a Cues,
    /// whether `cues` holds the unlearnt ones: a feminine counted noun is
    /// then also read as its masculine
    pub(crate) reads_unlearnt_cues: bool,
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
    pub(crate) quantities: &'a [Quantity],
    pub(crate) places: &'a [Place],
    pub(crate) low: Words,
    /// the lexicon's lemma, where it has one (else the lower-case form is it)
    pub(crate) lemmas: Vec<Option<&'static str>>,
    /// the cue ids of each token (of the sentences that hold a candidate)
    pub(crate) tcues: TokenCues,
    /// word-class bits of each token (see CLASSES)
    pub(crate) flags: Vec<u16>,
    pub(crate) sent: Vec<usize>,
    /// token range of each sentence
    pub(crate) spans: Vec<(usize, usize)>,
    /// clause segment id; parentheticals get their own
    pub(crate) seg: Vec<usize>,
    pub(crate) paren: Vec<u16>,
    /// token range per quantity (empty when it has no token)
    pub(crate) qtok: Vec<(usize, usize)>,
    pub(crate) q_at: Vec<Option<usize>>,
    /// token range per place
    pub(crate) ptok: Vec<(usize, usize)>,
    /// The places of each sentence, so that finding a fact's place costs
    /// the sentence's places, not the article's.
    pub(crate) places_in_sentence: Vec<Vec<usize>>,
    pub(crate) headline: Option<usize>,
}

/// Tokens either side of a candidate that a sentence-wide scan reads: a
/// sentence may run for pages (a list, a table), and each scan must stay
/// bounded for the stage to stay linear.
pub(crate) const SENTENCE_REACH: usize = 60;

/// The part of a sentence's token range within reach of tokens `s..e`.
pub(crate) fn within_reach((lo, hi): (usize, usize), s: usize, e: usize) -> (usize, usize) {
    (lo.max(s.saturating_sub(SENTENCE_REACH)), hi.min(e + SENTENCE_REACH))
}

/// Past participle endings and the infinitive ending each stands for.
const PARTICIPLE_ENDINGS: [(&str, &str); 8] =
    [("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("ies", "ir"), ("is", "ir"), ("ie", "ir"), ("i", "ir")];

/// A past participle form, as its ending tells ("libérés", "saisie", "morts").
pub(crate) fn is_participle_form(w: &str) -> bool {
    // "votent", "voteront", "tuaient": finite verbs, whatever their last letter
    if w.ends_with("ent") || w.ends_with("ont") {
        return false;
    }
    ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes"].iter().any(|s| w.ends_with(s))
}

pub(crate) fn is_infinitive_form(w: &str) -> bool {
    w.ends_with("er") || w.ends_with("ir") || w.ends_with("re")
}

/// Words that elide before a vowel ("l'", "d'", "qu'").
const ELIDING: [&str; 12] = ["l", "d", "qu", "s", "n", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu"];

/// The elided form ("l'") of either token of an elision some texts (WiNER's)
/// write apart, "l" then "'" then a space: so that the rules read "de l'
/// armée" as they read "de l'armée".
pub(crate) fn split_elision(text: &str, toks: &[Token], i: usize) -> Option<String> {
    let word = |k: usize| toks.get(k).and_then(|t| text.get(t.start..t.end));
    let apostrophe = |k: usize| matches!(word(k), Some("'" | "’"));
    // the apostrophe and the glue first: most tokens stop there, unallocated
    let letter = |k: usize| {
        let glued = toks[k].end == toks.get(k + 1)?.start;
        if !(glued && apostrophe(k + 1)) {
            return None;
        }
        let w = word(k)?.to_lowercase();
        ELIDING.contains(&w.as_str()).then_some(w)
    };
    if let Some(w) = letter(i) {
        return Some(format!("{w}'"));
    }
    let w = letter(i.checked_sub(1)?)?;
    Some(format!("{w}'"))
}

fn tok_range(toks: &[Token], start: usize, end: usize) -> (usize, usize) {
    let s = toks.partition_point(|t| t.end <= start);
    let e = toks.partition_point(|t| t.start < end);
    (s, e.max(s))
}

/// Each token's sentence, and each sentence's token range; a token outside
/// every sentence is a sentence of its own.
fn sentence_of_tokens(n: usize, sentences: &[Sentence]) -> (Vec<usize>, Vec<(usize, usize)>) {
    let mut sent = vec![usize::MAX; n];
    let mut spans = Vec::with_capacity(sentences.len());
    for (si, s) in sentences.iter().enumerate() {
        let (lo, hi) = (s.tokens.start.min(n), s.tokens.end.min(n));
        for slot in sent.iter_mut().take(hi).skip(lo) {
            *slot = si;
        }
        spans.push((lo, hi.max(lo)));
    }
    for (i, s) in sent.iter_mut().enumerate() {
        if *s == usize::MAX {
            *s = spans.len();
            spans.push((i, i + 1));
        }
    }
    (sent, spans)
}

/// The sentences that hold a possible fact (a count, an amount, a measure
/// or a bare number), and the headline: only they need words and lemmas.
fn sentences_to_read(toks: &[Token], quantities: &[Quantity], sent: &[usize], sentences: usize) -> Vec<bool> {
    let mut active = vec![false; sentences];
    for q in quantities {
        if matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure | Kind::Number) {
            let (s, e) = tok_range(toks, q.start, q.end);
            if s < e {
                active[sent[s]] = true;
            }
        }
    }
    if let Some(first) = active.first_mut() {
        *first = true;
    }
    active
}

/// Which quantity each token belongs to, and each quantity's token range.
fn quantity_tokens(toks: &[Token], quantities: &[Quantity]) -> (Vec<Option<usize>>, Vec<(usize, usize)>) {
    let mut qtok = Vec::with_capacity(quantities.len());
    let mut q_at = vec![None; toks.len()];
    for (qi, q) in quantities.iter().enumerate() {
        let r = tok_range(toks, q.start, q.end);
        for slot in q_at.iter_mut().take(r.1).skip(r.0) {
            *slot = Some(qi);
        }
        qtok.push(r);
    }
    (q_at, qtok)
}

/// The places of each sentence, by their index, from their token ranges.
fn places_by_sentence(ptok: &[(usize, usize)], sent: &[usize], sentences: usize) -> Vec<Vec<usize>> {
    let mut places_in_sentence = vec![Vec::new(); sentences];
    for (p, &(s, e)) in ptok.iter().enumerate() {
        if s < e {
            if let Some(list) = places_in_sentence.get_mut(sent[s]) {
                list.push(p);
            }
        }
    }
    places_in_sentence
}

/// What the rules read of each token: its folded form, lemma and cue
/// flags. Tokens of sentences not read get an empty form and no lemma.
struct TokenWords {
    low: Words,
    lemmas: Vec<Option<&'static str>>,
    flags: Vec<u16>,
}

impl TokenWords {
    fn read(f: &FactFinder, text: &str, toks: &[Token], in_read_sentence: impl Fn(usize) -> bool) -> TokenWords {
        let n = toks.len();
        let mut words = TokenWords { low: Words::with_capacity(n), lemmas: vec![None; n], flags: vec![0u16; n] };
        for (i, t) in toks.iter().enumerate() {
            if !in_read_sentence(i) {
                words.low.push("");
                continue;
            }
            let raw = text.get(t.start..t.end).unwrap_or("");
            let mut l = raw.to_lowercase();
            if l.contains('’') {
                l = l.replace('’', "'");
            }
            if let Some(elided) = split_elision(text, toks, i) {
                l = elided;
            }
            if matches!(t.kind, TokenKind::Word | TokenKind::Elision) {
                let lex: &'static Lexicon = f.lex;
                words.lemmas[i] = lex.lemma_or_verb_guess(&l);
            }
            words.flags[i] = f.cues.bits(&l);
            words.low.push(&l);
        }
        words
    }
}

impl<'a> Doc<'a> {
    pub(crate) fn new(
        f: &'a FactFinder,
        text: &'a str,
        toks: &'a [Token],
        sentences: &[Sentence],
        quantities: &'a [Quantity],
        places: &'a [Place],
    ) -> Doc<'a> {
        let n = toks.len();
        let (sent, spans) = sentence_of_tokens(n, sentences);
        let active = sentences_to_read(toks, quantities, &sent, spans.len());
        let TokenWords { low, lemmas, flags } = TokenWords::read(f, text, toks, |i| active[sent[i]]);
        let (q_at, qtok) = quantity_tokens(toks, quantities);
        let ptok: Vec<(usize, usize)> = places.iter().map(|p| tok_range(toks, p.start, p.end)).collect();
        let places_in_sentence = places_by_sentence(&ptok, &sent, spans.len());
        let mut doc = Doc {
            f,
            cues: &f.cues,
            reads_unlearnt_cues: false,
            text,
            toks,
            quantities,
            places,
            low,
            lemmas,
            tcues: TokenCues::default(),
            flags,
            sent,
            spans,
            seg: vec![0; n],
            paren: vec![0; n],
            qtok,
            q_at,
            ptok,
            places_in_sentence,
            headline: None,
        };
        doc.segment();
        doc.headline = doc.find_headline(sentences);
        doc.tcues = doc.token_cues();
        doc
    }

    /// The same article read with the cues written after the event model
    /// as well (`models/facts/cues-unlearnt.tsv`): what its rules find is
    /// no feature of the model, so it is never given one.
    pub(crate) fn with_unlearnt_cues(&self) -> Doc<'a> {
        let mut doc = Doc { cues: &self.f.cues_with_unlearnt, reads_unlearnt_cues: true, ..self.clone() };
        doc.tcues = doc.token_cues();
        doc
    }

    /// The cue ids of each word's keys (its lemma, its form, …), read once.
    fn token_cues(&self) -> TokenCues {
        let mut tcues = TokenCues::default();
        for (i, t) in self.toks.iter().enumerate() {
            if !self.low[i].is_empty() && matches!(t.kind, TokenKind::Word | TokenKind::Elision) {
                self.keys(i, |k| tcues.ids.extend_from_slice(self.cues.ids(k)));
            }
            tcues.ends.push(tcues.ids.len() as u32);
        }
        tcues
    }

    /// Clause segments: a new one after each hard boundary, and one for each
    /// parenthetical, after which the outer one goes on.
    pub(crate) fn segment(&mut self) {
        let n = self.toks.len();
        let boundaries = self.cues.phrases_of("boundary");
        let mut id = 0usize;
        let mut stack: Vec<usize> = Vec::new();
        let mut cur = 0usize;
        let mut i = 0;
        while i < n {
            if i > 0 && self.sent[i] != self.sent[i - 1] {
                id += 1;
                cur = id;
                stack.clear();
            }
            let w = &self.low[i];
            match w {
                "(" | "[" => {
                    stack.push(cur);
                    id += 1;
                    cur = id;
                }
                ")" | "]" => {
                    self.seg[i] = cur;
                    self.paren[i] = stack.len() as u16;
                    if let Some(c) = stack.pop() {
                        cur = c;
                    }
                    i += 1;
                    continue;
                }
                // a clock's colon ("UTC+01:00") ends no clause
                ";" | ":" if !self.inside_a_number(i) => {
                    id += 1;
                    cur = id;
                }
                _ => {
                    if let Some(len) = boundaries.iter().find_map(|p| self.matches_at(i, p).then_some(p.len())) {
                        id += 1;
                        cur = id;
                        for k in i..(i + len).min(n) {
                            self.seg[k] = cur;
                            self.paren[k] = stack.len() as u16;
                        }
                        i += len;
                        continue;
                    }
                }
            }
            self.seg[i] = cur;
            self.paren[i] = stack.len() as u16;
            i += 1;
        }
    }

    /// Whether token `i` is glued between two numbers ("01:00").
    fn inside_a_number(&self, i: usize) -> bool {
        let number = |k: usize| self.toks.get(k).is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Time));
        i > 0 && number(i - 1) && number(i + 1) && self.toks[i - 1].end == self.toks[i].start && self.toks[i].end == self.toks[i + 1].start
    }

    /// Whether the tokens from `i` are the phrase (lower-case forms).
    pub(crate) fn matches_at(&self, i: usize, phrase: &[String]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.low.get(i + k).is_some_and(|t| t == w))
    }

    /// The headline: a first sentence alone on its line, without final stop.
    pub(crate) fn find_headline(&self, sentences: &[Sentence]) -> Option<usize> {
        let s = sentences.first()?;
        if !self.text.get(..s.bytes.start).is_some_and(|b| b.trim().is_empty()) {
            return None;
        }
        let last = s.tokens.end.checked_sub(1)?;
        if matches!(self.low.get(last), Some("." | "!" | "?")) {
            return None;
        }
        let after = self.text.get(s.bytes.end..).unwrap_or("");
        if !after.starts_with('\n') && !after.starts_with("\r\n") {
            return None;
        }
        Some(0)
    }
    // ---------------------------------------------------------------- words

    /// The word of quantity `qi`'s unit that the rules and the event model
    /// read: a hyphenated noun's first part ("sapeur-pompier" → "sapeur",
    /// "mini-lune" → "mini"), the word the cue tables and the word
    /// clusters know, where they hold no compounds. An acronym with its
    /// model number ("CF-18") is read whole.
    pub(crate) fn counted_word(&self, qi: usize) -> Option<&str> {
        let unit = self.quantities[qi].unit.as_deref()?;
        let compound = unit.contains('-') && !unit.chars().any(char::is_uppercase);
        Some(if compound { unit.split('-').next().unwrap_or(unit) } else { unit })
    }

    /// Token `k` in lower case, read from the text: `low` holds only the
    /// words of sentences with a figure, and a date's context may lie in
    /// one without.
    pub(crate) fn word(&self, k: usize) -> String {
        self.toks.get(k).and_then(|t| self.text.get(t.start..t.end)).map_or(String::new(), str::to_lowercase)
    }

    /// The lemma of a token: the lexicon's, or its lower-case form.
    pub(crate) fn lemma(&self, i: usize) -> &str {
        self.lemmas[i].unwrap_or(&self.low[i])
    }

    /// Calls `f` with each key under which cues are looked up for a token:
    /// its lemma, its form, for a participle or gerund the lexicon lacks its
    /// infinitive ("intercepté" → "intercepter", "saisi" → "saisir", "en
    /// débloquant" → "débloquer"), and the multi-word
    /// cues that start there ("placer en garde à vue").
    pub(crate) fn keys(&self, i: usize, mut f: impl FnMut(&str)) {
        let (l, w) = (self.lemma(i), &self.low[i]);
        let mut firsts: [Option<std::borrow::Cow<str>>; 3] = [Some(l.into()), None, None];
        if w != l {
            firsts[1] = Some(w.into());
        } else {
            // a gerund: "en débloquant 800 millions" → "débloquer"
            let gerund = i > 0 && &self.low[i - 1] == "en";
            let endings: &[(&str, &str)] = if gerund { &[("ant", "er")] } else { &PARTICIPLE_ENDINGS };
            for &(suf, inf) in endings {
                if let Some(stem) = w.strip_suffix(suf) {
                    if stem.chars().count() >= 3 {
                        firsts[2] = Some(format!("{stem}{inf}").into());
                    }
                    break;
                }
            }
        }
        for k in firsts.iter().flatten() {
            f(k);
            for p in self.phrases_at(i, k.as_ref()) {
                f(p);
            }
        }
    }

    /// The multi-word cues of `first` whose other words follow token `i`
    /// ("placer en garde à vue" at "placés").
    pub(crate) fn phrases_at<'p>(&'p self, i: usize, first: &str) -> impl Iterator<Item = &'p String> + 'p {
        self.cues.phrases.get(first).into_iter().flatten().filter(move |p| {
            p.split(' ').enumerate().skip(1).all(|(j, pw)| self.low.get(i + j).is_some_and(|t| t == pw || t.starts_with(pw) || self.lemma(i + j) == pw))
        })
    }

    pub(crate) fn cue(&self, i: usize, role: &Role, class: Class) -> Option<Option<Event>> {
        self.tcues
            .of(i)
            .iter()
            .map(|&id| self.cues.cue(id))
            .find(|(r, c)| r == role && c.applies.contains(&class))
            .map(|(_, c)| c.event)
    }

    pub(crate) fn is(&self, class: &str, i: usize) -> bool {
        match CLASSES.iter().position(|c| *c == class) {
            Some(b) => self.flags[i] & (1 << b) != 0,
            None => self.cues.is(class, &self.low[i]),
        }
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        matches!(self.toks[i].kind, TokenKind::Word)
    }

    /// A verb form, as far as a lemma lexicon without parts of speech tells.
    pub(crate) fn is_verb(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let (l, w) = (self.lemma(i), &self.low[i]);
        let verb_lemma = |s: &str| s.ends_with("er") || s.ends_with("ir") || s.ends_with("re") || s.ends_with("oir");
        // a plural noun ("skippers" → "skipper") is no verb form
        let plural = w.len() == l.len() + 1 && w.starts_with(l) && (w.ends_with('s') || w.ends_with('x'));
        if l != w && verb_lemma(l) && !plural {
            return true;
        }
        if self.is("aux", i) {
            return true;
        }
        (w.ends_with("er") || w.ends_with("ir")) && w.chars().count() > 4
            || (l == w && ["é", "ée", "és", "ées"].iter().any(|s| w.ends_with(s)) && w.chars().count() > 4)
    }

    pub(crate) fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sent[a] == self.sent[b]
    }

    // ------------------------------------------------------------ candidates

    pub(crate) fn candidates(&self) -> Vec<Cand> {
        let mut out = Vec::new();
        for (qi, q) in self.quantities.iter().enumerate() {
            let (s, e) = self.qtok[qi];
            if s >= e {
                continue;
            }
            let class = match q.kind {
                Kind::Count => Class::Count,
                Kind::Money => Class::Money,
                Kind::Measure => Class::Measure,
                Kind::Number if self.counts_something(qi) => Class::Count,
                _ => continue,
            };
            out.push(Cand { q: qi, class, s, e });
        }
        out
    }

    /// Whether a bare number (kind `number`) counts something all the same:
    /// a whole positive number that is no multiplier, not part of a name or
    /// identifier ("Falcon 9", "n° 3 et 4", "[1]"), no side of a score
    /// ("30-19") and no indefinite article.
    pub(crate) fn counts_something(&self, qi: usize) -> bool {
        let q = &self.quantities[qi];
        let (s, e) = self.qtok[qi];
        let v = match q.value {
            Value::Number(v) => v,
            _ => return false,
        };
        if v.is_nan() || v < 1.0 || v.fract() != 0.0 || !v.is_finite() {
            return false;
        }
        if v == 1.0 && matches!(&self.low[s], "un" | "une") {
            return false;
        }
        if self.is("not-count", e - 1)
            || e < self.toks.len() && self.same_sentence(s, e) && (self.is("not-count", e) || &self.low[e] == "%")
        {
            return false;
        }
        if s > 0 && self.same_sentence(s, s - 1) {
            let p = s - 1;
            if self.is("not-count-before", p) {
                return false;
            }
            // a name or a noun right before: "Falcon 9", "césium 137", "partie 2"
            if self.is_word(p) && !self.is_function_word(p) && !self.is_verb(p) {
                return false;
            }
            if self.into_parts(p) {
                return false;
            }
            // "n° 3 et 4": the first of the list was no quantity
            if (self.is("link", p)) && p > 0 && self.toks[p - 1].kind == TokenKind::Number && self.q_at[p - 1].is_none() {
                return false;
            }
        }
        // a score: "30-19", "un 10-5", "Angleterre - Russie : 1-1"
        let score = |k: usize| self.low.get(k).is_some_and(|w| w == "-") && self.inside_a_number(k);
        if (s > 0 && score(s - 1)) || score(e) {
            return false;
        }
        // "9 et 10 juillet": part of a date
        if e + 1 < self.toks.len() && matches!(&self.low[e], "et" | "au" | "-" | "à" | "ou") {
            if let Some(nq) = self.q_at[e + 1] {
                if matches!(self.quantities[nq].kind, Kind::Date | Kind::Datetime) {
                    return false;
                }
            }
        }
        true
    }

    /// Whether token `p` is the "en" of "coupé en deux", "couperait le
    /// Donbass en deux": the number after it is a number of parts.
    fn into_parts(&self, p: usize) -> bool {
        &self.low[p] == "en"
            && (p.saturating_sub(PARTS_VERB_REACH)..p).any(|k| self.same_sentence(k, p) && recense_numbers::cuts_into_parts(self.lemma(k)))
    }

    pub(crate) fn is_function_word(&self, i: usize) -> bool {
        ["skip-left", "aux", "link", "locative", "destination", "prenominal", "boundary", "function"].iter().any(|c| self.is(c, i))
    }
}
