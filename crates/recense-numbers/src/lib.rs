//! recense-numbers: find and normalise every number-bearing expression of French
//! news text — counts, numbers, percents, money, measures, ages, durations, dates,
//! times, datetimes and ordinals — per `shared/spec/ANNOTATIONS.md`.
//!
//! ```
//! use recense_numbers::{Recognizer, Kind, Value};
//! let r = Recognizer::new();
//! let q = r.extract("Interpol a arrêté 2 571 personnes.", None);
//! assert_eq!(q[0].kind, Kind::Count);
//! assert_eq!(q[0].value, Value::Number(2571.0));
//! assert_eq!(q[0].unit.as_deref(), Some("personne"));
//! ```

mod counted;
mod data;
mod dates;
mod lexicon;
mod num;
mod ranges;
mod scan;
mod tense;
mod tok;
mod units;

pub use lexicon::Lexicon;

/// Whether a verb's lemma cuts something into parts ("couper", "diviser"):
/// "coupé en deux", "couperait le Donbass en deux" count no noun. The fact
/// rules ask the same of the same list (`models/numbers/count_words.tsv`).
pub fn cuts_into_parts(lemma: &str) -> bool {
    static VERBS: std::sync::LazyLock<rustc_hash::FxHashSet<String>> = std::sync::LazyLock::new(data::parts_verbs);
    VERBS.contains(recense_contract::fold::fold(lemma).as_str())
}

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use data::Tables;
use tok::Toks;
use recense_text::{Sentence, Token};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Count,
    Number,
    Percent,
    Money,
    Measure,
    Age,
    Duration,
    Date,
    Time,
    Datetime,
    Ordinal,
}

