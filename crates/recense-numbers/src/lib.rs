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

mod data;
mod dates;
mod lexicon;
mod num;
mod tok;

pub use lexicon::Lexicon;

use chrono::NaiveDate;
use data::Tables;
use num::Num;
use tok::Toks;

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

/// Tense mark of a sentence without a cue inside an article told in the past.
pub(crate) const NEAREST: i8 = 2;

pub(crate) struct Ctx<'a, 'b> {
    pub t: &'b Toks<'a>,
    pub tb: &'b Tables,
    pub lex: &'static Lexicon,
    pub refd: Option<NaiveDate>,
    /// per token: -1 past, 1 future, 0 unknown (tense of its sentence)
    pub tense: Vec<i8>,
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

fn is_sentence_end(t: &Toks, i: usize) -> bool {
    match t.n(i) {
        "." | "!" | "?" | ";" => true,
        _ => t.gap(i + 1).contains('\n'),
    }
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

/// An elliptical count ("trois jeunes femmes … et deux autres") takes the noun of the
/// nearest count before it in the same paragraph.
fn resolve_ellipses(t: &Toks, cands: &mut [Cand]) {
    for i in 0..cands.len() {
        if !cands[i].ellipsis {
            continue;
        }
        let s = cands[i].s;
        let mut found = None;
        for j in (0..i).rev() {
            let c = &cands[j];
            if s - c.e > 60 || (c.e..s).any(|k| t.gap(k).matches('\n').count() >= 2) {
                break;
            }
            if c.kind == Kind::Count && c.unit.is_some() {
                found = c.unit.clone();
                break;
            }
        }
        if let Some(u) = found {
            cands[i].kind = Kind::Count;
            cands[i].unit = Some(u);
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
    /// left out).
    pub fn extract(&self, text: &str, reference: Option<NaiveDate>) -> Vec<Quantity> {
        let t = Toks::new(text);
        let tense = self.tenses(&t);
        let ctx = Ctx { t: &t, tb: &self.tb, lex: self.lex, refd: reference, tense };
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
            if !self.trigger(&t, i) {
                i += 1;
                continue;
            }
            match self.at(&ctx, i) {
                Step::Found(c) if c.e > c.s && c.s >= i => {
                    i = c.e;
                    cands.push(c);
                }
                Step::Skip(e) if e > i => i = e,
                _ => i += 1,
            }
        }
        resolve_ellipses(&t, &mut cands);
        if cands.iter().any(|c| c.unit.as_deref() == Some("CFA")) {
            let cues = self.cfa_cues(&t);
            for c in cands.iter_mut().filter(|c| c.unit.as_deref() == Some("CFA")) {
                // the nearest cue in the text; XOF without one
                let zone = cues.iter().min_by_key(|(k, _)| if *k < c.s { c.s - k } else { k - c.s }).map(|(_, z)| *z).unwrap_or("XOF");
                c.unit = Some(zone.to_string());
            }
        }
        share_qualifiers(&t, &mut cands);
        cands.retain(|c| !c.vague);
        self.to_quantities(&t, cands)
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
                value: c.value,
                value_max: c.value_max,
                unit: c.unit,
                approx: c.approx,
            });
        }
        out
    }

    fn tenses(&self, t: &Toks) -> Vec<i8> {
        let n = t.len();
        let mut out = vec![0i8; n];
        let mut sents = 0;
        let mut s = 0;
        while s < n {
            let mut e = s;
            while e < n && !is_sentence_end(t, e) {
                e += 1;
            }
            let e = (e + 1).min(n);
            let mut past = 0;
            let mut fut = 0;
            for k in s..e {
                let w = t.n(k);
                if w == "a" && t.raw(k) != "a" && t.raw(k) != "A" {
                    continue;
                }
                // a reflexive passé composé: "s'est exprimé", "se sont réunis"
                let reflexive = matches!(w, "est" | "sont") && k > s && matches!(t.n(k - 1), "s'" | "se");
                if self.tb.past_cues.contains(w) || reflexive {
                    past += 1;
                } else if self.tb.future_cues.contains(w) {
                    fut += 1;
                } else if w.len() > 5 && (w.ends_with("eront") || w.ends_with("iront") || w.ends_with("erons") || w.ends_with("erai") || w.ends_with("irai") || ((w.ends_with("dra") || w.ends_with("era") || w.ends_with("ira")) && !t.first_upper(k))) {
                    fut += 1;
                }
            }
            let v = if past > fut {
                -1
            } else if fut > past {
                1
            } else if past > 0 {
                -1
            } else {
                0
            };
            for x in out.iter_mut().take(e).skip(s) {
                *x = v;
            }
            sents += 1;
            s = e;
        }
        // an article (several sentences) reports events: a sentence without a tense cue takes
        // the nearest date ("contre 45 000 au mois de mai" in July → May before), not the next
        // one (Duckling's convention for a lone expression)
        if sents >= 3 {
            for x in out.iter_mut() {
                if *x == 0 {
                    *x = NEAREST;
                }
            }
        }
        out
    }

