//! recense-facts: numeric facts. For every count and amount of an article (and
//! every measure of seized or stolen goods), what it measures in the world —
//! one of the 21 event codes of `shared/spec/ANNOTATIONS.md` — where that
//! happened, with its ISO 3166-1 country, and when.
//!
//! The stage reads what the earlier ones found: tokens and sentences
//! (`recense-text`), quantities (`recense-numbers`) and places, given as plain
//! spans (the pipeline builds them from its LOC entities). Which words say what
//! a figure counts lives in data, `models/facts/cues.tsv` (lemma → event, with
//! the syntactic role the cue needs) and `models/facts/words.tsv` (word classes
//! the rules use); lemmas come from the French lemma lexicon of
//! `recense-numbers`. Country names come from `models/places/`.
//!
//! ```
//! use recense_facts::{FactFinder, Event};
//! use recense_numbers::Recognizer;
//! let text = "En Argentine, 14 mineurs ont été libérés.";
//! let tokens = recense_text::tokenize(text);
//! let sentences = recense_text::split_sentences(text, &tokens);
//! let quantities = Recognizer::new().extract(text, None);
//! let places = [recense_facts::Place { start: 3, end: 12, cp_start: 3, cp_end: 12 }];
//! let facts = FactFinder::new().facts(text, &tokens, &sentences, &quantities, &places, None);
//! assert_eq!(facts[0].event, Event::Rescue);
//! assert_eq!(facts[0].location.as_ref().unwrap().name, "Argentine");
//! assert_eq!(facts[0].country.as_deref(), Some("AR"));
//! ```

mod cues;
mod places;

use chrono::NaiveDate;
use recense_numbers::{Kind, Lexicon, Quantity, Value};
use recense_text::{Sentence, Token, TokenKind};

pub use cues::{Class, Cue, Cues, Role, CLASSES};
pub use places::{fold, Gazetteer, Known};

/// The spec's event codes (after GDELT's GKG counts, widened for French news).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    Arrest,
    Rescue,
    Kill,
    Wound,
    Missing,
    Kidnap,
    Displace,
    Affect,
    Seize,
    Steal,
    Convict,
    Protest,
    Participate,
    Inspect,
    Monitor,
    Intercept,
    Smuggle,
    Vote,
    Employ,
    Cost,
    Other,
}

impl Event {
    pub const ALL: [Event; 21] = [
        Event::Arrest,
        Event::Rescue,
        Event::Kill,
        Event::Wound,
        Event::Missing,
        Event::Kidnap,
        Event::Displace,
        Event::Affect,
        Event::Seize,
        Event::Steal,
        Event::Convict,
        Event::Protest,
        Event::Participate,
        Event::Inspect,
        Event::Monitor,
        Event::Intercept,
        Event::Smuggle,
        Event::Vote,
        Event::Employ,
        Event::Cost,
        Event::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Event::Arrest => "ARREST",
            Event::Rescue => "RESCUE",
            Event::Kill => "KILL",
            Event::Wound => "WOUND",
            Event::Missing => "MISSING",
            Event::Kidnap => "KIDNAP",
            Event::Displace => "DISPLACE",
            Event::Affect => "AFFECT",
            Event::Seize => "SEIZE",
            Event::Steal => "STEAL",
            Event::Convict => "CONVICT",
            Event::Protest => "PROTEST",
            Event::Participate => "PARTICIPATE",
            Event::Inspect => "INSPECT",
            Event::Monitor => "MONITOR",
            Event::Intercept => "INTERCEPT",
            Event::Smuggle => "SMUGGLE",
            Event::Vote => "VOTE",
            Event::Employ => "EMPLOY",
            Event::Cost => "COST",
            Event::Other => "OTHER",
        }
    }

    /// The event of a code ("ARREST"), `None` for an unknown one.
    pub fn parse(code: &str) -> Option<Event> {
        Event::ALL.iter().copied().find(|e| e.as_str() == code)
    }
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place named in the text (from the pipeline's LOC entities).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// byte offsets into the text, end exclusive
    pub start: usize,
    pub end: usize,
    /// code-point offsets, end exclusive
    pub cp_start: usize,
    pub cp_end: usize,
}

/// Where a fact happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The place as written ("Argentine"); for a description ("dans la
    /// capitale espagnole") the name the article gave it before ("Madrid").
    pub name: String,
    /// Index into the `places` given to [`FactFinder::facts`].
    pub place: usize,
}

