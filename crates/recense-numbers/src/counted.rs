//! The counted noun of a count ("2 571 personnes"), "le nombre de X", a
//! twin's unit, and sport scores.

use crate::num::{self, Num};

use crate::*;

impl Recognizer {
    /// "le nombre de X" in the clause of a bare number: the number counts X
    /// ("estime à 75 000 le nombre d'emplois", "le nombre de morts s'élève à 45").
    pub(crate) fn nombre_de(&self, ctx: &Ctx, n: &Num) -> Option<String> {
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
            if (a..b).any(|j| is_sentence_end(ctx, j) || t.is_digits(j) || t.n(j) == "(") {
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
    pub(crate) fn score(&self, ctx: &Ctx, n: &Num) -> Option<Cand> {
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
        // not "2-1-3", "3 à 1 000", nor a range with its unit: "3 à 5 %", "20 à 25 pour cent", "1 à 2 heures"
        let unit_follows = ctx.tb.units.longest_where(t, e, |got, u| !u.cs || got == u.raw).is_some();
        if (t.adj(e) && matches!(t.n(e), "-" | "/" | "." | ",") && t.is_digits(e + 1) && t.adj(e + 1)) || (t.is_digits(e) && t.soft(e)) || unit_follows {
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
        while lo > 0 && !is_sentence_end(ctx, lo - 1) && n.s - lo < 40 {
            lo -= 1;
        }
        let mut hi = e;
        while hi < t.len() && !is_sentence_end(ctx, hi) && hi - e < 40 {
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

    /// "1,5 et 0,41 masses solaires", "10 ou 12 %", "passant de 9,7 à 9,5 %", "de
    /// 10 à 5 tonnes": the unit of the next coordinated number, or of the figure a
    /// change goes to.
    pub(crate) fn twin_unit(&self, ctx: &Ctx, n: &Num) -> Option<(String, String)> {
        let t = ctx.t;
        let k = n.e;
        let to = t.n(k) == "a";
        let change = to && ranges::change_from(ctx, n.s);
        if !(matches!(t.n(k), "et" | "ou" | "a")) || !t.soft(k) || !t.soft(k + 1) {
            return None;
        }
        let m = num::parse_num(t, ctx.tb, k + 1)?;
        if m.ord || m.word || m.lone_un || m.scaled {
            return None;
        }
        let falling = to && ranges::falls_to(ctx, n, &m);
        if to && !(change || falling) {
            return None;
        }
        let (kind, unit, _) = self.unit_after(ctx, &m)?;
        if change && !falling && kind != "percent" {
            return None;
        }
        if matches!(kind.as_str(), "measure" | "money" | "percent" | "temp") {
            Some((kind, unit))
        } else {
            None
        }
    }

    /// Lemma of the noun counted by number `n`, if one follows.
    pub(crate) fn counted(&self, ctx: &Ctx, n: &Num) -> Option<String> {
        let t = ctx.t;
        let k = counted_word_at(ctx, n)?;
        let w = t.n(k);
        if ctx.tb.count_stop.contains(w) || ctx.tb.count_skip.contains(w) || w.ends_with('\'') || w.chars().count() < 2 {
            return None;
        }
        if is_adverb(ctx, w) || ctx.tb.words.contains_key(w) || ctx.tb.months.contains_key(w) || ctx.tb.weekdays.contains_key(w) {
            return None;
        }
        let raw = t.raw(k);
        let low = raw.to_lowercase();
        if t.first_upper(k) {
            if let Some(acronym) = counted_acronym(ctx, n, k) {
                return Some(acronym);
            }
            // a capitalised plural noun or demonym ("145 000 Philippins", "deux Polonais",
            // "trois Sud-Soudanais"), not a name ("Falcon 9 Dragon", "Ligue 1 Conforama")
            let rest_lower = |raw: &str| raw.chars().skip(1).all(|c| !c.is_uppercase());
            if let Some(j) = capitalised_compound_after(t, k).filter(|&j| rest_lower(raw) && rest_lower(t.raw(j))) {
                let second = t.raw(j).to_lowercase();
                let plural = n.v > 1.0 && (second.ends_with('s') || second.ends_with('x'));
                return plural.then(|| format!("{low}-{}", ctx.lex.noun_lemma(&second)));
            }
            let plural = n.v > 1.0 && (low.ends_with('s') || low.ends_with('x'));
            if !(rest_lower(raw) && plural) {
                return None;
            }
        }
        if let Some(l) = ctx.lex.lemma(&low) {
            // a conjugated verb ("Falcon 9 emporte"), not a counted noun
            if l != low && (l.ends_with("er") || l.ends_with("ir") || l.ends_with("re")) && !low.ends_with('s') && !low.ends_with('x') {
                return None;
            }
        }
        // a hyphenated noun is one ("sapeurs-pompiers"), each part in the
        // singular when the lexicon does not know the whole ("mini-lunes")
        if let Some(j) = hyphenated_after(t, k) {
            let whole = format!("{low}-{}", t.raw(j).to_lowercase());
            if ctx.lex.lemma(&whole).is_some() {
                return Some(ctx.lex.noun_lemma(&whole));
            }
            return Some(whole.split('-').map(|part| ctx.lex.noun_lemma(part)).collect::<Vec<_>>().join("-"));
        }
        Some(ctx.lex.noun_lemma(&low))
    }
}

/// Where the word a number counts would stand: past "de" after a scale
/// ("3 millions de"), a partitive ("7 des localités", "19 des 20
/// skippers", "deux des plus importantes associations"), an opening quote
/// and up to two adjectives of the skip list; none where no word of the
/// same clause stands there.
fn counted_word_at(ctx: &Ctx, n: &Num) -> Option<usize> {
    let t = ctx.t;
    let mut k = n.e;
    if k >= t.len() || !t.soft(k) {
        return None;
    }
    let round_million = n.v >= 1e6 && (n.v / 1e6).fract() == 0.0;
    if (n.scaled || n.collective || n.dozen || round_million) && matches!(t.n(k), "de" | "d'") {
        k += 1;
    } else if let Some(determiner) = partitive(t, k).filter(|_| !n.lone_un) {
        k += determiner;
        if let Some(m) = num::parse_num(t, ctx.tb, k).filter(|m| !m.ord && m.v >= n.v) {
            k = m.e;
        }
        if matches!(t.n(k), "plus" | "moins") && t.is_word(k + 1) && t.is_word(k + 2) && t.soft(k + 1) && t.soft(k + 2) && !ctx.tb.count_stop.contains(t.n(k + 2)) {
            k += 2;
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
    (t.is_word(k) && t.soft(k) && (!t.adj(k) || after_apos)).then_some(k)
}

/// An acronym counts as written ("cinq ONG", "trente CRS"), with the model
/// number glued to it ("six CF-18"); a word in capitals ("3 MORTS") is not
/// one, nor a currency's two letters ("5 000 DA").
fn counted_acronym(ctx: &Ctx, n: &Num, k: usize) -> Option<String> {
    let t = ctx.t;
    let raw = t.raw(k);
    let glued = t.n(k + 1) == "-" && t.adj(k + 1) && t.adj(k + 2) && !t.is_punct(k + 2);
    let letters = raw.chars().count();
    if !(is_acronym(raw) && (letters >= 3 || glued) && ctx.lex.lemma(&raw.to_lowercase()).is_none() && n.v > 1.0) {
        return None;
    }
    // in lower case, as the contract writes every unit ("cinq ONG" → "ong")
    Some(if glued { format!("{raw}-{}", t.raw(k + 2)) } else { raw.to_string() }.to_lowercase())
}

/// The word a hyphen (not a dash) glues to the word at `k`, in two parts
/// only: a compound that runs on ("chefs-d'œuvre", "arcs-en-ciel") is
/// left to its first word.
fn compound_half_after(t: &crate::tok::Toks, k: usize) -> Option<usize> {
    let j = k + 2;
    let glued = t.raw(k + 1) == "-" && t.adj(k + 1) && t.adj(j) && t.is_word(j);
    let runs_on = t.raw(j).ends_with(['\'', '’']) || (t.raw(j + 1) == "-" && t.adj(j + 1));
    (glued && !runs_on).then_some(j)
}

/// The lower-case word of a compound noun after `k` ("sapeurs-pompiers";
/// not "CF-18", an acronym's model number, nor the demonstrative of "ces
/// deux jours-là").
fn hyphenated_after(t: &crate::tok::Toks, k: usize) -> Option<usize> {
    compound_half_after(t, k).filter(|&j| !t.first_upper(j) && !matches!(t.raw(j), "là" | "ci"))
}

/// The second half of a capitalised compound: "Sud-Soudanais",
/// "Nord-Coréens", "Franco-Israéliens".
fn capitalised_compound_after(t: &crate::tok::Toks, k: usize) -> Option<usize> {
    compound_half_after(t, k).filter(|&j| t.first_upper(j))
}

/// Two to five capitals and nothing else: "ONG", "CRS", "PME", "CF" of
/// "CF-18" (units and time zones, "GW", "UTC", are read before a counted
/// noun is looked for; `counted` takes two capitals only with a model number).
fn is_acronym(raw: &str) -> bool {
    (2..=5).contains(&raw.chars().count()) && raw.chars().all(|c| c.is_ascii_uppercase())
}

/// The length of a partitive after a number ("des", "de ses", "de ces"),
/// the counted noun after it.
fn partitive(t: &crate::tok::Toks, k: usize) -> Option<usize> {
    if !t.soft(k) || !t.soft(k + 1) {
        return None;
    }
    match (t.n(k), t.n(k + 1)) {
        ("des", _) => Some(1),
        ("de", "ses" | "ces" | "leurs" | "nos" | "vos" | "mes" | "tes") if t.soft(k + 2) => Some(2),
        _ => None,
    }
}