    /// Cheap test: can a quantity start at token i?
    fn trigger(&self, t: &Toks, i: usize) -> bool {
        match t.kind(i) {
            Some(tok::TK::Digits) => true,
            Some(tok::TK::Punct) => matches!(t.n(i), "-" | "," | "$" | "€" | "£" | "¥" | "½" | "⅓" | "⅔" | "¼" | "¾" | "⅕" | "⅙" | "⅛"),
            Some(tok::TK::Word) => {
                let w = t.n(i);
                self.tb.words.contains_key(w)
                    || self.tb.qualifiers.contains_first(w)
                    || self.tb.months.contains_key(w)
                    || self.tb.weekdays.contains_key(w)
                    || self.tb.relative.contains_first(w)
                    || self.tb.units.contains_first(w)
                    || dates::TRIGGERS.contains(&w)
                    || t.raw(i).starts_with(['I', 'V', 'X', 'L', 'C', 'D', 'M'])
                    || matches!(w, "moins" | "des" | "plusieurs" | "quelques" | "la" | "entre" | "de" | "du" | "pourcentage" | "pourcent")
            }
            None => false,
        }
    }

    fn at(&self, ctx: &Ctx, i: usize) -> Step {
        let mut st = self.at_inner(ctx, i);
        if let Step::Found(c) = &mut st {
            // a qualifier after the quantity: "450 km environ"
            let t = ctx.t;
            if c.approx == Approx::Exact && matches!(c.kind, Kind::Count | Kind::Number | Kind::Measure | Kind::Money | Kind::Percent | Kind::Age | Kind::Duration)
                && t.n(c.e) == "environ" && t.soft(c.e) {
                    c.approx = Approx::Approx;
                    c.e += 1;
                }
        }
        st
    }

    fn at_inner(&self, ctx: &Ctx, i: usize) -> Step {
        let t = ctx.t;
        // qualifier + expression
        if let Some((j, ap)) = ctx.tb.qualifiers.longest(t, i) {
            if j < t.len() && t.soft(j) {
                if let Step::Found(mut c) = self.core(ctx, j) {
                    c.s = i;
                    if c.approx == Approx::Exact {
                        c.approx = Approx::parse(ap);
                    }
                    return Step::Found(c);
                }
            }
        }
        self.core(ctx, i)
    }

    fn core(&self, ctx: &Ctx, i: usize) -> Step {
        let t = ctx.t;
        if let Some(c) = dates::parse(ctx, i) {
            return Step::Found(c);
        }
        // "entre 10 et 15", "entre 10 euros et 20 euros"
        if t.n(i) == "entre" {
            if let Some(c) = self.range(ctx, i + 1, &["et"]) {
                let mut c = c;
                c.s = i;
                return Step::Found(c);
            }
            return Step::None;
        }
        // collectives: "plusieurs centaines de", "quelques milliers de"; the bare
        // plural "des milliers de", "des dizaines de" gives no figure (as
        // "plusieurs" alone does not; corpus/gold/GUIDELINES.md)
        if matches!(t.n(i), "des" | "plusieurs" | "quelques" | "la" | "les") {
            if let Some((data::WordType::Collective, v)) = num::word_info(ctx.tb, t.n(i + 1)) {
                if t.soft(i + 1) && v >= 10.0 {
                    let n = Num { s: i, e: i + 2, v, word: true, collective: true, ..Default::default() };
                    let step = self.after_number(ctx, n);
                    return match step {
                        Step::Found(mut c) if t.n(i) == "des" => {
                            c.vague = true;
                            Step::Found(c)
                        }
                        other => other,
                    };
                }
            }
            return Step::None;
        }
        // currency or percent before the number: "$10", "EUR 20", "£ 50 millions"
        if let Some((j, u)) = ctx.tb.units.longest_where(t, i, |got, u| u.prefix && (!u.cs || got == u.raw)) {
            if t.soft(j) && !(i > 0 && t.adj(i) && (t.is_digits(i - 1) || t.is_word(i - 1))) {
                if let Some(n) = num::parse_num(t, ctx.tb, j) {
                    if !n.ord && !n.word && !(n.plain && t.is_word(n.e) && t.adj(n.e)) {
                        let mut c = Cand::num(i, n.e, Kind::Money, n.v);
                        c.unit = Some(u.unit.clone());
                        if u.kind == "percent" {
                            c.kind = Kind::Percent;
                        }
                        if u.kind == "money" {
                            // "$75 millions"
                            self.money_tail(ctx, &mut c);
                            return Step::Found(c);
                        }
                    }
                }
            }
        }
        if matches!(t.n(i), "pourcentage" | "pourcent") {
            let mut j = i + 1;
            if matches!(t.n(j), "de" | "des" | "du") {
                j += 1;
            }
            if let Some(n) = num::parse_num(t, ctx.tb, j) {
                if !n.ord && n.word {
                    let mut c = Cand::num(i, n.e, Kind::Percent, n.v);
                    c.unit = Some("%".into());
                    return Step::Found(c);
                }
            }
            return Step::None;
        }
        if matches!(t.n(i), "de" | "du") {
            return Step::None;
        }
        let n = match num::parse_num(t, ctx.tb, i) {
            Some(n) => n,
            None => return Step::None,
        };
        // phone numbers: 01 23 45 67 89, 01.23.45.67.89
        if t.is_digits(i) && t.raw(i).len() == 2 {
            let mut k = i + 1;
            let mut groups = 1;
            while (t.is_digits(k) && t.raw(k).len() == 2 && !t.adj(k) && t.soft(k)) || (t.n(k) == "." && t.adj(k) && t.is_digits(k + 1) && t.raw(k + 1).len() == 2) {
                if t.n(k) == "." {
                    k += 1;
                }
                groups += 1;
                k += 1;
            }
            if groups >= 4 {
                return Step::Skip(k);
            }
        }
        if let Some(c) = self.score(ctx, &n) {
            return Step::Found(c);
        }
        if self.identifier(ctx, &n) {
            // skip the whole identifier chain ("89-17")
            let mut k = n.e;
            while (t.n(k) == "-" || t.n(k) == "/" || t.n(k) == ".") && t.adj(k) && t.is_digits(k + 1) && t.adj(k + 1) {
                k += 2;
            }
            // "satellites n° 3 et 4", "pages 12, 13 et 15"
            if self.nq_before_at(ctx, n.s) {
                while matches!(t.n(k), "et" | "ou" | "," | "a") && t.soft(k) && t.is_digits(k + 1) && t.raw(k + 1).len() <= 4 && t.soft(k + 1) {
                    k += 2;
                }
            }
            return Step::Skip(k.max(n.e));
        }
        if n.ord {
            return self.ordinal(ctx, n);
        }
        // ranges "10 à 15 %", "10 - 20 euro"
        if !n.word || !n.lone_un {
            if let Some(c) = self.range_from(ctx, n.clone(), &["a", "-", "au"]) {
                return Step::Found(c);
            }
        }
        self.after_number(ctx, n)
    }

