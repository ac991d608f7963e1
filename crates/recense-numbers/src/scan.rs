//! Where a quantity may start, and what stands there: the core dispatch
//! from a token to numbers, dates, scores and identifiers that are not
//! quantities (phone numbers, ISBNs, article numbers).

use crate::data::class;
use crate::num::{self, Num};
use crate::tok::{self, Toks};
use crate::*;

impl Recognizer {
    /// Cheap test: can a quantity start at token i?
    pub(crate) fn trigger(&self, t: &Toks, i: usize) -> bool {
        match t.kind(i) {
            Some(tok::TK::Digits) => true,
            Some(tok::TK::Punct) => matches!(t.n(i), "-" | "," | "$" | "€" | "£" | "¥" | "½" | "⅓" | "⅔" | "¼" | "¾" | "⅕" | "⅙" | "⅛"),
            Some(tok::TK::Word) => {
                let cl = self.tb.class(t.n(i));
                let before_plain_word = cl & class::FREQUENT_OPENER != 0 && self.plain_word(t, i + 1);
                // a roman numeral no table knows ("XXIe", "XIV"; not "Lyon")
                (cl & class::STARTS_QUANTITY != 0 && !before_plain_word) || num::roman_numeral(t.raw(i)).is_some()
            }
            None => false,
        }
    }

    /// A word of no class that is no roman numeral: after a frequent
    /// opener ("le président", "de France") nothing starts there.
    fn plain_word(&self, t: &Toks, k: usize) -> bool {
        t.kind(k) == Some(tok::TK::Word) && self.tb.class(t.n(k)) == 0 && num::roman_numeral(t.raw(k)).is_none()
    }