impl Kind {
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Number => "number",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Measure => "measure",
            Kind::Age => "age",
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Datetime => "datetime",
            Kind::Ordinal => "ordinal",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    /// ISO 8601 date, duration, time or datetime
    Text(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Approx {
    Exact,
    Approx,
    Min,
    Max,
    Range,
}

impl Approx {
    pub fn as_str(&self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::Approx => "approx",
            Approx::Min => "min",
            Approx::Max => "max",
            Approx::Range => "range",
        }
    }
    fn parse(s: &str) -> Approx {
        match s {
            "approx" => Approx::Approx,
            "min" => Approx::Min,
            "max" => Approx::Max,
            "range" => Approx::Range,
            _ => Approx::Exact,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// byte offsets into the text, end exclusive
    pub start: usize,
    pub end: usize,
    /// code point offsets (for output), end exclusive
    pub cp_start: usize,
    pub cp_end: usize,
    pub kind: Kind,
    pub value: Value,
    pub value_max: Option<Value>,
    pub unit: Option<String>,
    pub approx: Approx,
}

/// A candidate over token indices.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    pub value: Value,
    pub value_max: Option<Value>,
    pub unit: Option<String>,
    pub approx: Approx,
    /// an elliptical count ("deux autres", "un seul"): takes the noun of the count before it
    pub ellipsis: bool,
    /// "des milliers de manifestants": no figure, but the noun an elided
    /// count after it takes ("…, dont 12 000 à Lyon"); dropped from the output
    pub vague: bool,
}

impl Cand {
    pub fn num(s: usize, e: usize, kind: Kind, v: f64) -> Cand {
        Cand { s, e, kind, value: Value::Number(v), value_max: None, unit: None, approx: Approx::Exact, ellipsis: false, vague: false }
    }
    pub fn text(s: usize, e: usize, kind: Kind, v: String) -> Cand {
        Cand { s, e, kind, value: Value::Text(v), value_max: None, unit: None, approx: Approx::Exact, ellipsis: false, vague: false }
    }
}

pub(crate) enum Step {
    Found(Cand),
    /// not a quantity; skip to this token
    Skip(usize),
    None,
}

impl Step {
    /// A rank found is none here.
    fn not_a_rank(self) -> Step {
        match self {
            Step::Found(c) if c.kind == Kind::Ordinal => Step::None,
            step => step,
        }
    }
}

/// Tense mark of a sentence without a cue inside an article told in the past.
pub(crate) const NEAREST: i8 = 2;

pub(crate) struct Ctx<'a, 'b> {
    pub t: &'b Toks<'a>,
    pub tb: &'b Tables,
    pub lex: &'static Lexicon,
    pub refd: Option<NaiveDate>,
    /// per atom: the index of its sentence (recense-text's)
    pub sentence: Vec<u32>,
    /// per atom: -1 past, 1 future, 0 unknown (tense of its sentence)
    pub tense: Vec<i8>,
}

impl Ctx<'_, '_> {
    /// Whether atom `i` opens its sentence, or a clause after a colon, a
    /// parenthesis or a dash in it, or a quotation that opens either: where
    /// a capital says nothing of a name (« Mardi, nous serons dans la rue »;
    /// a quotation inside a sentence may open a title, « Vendredi ou la Vie
    /// sauvage »).
    pub fn opens_sentence(&self, i: usize) -> bool {
        let starts = |k: usize| k == 0 || self.sentence.get(k - 1) != self.sentence.get(k);
        starts(i)
            || match self.t.n(i - 1) {
                ":" | "(" | "-" | "–" | "—" => true,
                "«" | "\"" => starts(i - 1) || self.t.n(i - 2) == ":",
                _ => false,
            }
    }
}

/// The recogniser: compiled tables and the lemma lexicon. Build once, share freely.
pub struct Recognizer {
    tb: Tables,
    lex: &'static Lexicon,
}

impl Default for Recognizer {
    fn default() -> Self {
        Recognizer::new()
    }
}

/// The sentence of each atom: that of the text token it comes from (an
/// atom between tokens goes with the sentence before it).
fn sentence_of_atoms(t: &Toks, sentences: &[Sentence]) -> Vec<u32> {
    let mut out = Vec::with_capacity(t.len());
    let mut k = 0;
    for i in 0..t.len() {
        let start = t.v[i].s;
        while k + 1 < sentences.len() && sentences[k + 1].bytes.start <= start {
            k += 1;
        }
        out.push(k as u32);
    }
    out
}

/// Whether atom `i` ends its sentence (recense-text's sentences).
fn is_sentence_end(ctx: &Ctx, i: usize) -> bool {
    ctx.sentence.get(i + 1).is_none_or(|next| Some(next) != ctx.sentence.get(i))
}

/// Words that cannot be a counted noun (an elliptical "deux autres" may be followed by them).
const FUNCTION_WORDS: &[&str] = &[
    "de", "d'", "du", "des", "la", "le", "l'", "les", "et", "ou", "a", "au", "aux", "en", "dans", "par", "pour", "sur", "avec",
    "sans", "chez", "vers", "selon", "qui", "que", "qu'", "dont", "ne", "n'", "se", "s'", "ont", "sont", "ont", "etaient",
];

/// Nothing is counted from token k on: the end, punctuation (a list, a
/// parenthesis), a function word, an adverb or a stop word of the count tables.
fn nothing_counted(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.t;
    k >= t.len()
        || (t.is_punct(k) && !matches!(t.n(k), "%" | "/" | "-" | "°" | "$" | "€" | "£" | "¥" | "'" | "’"))
        || ctx.tb.count_stop.contains(t.n(k))
        || FUNCTION_WORDS.contains(&t.n(k))
        || is_adverb(ctx, t.n(k))
}

/// An adverb ("95 partiellement ouvertes"): a "-ment" word with no plural
/// in the lexicon, where nouns in "-ment" have one ("établissements").
fn is_adverb(ctx: &Ctx, w: &str) -> bool {
    w.ends_with("ment") && ctx.lex.lemma(&format!("{w}s")).is_none()
}

/// How many atoms back an elided count looks for a plural noun of its
/// sentence when no count before it names one.
const ELIDED_NOUN_REACH: usize = 12;

/// An elliptical count ("trois jeunes femmes … et deux autres") takes the noun of the
/// nearest count before it in the same paragraph, else a plural noun after a
/// determiner shortly before it in its sentence ("les coureurs du Tour (198 au
/// départ)", "les naissances sont estimées à 558 600"): the spec's elided counts.
/// A bare number no noun is found for, listed or compared after a measure or a
/// share, takes its kind and unit ("1,5 km de natation, 40 de cyclisme").
fn resolve_ellipses(t: &Toks, ctx_sentence: &[u32], lex: &Lexicon, cands: &mut [Cand]) {
    for i in 0..cands.len() {
        if !cands[i].ellipsis {
            continue;
        }
        let s = cands[i].s;
        // "18 mois de prison dont 6 avec sursis": a part of a length of time,
        // a measure or a share just before it in its sentence is one too
        if let Some(j) = i.checked_sub(1).filter(|&j| a_part_of(t, ctx_sentence, &cands[j], s)) {
            if let Some(part) = same_kind_as(&cands[j], &cands[i]) {
                cands[i] = part;
                continue;
            }
        }
        // a fraction counts no noun left out: only a listed measure takes it
        // listed right after a measure, it is one: "1,5 kilomètre de natation, 40
        // kilomètres de vélo et 10 de course", whatever count came before
        let whole = matches!(cands[i].value, Value::Number(v) if v.fract() == 0.0);
        if let Some((kind, unit)) = listed_after_a_measure(t, ctx_sentence, lex, &cands[..i], &cands[i]) {
            cands[i].kind = kind;
            cands[i].unit = Some(unit);
        } else if let Some(noun) = elided_noun(t, ctx_sentence, lex, &cands[..i], s).filter(|_| whole) {
            cands[i].kind = Kind::Count;
            cands[i].unit = Some(noun);
        }
    }
}

/// How many atoms back an elided count looks for the count whose noun it
/// takes before anything else.
const ELIDED_COUNT_REACH: usize = 60;

/// How many atoms back it looks, past that, in its sentence and the one
/// before: a bound, so that a sentence of bare numbers that runs for pages
/// stays linear.
const ELIDED_SENTENCE_REACH: usize = 400;

/// The noun an elided count at `s` takes: that of the nearest count within
/// `ELIDED_COUNT_REACH` in its paragraph; else a plural noun after a
/// determiner shortly before it in its sentence; else that of a count
/// further back in its sentence or the one before, as the spec says
/// ("Vingt-deux membres ont voté pour : [twenty-two countries]. Dix ont
/// voté contre"), unless a measure comes between ("1,5 km de natation, …,
/// 40 de cyclisme" is listed after the measure).
fn elided_noun(t: &Toks, ctx_sentence: &[u32], lex: &Lexicon, before: &[Cand], s: usize) -> Option<String> {
    let sentence_of = |k: usize| ctx_sentence.get(k).copied().unwrap_or(0);
    let mut past_a_measure = false;
    let mut further_back = None;
    // the atoms from here to `s` hold no paragraph break
    let mut unbroken_from = s;
    for c in before.iter().rev() {
        let far = s - c.e > ELIDED_COUNT_REACH;
        let in_reach = s - c.e <= ELIDED_SENTENCE_REACH && sentence_of(c.s) + 1 >= sentence_of(s);
        let paragraph_break = (c.e..unbroken_from).any(|k| t.gap(k).matches('\n').count() >= 2);
        if (far && (past_a_measure || !in_reach)) || paragraph_break {
            break;
        }
        unbroken_from = c.e.min(unbroken_from);
        past_a_measure |= matches!(c.kind, Kind::Measure | Kind::Percent | Kind::Money);
        if c.kind == Kind::Count && c.unit.is_some() {
            if !far {
                return c.unit.clone();
            }
            further_back = c.unit.clone();
            break;
        }
    }
    let after_de = s > 0 && matches!(t.n(s - 1), "de" | "d'");
    if after_de {
        return None;
    }
    plural_noun_before(t, ctx_sentence, lex, s, before.last().map_or(0, |c| c.e)).or(further_back)
}

/// How many atoms may lie between a measure and a bare number listed after it.
const LISTED_REACH: usize = 12;

/// How many times larger or smaller than the measure before it a listed
/// number may be and still be of its kind: "1,5 km de natation, 40 de vélo".
const LISTED_RATIO: f64 = 100.0;

/// The kind and unit of the measure or share a bare number (`elided`) is
/// listed or compared after, in its sentence: the nearest quantity before it
/// (dates and times passed over), with a list or comparison word between
/// ("1,5 km de natation, 40 de cyclisme", "21,2 % ce mois-ci, contre 21,8"),
/// and of a like size. Not a conversion ("10 %, soit 3 millions"), not before
/// a partitive ("12 d'entre eux"), nor when a plural noun comes between,
/// which the number counts ("60 % des bureaux, puis 4 322"). Amounts are
/// left out: a bare number after one is as often a count of something else.
fn listed_after_a_measure(t: &Toks, sentence: &[u32], lex: &Lexicon, before: &[Cand], elided: &Cand) -> Option<(Kind, String)> {
    let (s, e) = (elided.s, elided.e);
    let temporal = |c: &&Cand| matches!(c.kind, Kind::Date | Kind::Datetime | Kind::Time | Kind::Duration);
    let prev = before.iter().rev().take_while(|c| s.saturating_sub(c.e) <= LISTED_REACH).find(|c| !temporal(c))?;
    let (Value::Number(v), Value::Number(w)) = (&elided.value, &prev.value) else { return None };
    let like_size = *v > 0.0 && *w > 0.0 && (v / w).max(w / v) <= LISTED_RATIO && (prev.kind != Kind::Percent || *v <= 100.0);
    let measured = matches!(prev.kind, Kind::Measure | Kind::Percent);
    let same_sentence = sentence.get(prev.s) == sentence.get(s);
    let linked = (prev.e..s).any(|k| matches!(t.n(k), "," | "et" | "ou" | "contre" | "dont" | "a" | "puis"));
    let conversion = (prev.e..s).any(|k| t.n(k) == "soit");
    let partitive = matches!(t.n(e), "d'" | "des" | "parmi") || t.n(e + 1) == "entre";
    // "de réduire de 7 à 3 le nombre de tranches": a change whose noun comes after it
    let from_to = s > 0 && t.n(s - 1) == "de" && t.n(e) == "a" && t.is_digits(e + 1);
    if !measured || !like_size || !same_sentence || !linked || conversion || partitive || from_to {
        return None;
    }
    if plural_noun_before(t, sentence, lex, s, prev.e).is_some() {
        return None;
    }
    Some((prev.kind, prev.unit.clone()?))
}

/// Whether the bare figure at `s` is "dont" a part of `whole`, a duration,
/// measure or percent just before it in its sentence.
fn a_part_of(t: &Toks, sentence: &[u32], whole: &Cand, s: usize) -> bool {
    let kind = matches!(whole.kind, Kind::Duration | Kind::Measure | Kind::Percent);
    let same_sentence = sentence.get(whole.s) == sentence.get(s);
    let dont = s > 0 && t.n(s - 1) == "dont" && (whole.e..s - 1).all(|k| !t.is_punct(k) || t.n(k) == ",") && s - whole.e <= 6;
    kind && same_sentence && dont
}

/// The bare figure `part` as a quantity of the kind and unit of `whole`:
/// "6" after "18 mois" is P6M; after "2 tonnes", 6 t.
fn same_kind_as(whole: &Cand, part: &Cand) -> Option<Cand> {
    let Value::Number(v) = part.value else { return None };
    let mut c = part.clone();
    c.ellipsis = false;
    c.kind = whole.kind;
    match (&whole.kind, &whole.value) {
        (Kind::Duration, Value::Text(iso)) => {
            // one unit only: "P18M", "PT3H"
            let (prefix, rest) = if let Some(r) = iso.strip_prefix("PT") { ("PT", r) } else { ("P", iso.strip_prefix('P')?) };
            let letter = rest.chars().last().filter(|l| l.is_ascii_alphabetic())?;
            if rest[..rest.len() - 1].chars().any(|ch| ch.is_ascii_alphabetic()) {
                return None;
            }
            c.value = Value::Text(format!("{prefix}{}{letter}", dates::iso_num(v)));
            c.unit = None;
        }
        (Kind::Measure | Kind::Percent, _) => c.unit = whole.unit.clone(),
        _ => return None,
    }
    Some(c)
}

/// The nearest plural common noun after a determiner in the atoms before `s`
/// (back to `floor`, the end of the quantity before), in `s`'s sentence.
fn plural_noun_before(t: &Toks, sentence: &[u32], lex: &Lexicon, s: usize, floor: usize) -> Option<String> {
    let same = |k: usize| sentence.get(k) == sentence.get(s);
    let determiner = |k: usize| {
        matches!(t.n(k), "les" | "des" | "ces" | "ses" | "leurs" | "nos" | "vos" | "aux" | "nombreux" | "nombreuses" | "plusieurs")
    };
    (floor.max(s.saturating_sub(ELIDED_NOUN_REACH))..s).rev().take_while(|&k| same(k)).find_map(|k| {
        let w = t.raw(k);
        let plural = w.len() > 3 && (w.ends_with('s') || w.ends_with('x'));
        let common = w.chars().next().is_some_and(char::is_lowercase);
        (t.is_word(k) && plural && common && k > 0 && determiner(k - 1)).then(|| lex.noun_lemma(w))
    })
}

/// The article date the undated pass stands in with: mid-year of a leap
/// year, so that "le 29 février" of either tense is a day.
const STAND_IN_DATE: NaiveDate = NaiveDate::from_ymd_opt(2000, 6, 15).expect("a valid date");

/// Drops the bare numbers (counts, numbers, ordinals) that overlap one of
/// `dates` (both in text order), in one pass; times and durations, which
/// need no article date, stay.
fn drop_bare_numbers_within(cands: &mut Vec<Cand>, dates: impl Iterator<Item = Cand>) {
    let mut dates = dates.peekable();
    cands.retain(|c| {
        while dates.next_if(|d| d.e <= c.s).is_some() {}
        !matches!(c.kind, Kind::Count | Kind::Number | Kind::Ordinal) || dates.peek().is_none_or(|d| d.s >= c.e)
    });
}

/// How many atoms may lie between a clock time and whole hours listed after it.
const LISTED_TIME_REACH: usize = 8;

/// "il est minuit à Paris, 18 heures à New York et 15 heures à Los
/// Angeles": whole hours listed after a clock time, in its sentence, are
/// clock times too (not "à 15 heures, et deux heures plus tard").
fn times_listed_after_a_time(tb: &Tables, t: &Toks, sentence: &[u32], cands: &mut [Cand]) {
    for i in 1..cands.len() {
        let (prev, c) = (&cands[i - 1], &cands[i]);
        let Value::Text(iso) = &c.value else { continue };
        let hours = iso.strip_prefix("PT").and_then(|h| h.strip_suffix('H')).and_then(|h| h.parse::<u32>().ok()).filter(|&h| h <= 24);
        let Some(h) = hours.filter(|_| c.kind == Kind::Duration && prev.kind == Kind::Time && c.approx == Approx::Exact) else { continue };
        let near = sentence.get(prev.s) == sentence.get(c.s) && c.s - prev.e <= LISTED_TIME_REACH;
        let linked = || (prev.e..c.s).any(|k| matches!(t.n(k), "," | "et"));
        let relative = matches!(t.n(c.e), "plus" | "apres" | "avant" | "de" | "d'");
        // "à 6 heures, et le trajet dure pendant 5 heures": a length of time said so
        if near && !relative && !dates::said_to_last(tb, t, c.s) && linked() {
            cands[i].kind = Kind::Time;
            cands[i].value = Value::Text(format!("{:02}:00", h % 24));
        }
    }
}

/// "la catégorie des -60 kg": a mass is never below zero, so a minus sign
/// glued to it is a weight class's upper bound (60 kg, max).
fn weight_classes(t: &Toks, cands: &mut [Cand]) {
    const MASSES: [&str; 5] = ["kg", "g", "mg", "t", "lb"];
    for c in cands.iter_mut().filter(|c| c.kind == Kind::Measure && c.approx == Approx::Exact && c.unit.as_deref().is_some_and(|u| MASSES.contains(&u))) {
        if let (Value::Number(v), "-") = (&c.value, t.n(c.s)) {
            if *v < 0.0 && t.adj(c.s + 1) {
                c.value = Value::Number(-v);
                c.approx = Approx::Max;
            }
        }
    }
}

/// "le taux de chômage a reculé de 0,3 point à 9,7 %": a fraction of a
/// point beside a rate is a percentage point, a percent (a score of "193,7
/// points" in a sentence without one stays a count).
fn percentage_points(t: &Toks, sentence: &[u32], rate_words: &rustc_hash::FxHashSet<String>, cands: &mut [Cand]) {
    let of_points = |c: &Cand| c.kind == Kind::Count && c.unit.as_deref() == Some("point") && matches!(c.value, Value::Number(v) if v.fract() != 0.0);
    if !cands.iter().any(of_points) {
        return;
    }
    // the sentences with a percent or a rate's name, in one pass each
    let with_percent: rustc_hash::FxHashSet<u32> = cands.iter().filter(|c| c.kind == Kind::Percent).filter_map(|c| sentence.get(c.s).copied()).collect();
    let with_rate: rustc_hash::FxHashSet<u32> = (0..t.len()).filter(|&k| rate_words.contains(t.n(k))).filter_map(|k| sentence.get(k).copied()).collect();
    for c in cands.iter_mut().filter(|c| of_points(c)) {
        let Some(here) = sentence.get(c.s) else { continue };
        if with_percent.contains(here) || with_rate.contains(here) {
            c.kind = Kind::Percent;
            c.unit = Some("%".into());
            // the unit belongs to a percent's span
            if matches!(t.n(c.e), "point" | "points") {
                c.e += 1;
            }
        }
    }
}

/// "jusqu'à 0,20 mSv/h ou 0,32 mSv/h": the alternative after "ou" shares the qualifier.
fn share_qualifiers(t: &Toks, cands: &mut [Cand]) {
    for i in 1..cands.len() {
        let (a, b) = (&cands[i - 1], &cands[i]);
        if b.approx == Approx::Exact
            && matches!(a.approx, Approx::Min | Approx::Max | Approx::Approx)
            && b.s == a.e + 1
            && t.n(a.e) == "ou"
            && a.kind == b.kind
            && a.unit == b.unit
        {
            cands[i].approx = cands[i - 1].approx;
        }
    }
}

impl Recognizer {
    pub fn new() -> Recognizer {
        Recognizer { tb: Tables::load(), lex: Lexicon::shared() }
    }

    /// The lemma lexicon the recogniser uses.
    pub fn lexicon(&self) -> &'static Lexicon {
        self.lex
    }

    /// Every quantity of `text`, sorted by start, non-overlapping. `reference` is the
    /// article date, used to resolve relative and partial dates (without it those are
    /// left out). Tokenizes the text; a pipeline that has its tokens calls
    /// [`Recognizer::extract_tokens`].
    pub fn extract(&self, text: &str, reference: Option<NaiveDate>) -> Vec<Quantity> {
        let tokens = recense_text::tokenize(text);
        let sentences = recense_text::split_sentences(text, &tokens);
        self.extract_tokens(text, &tokens, &sentences, reference)
    }

    /// Every candidate of the text, left to right, before ellipses are resolved.
    fn candidates(&self, ctx: &Ctx) -> Vec<Cand> {
        let t = ctx.t;
        let mut cands: Vec<Cand> = Vec::new();
        let mut i = 0;
        let n = t.len();
        while i < n {
            if matches!(t.n(i), "http" | "https" | "www" | "ftp") && matches!(t.n(i + 1), ":" | ".") && t.adj(i + 1) {
                // skip a URL up to the next space
                i += 1;
                while i < n && t.adj(i) {
                    i += 1;
                }
                continue;
            }
            if !self.trigger(t, i) {
                i += 1;
                continue;
            }
            match self.at(ctx, i) {
                Step::Found(c) if c.e > c.s && c.s >= i => {
                    i = c.e;
                    cands.push(c);
                }
                Step::Skip(e) if e > i => i = e,
                _ => i += 1,
            }
        }
        cands
    }

    /// As [`Recognizer::extract`], over the text's tokens and sentences
    /// (`recense_text::tokenize`, `split_sentences`).
    pub fn extract_tokens(&self, text: &str, tokens: &[Token], sentences: &[Sentence], reference: Option<NaiveDate>) -> Vec<Quantity> {
        self.extract_tokens_at(text, tokens, sentences, reference, None)
    }

    /// As [`Recognizer::extract`], against a reference that has a clock
    /// time (a number suite's `reference_date`): "dans 33 minutes", "il y
    /// a deux heures" are then the moment they name, a datetime. An
    /// article has a date and no time, and there they stay lengths of time.
    pub fn extract_at(&self, text: &str, reference: NaiveDateTime) -> Vec<Quantity> {
        let tokens = recense_text::tokenize(text);
        let sentences = recense_text::split_sentences(text, &tokens);
        self.extract_tokens_at(text, &tokens, &sentences, Some(reference.date()), Some(reference.time()))
    }

    /// As [`Recognizer::extract_at`] when `reference` (ISO 8601) has a
    /// clock time ("2017-06-27T00:00:00", a suite's), else as
    /// [`Recognizer::extract`] with its date, if any.
    pub fn extract_as_of(&self, text: &str, reference: Option<&str>) -> Vec<Quantity> {
        let date = reference.and_then(recense_text::parse_iso_date);
        match (date, reference.and_then(recense_text::parse_iso_time)) {
            (Some(day), Some(clock)) => self.extract_at(text, day.and_time(clock)),
            _ => self.extract(text, date),
        }
    }

    fn extract_tokens_at(&self, text: &str, tokens: &[Token], sentences: &[Sentence], reference: Option<NaiveDate>, clock: Option<NaiveTime>) -> Vec<Quantity> {
        let t = Toks::from_tokens(text, tokens);
        let sentence = sentence_of_atoms(&t, sentences);
        let tense = self.tenses(&t, &sentence);
        let mut ctx = Ctx { t: &t, tb: &self.tb, lex: self.lex, refd: reference, sentence, tense };
        let mut cands = self.candidates(&ctx);
        if reference.is_none() {
            // a date only an article date would place ("du 3 au 9 mars", "le
            // 14-Juillet") is no number: found with a stand-in date, left out
            ctx.refd = Some(STAND_IN_DATE);
            let unplaced = self.candidates(&ctx).into_iter().filter(|c| matches!(c.kind, Kind::Date | Kind::Datetime));
            drop_bare_numbers_within(&mut cands, unplaced);
        }
        resolve_ellipses(&t, &ctx.sentence, self.lex, &mut cands);
        if cands.iter().any(|c| c.unit.as_deref() == Some("CFA")) {
            let cues = self.cfa_cues(&t);
            for c in cands.iter_mut().filter(|c| c.unit.as_deref() == Some("CFA")) {
                // the nearest cue in the text; XOF without one
                let zone = cues.iter().min_by_key(|(k, _)| if *k < c.s { c.s - k } else { k - c.s }).map(|(_, z)| *z).unwrap_or("XOF");
                c.unit = Some(zone.to_string());
            }
        }
        share_qualifiers(&t, &mut cands);
        self.scale_carried_to_the_new_figure(&t, &mut cands);
        percentage_points(&t, &ctx.sentence, &self.tb.rate_words, &mut cands);
        weight_classes(&t, &mut cands);
        times_listed_after_a_time(ctx.tb, &t, &ctx.sentence, &mut cands);
        dates::counted_from_the_story(&t, &ctx.sentence, &self.tb, &mut cands);
        if let (Some(day), Some(clock)) = (reference, clock) {
            dates::shifted_by_the_clock(&self.tb, &t, day.and_time(clock), &mut cands);
        }
        cands.retain(|c| !c.vague);
        self.to_quantities(&t, cands)
    }

    /// Leaves out the counts and bare numbers that lie inside a name, given
    /// as byte spans: they are part of it ("la Revue des deux Mondes", "le
    /// Tournoi des 6 Nations", "2F Conseil"), not quantities (the contract's
    /// "numbers inside names"). A year or an ordinal there stays a quantity,
    /// as the gold has it ("le Tour de France 2016" is dated 2016).
    pub fn outside_names(quantities: &mut Vec<Quantity>, names: &[(usize, usize)]) {
        // names by start, each with the furthest end of those up to it: a
        // quantity lies inside one when the furthest end among the names
        // that start at or before it reaches its end (linear after the sort)
        let mut names = names.to_vec();
        names.sort_unstable();
        let furthest: Vec<usize> = names.iter().scan(0, |end, &(_, e)| {
            *end = e.max(*end);
            Some(*end)
        }).collect();
        quantities.retain(|q| {
            let before = names.partition_point(|&(start, _)| start <= q.start);
            let inside = before > 0 && furthest[before - 1] >= q.end;
            !matches!(q.kind, Kind::Count | Kind::Number) || !inside
        });
    }

    /// A change "de 4,2 milliards à 3,6": the new figure, written without
    /// its scale word, is in the old one's scale (3.6e9, not 3.6). Only a
    /// bare figure right after "à" that follows a bare scaled one after
    /// "de", and that is smaller than a thousand.
    fn scale_carried_to_the_new_figure(&self, t: &Toks, cands: &mut [Cand]) {
        let bare = |c: &Cand| c.kind == Kind::Number && c.unit.is_none() && c.value_max.is_none();
        for i in 1..cands.len() {
            let (old, new) = (&cands[i - 1], &cands[i]);
            let Some((data::WordType::Big, scale)) = num::word_info(&self.tb, t.n(old.e - 1)) else { continue };
            let changed = old.s > 0 && t.n(old.s - 1) == "de" && t.n(old.e) == "a" && new.s == old.e + 1;
            let unscaled = new.e == new.s + 1 || (new.e == new.s + 3 && t.n(new.s + 1) == ",");
            match new.value {
                Value::Number(v) if bare(old) && bare(new) && changed && unscaled && v < 1000.0 => cands[i].value = Value::Number(v * scale),
                _ => {}
            }
        }
    }

    /// Words of the text that place it in a franc CFA zone: (token, "XAF" | "XOF"). A bare
    /// "francs CFA" takes the zone of the nearest one (BEAC, Cameroun, Gabon, Tchad … → XAF;
    /// BCEAO, Sénégal, Mali, Côte d'Ivoire … → XOF).
    fn cfa_cues(&self, t: &Toks) -> Vec<(usize, &'static str)> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < t.len() {
            if t.is_word(k) && self.tb.cfa_zones.contains_first(t.n(k)) {
                if let Some((e, z)) = self.tb.cfa_zones.longest(t, k) {
                    out.push((k, if z == "XAF" { "XAF" } else { "XOF" }));
                    k = e;
                    continue;
                }
            }
            k += 1;
        }
        out
    }