    fn identifier(&self, ctx: &Ctx, n: &Num) -> bool {
        let t = ctx.t;
        let s = n.s;
        if s > 0 && t.adj(s) && t.is_word(s - 1) && !n.signed && !t.n(s - 1).ends_with('\'') {
            // A380, G20 (but not "mi-2019", handled with dates)
            return true;
        }
        if s > 1 && t.n(s - 1) == "-" && t.adj(s) && t.adj(s - 1) && t.is_word(s - 2) {
            return true;
        }
        if s > 0 && t.adj(s) && matches!(t.n(s - 1), "#" | "/" | "°" | "+" | "@" | "_") && !(s > 1 && num::is_tally(t, s - 2, s - 1)) {
            return true;
        }
        // footnote marks glued to a word: "cabré[1]"
        if s > 1 && t.n(s - 1) == "[" && t.adj(s - 1) && t.is_word(s - 2) && t.n(n.e) == "]" && n.plain {
            return true;
        }
        // "agent 007": a leading zero outside dates, times and decimals
        if n.plain && !n.word && t.is_digits(s) && t.raw(s).len() > 1 && t.raw(s).starts_with('0') && !(n.e < t.len() && t.adj(n.e) && t.is_punct(n.e)) {
            return true;
        }
        // "Falcon 9", "Apollo 11", "HD 188753": a capitalised unknown word right before a number
        let acronym = s > 0 && t.raw(s - 1).chars().count() >= 2 && t.raw(s - 1).chars().all(|c| c.is_uppercase());
        if s > 0 && t.is_word(s - 1) && t.first_upper(s - 1) && t.soft(s) && n.plain && !n.word && self.unit_after(ctx, n).is_none() {
            let p = t.raw(s - 1).to_lowercase();
            let pn = t.n(s - 1);
            let known = ctx.lex.lemma(&p).is_some()
                || ctx.tb.count_stop.contains(pn)
                || ctx.tb.qualifiers.contains_first(pn)
                || ctx.tb.months.contains_key(pn)
                || ctx.tb.weekdays.contains_key(pn)
                || ctx.tb.words.contains_key(pn)
                || ctx.tb.relative.contains_first(pn);
            if !known && (t.raw(s).len() <= 4 || acronym) {
                return true;
            }
        }
        // "Ligue 1", "n° 89", "page 3"
        if self.nq_before_at(ctx, s) {
            return true;
        }
        // glued to letters after: "380A", "4x4"
        if t.is_word(n.e) && t.adj(n.e) && !n.ord && n.plain {
            let w = t.n(n.e);
            if w == "x" && t.is_digits(n.e + 1) {
                return true;
            }
        }
        false
    }