/// What a count or amount measures.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Index into the `quantities` given to [`FactFinder::facts`].
    pub quantity: usize,
    pub event: Event,
    pub location: Option<Location>,
    /// ISO 3166-1 alpha-2 code of the location's country.
    pub country: Option<String>,
    /// ISO 8601 at its grain.
    pub date: Option<String>,
}

/// Finds the facts of an article. Build once (it loads the cue tables) and
/// share it across threads.
pub struct FactFinder {
    cues: Cues,
    gaz: &'static Gazetteer,
    lex: &'static Lexicon,
}

impl Default for FactFinder {
    fn default() -> Self {
        FactFinder::new()
    }
}

/// Tokens a right-hand scan for a predicate looks at, at most.
const RIGHT_WINDOW: usize = 30;
/// Tokens a left-hand scan for a governing verb skips, at most.
const LEFT_SKIPS: usize = 5;

impl FactFinder {
    /// The finder with the shipped cue tables and gazetteer.
    pub fn new() -> FactFinder {
        FactFinder { cues: Cues::load(), gaz: Gazetteer::shared(), lex: Lexicon::shared() }
    }

    /// The finder with other cue tables (same formats as `models/facts/`).
    pub fn with_cues(cues: &str, words: &str) -> FactFinder {
        FactFinder { cues: Cues::parse(cues, words), gaz: Gazetteer::shared(), lex: Lexicon::shared() }
    }

    /// The country gazetteer the finder uses.
    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gaz
    }

    /// The facts of one article, in the order of their quantities: one per
    /// count and money quantity (and per bare number that counts something),
    /// and one per measure that was seized or stolen.
    pub fn facts(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        quantities: &[Quantity],
        places: &[Place],
        article_date: Option<NaiveDate>,
    ) -> Vec<Fact> {
        let doc = Doc::new(self, text, tokens, sentences, quantities, places);
        doc.facts(article_date)
    }
}

/// What one candidate quantity is.
#[derive(Clone, Copy, Debug)]
struct Cand {
    q: usize,
    class: Class,
    /// token range
    s: usize,
    e: usize,
}

/// One article, prepared: per-token forms, lemmas, sentences and segments.
struct Doc<'a> {
    f: &'a FactFinder,
    text: &'a str,
    toks: &'a [Token],
    quantities: &'a [Quantity],
    places: &'a [Place],
    low: Vec<String>,
    /// the lexicon's lemma, where it has one (else the lower-case form is it)
    lemmas: Vec<Option<&'static str>>,
    /// the cue ids of each token (of the sentences that hold a candidate)
    tcues: Vec<Vec<u32>>,
    /// word-class bits of each token (see CLASSES)
    flags: Vec<u16>,
    sent: Vec<usize>,
    /// token range of each sentence
    spans: Vec<(usize, usize)>,
    /// clause segment id; parentheticals get their own
    seg: Vec<usize>,
    paren: Vec<u16>,
    /// token range per quantity (empty when it has no token)
    qtok: Vec<(usize, usize)>,
    q_at: Vec<Option<usize>>,
    /// token range per place
    ptok: Vec<(usize, usize)>,
    /// The places of each sentence, so that finding a fact's place costs
    /// the sentence's places, not the article's.
    places_in_sentence: Vec<Vec<usize>>,
    headline: Option<usize>,
}

/// How many sentences back a description ("la capitale espagnole") looks
/// for the place it stands for.
const DESCRIPTION_REACH: usize = 20;

/// A past participle form, as its ending tells ("libérés", "saisie", "morts").
fn is_participle_form(w: &str) -> bool {
    ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes"].iter().any(|s| w.ends_with(s))
}

fn is_infinitive_form(w: &str) -> bool {
    w.ends_with("er") || w.ends_with("ir") || w.ends_with("re")
}

fn tok_range(toks: &[Token], start: usize, end: usize) -> (usize, usize) {
    let s = toks.partition_point(|t| t.end <= start);
    let e = toks.partition_point(|t| t.start < end);
    (s, e.max(s))
}