    fn to_quantities(&self, t: &Toks, cands: Vec<Cand>) -> Vec<Quantity> {
        let mut out = Vec::with_capacity(cands.len());
        let text = t.text;
        let mut cp = 0usize;
        let mut pos = 0usize;
        let adv = |to: usize, cp: &mut usize, pos: &mut usize| {
            if to > *pos {
                *cp += text[*pos..to].chars().count();
                *pos = to;
            }
        };
        for c in cands {
            let start = t.v[c.s].s;
            let end = t.v[c.e - 1].e;
            adv(start, &mut cp, &mut pos);
            let cp_start = cp;
            adv(end, &mut cp, &mut pos);
            let cp_end = cp;
            out.push(Quantity {
                start,
                end,
                cp_start,
                cp_end,
                kind: c.kind,
                value: without_float_noise(c.value),
                value_max: c.value_max.map(without_float_noise),
                unit: c.unit,
                approx: c.approx,
            });
        }
        out
    }
}

/// "66,9 millions" is 66 900 000, not the 66 900 000.000 000 01 that
/// 66.9 × 10⁶ gives in binary: a value within a few units in the last
/// place of a whole number is that number.
fn without_float_noise(value: Value) -> Value {
    match value {
        Value::Number(v) if v.abs() >= 1.0 && (v - v.round()).abs() <= v.abs() * 1e-12 => Value::Number(v.round()),
        other => other,
    }
}

#[cfg(test)]
mod tests;