    /// A phrase of `non_quantity.tsv` ("n°", "page", "Ligue") ends right before token s.
    fn nq_before_at(&self, ctx: &Ctx, s: usize) -> bool {
        for l in 1..=3 {
            if s >= l {
                if let Some((e, _)) = ctx.tb.nq_before.longest(ctx.t, s - l) {
                    if e == s {
                        return true;
                    }
                }
            }
        }
        false
    }

    fn nq_after(&self, ctx: &Ctx, e: usize) -> bool {
        if e < ctx.t.len() && ctx.t.soft(e)
            && ctx.tb.nq_after.longest(ctx.t, e).is_some() {
                return true;
            }
        false
    }

    fn ordinal(&self, ctx: &Ctx, n: Num) -> Step {
        let t = ctx.t;
        if self.nq_after(ctx, n.e) {
            return Step::Skip(n.e);
        }
        // "la dernière seconde": the time unit, not an ordinal
        if n.e == n.s + 1 && matches!(t.n(n.s), "seconde" | "secondes") {
            let nx = n.e;
            if !(t.is_word(nx) && t.soft(nx) && !ctx.tb.count_stop.contains(t.n(nx))) {
                return Step::Skip(n.e);
            }
        }
        // "c'est une première": the noun (a first), not an ordinal
        if n.e == n.s + 1 && t.n(n.s) == "premiere" && n.s > 0 && t.n(n.s - 1) == "une" {
            return Step::Skip(n.e);
        }
        Step::Found(Cand::num(n.s, n.e, Kind::Ordinal, n.v))
    }

    /// "X (à|-|et) Y [unit]" starting with number `a`.
    fn range_from(&self, ctx: &Ctx, a: Num, seps: &[&str]) -> Option<Cand> {
        let t = ctx.t;
        if a.ord || a.bare_denom {
            return None;
        }
        // the unit may follow the first bound too: "10 euro - 20 euro"
        let (unit1, k) = match self.unit_after(ctx, &a) {
            Some((kind, unit, e)) if kind != "duration" => (Some((kind, unit)), e),
            _ => (None, a.e),
        };
        let sep = t.n(k);
        if !seps.contains(&sep) || !t.soft(k) {
            return None;
        }
        if sep == "-" && !(t.is_digits(k + 1) || t.is_word(k + 1)) {
            return None;
        }
        let b = num::parse_num(t, ctx.tb, k + 1)?;
        if b.ord || b.bare_denom || b.lone_un || b.v < a.v || !t.soft(k + 1) {
            return None;
        }
        if sep == "-" && a.plain && b.plain && t.adj(k) && t.adj(k + 1) && unit1.is_none() {
            // "13-15" without a unit: could be an identifier or a score; keep as range
        }
        let mut c = match self.after_number(ctx, b.clone()) {
            Step::Found(c) => c,
            _ => return None,
        };
        if let Some((kind, unit)) = unit1 {
            if c.unit.as_deref() != Some(unit.as_str()) && kind != "count" {
                return None;
            }
        }
        if matches!(c.kind, Kind::Date | Kind::Time | Kind::Datetime | Kind::Ordinal) {
            return None;
        }
        if c.kind == Kind::Count {
            // the count span is the number alone: "10 à 15"
        }
        c.value_max = Some(c.value.clone());
        // "6 à 7 milliards": the scale word of the upper bound scales both
        let scales_both = !a.scaled && b.scaled && b.last_scale > 0.0 && a.v * b.last_scale <= b.v;
        c.value = Value::Number(if scales_both { a.v * b.last_scale } else { a.v });
        if matches!(c.kind, Kind::Duration | Kind::Age) {
            // "de 18 à 25 ans": an age when the context before the range says so, else a
            // duration range with both bounds in ISO 8601
            let (_, unit, e) = self.unit_after(ctx, &b)?;
            if dates::age_context(ctx, &a, &unit, e) || c.kind == Kind::Age {
                let mut c2 = Cand::num(a.s, c.e, Kind::Age, a.v);
                c2.value_max = Some(Value::Number(b.v));
                c2.unit = Some(dates::age_unit(&unit).to_string());
                c2.approx = Approx::Range;
                return Some(c2);
            }
            c.value = Value::Text(dates::iso_duration(a.v, &unit)?);
        }
        c.approx = Approx::Range;
        c.s = a.s;
        if c.kind == Kind::Number && t.n(k) == "-" && a.plain && b.plain && t.adj(k) && t.adj(k + 1) {
            // "1-0": a score or an identifier, not a range
            return None;
        }
        Some(c)
    }

    fn range(&self, ctx: &Ctx, i: usize, seps: &[&str]) -> Option<Cand> {
        let a = num::parse_num(ctx.t, ctx.tb, i)?;
        self.range_from(ctx, a, seps)
    }