impl<'a> Doc<'a> {
    fn new(
        f: &'a FactFinder,
        text: &'a str,
        toks: &'a [Token],
        sentences: &[Sentence],
        quantities: &'a [Quantity],
        places: &'a [Place],
    ) -> Doc<'a> {
        let n = toks.len();
        let mut sent = vec![usize::MAX; n];
        let mut spans = Vec::with_capacity(sentences.len());
        for (si, s) in sentences.iter().enumerate() {
            let (lo, hi) = (s.tokens.start.min(n), s.tokens.end.min(n));
            for slot in sent.iter_mut().take(hi).skip(lo) {
                *slot = si;
            }
            spans.push((lo, hi.max(lo)));
        }
        // tokens outside every sentence: each its own
        for (i, s) in sent.iter_mut().enumerate() {
            if *s == usize::MAX {
                *s = spans.len();
                spans.push((i, i + 1));
            }
        }
        // only the sentences that hold a possible fact need words and lemmas
        let mut active = vec![false; spans.len()];
        for q in quantities {
            if matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure | Kind::Number) {
                let (s, e) = tok_range(toks, q.start, q.end);
                if s < e {
                    active[sent[s]] = true;
                }
            }
        }
        if let Some(first) = active.first_mut() {
            *first = true; // the headline
        }
        let mut low = Vec::with_capacity(n);
        let mut lemmas = vec![None; n];
        let mut flags = vec![0u16; n];
        for (i, t) in toks.iter().enumerate() {
            if !active[sent[i]] {
                low.push(String::new());
                continue;
            }
            let raw = text.get(t.start..t.end).unwrap_or("");
            let mut l = raw.to_lowercase();
            if l.contains('’') {
                l = l.replace('’', "'");
            }
            if matches!(t.kind, TokenKind::Word | TokenKind::Elision) {
                let lex: &'static Lexicon = f.lex;
                lemmas[i] = lex.lemma(&l);
            }
            flags[i] = f.cues.bits(&l);
            low.push(l);
        }
        let mut qtok = Vec::with_capacity(quantities.len());
        let mut q_at = vec![None; n];
        for (qi, q) in quantities.iter().enumerate() {
            let r = tok_range(toks, q.start, q.end);
            for slot in q_at.iter_mut().take(r.1).skip(r.0) {
                *slot = Some(qi);
            }
            qtok.push(r);
        }
        let ptok: Vec<(usize, usize)> = places.iter().map(|p| tok_range(toks, p.start, p.end)).collect();
        let mut places_in_sentence = vec![Vec::new(); spans.len()];
        for (p, &(s, e)) in ptok.iter().enumerate() {
            if s < e {
                if let Some(list) = places_in_sentence.get_mut(sent[s]) {
                    list.push(p);
                }
            }
        }
        let mut doc = Doc {
            f,
            text,
            toks,
            quantities,
            places,
            low,
            lemmas,
            tcues: Vec::new(),
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
        doc.tcues = (0..n)
            .map(|i| {
                if doc.low[i].is_empty() || !matches!(toks[i].kind, TokenKind::Word | TokenKind::Elision) {
                    return Vec::new();
                }
                let mut out: Vec<u32> = Vec::new();
                doc.keys(i, |k| out.extend_from_slice(f.cues.ids(k)));
                out
            })
            .collect();
        doc
    }

    /// Clause segments: a new one after each hard boundary, and one for each
    /// parenthetical, after which the outer one goes on.
    fn segment(&mut self) {
        let n = self.toks.len();
        let boundaries = self.f.cues.phrases_of("boundary");
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
            let w = self.low[i].as_str();
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
                ";" | ":" => {
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

    /// Whether the tokens from `i` are the phrase (lower-case forms).
    fn matches_at(&self, i: usize, phrase: &[String]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.low.get(i + k).is_some_and(|t| t == w))
    }

    /// The headline: a first sentence alone on its line, without final stop.
    fn find_headline(&self, sentences: &[Sentence]) -> Option<usize> {
        let s = sentences.first()?;
        if !self.text.get(..s.bytes.start).is_some_and(|b| b.trim().is_empty()) {
            return None;
        }
        let last = s.tokens.end.checked_sub(1)?;
        if matches!(self.low.get(last).map(String::as_str), Some("." | "!" | "?")) {
            return None;
        }
        let after = self.text.get(s.bytes.end..).unwrap_or("");
        if !after.starts_with('\n') && !after.starts_with("\r\n") {
            return None;
        }
        Some(0)
    }

    // ---------------------------------------------------------------- words

    /// The lemma of a token: the lexicon's, or its lower-case form.
    fn lemma(&self, i: usize) -> &str {
        self.lemmas[i].unwrap_or(&self.low[i])
    }

    /// Calls `f` with each key under which cues are looked up for a token:
    /// its lemma, its form, for a participle the lexicon lacks its infinitive
    /// ("intercepté" → "intercepter", "saisi" → "saisir"), and the multi-word
    /// cues that start there ("placer en garde à vue").
    fn keys(&self, i: usize, mut f: impl FnMut(&str)) {
        let (l, w) = (self.lemma(i), self.low[i].as_str());
        let mut firsts: [Option<std::borrow::Cow<str>>; 3] = [Some(l.into()), None, None];
        if w != l {
            firsts[1] = Some(w.into());
        } else {
            for (suf, inf) in [("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("ies", "ir"), ("is", "ir"), ("ie", "ir"), ("i", "ir")] {
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
            if let Some(list) = self.f.cues.phrases.get(k.as_ref()) {
                for p in list {
                    let ok = p.split(' ').enumerate().skip(1).all(|(j, pw)| {
                        self.low.get(i + j).is_some_and(|t| t == pw || t.starts_with(pw) || self.lemma(i + j) == pw)
                    });
                    if ok {
                        f(p);
                    }
                }
            }
        }
    }

    fn cue(&self, i: usize, role: &Role, class: Class) -> Option<Option<Event>> {
        self.tcues[i]
            .iter()
            .map(|&id| self.f.cues.cue(id))
            .find(|(r, c)| r == role && c.applies.contains(&class))
            .map(|(_, c)| c.event)
    }

    fn is(&self, class: &str, i: usize) -> bool {
        match CLASSES.iter().position(|c| *c == class) {
            Some(b) => self.flags[i] & (1 << b) != 0,
            None => self.f.cues.is(class, &self.low[i]),
        }
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.toks[i].kind, TokenKind::Word)
    }

    /// A verb form, as far as a lemma lexicon without parts of speech tells.
    fn is_verb(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let (l, w) = (self.lemma(i), self.low[i].as_str());
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

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sent[a] == self.sent[b]
    }

    // ------------------------------------------------------------ candidates

    fn candidates(&self) -> Vec<Cand> {
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
    /// identifier ("Falcon 9", "n° 3 et 4", "[1]") and no indefinite article.
    fn counts_something(&self, qi: usize) -> bool {
        let q = &self.quantities[qi];
        let (s, e) = self.qtok[qi];
        let v = match q.value {
            Value::Number(v) => v,
            _ => return false,
        };
        if v.is_nan() || v < 1.0 || v.fract() != 0.0 || !v.is_finite() {
            return false;
        }
        if v == 1.0 && matches!(self.low[s].as_str(), "un" | "une") {
            return false;
        }
        if self.is("not-count", e - 1)
            || e < self.toks.len() && self.same_sentence(s, e) && (self.is("not-count", e) || self.low[e] == "%")
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
            // "n° 3 et 4": the first of the list was no quantity
            if (self.is("link", p)) && p > 0 && self.toks[p - 1].kind == TokenKind::Number && self.q_at[p - 1].is_none() {
                return false;
            }
        }
        // "9 et 10 juillet": part of a date
        if e + 1 < self.toks.len() && matches!(self.low[e].as_str(), "et" | "au" | "-" | "à" | "ou") {
            if let Some(nq) = self.q_at[e + 1] {
                if matches!(self.quantities[nq].kind, Kind::Date | Kind::Datetime) {
                    return false;
                }
            }
        }
        true
    }

    fn is_function_word(&self, i: usize) -> bool {
        ["skip-left", "aux", "link", "locative", "destination", "prenominal", "boundary", "function"].iter().any(|c| self.is(c, i))
    }

    // ---------------------------------------------------------------- events

    /// The event a quantity's own words give, and whether a verb without cue
    /// governs it (then nothing further away speaks for it).
    fn own_event(&self, c: &Cand) -> (Option<Event>, bool) {
        if let Some(ev) = self.governing_noun(c) {
            return (Some(ev), true);
        }
        let (left, governed) = self.left_verb(c);
        if left.is_some() {
            return (left, true);
        }
        if !governed {
            if let Some(ev) = self.right_predicate(c) {
                return (Some(ev), false);
            }
        }
        (self.counted_noun(c), governed)
    }

    /// "le sauvetage de 430", "la suppression [de 8 000 à 10 000]", "collaboration avec 116".
    fn governing_noun(&self, c: &Cand) -> Option<Event> {
        let s = c.s;
        let (prep, noun) = if matches!(self.low[s].as_str(), "de" | "d'") && s > 0 {
            ("de".to_string(), s - 1)
        } else if s >= 2 && self.same_sentence(s, s - 1) {
            let p = match self.low[s - 1].as_str() {
                "d'" | "des" | "du" => "de".to_string(),
                other => other.to_string(),
            };
            (p, s - 2)
        } else {
            return None;
        };
        if !self.same_sentence(noun, s) {
            return None;
        }
        self.cue(noun, &Role::Noun(prep), c.class).flatten()
    }

    /// A verb to the left whose object the quantity is.
    fn left_verb(&self, c: &Cand) -> (Option<Event>, bool) {
        let mut j = c.s;
        let mut skipped = 0;
        while j > 0 && skipped <= LEFT_SKIPS {
            j -= 1;
            if !self.same_sentence(j, c.s) || self.q_at[j].is_some() {
                return (None, false);
            }
            if let Some(ev) = self.cue(j, &Role::Verb, c.class) {
                return (ev, true);
            }
            if self.is("skip-left", j) || self.is("aux", j) {
                skipped += 1;
                continue;
            }
            if self.is_verb(j) {
                // "condamnée à verser": a verb without cue in the infinitive
                // after à/de passes the object on to the verb before
                if j >= 2 && matches!(self.low[j - 1].as_str(), "à" | "de" | "d'") && !self.is("aux", j) {
                    skipped += 1;
                    j -= 1;
                    continue;
                }
                return (None, true);
            }
            // "volés dans les cinq banques": the verb of a place complement
            if self.is_word(j) {
                let prep = self.low[j].clone();
                let mut k = j;
                let mut n = 0;
                while k > 0 && n < 3 {
                    k -= 1;
                    if !self.same_sentence(k, j) {
                        break;
                    }
                    if let Some(ev) = self.cue(k, &Role::VerbPrep(prep.clone()), c.class) {
                        return (ev, true);
                    }
                    if !(self.is("aux", k) || self.is("skip-left", k)) {
                        break;
                    }
                    n += 1;
                }
            }
            return (None, false);
        }
        (None, false)
    }

    /// The predicate of a quantity that is a subject: "14 mineurs et 45
    /// autres victimes ont été libérés", "Trois jeunes femmes … sont mortes".
    fn right_predicate(&self, c: &Cand) -> Option<Event> {
        let n = self.toks.len();
        let (seg, depth) = (self.seg[c.s], self.paren[c.s]);
        let mut k = c.e;
        let end = (c.e + RIGHT_WINDOW).min(n);
        while k < end {
            if !self.same_sentence(k, c.s) {
                return None;
            }
            if self.paren[k] > depth {
                k += 1;
                continue;
            }
            if self.seg[k] != seg || self.is("stop-right", k) {
                return None;
            }
            if self.q_at[k].is_none() {
                let w = self.low[k].as_str();
                let participle = is_participle_form(w);
                // an auxiliary or adverb-and-auxiliary before: "ont été grièvement blessées"
                let aux_before = (k.saturating_sub(3)..k).any(|j| j >= c.e && self.is("aux", j));
                if let Some(ev) = self.cue(k, &Role::Verb, c.class) {
                    // a bare participle is an adjective or a noun ("d'anciens détenus")
                    if !participle || aux_before {
                        return ev;
                    }
                } else if self.is_verb(k)
                    && !participle
                    && !self.is("aux", k)
                    && !is_infinitive_form(w)
                    // after a determiner or preposition it is a noun ("un réseau de fraude")
                    && !matches!(self.low[k - 1].as_str(), "de" | "d'" | "du" | "des" | "le" | "la" | "les" | "l'" | "un" | "une" | "à" | "au" | "aux" | "en" | "sa" | "son" | "ses" | "leur" | "leurs" | "cette" | "ce" | "ces")
                {
                    // another finite verb: the quantity's predicate has no cue,
                    // unless it is the verb of a relative clause ("qui contrôlent")
                    let relative = (k.saturating_sub(3)..k).any(|j| matches!(self.low[j].as_str(), "qui" | "que" | "qu'" | "dont" | "où"));
                    if !relative {
                        return None;
                    }
                }
            }
            k += 1;
        }
        None
    }

    /// The counted noun: the quantity's unit, the noun right after it, or the
    /// X of "le nombre de X" in its clause.
    fn counted_noun(&self, c: &Cand) -> Option<Event> {
        let q = &self.quantities[c.q];
        if let Some(unit) = &q.unit {
            let u = unit.to_lowercase();
            if let Some(ev) = self.f.cues.get(&u, &Role::Counted, c.class).flatten() {
                return Some(ev);
            }
        }
        // the noun after the number, past "autres", "de", quotes
        let n = self.toks.len();
        let mut k = c.e;
        let mut hops = 0;
        while k < n && hops <= 3 && self.same_sentence(k, c.s) {
            if self.is("prenominal", k) {
                k += 1;
                hops += 1;
                continue;
            }
            if let Some(ev) = self.cue(k, &Role::Counted, c.class).flatten() {
                return Some(ev);
            }
            break;
        }
        // "le nombre d'emplois menacés est de 75 000"
        let seg = self.seg[c.s];
        let (lo, hi) = self.sentence_span(c.s);
        for i in lo..hi {
            if self.seg[i] != seg || self.f.cues.get(self.lemma(i), &Role::NumberOf, Class::Count).is_none() {
                continue;
            }
            let mut k = i + 1;
            while k < hi && matches!(self.low[k].as_str(), "de" | "d'" | "des") {
                k += 1;
            }
            if k < hi {
                if let Some(ev) = self.cue(k, &Role::Counted, c.class).flatten() {
                    return Some(ev);
                }
            }
        }
        None
    }

    fn sentence_span(&self, i: usize) -> (usize, usize) {
        self.spans[self.sent[i]]
    }

    /// "le montant est plutôt de 700 000 euros", "il s'agit de deux Polonais":
    /// an anaphor in the clause before the quantity.
    fn has_anaphor(&self, c: &Cand) -> bool {
        let (lo, _) = self.sentence_span(c.s);
        let from = c.s.saturating_sub(10).max(lo);
        (from..c.s).any(|i| self.seg[i] == self.seg[c.s] && self.cue(i, &Role::Anaphor, c.class).is_some())
    }

    /// Whether two quantities are coordinated: few words between, one of them a link.
    fn linked(&self, a: &Cand, b: &Cand) -> bool {
        if a.e > b.s || !self.same_sentence(a.s, b.s) || b.s - a.e > 5 {
            return false;
        }
        let gap = a.e..b.s;
        if gap.is_empty() {
            return false;
        }
        let mut has_link = false;
        for i in gap {
            if self.paren[i] != self.paren[a.s] && self.low[i] != "(" {
                return false;
            }
            if self.is("link", i) || self.low[i] == "(" {
                has_link = true;
            } else if self.is_verb(i) && !self.is("prenominal", i) {
                return false;
            }
        }
        has_link
    }

    /// Context cues of the sentence, or the nearest event noun or verb cue to the left in the sentence ("D'autres
    /// arrestations ont eu lieu en Serbie, où 12 individus …"), and context cues
    /// anywhere in it.
    fn sentence_context(&self, c: &Cand, governed: bool) -> Option<Event> {
        let (lo, hi) = self.sentence_span(c.s);
        // context cues: the nearest, either side
        let mut best: Option<(usize, Event)> = None;
        for i in lo..hi {
            if (c.s..c.e).contains(&i) {
                continue;
            }
            if let Some(Some(ev)) = self.cue(i, &Role::Context, c.class) {
                let d = if i < c.s { c.s - i } else { i - c.e };
                if best.map_or(true, |(bd, _)| d < bd) {
                    best = Some((d, ev));
                }
            }
        }
        if let Some((_, ev)) = best {
            return Some(ev);
        }
        if governed || c.class != Class::Count {
            return None;
        }
        // only for a quantity opening a relative clause on a place or event
        // ("… ont eu lieu en Serbie, où 12 individus …"): the event before "où"
        let mut i = c.s;
        let mut hops = 0;
        loop {
            if i <= lo || hops > 3 {
                return None;
            }
            i -= 1;
            hops += 1;
            if self.is("relative", i) {
                break;
            }
            if !self.is_function_word(i) {
                return None;
            }
        }
        while i > lo {
            i -= 1;
            if self.q_at[i].is_some() {
                continue;
            }
            for role in [Role::Noun("de".to_string()), Role::Verb] {
                if let Some(Some(ev)) = self.cue(i, &role, c.class) {
                    return Some(ev);
                }
            }
        }
        None
    }

    fn events(&self, cands: &[Cand]) -> Vec<Option<Event>> {
        let own: Vec<(Option<Event>, bool)> = cands.iter().map(|c| self.own_event(c)).collect();
        let mut out: Vec<Option<Event>> = own.iter().map(|o| o.0).collect();
        for i in 0..cands.len() {
            if out[i].is_some() {
                continue;
            }
            let c = &cands[i];
            let group = |x: Class| if x == Class::Money { 0 } else { 1 };
            // an anaphor: the previous fact of the same kind, within 3 sentences
            if self.has_anaphor(c) {
                let prev = (0..i).rev().find(|&j| {
                    group(cands[j].class) == group(c.class)
                        && out[j].is_some_and(|e| e != Event::Other)
                        && self.sent[cands[j].s] + 3 >= self.sent[c.s]
                });
                if let Some(j) = prev {
                    out[i] = out[j];
                    continue;
                }
            }
            // coordination with the previous quantity, then with the next one
            if i > 0 && self.linked(&cands[i - 1], c) && out[i - 1].is_some_and(|e| e != Event::Other) {
                out[i] = out[i - 1];
                continue;
            }
            if i + 1 < cands.len() && self.linked(c, &cands[i + 1]) && own[i + 1].0.is_some() {
                out[i] = own[i + 1].0;
                continue;
            }
            out[i] = self.sentence_context(c, own[i].1);
        }
        out
    }

    // ---------------------------------------------------------------- places

    fn place_name(&self, p: usize) -> &str {
        let pl = &self.places[p];
        self.text.get(pl.start..pl.end).unwrap_or("").trim()
    }

    /// The token before `i`, past articles.
    fn before_article(&self, i: usize) -> Option<usize> {
        let mut k = i.checked_sub(1)?;
        while matches!(self.low[k].as_str(), "le" | "la" | "les" | "l'") {
            k = k.checked_sub(1)?;
        }
        Some(k)
    }

    fn is_destination(&self, s: usize) -> bool {
        let lo = s.saturating_sub(3);
        (lo..s).any(|k| self.same_sentence(k, s) && self.is("destination", k))
    }

    fn is_locative(&self, s: usize) -> bool {
        self.before_article(s).is_some_and(|k| self.same_sentence(k, s) && self.is("locative", k))
    }

    /// "En Argentine, …": a place opening its sentence, then a comma.
    fn is_fronted(&self, s: usize, e: usize) -> bool {
        let (lo, _) = self.sentence_span(s);
        s <= lo + 2 && (lo..s).all(|k| self.is_function_word(k)) && self.low.get(e).is_some_and(|w| w == ",")
    }

    /// Place candidates of a sentence: (token, place index, tier, fronted).
    /// Descriptions ("dans la capitale espagnole") stand for the last place
    /// named before them that is no country.
    fn sentence_places(&self, sent: usize) -> Vec<(usize, usize, u8, bool)> {
        let mut out = Vec::new();
        let Some(here) = self.places_in_sentence.get(sent) else { return out };
        for &p in here {
            let (s, e) = self.ptok[p];
            if self.is_destination(s) {
                continue;
            }
            let fronted = self.is_fronted(s, e);
            let tier = if fronted || self.is_locative(s) { 0 } else { 1 };
            out.push((s, p, tier, fronted));
        }
        let Some(&(lo, hi)) = self.spans.get(sent) else { return out };
        for i in lo..hi {
            if !self.is("description", i) || i < 2 {
                continue;
            }
            let Some(k) = self.before_article(i) else { continue };
            if k + 1 == i || !self.is("locative", k) {
                continue;
            }
            // Places before the description, latest first, within reach.
            let mut before = (sent.saturating_sub(DESCRIPTION_REACH)..=sent)
                .rev()
                .flat_map(|s| self.places_in_sentence[s].iter().rev())
                .copied()
                .filter(|&p| self.ptok[p].1 <= i)
                .filter(|&p| !self.f.gaz.is_country(self.place_name(p)));
            // a place the data knows as a city or region first, else the last one
            let latest = before.next();
            let named = latest
                .into_iter()
                .chain(before)
                .find(|&p| matches!(self.f.gaz.lookup(self.place_name(p)), Some(Known::Within(_))))
                .or(latest);
            if let Some(p) = named {
                out.push((i, p, 0, false));
            }
        }
        out
    }

    fn location(&self, c: &Cand) -> Option<usize> {
        let sent = self.sent[c.s];
        let cands = self.sentence_places(sent);
        if self.headline == Some(sent) {
            // "Madrid : trois morts …": the place before the colon, else the first
            let colon = cands.iter().find(|&&(t, p, _, _)| {
                let e = self.ptok[p].1;
                t == self.ptok[p].0 && self.low.get(e).is_some_and(|w| w == ":")
            });
            if let Some(&(_, p, _, _)) = colon {
                return Some(p);
            }
            return cands.iter().min_by_key(|x| x.0).map(|x| x.1);
        }
        cands
            .iter()
            .filter(|&&(t, _, _, fronted)| fronted || (self.seg[t] == self.seg[c.s] && self.paren[t] == self.paren[c.s]))
            .min_by_key(|&&(t, _, tier, _)| (tier, if t < c.s { c.s - t } else { t.saturating_sub(c.e) }))
            .map(|x| x.1)
    }

    // ----------------------------------------------------------------- dates

    /// A dateline: a date opening its paragraph, then ". -".
    fn is_dateline(&self, q: &Quantity) -> bool {
        let (Some(before), Some(after)) = (self.text.get(..q.start), self.text.get(q.end..)) else { return false };
        let line_start = before.rfind('\n').map_or(0, |p| p + 1);
        if !before[line_start..].trim().is_empty() {
            return false;
        }
        let after = after.trim_start_matches([' ', '.', '\u{a0}']);
        after.starts_with('-') || after.starts_with('–') || after.starts_with('—')
    }

    fn date(&self, c: &Cand, article_date: Option<NaiveDate>) -> Option<String> {
        let (lo, hi) = self.sentence_span(c.s);
        let mut best: Option<(usize, bool, String)> = None;
        let mut time = None;
        for i in lo..hi {
            let Some(qi) = self.q_at[i] else { continue };
            if self.qtok[qi].0 != i || qi == c.q {
                continue;
            }
            if self.seg[i] != self.seg[c.s] || self.paren[i] != self.paren[c.s] {
                continue;
            }
            let q = &self.quantities[qi];
            let d = if i < c.s { c.s - i } else { i - c.e };
            match (q.kind, &q.value) {
                (Kind::Date | Kind::Datetime, Value::Text(v)) if !self.is_dateline(q) => {
                    let v = if q.kind == Kind::Datetime { v.get(..10).unwrap_or(v).to_string() } else { v.clone() };
                    let before = i < c.s;
                    if best.as_ref().map_or(true, |(bd, bb, _)| d < *bd || (d == *bd && before && !bb)) {
                        best = Some((d, before, v));
                    }
                }
                (Kind::Time, _) => time = Some(()),
                _ => {}
            }
        }
        if let Some((_, _, v)) = best {
            // a clock time in the clause names a day: it beats a year or a span of years
            let coarse = v.len() <= 4 || self.quantities.iter().any(|q| q.value == Value::Text(v.clone()) && q.value_max.is_some());
            if !(coarse && time.is_some() && article_date.is_some()) {
                return Some(v);
            }
        }
        // an event of the day given only by its clock time
        time.and(article_date).map(|d| d.format("%Y-%m-%d").to_string())
    }

    // ----------------------------------------------------------------- facts

    fn facts(&self, article_date: Option<NaiveDate>) -> Vec<Fact> {
        let cands = self.candidates();
        let events = self.events(&cands);
        let mut out = Vec::with_capacity(cands.len());
        for (c, ev) in cands.iter().zip(events) {
            let event = ev.unwrap_or(Event::Other);
            if c.class == Class::Measure && !matches!(event, Event::Seize | Event::Steal) {
                continue;
            }
            let location = self.location(c).map(|p| Location { name: self.place_name(p).to_string(), place: p });
            let country = location.as_ref().and_then(|l| self.f.gaz.country(&l.name));
            out.push(Fact { quantity: c.q, event, location, country, date: self.date(c, article_date) });
        }
        out
    }
}