    pub(crate) fn at(&self, ctx: &Ctx, i: usize) -> Step {
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

    pub(crate) fn at_inner(&self, ctx: &Ctx, i: usize) -> Step {
        let t = ctx.t;
        // qualifier + expression
        if let Some((j, ap)) = ctx.tb.qualifiers.longest(t, i) {
            if j < t.len() && t.soft(j) {
                // no rank is approximate ("quelques millièmes de seconde")
                if let Step::Found(mut c) = self.core(ctx, j).not_a_rank() {
                    // "jusqu'au 15 mars", "jusqu'à 9 h 30": a deadline's
                    // preposition stays out of the date's span, which stays
                    // exact (corpus/gold/GUIDELINES.md)
                    if t.n(i).starts_with("jusqu'") && matches!(c.kind, Kind::Date | Kind::Time | Kind::Datetime) {
                        return Step::Found(c);
                    }
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

    /// What stands at token i, tried in order: a date, a rank, "entre …
    /// et …", a collective, a unit before its number, a percentage in words,
    /// then a number and what follows it.
    pub(crate) fn core(&self, ctx: &Ctx, i: usize) -> Step {
        let t = ctx.t;
        if let Some(c) = dates::parse(ctx, i) {
            return Step::Found(c);
        }
        if let Some(c) = rank(ctx, i) {
            return Step::Found(c);
        }
        match t.n(i) {
            "entre" => return self.between(ctx, i),
            "des" | "plusieurs" | "quelques" | "la" | "les" => return self.collective(ctx, i),
            _ => {}
        }
        if let Some(c) = self.unit_before_number(ctx, i) {
            return Step::Found(c);
        }
        match t.n(i) {
            "pourcentage" | "pourcent" => return percent_in_words(ctx, i),
            "de" | "du" => return Step::None,
            _ => {}
        }
        let n = match num::parse_num(t, ctx.tb, i) {
            Some(n) => n,
            None => return Step::None,
        };
        if let Some(end) = phone_number_end(t, i) {
            return Step::Skip(end);
        }
        if let Some(c) = self.score(ctx, &n) {
            return Step::Found(c);
        }
        if self.identifier(ctx, &n) {
            return Step::Skip(self.identifier_end(ctx, &n));
        }
        if n.ord {
            return self.ordinal(ctx, n);
        }
        // ranges "10 à 15 %", "10 - 20 euro", "16 ou 17 morts"
        if !n.word || !n.lone_un {
            if let Some(c) = self.range_from(ctx, n.clone(), &["a", "-", "au", "ou"]) {
                return Step::Found(c);
            }
        }
        self.after_number(ctx, n)
    }

    /// "entre 10 et 15", "entre 10 euros et 20 euros"; nothing else starts
    /// at "entre".
    fn between(&self, ctx: &Ctx, i: usize) -> Step {
        match self.range(ctx, i + 1, &["et"]) {
            Some(mut c) => {
                c.s = i;
                Step::Found(c)
            }
            None => Step::None,
        }
    }

    /// Collectives: "plusieurs centaines de", "quelques milliers de",
    /// "plusieurs millions de"; the
    /// bare plural "des milliers de", "des dizaines de", "les centaines de"
    /// gives no figure (as "plusieurs" alone does not;
    /// corpus/gold/GUIDELINES.md), so it is marked vague.
    fn collective(&self, ctx: &Ctx, i: usize) -> Step {
        let t = ctx.t;
        // "plusieurs millions de dollars" as "plusieurs milliers"
        let approximate_scale = |v: f64| v >= 1e6 && matches!(t.n(i), "plusieurs" | "quelques" | "des" | "les");
        let v = match num::word_info(ctx.tb, t.n(i + 1)) {
            Some((data::WordType::Collective, v)) if t.soft(i + 1) && v >= 10.0 => v,
            Some((data::WordType::Big, v)) if t.soft(i + 1) && approximate_scale(v) => v,
            _ => return Step::None,
        };
        // "plusieurs centaines de milliers de manifestants"
        let (scale, e) = num::scaled_again(t, ctx.tb, i + 2).unwrap_or((1.0, i + 2));
        let n = Num { s: i, e, v: v * scale, word: true, collective: true, ..Default::default() };
        match self.after_number(ctx, n) {
            Step::Found(mut c) if matches!(t.n(i), "des" | "les") => {
                c.vague = true;
                Step::Found(c)
            }
            other => other,
        }
    }

    /// A currency or a scale named before its number: "$10", "EUR 20",
    /// "£ 50 millions", "magnitude 7", "d'une magnitude de 6,2" (a percent
    /// sign before a number is no such unit: the number is read alone).
    fn unit_before_number(&self, ctx: &Ctx, i: usize) -> Option<Cand> {
        let t = ctx.t;
        let (j, u) = ctx.tb.units.longest_where(t, i, |got, u| u.prefix && (!u.cs || got == u.raw))?;
        // "d'une magnitude de 6,2": a scale's name, "de", its value
        let j = if u.kind == "measure" && t.n(j) == "de" && t.soft(j + 1) { j + 1 } else { j };
        if !t.soft(j) || (i > 0 && t.adj(i) && (t.is_digits(i - 1) || t.is_word(i - 1))) {
            return None;
        }
        let n = num::parse_num(t, ctx.tb, j)?;
        // "£100m", "$5bn": the English scale letters glued after an amount
        let glued_scale = (u.kind == "money" && n.plain && t.adj(n.e)).then(|| english_scale(t.raw(n.e))).flatten();
        if n.ord || n.word || (n.plain && t.is_word(n.e) && t.adj(n.e) && glued_scale.is_none()) {
            return None;
        }
        let mut c = Cand::num(i, n.e, Kind::Money, n.v);
        if let Some(scale) = glued_scale {
            c.value = Value::Number(n.v * scale);
            c.e = n.e + 1;
        }
        c.unit = Some(u.unit.clone());
        match u.kind.as_str() {
            "measure" if !n.signed => {
                c.kind = Kind::Measure;
                Some(c)
            }
            "money" => {
                // "$75 millions"
                self.money_tail(ctx, &mut c);
                Some(c)
            }
            _ => None,
        }
    }

    /// Where an identifier that is not a quantity ends: the whole chain
    /// ("89-17"), and the numbers listed after a word that names
    /// identifiers ("satellites n° 3 et 4", "pages 12, 13 et 15"; not a
    /// measure: "tous deux à 97 ans").
    fn identifier_end(&self, ctx: &Ctx, n: &Num) -> usize {
        let t = ctx.t;
        let mut k = n.e;
        while (t.n(k) == "-" || t.n(k) == "/" || t.n(k) == ".") && t.adj(k) && t.is_digits(k + 1) && t.adj(k + 1) {
            k += 2;
        }
        if self.nq_before_at(ctx, n) {
            let listed = |k: usize| t.is_digits(k + 1) && t.raw(k + 1).len() <= 4 && t.soft(k + 1) && !ctx.tb.units.contains_first(t.n(k + 2));
            while matches!(t.n(k), "et" | "ou" | "," | "a") && t.soft(k) && listed(k) {
                k += 2;
            }
        }
        k.max(n.e)
    }

    /// Whether number `n` names something rather than counts it: part of a
    /// code, a footnote mark, a département, "agent 007", "Falcon 9",
    /// "Ligue 1", "4x4".
    pub(crate) fn identifier(&self, ctx: &Ctx, n: &Num) -> bool {
        let t = ctx.t;
        // "Ligue 1", "n° 89", "page 3", "tous les deux" (not "tous les 15 jours")
        let every = || ctx.tb.units.longest_where(t, n.e, |_, u| u.kind == "duration").is_some();
        glued_to_a_code(t, n)
            || in_brackets(t, n)
            || with_leading_zero(t, n)
            || self.name_and_number(ctx, n)
            || (self.nq_before_at(ctx, n) && !every())
            // "4x4"
            || (t.is_word(n.e) && t.adj(n.e) && !n.ord && n.plain && t.n(n.e) == "x" && t.is_digits(n.e + 1))
    }

    /// "Falcon 9", "Apollo 11", "HD 188753": a capitalised unknown word
    /// right before a number; not a name's year ("Tour de France 2016",
    /// "la CAN 2017": a date, the guidelines).
    fn name_and_number(&self, ctx: &Ctx, n: &Num) -> bool {
        let t = ctx.t;
        let s = n.s;
        if !(s > 0 && t.is_word(s - 1) && t.first_upper(s - 1) && t.soft(s) && n.plain && !n.word && self.unit_after(ctx, n).is_none()) {
            return false;
        }
        let acronym = t.raw(s - 1).chars().count() >= 2 && t.raw(s - 1).chars().all(|c| c.is_uppercase());
        let pn = t.n(s - 1);
        let known = ctx.lex.lemma(&t.raw(s - 1).to_lowercase()).is_some()
            || ctx.tb.count_stop.contains(pn)
            || ctx.tb.qualifiers.contains_first(pn)
            || ctx.tb.months.contains_key(pn)
            || ctx.tb.weekdays.contains_key(pn)
            || ctx.tb.words.contains_key(pn)
            || ctx.tb.relative.contains_first(pn);
        let year = t.is_digits(s) && t.raw(s).len() == 4 && (1900.0..=2100.0).contains(&n.v);
        !known && (t.raw(s).len() <= 4 || acronym) && !year
    }

    /// A phrase of `non_quantity.tsv` ("n°", "page", "Ligue") ends right
    /// before number `n`; a `before-but-year` phrase ("saison") only when
    /// `n` is no year ("la saison 3", not "la saison 2016").
    pub(crate) fn nq_before_at(&self, ctx: &Ctx, n: &Num) -> bool {
        let t = ctx.t;
        let ends_before = |set: &data::PhraseSet<()>| (1..=3).any(|l| n.s >= l && set.longest(t, n.s - l).is_some_and(|(e, _)| e == n.s));
        let year = t.is_digits(n.s) && t.raw(n.s).len() == 4 && (1900.0..=2100.0).contains(&n.v);
        ends_before(&ctx.tb.nq_before) || (!year && ends_before(&ctx.tb.nq_before_but_year))
    }

    pub(crate) fn nq_after(&self, ctx: &Ctx, e: usize) -> bool {
        if e < ctx.t.len() && ctx.t.soft(e)
            && ctx.tb.nq_after.longest(ctx.t, e).is_some() {
                return true;
            }
        false
    }
}

/// A rank: "la n°1 mondiale", "numéro un mondial", "le n° 3 du
/// classement" (an ordinal; "le n°5 de la rue" stays an identifier). The
/// words that make it one are `rank-after` rows of `non_quantity.tsv`.
fn rank(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let k = match t.n(i) {
        "numero" => i + 1,
        "n" if t.n(i + 1) == "°" && t.adj(i + 1) => i + 2,
        _ => return None,
    };
    let n = num::parse_num(t, ctx.tb, k).filter(|n| !n.ord && !n.frac && n.v >= 1.0 && n.v <= 999.0 && n.v.fract() == 0.0)?;
    let ranked = t.soft(n.e) && ctx.tb.rank_after.longest(t, n.e).is_some();
    ranked.then(|| Cand::num(i, n.e, Kind::Ordinal, n.v))
}

/// "pourcentage de trois": a percentage written out before its number.
fn percent_in_words(ctx: &Ctx, i: usize) -> Step {
    let t = ctx.t;
    let j = if matches!(t.n(i + 1), "de" | "des" | "du") { i + 2 } else { i + 1 };
    match num::parse_num(t, ctx.tb, j) {
        Some(n) if !n.ord && n.word => {
            let mut c = Cand::num(i, n.e, Kind::Percent, n.v);
            c.unit = Some("%".into());
            Step::Found(c)
        }
        _ => Step::None,
    }
}

/// The end of a phone number starting at token i (four or more groups of
/// two digits: "01 23 45 67 89", "01.23.45.67.89"), if one starts there.
fn phone_number_end(t: &Toks, i: usize) -> Option<usize> {
    if !(t.is_digits(i) && t.raw(i).len() == 2) {
        return None;
    }
    let mut k = i + 1;
    let mut groups = 1;
    while (t.is_digits(k) && t.raw(k).len() == 2 && !t.adj(k) && t.soft(k)) || (t.n(k) == "." && t.adj(k) && t.is_digits(k + 1) && t.raw(k + 1).len() == 2) {
        if t.n(k) == "." {
            k += 1;
        }
        groups += 1;
        k += 1;
    }
    (groups >= 4).then_some(k)
}

/// Glued to what precedes: "A380", "G20" (not "mi-2019", a date), "MH-17",
/// "#3", "@2", "n°5" (not "+1,8 %", a rise, nor a tally's "/"), a
/// footnote mark glued to its word ("cabré[1]").
fn glued_to_a_code(t: &Toks, n: &Num) -> bool {
    let s = n.s;
    if s > 0 && t.adj(s) && t.is_word(s - 1) && !n.signed && !t.n(s - 1).ends_with('\'') {
        return true;
    }
    if s > 1 && t.n(s - 1) == "-" && t.adj(s) && t.adj(s - 1) && t.is_word(s - 2) {
        return true;
    }
    // "+1,8 %" is a rise, "+33 1 …" a dialling code
    let signed_percent = s > 0 && t.n(s - 1) == "+" && matches!(t.n(n.e), "%" | "pour");
    if s > 0 && t.adj(s) && matches!(t.n(s - 1), "#" | "/" | "°" | "+" | "@" | "_") && !(s > 1 && num::is_tally(t, s - 2, s - 1)) && !signed_percent {
        return true;
    }
    s > 1 && t.n(s - 1) == "[" && t.adj(s - 1) && t.is_word(s - 2) && t.n(n.e) == "]" && n.plain
}

/// A footnote mark "sept pays [1]", a département after a place: "Cezais
/// (85)", "Guargualé (2B)", "Saint-Denis (974)".
fn in_brackets(t: &Toks, n: &Num) -> bool {
    let s = n.s;
    if !(s > 0 && n.plain && !n.word) {
        return false;
    }
    if t.n(s - 1) == "[" && t.n(n.e) == "]" && t.raw(s).len() <= 3 {
        return true;
    }
    if !(s > 1 && t.n(s - 1) == "(" && t.is_word(s - 2) && t.first_upper(s - 2) && t.adj(s)) {
        return false;
    }
    let code = t.raw(s);
    let corsica = code == "2" && matches!(t.raw(n.e), "A" | "B") && t.adj(n.e) && t.n(n.e + 1) == ")";
    let closes = t.n(n.e) == ")" && (code.len() == 2 || (code.len() == 3 && code.starts_with("97")));
    corsica || closes
}

/// "agent 007": a leading zero outside dates, times and decimals.
fn with_leading_zero(t: &Toks, n: &Num) -> bool {
    let s = n.s;
    n.plain && !n.word && t.is_digits(s) && t.raw(s).len() > 1 && t.raw(s).starts_with('0') && !(n.e < t.len() && t.adj(n.e) && t.is_punct(n.e))
}

/// The scale of an English amount's glued letters: "m" (million), "bn"
/// (billion), after a currency sign ("£100m", "$5bn").
fn english_scale(letters: &str) -> Option<f64> {
    match letters {
        "m" => Some(1e6),
        "bn" => Some(1e9),
        _ => None,
    }
}