    /// Unit right after a number: (kind, unit, end token).
    fn unit_after(&self, ctx: &Ctx, n: &Num) -> Option<(String, String, usize)> {
        let t = ctx.t;
        let mut k = n.e;
        if k >= t.len() || !t.soft(k) {
            return None;
        }
        let mut via_de = false;
        if t.n(k) == "-" && t.adj(k) && t.adj(k + 1) && t.is_word(k + 1) {
            k += 1;
        }
        if (n.scaled || n.collective || (n.plain && n.v >= 1e5)) && matches!(t.n(k), "de" | "d'") {
            k += 1;
            via_de = true;
        }
        let found = ctx.tb.units.longest_where(t, k, |got, u| !u.cs || got == u.raw);
        // "les 1 000 derniers milles": an adjective before a measure unit
        let (e, u) = match found {
            Some(x) => x,
            None if !via_de && ctx.tb.unit_skip.contains(t.n(k)) && t.soft(k + 1) => {
                let (e, u) = ctx.tb.units.longest_where(t, k + 1, |got, u| !u.cs || got == u.raw)?;
                // "les 1 000 derniers milles", "les cinq dernières années" (a span of time)
                if u.kind != "measure" && u.kind != "duration" {
                    return None;
                }
                (e, u)
            }
            None => return None,
        };
        if u.adj && !t.adj(k) {
            return None;
        }
        if u.nolone && n.lone_un {
            return None;
        }
        if via_de && !matches!(u.kind.as_str(), "money" | "measure" | "temp") {
            return None;
        }
        // a unit glued to a following word is not a unit ("3 millions de dollars" ok, "5 minutesxyz" impossible)
        if t.is_word(e) && t.adj(e) && !t.n(e).ends_with('\'') {
            return None;
        }
        if t.is_digits(e) && t.adj(e) && u.kind != "duration" {
            // "A4"-like: "3 m2" is a phrase of its own
            return None;
        }
        let mut kind = u.kind.clone();
        let mut unit = u.unit.clone();
        if u.ambw && kind == "money" && !n.scaled && !via_de {
            // "deux livres" without a scale: weight
            kind = "measure".into();
            unit = "lb".into();
        }
        // single-letter case-sensitive units need the number to be digits
        if n.word && (u.cs && u.raw.chars().count() <= 2) {
            return None;
        }
        Some((kind, unit, e))
    }

    fn money_tail(&self, ctx: &Ctx, c: &mut Cand) {
        let t = ctx.t;
        let e = c.e;
        // "$75 millions"
        if let Value::Number(v) = c.value {
            if let Some((data::WordType::Big, m)) = num::word_info(ctx.tb, t.n(e)) {
                if t.soft(e) && !t.adj(e) {
                    c.value = Value::Number(v * m);
                    c.e = e + 1;
                }
            }
        }
        // suffix qualifiers of the currency: "$ us", "$ c"
    }

    /// Sub-unit after a money amount: "et 23 centimes", "15 dollars 50".
    fn cents(&self, ctx: &Ctx, e: usize) -> Option<(f64, usize)> {
        let t = ctx.t;
        let mut k = e;
        if !t.soft(k) {
            return None;
        }
        let had_et = t.n(k) == "et";
        if had_et {
            k += 1;
        }
        let mut m = num::parse_num(t, ctx.tb, k)?;
        if m.word && m.v >= 100.0 && matches!(t.n(m.e - 1), "cents" | "cent") && m.v < 10000.0 {
            // "quarante-cinq cents": the hundred word is the sub-unit
            m.v /= 100.0;
            m.e -= 1;
        }
        if m.ord || m.frac || m.v >= 100.0 || m.v < 0.0 || !t.soft(k) {
            return None;
        }
        let w = t.n(m.e);
        if matches!(w, "centimes" | "centime" | "cents" | "cent" | "cts" | "ct" | "pence" | "penny") && t.soft(m.e) {
            return Some((m.v / 100.0, m.e + 1));
        }
        // bare "15 dollars 50" / "15 dollars et 15": only at the end of a clause
        if !m.word && t.raw(k).len() == 2 && (m.e >= t.len() || (t.is_punct(m.e) && !matches!(t.n(m.e), "%" | "€" | "$"))) {
            return Some((m.v / 100.0, m.e));
        }
        if had_et && m.word && (m.e >= t.len() || t.is_punct(m.e)) {
            return Some((m.v / 100.0, m.e));
        }
        None
    }

    pub(crate) fn after_number(&self, ctx: &Ctx, n: Num) -> Step {
        let t = ctx.t;
        if n.ord {
            return self.ordinal(ctx, n);
        }
        let approx = if n.collective { Approx::Approx } else { Approx::Exact };
        if let Some((kind, unit, e)) = self.unit_after(ctx, &n) {
            let mut c = Cand::num(n.s, e, Kind::Measure, n.v);
            c.approx = approx;
            match kind.as_str() {
                "money" => {
                    c.kind = Kind::Money;
                    c.unit = Some(unit);
                    if let Some((f, e2)) = self.cents(ctx, e) {
                        c.value = Value::Number(n.v + f);
                        c.e = e2;
                    }
                    return Step::Found(c);
                }
                "percent" => {
                    c.kind = Kind::Percent;
                    c.unit = Some("%".into());
                    return Step::Found(c);
                }
                "measure" => {
                    c.unit = Some(unit);
                    return Step::Found(c);
                }
                "temp" => {
                    c.unit = Some(unit);
                    // "10 degrés en dessous de zéro"
                    if t.n(e) == "en" && matches!(t.n(e + 1), "dessous" | "-") {
                        let mut k = e + 1;
                        while k < t.len() && k < e + 5 && t.n(k) != "zero" {
                            k += 1;
                        }
                        if t.n(k) == "zero" {
                            c.value = Value::Number(-n.v);
                            c.e = k + 1;
                        }
                    }
                    return Step::Found(c);
                }
                "duration" => {
                    if n.bare_denom {
                        return Step::None;
                    }
                    return dates::duration_or_age(ctx, n, &unit, e);
                }
                _ => {}
            }
        }
        if n.bare_denom {
            // "demi-litre", "quart de litre"
            let mut k = n.e;
            if t.n(k) == "de" || t.n(k) == "-" {
                k += 1;
            }
            if let Some((e, u)) = ctx.tb.units.longest_where(t, k, |got, u| !u.cs || got == u.raw) {
                if u.kind == "measure" {
                    let mut c = Cand::num(n.s, e, Kind::Measure, n.v);
                    c.unit = Some(u.unit.clone());
                    return Step::Found(c);
                }
            }
            return Step::None;
        }
        // "10 en dessous de zéro"
        if t.n(n.e) == "en" && t.n(n.e + 1) == "dessous" && t.n(n.e + 3) == "zero" {
            let c = Cand::num(n.s, n.e + 4, Kind::Measure, -n.v);
            return Step::Found(c);
        }
        // multipliers: "169 fois", "1,5 fois le SMIC"
        if t.n(n.e) == "fois" && t.soft(n.e) && !n.lone_un {
            let mut c = Cand::num(n.s, n.e + 1, Kind::Number, n.v);
            c.approx = approx;
            return Step::Found(c);
        }
        // a year
        if let Some((c, prep)) = dates::year_ctx(ctx, &n) {
            let strong = n.s > 0 && matches!(t.n(n.s - 1), "en" | "depuis" | "l'an" | "an" | "jusqu'en" | "annee");
            if strong || (prep && !matches!(t.n(n.s.wrapping_sub(1)), "de" | "a" | "et" | "entre")) || self.counted(ctx, &n).is_none() {
                return Step::Found(c);
            }
        }
        // "1,5 et 0,41 masses solaires": a bare number takes the unit of its coordinated twin
        if !n.word && !n.ord {
            if let Some((kind, unit)) = self.twin_unit(ctx, &n) {
                let mut c = Cand::num(n.s, n.e, Kind::Measure, n.v);
                c.kind = match kind.as_str() {
                    "money" => Kind::Money,
                    "percent" => Kind::Percent,
                    _ => Kind::Measure,
                };
                c.unit = Some(unit);
                c.approx = approx;
                return Step::Found(c);
            }
        }
        if n.frac || n.decimal || n.signed {
            let mut c = Cand::num(n.s, n.e, Kind::Number, n.v);
            c.approx = approx;
            // "1,5 million de cas", "- 9 500 personnes": a scaled decimal or a
            // signed whole number still counts its noun
            if !n.frac && (n.scaled || (n.signed && !n.decimal)) {
                if let Some(lemma) = self.counted(ctx, &n) {
                    c.kind = Kind::Count;
                    c.unit = Some(lemma);
                }
            }
            return Step::Found(c);
        }
        if self.nq_after(ctx, n.e) {
            return Step::Skip(n.e);
        }
        // the article "un"/"une" is not counted ("une femme"), but "une seule femme" is
        let emphatic = n.lone_un && matches!(t.n(n.e), "seul" | "seule") && t.soft(n.e);
        if emphatic {
            let mut c = Cand::num(n.s, n.e, Kind::Count, n.v);
            // "mais un seul situé plus près": a participle, the noun is left out
            let participle = t.soft(n.e + 1) && {
                let w = t.raw(n.e + 1);
                (w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées"))
                    && matches!(t.n(n.e + 2), "plus" | "moins" | "a" | "au" | "aux" | "par" | "dans" | "en" | "sur" | "pres" | "loin" | "sous")
            };
            c.unit = if participle { None } else { self.counted(ctx, &n) };
            if c.unit.is_none() {
                c.kind = Kind::Number;
                c.ellipsis = true;
            }
            return Step::Found(c);
        }
        // counted noun
        if let Some(lemma) = self.counted(ctx, &n).filter(|_| !n.lone_un) {
            let mut c = Cand::num(n.s, n.e, Kind::Count, n.v);
            c.unit = Some(lemma);
            c.approx = approx;
            return Step::Found(c);
        }
        if n.lone_un {
            // the article "un"/"une": a number only in an enumeration ("un, deux, trois") or alone
            let numish = |k: usize| k < t.len() && (t.is_digits(k) || num::word_info(ctx.tb, t.n(k)).is_some());
            let alone = n.s == 0 && n.e == t.len();
            let next_enum = matches!(t.n(n.e), "," | ";") && numish(n.e + 1);
            // (not "Depuis 2011, une directive")
            let prev_enum = n.s >= 2 && matches!(t.n(n.s - 1), "," | ";") && numish(n.s - 2) && !(t.is_digits(n.s - 2) && t.raw(n.s - 2).len() > 2);
            if !(alone || next_enum || prev_enum) {
                return Step::Skip(n.e);
            }
        }
        if n.lone_neuf && n.s > 0 && t.is_word(n.s - 1) {
            let p = t.n(n.s - 1);
            if num::word_info(ctx.tb, p).is_none() && !matches!(p, "de" | "a" | "les" | "des" | "et" | "sur" | "en" | "puis" | "euh" | "ces" | "ses" | "nos" | "vos" | "leurs" | "mes" | "tes" | "par" | "pour" | "avec" | "dont" | "plus" | "moins" | "encore" | "alors" | "ou") {
                return Step::Skip(n.e);
            }
        }
        let mut c = Cand::num(n.s, n.e, Kind::Number, n.v);
        c.approx = approx;
        if n.v >= 1.0 && n.v.fract() == 0.0 && !n.lone_un {
            if let Some(l) = self.nombre_de(ctx, &n) {
                // "estime à 75 000 le nombre d'emplois menacés"
                c.kind = Kind::Count;
                c.unit = Some(l);
            } else if ctx.tb.count_skip.contains(t.n(n.e)) && t.soft(n.e) && nothing_counted(ctx, n.e + 1) {
                // nothing counted after the adjective: "deux autres ont été blessées", "dont 21 nouvelles"
                c.ellipsis = true;
            } else if nothing_counted(ctx, n.e) {
                // the noun left out, given before: "dix morts : six à Quimper",
                // "dont 12 000 à Lyon", "trois d'entre eux" (the spec's elided counts)
                c.ellipsis = true;
            }
        }
        Step::Found(c)
    }

    /// "le nombre de X" in the clause of a bare number: the number counts X
    /// ("estime à 75 000 le nombre d'emplois", "le nombre de morts s'élève à 45").
    fn nombre_de(&self, ctx: &Ctx, n: &Num) -> Option<String> {
        let t = ctx.t;
        let lo = n.s.saturating_sub(12);
        let hi = (n.e + 6).min(t.len());
        let mut best: Option<(usize, String)> = None;
        for k in lo..hi {
            if k >= n.s && k < n.e {
                continue;
            }
            if t.n(k) != "nombre" || !matches!(t.n(k + 1), "de" | "d'") || !t.is_word(k + 2) {
                continue;
            }
            // same sentence, no other number in between
            let (a, b) = if k < n.s { (k, n.s) } else { (n.e, k) };
            if (a..b).any(|j| is_sentence_end(t, j) || t.is_digits(j) || t.n(j) == "(") {
                continue;
            }
            let w = t.raw(k + 2).to_lowercase();
            if ctx.tb.count_stop.contains(t.n(k + 2)) || ctx.tb.words.contains_key(t.n(k + 2)) {
                continue;
            }
            let d = if k < n.s { n.s - k } else { k - n.e };
            if best.as_ref().map(|(bd, _)| d < *bd).unwrap_or(true) {
                best = Some((d, ctx.lex.noun_lemma(&w)));
            }
        }
        best.map(|(_, l)| l)
    }

    /// A sport score: "2-1", "3 à 1" in a sentence about a match (`sport.tsv`): kind number,
    /// value the first side, value_max the second.
    fn score(&self, ctx: &Ctx, n: &Num) -> Option<Cand> {
        let t = ctx.t;
        if !n.plain || !t.is_digits(n.s) || t.raw(n.s).len() > 2 || n.e != n.s + 1 {
            return None;
        }
        let k = n.e;
        let hy = t.n(k) == "-" && t.adj(k) && t.adj(k + 1);
        let a = t.n(k) == "a" && t.raw(k) != "a" && t.soft(k) && t.soft(k + 1);
        if !(hy || a) || !t.is_digits(k + 1) || t.raw(k + 1).len() > 2 {
            return None;
        }
        let e = k + 2;
        // not "2-1-3", "3 à 1 000", "3 à 5 %", "1 à 2 heures"
        if (t.adj(e) && matches!(t.n(e), "-" | "/" | "." | ",") && t.is_digits(e + 1) && t.adj(e + 1)) || (t.is_digits(e) && t.soft(e)) {
            return None;
        }
        let w = t.n(e);
        if t.is_word(e) && t.soft(e) && !t.first_upper(e) && !ctx.tb.count_stop.contains(w) && !FUNCTION_WORDS.contains(&w)
            && !ctx.tb.weekdays.contains_key(w) && !ctx.tb.months.contains_key(w) && !ctx.tb.relative.contains_first(w)
            && !matches!(w, "face" | "contre" | "lors" | "apres" | "avant" | "devant" | "samedi" | "dimanche")
        {
            return None;
        }
        // a sport word in the sentence
        let mut lo = n.s;
        while lo > 0 && !is_sentence_end(t, lo - 1) && n.s - lo < 40 {
            lo -= 1;
        }
        let mut hi = e;
        while hi < t.len() && !is_sentence_end(t, hi) && hi - e < 40 {
            hi += 1;
        }
        if !(lo..hi.min(t.len())).any(|j| ctx.tb.sport.contains(t.n(j))) {
            return None;
        }
        let b: f64 = t.raw(k + 1).parse().ok()?;
        let mut c = Cand::num(n.s, e, Kind::Number, n.v);
        c.value_max = Some(Value::Number(b));
        Some(c)
    }

    /// "1,5 et 0,41 masses solaires", "10 ou 12 %": the unit of the next coordinated number.
    fn twin_unit(&self, ctx: &Ctx, n: &Num) -> Option<(String, String)> {
        let t = ctx.t;
        let k = n.e;
        if !matches!(t.n(k), "et" | "ou") || !t.soft(k) || !t.soft(k + 1) {
            return None;
        }
        let m = num::parse_num(t, ctx.tb, k + 1)?;
        if m.ord || m.word || m.lone_un || m.scaled {
            return None;
        }
        let (kind, unit, _) = self.unit_after(ctx, &m)?;
        if matches!(kind.as_str(), "measure" | "money" | "percent" | "temp") {
            Some((kind, unit))
        } else {
            None
        }
    }

    /// Lemma of the noun counted by number `n`, if one follows.
    fn counted(&self, ctx: &Ctx, n: &Num) -> Option<String> {
        let t = ctx.t;
        let mut k = n.e;
        if k >= t.len() || !t.soft(k) {
            return None;
        }
        let round_million = n.v >= 1e6 && (n.v / 1e6).fract() == 0.0;
        if (n.scaled || n.collective || round_million) && matches!(t.n(k), "de" | "d'") {
            k += 1;
        } else if t.n(k) == "des" && t.soft(k + 1) && !n.word {
            // partitive "7 des localités", "19 des 20 skippers"
            k += 1;
            if let Some(m) = num::parse_num(t, ctx.tb, k).filter(|m| !m.ord && m.v >= n.v) {
                k = m.e;
            }
        }
        // an opening quote: deux « bangs successifs »
        if matches!(t.n(k), "«" | "\"" | "“") && t.is_word(k + 1) && t.soft(k + 1) {
            k += 1;
        }
        let mut skipped = 0;
        while skipped < 2 && ctx.tb.count_skip.contains(t.n(k)) && t.is_word(k + 1) && t.soft(k + 1) {
            k += 1;
            skipped += 1;
        }
        let after_apos = k > 0 && t.n(k - 1).ends_with('\'');
        if !t.is_word(k) || !t.soft(k) || (t.adj(k) && !after_apos) {
            return None;
        }
        let w = t.n(k);
        if ctx.tb.count_stop.contains(w) || ctx.tb.count_skip.contains(w) || w.ends_with('\'') || w.chars().count() < 2 {
            return None;
        }
        if is_adverb(ctx, w) {
            return None;
        }
        if ctx.tb.words.contains_key(w) || ctx.tb.months.contains_key(w) || ctx.tb.weekdays.contains_key(w) {
            return None;
        }
        let raw = t.raw(k);
        let low = raw.to_lowercase();
        if t.first_upper(k) {
            // a capitalised plural noun or demonym ("145 000 Philippins", "deux Polonais"), not a
            // name ("Falcon 9 Dragon", "Ligue 1 Conforama")
            let rest_lower = raw.chars().skip(1).all(|c| !c.is_uppercase());
            let plural = n.v > 1.0 && (low.ends_with('s') || low.ends_with('x'));
            if !(rest_lower && plural) {
                return None;
            }
        }
        if let Some(l) = ctx.lex.lemma(&low) {
            // a conjugated verb ("Falcon 9 emporte"), not a counted noun
            if l != low && (l.ends_with("er") || l.ends_with("ir") || l.ends_with("re")) && !low.ends_with('s') && !low.ends_with('x') {
                return None;
            }
        }
        Some(ctx.lex.noun_lemma(&low))
    }
}

#[cfg(test)]
mod tests;
