//! What follows a number: its unit, money with its cents, measures,
//! percents, durations and ages.

use crate::num::{self, Num};

use crate::*;

impl Recognizer {
    /// Unit right after a number: (kind, unit, end token).
    pub(crate) fn unit_after(&self, ctx: &Ctx, n: &Num) -> Option<(String, String, usize)> {
        let t = ctx.t;
        let (k, e, u, via_de) = unit_phrase_after(ctx, n)?;
        if (u.adj && !t.adj(k)) || (u.nolone && n.lone_un) {
            return None;
        }
        // "une vingtaine de minutes", "trois quarts d'heure", "il y a 20 millions
        // d'années": a collective's, a fraction's or a scaled number's span of time
        let collective_duration = (n.collective || n.dozen || n.frac || n.scaled) && u.kind == "duration";
        if via_de && !matches!(u.kind.as_str(), "money" | "measure" | "temp") && !collective_duration {
            return None;
        }
        // a unit glued to a following word is not a unit ("3 millions de dollars" ok, "5 minutesxyz" impossible)
        if t.is_word(e) && t.adj(e) && !t.n(e).ends_with('\'') {
            return None;
        }
        // nor the head of a hyphenated compound: "un pied-de-biche", "un mètre-ruban"
        if t.n(e) == "-" && t.adj(e) && t.is_word(e + 1) && t.adj(e + 1) {
            return None;
        }
        if t.is_digits(e) && t.adj(e) && u.kind != "duration" && glued_centimetres(t, n.e, e).is_none() {
            // "A4"-like: "3 m2" is a phrase of its own
            return None;
        }
        // single-letter case-sensitive units need the number to be digits
        if n.word && (u.cs && u.raw.chars().count() <= 2) {
            return None;
        }
        if u.ambw && u.kind == "money" && !n.scaled && !via_de {
            // "deux livres" without a scale: weight
            return Some(("measure".into(), "lb".into(), e));
        }
        if let Some((per, e)) = per_unit(ctx, &u.kind, e) {
            return Some((u.kind.clone(), format!("{}/{per}", u.unit), e));
        }
        Some((u.kind.clone(), u.unit.clone(), e))
    }

    pub(crate) fn money_tail(&self, ctx: &Ctx, c: &mut Cand) {
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
    pub(crate) fn cents(&self, ctx: &Ctx, e: usize) -> Option<(f64, usize)> {
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

    /// What a number is, from what follows it: a unit (money, percent,
    /// measure, temperature, duration), a denominator, a shape (a year, a
    /// multiplier, a decimal), else a count of its noun or a bare number.
    pub(crate) fn after_number(&self, ctx: &Ctx, n: Num) -> Step {
        if n.ord {
            return self.ordinal(ctx, n);
        }
        if is_a_dimension_or_network_name(ctx.t, &n) {
            return Step::Skip(n.e);
        }
        let approx = if n.collective { Approx::Approx } else { Approx::Exact };
        if let Some(step) = self.with_unit(ctx, &n, approx) {
            return step;
        }
        if n.bare_denom {
            return self.bare_denominator(ctx, &n);
        }
        if let Some(step) = self.by_shape(ctx, &n, approx) {
            return step;
        }
        self.count_or_number(ctx, n, approx)
    }

    /// A number followed by a unit of the tables: "12 €", "3 %", "5 km",
    /// "10 degrés en dessous de zéro", "3 ans" (a duration or an age).
    fn with_unit(&self, ctx: &Ctx, n: &Num, approx: Approx) -> Option<Step> {
        let t = ctx.t;
        let (kind, unit, e) = self.unit_after(ctx, n)?;
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
            }
            "money/100" => {
                c.kind = Kind::Money;
                c.unit = Some(unit);
                c.value = Value::Number(n.v / 100.0);
            }
            "percent" => {
                c.kind = Kind::Percent;
                c.unit = Some("%".into());
            }
            "measure" => {
                let (v, end) = measure_with_parts(t, n, &unit, e);
                c.value = Value::Number(v);
                c.e = end;
                c.unit = Some(unit);
            }
            "temp" => {
                if let Some(end) = below_zero(t, e) {
                    c.value = Value::Number(-n.v);
                    c.e = end;
                }
                c.unit = Some(unit);
            }
            "duration" if n.bare_denom => return Some(Step::None),
            "duration" => {
                return Some(match self.chrono(ctx, n, &unit, e) {
                    Some(chrono) => Step::Found(chrono),
                    None => dates::duration_or_age(ctx, n.clone(), &unit, e),
                })
            }
            _ => return None,
        }
        Some(Step::Found(c))
    }

    /// A race time in minute and second marks: "3'30\"65" (3 min 30.65 s),
    /// "9\"81" (9.81 s) — the digits glued after the second mark are its
    /// hundredths, not a number of their own.
    fn chrono(&self, ctx: &Ctx, n: &Num, unit: &str, e: usize) -> Option<Cand> {
        let t = ctx.t;
        let glued_digits = |k: usize| t.is_digits(k) && t.adj(k) && t.raw(k).len() <= 3;
        let (minutes, seconds, mut end) = match unit {
            // "3'30\"65": minutes, then seconds with their mark
            "MIN" if glued_digits(e) && t.n(e + 1) == "\"" && t.adj(e + 1) => (n.v, t.raw(e).parse::<f64>().ok()?, e + 2),
            "S" => (0.0, n.v, e),
            _ => return None,
        };
        let mut seconds = seconds;
        if glued_digits(end) {
            seconds += format!("0.{}", t.raw(end)).parse::<f64>().ok()?;
            end += 1;
        } else if unit == "S" {
            return None;
        }
        let minutes = if minutes > 0.0 { format!("{}M", dates::iso_num(minutes)) } else { String::new() };
        Some(Cand::text(n.s, end, Kind::Duration, format!("PT{minutes}{}S", dates::iso_num(seconds))))
    }

    /// "demi-litre", "quart de litre": a fraction word before a unit.
    fn bare_denominator(&self, ctx: &Ctx, n: &Num) -> Step {
        let t = ctx.t;
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
        Step::None
    }

    /// Numbers known by their shape or the word after them: below zero, a
    /// multiplier, a year, a twin's unit, a fraction or decimal.
    fn by_shape(&self, ctx: &Ctx, n: &Num, approx: Approx) -> Option<Step> {
        let t = ctx.t;
        // "10 en dessous de zéro"
        if t.n(n.e) == "en" && t.n(n.e + 1) == "dessous" && t.n(n.e + 3) == "zero" {
            let c = Cand::num(n.s, n.e + 4, Kind::Measure, -n.v);
            return Some(Step::Found(c));
        }
        // multipliers: "169 fois", "1,5 fois le SMIC"
        if t.n(n.e) == "fois" && t.soft(n.e) && !n.lone_un {
            let mut c = Cand::num(n.s, n.e + 1, Kind::Number, n.v);
            c.approx = approx;
            return Some(Step::Found(c));
        }
        // factors: "multiplié par trois", "divisé par 10" (not a count of an earlier noun)
        if n.s >= 2 && t.n(n.s - 1) == "par" && ctx.tb.factor_verbs.contains(t.n(n.s - 2)) {
            let mut c = Cand::num(n.s, n.e, Kind::Number, n.v);
            c.approx = approx;
            return Some(Step::Found(c));
        }
        // parts and proportions: "coupé en deux", "un arrondissement sur deux"
        if into_parts(ctx, n) || one_in(ctx, n) {
            let mut c = Cand::num(n.s, n.e, Kind::Number, n.v);
            c.approx = approx;
            return Some(Step::Found(c));
        }
        // a year
        if let Some((c, prep)) = dates::year_ctx(ctx, n) {
            if names_an_edition(ctx, n) || (prep && !matches!(t.n(n.s.wrapping_sub(1)), "de" | "a" | "et" | "entre")) || self.counted(ctx, n).is_none() {
                return Some(Step::Found(c));
            }
        }
        // "1,5 et 0,41 masses solaires": a bare number takes the unit of its coordinated twin
        if !n.word && !n.ord {
            if let Some((kind, unit)) = self.twin_unit(ctx, n) {
                let mut c = Cand::num(n.s, n.e, Kind::Measure, n.v);
                c.kind = match kind.as_str() {
                    "money" => Kind::Money,
                    "percent" => Kind::Percent,
                    _ => Kind::Measure,
                };
                c.unit = Some(unit);
                c.approx = approx;
                return Some(Step::Found(c));
            }
        }
        if let Some(c) = self.twin_in_time(ctx, n, approx) {
            return Some(Step::Found(c));
        }
        if n.frac || n.decimal || n.signed {
            let mut c = Cand::num(n.s, n.e, Kind::Number, n.v);
            c.approx = approx;
            // "1,5 million de cas", "- 9 500 personnes", "1,8 enfant par femme": a
            // scaled or plain decimal, or a signed whole number, still counts its noun
            if (!n.frac || n.scaled) && (n.scaled || !(n.signed && n.decimal)) {
                if let Some(lemma) = self.counted(ctx, n) {
                    c.kind = Kind::Count;
                    c.unit = Some(lemma);
                } else if nothing_counted(ctx, n.e) {
                    // "15,9 millions de personnes …, et 20,4 millions dans toute l'Union";
                    // "21,2 % ce mois-ci, contre 21,8 il y a un an" (a listed measure only)
                    c.ellipsis = true;
                }
            }
            return Some(Step::Found(c));
        }
        None
    }

    /// "deux adolescentes de 14 et 17 ans", "pendant 2 ou 3 jours", "réduite de
    /// douze à six mois": a bare whole number coordinated with an age or a
    /// length of time, or falling to one, is one too, in the twin's unit.
    fn twin_in_time(&self, ctx: &Ctx, n: &Num, approx: Approx) -> Option<Cand> {
        let t = ctx.t;
        let k = n.e;
        if n.ord || n.scaled || n.collective || n.v.fract() != 0.0 || !matches!(t.n(k), "et" | "ou" | "a") || !t.soft(k) || !t.soft(k + 1) {
            return None;
        }
        let m = num::parse_num(t, ctx.tb, k + 1).filter(|m| !m.ord && !m.scaled && !m.lone_un)?;
        if t.n(k) == "a" && !ranges::falls_to(ctx, n, &m) {
            return None;
        }
        // the twin's unit read where it stands, not the twin parsed whole: a
        // list "1 et 2 et 3 … ans" would be parsed again from each number
        let (kind, unit, e) = self.unit_after(ctx, &m)?;
        if kind != "duration" || unit == "H" {
            return None;
        }
        let mut c = if dates::age_context(ctx, &m, &unit, e) {
            let mut age = Cand::num(n.s, n.e, Kind::Age, n.v);
            age.unit = Some(dates::age_unit(&unit).to_string());
            age
        } else {
            Cand::text(n.s, n.e, Kind::Duration, dates::iso_duration(n.v, &unit)?)
        };
        c.approx = approx;
        Some(c)
    }

    /// A count when a noun is counted ("2 571 personnes", "une seule
    /// femme"), an elided count ("dont 12 000 à Lyon"), else a bare number;
    /// the article "un"/"une" and a lone "neuf" are skipped.
    fn count_or_number(&self, ctx: &Ctx, n: Num, approx: Approx) -> Step {
        let t = ctx.t;
        if self.nq_after(ctx, n.e) {
            return Step::Skip(n.e);
        }
        // "une seule fois" is once, as "une fois" is: no figure
        if n.lone_un && matches!(t.n(n.e), "seul" | "seule") && t.n(n.e + 1) == "fois" {
            return Step::Skip(n.e + 2);
        }
        // the article "un"/"une" is not counted ("une femme"), but "une seule femme" is
        if n.lone_un && matches!(t.n(n.e), "seul" | "seule") && t.soft(n.e) {
            return Step::Found(self.emphatic_one(ctx, &n));
        }
        if let Some(lemma) = self.counted(ctx, &n).filter(|_| !n.lone_un) {
            let mut c = Cand::num(n.s, n.e, Kind::Count, n.v);
            c.unit = Some(lemma);
            c.approx = approx;
            return Step::Found(c);
        }
        if (n.lone_un && !article_is_a_number(ctx, &n)) || (n.lone_neuf && neuf_is_new(ctx, &n)) {
            return Step::Skip(n.e);
        }
        Step::Found(self.uncounted(ctx, &n, approx))
    }

    /// "une seule femme" counts its noun; "mais un seul situé plus près"
    /// leaves it out before a participle.
    fn emphatic_one(&self, ctx: &Ctx, n: &Num) -> Cand {
        let t = ctx.t;
        let mut c = Cand::num(n.s, n.e, Kind::Count, n.v);
        let participle = t.soft(n.e + 1) && {
            let w = t.raw(n.e + 1);
            dates::is_participle(w)
                && matches!(t.n(n.e + 2), "plus" | "moins" | "a" | "au" | "aux" | "par" | "dans" | "en" | "sur" | "pres" | "loin" | "sous")
        };
        c.unit = if participle { None } else { self.counted(ctx, n) };
        if c.unit.is_none() {
            c.kind = Kind::Number;
            c.ellipsis = true;
        }
        c
    }

    /// A number that counts no noun after it: a count of a noun given
    /// elsewhere ("estime à 75 000 le nombre d'emplois menacés"), an elided
    /// count ("dix morts : six à Quimper", "dont 12 000 à Lyon", "deux
    /// autres ont été blessées"; the spec's elided counts), or a bare number.
    fn uncounted(&self, ctx: &Ctx, n: &Num, approx: Approx) -> Cand {
        let t = ctx.t;
        let mut c = Cand::num(n.s, n.e, Kind::Number, n.v);
        c.approx = approx;
        if n.v >= 1.0 && n.v.fract() == 0.0 && !n.lone_un {
            if let Some(l) = self.nombre_de(ctx, n) {
                c.kind = Kind::Count;
                c.unit = Some(l);
            } else if ctx.tb.count_skip.contains(t.n(n.e)) && t.soft(n.e) && nothing_counted(ctx, n.e + 1) {
                // nothing counted after the adjective: "dont 21 nouvelles"
                c.ellipsis = true;
            } else if nothing_counted(ctx, n.e) {
                c.ellipsis = true;
            }
        }
        c
    }
}

/// How many atoms before "en" a verb that cuts into parts may stand:
/// "couperait le Donbass en deux".
const PARTS_VERB_REACH: usize = 5;

/// "coupé en deux", "couperait le Donbass en deux", "divisé en trois": the
/// number of parts something is cut into, a bare number, not a count of a
/// noun given earlier; "coupé en deux morceaux" counts its noun.
fn into_parts(ctx: &Ctx, n: &Num) -> bool {
    let t = ctx.t;
    if n.s < 2 || t.n(n.s - 1) != "en" || n.v > 100.0 || !nothing_counted(ctx, n.e) {
        return false;
    }
    let sentence = ctx.sentence.get(n.s).copied();
    (n.s.saturating_sub(1 + PARTS_VERB_REACH)..n.s - 1).rev().take_while(|&k| ctx.sentence.get(k).copied() == sentence).any(|k| {
        let lemma = ctx.lex.lemma(&t.raw(k).to_lowercase());
        lemma.is_some_and(crate::cuts_into_parts)
    })
}

/// A measure's unit per another measure's, where no row of `units.tsv`
/// names the pair: "1,92 g par litre" is g/L, "190 000 kg par mètre cube"
/// kg/m³. The other unit's symbol and where it ends.
fn per_unit(ctx: &Ctx, kind: &str, e: usize) -> Option<(String, usize)> {
    let t = ctx.t;
    if kind != "measure" || t.n(e) != "par" || !t.soft(e + 1) {
        return None;
    }
    // a case-sensitive unit as it is written: "par km", not "par KM"
    let (end, per) = ctx.tb.units.longest_where(t, e + 1, |got, u| !u.cs || got == u.raw)?;
    // not glued to a word, nor the head of a compound: "par mi-temps", "par t-shirt"
    let glued = t.is_word(end) && t.adj(end) && !t.n(end).ends_with('\'');
    let compound_head = t.n(end) == "-" && t.adj(end);
    (per.kind == "measure" && !glued && !compound_head).then(|| (per.unit.clone(), end))
}

/// "un arrondissement sur deux", "une sur trois": the second number of a
/// proportion, a bare number, not a count of a noun given earlier.
fn one_in(ctx: &Ctx, n: &Num) -> bool {
    let t = ctx.t;
    let one = |k: usize| matches!(t.n(k), "un" | "une");
    n.s >= 2 && t.n(n.s - 1) == "sur" && nothing_counted(ctx, n.e) && (one(n.s - 2) || (n.s >= 3 && one(n.s - 3) && t.is_word(n.s - 2)))
}

/// The article "un"/"une" is a number only in an enumeration ("un, deux,
/// trois", "trois, deux, un") or alone; not before its noun after a figure
/// and a comma ("Depuis 2011, une directive", "à 6m03, une barre", "à 9
/// heures 45, un incident").
fn article_is_a_number(ctx: &Ctx, n: &Num) -> bool {
    let t = ctx.t;
    let numish = |k: usize| k < t.len() && (t.is_digits(k) || num::word_info(ctx.tb, t.n(k)).is_some());
    let alone = n.s == 0 && n.e == t.len();
    let next_enum = matches!(t.n(n.e), "," | ";") && numish(n.e + 1);
    let glued_to_word = |k: usize| k > 0 && t.adj(k) && t.is_word(k - 1);
    let before_its_noun = t.is_word(n.e) && t.soft(n.e) && !t.first_upper(n.e);
    let prev_enum = n.s >= 2
        && matches!(t.n(n.s - 1), "," | ";")
        && numish(n.s - 2)
        && !before_its_noun
        && !(t.is_digits(n.s - 2) && (t.raw(n.s - 2).len() > 2 || glued_to_word(n.s - 2)));
    alone || next_enum || prev_enum
}

/// Words after which a lone "neuf" is the number nine ("les neuf", "et
/// neuf"); after any other word it is the adjective "new" ("un bâtiment
/// neuf").
const BEFORE_NINE: [&str; 25] = [
    "de", "a", "les", "des", "et", "sur", "en", "puis", "euh", "ces", "ses", "nos", "vos", "leurs", "mes", "tes", "par", "pour", "avec", "dont",
    "plus", "moins", "encore", "alors", "ou",
];

/// Whether a lone "neuf" is the adjective: after a word that is neither a
/// number word nor one of [`BEFORE_NINE`].
fn neuf_is_new(ctx: &Ctx, n: &Num) -> bool {
    let t = ctx.t;
    n.s > 0 && t.is_word(n.s - 1) && {
        let p = t.n(n.s - 1);
        num::word_info(ctx.tb, p).is_none() && !BEFORE_NINE.contains(&p)
    }
}

/// The unit phrase of the tables after number `n`: where it starts, where
/// it ends, the unit, and whether "de" led to it ("3 millions de dollars",
/// "une centaine de mètres", "trois quarts d'heure"); past a hyphen
/// ("10-mètres") or an adjective before a measure or a span of time ("les
/// 1 000 derniers milles", "les cinq dernières années").
fn unit_phrase_after<'b>(ctx: &Ctx<'_, 'b>, n: &Num) -> Option<(usize, usize, &'b data::UnitDef, bool)> {
    let t = ctx.t;
    let mut k = n.e;
    if k >= t.len() || !t.soft(k) {
        return None;
    }
    if t.n(k) == "-" && t.adj(k) && t.adj(k + 1) && t.is_word(k + 1) {
        k += 1;
    }
    let via_de = (n.scaled || n.collective || n.dozen || n.frac || (n.plain && n.v >= 1e5)) && matches!(t.n(k), "de" | "d'");
    if via_de {
        k += 1;
    }
    let unit_at = |k: usize| ctx.tb.units.longest_where(t, k, |got, u| !u.cs || got == u.raw);
    if let Some((e, u)) = unit_at(k) {
        return Some((k, e, u, via_de));
    }
    if via_de || !ctx.tb.unit_skip.contains(t.n(k)) || !t.soft(k + 1) {
        return None;
    }
    let (e, u) = unit_at(k + 1)?;
    (u.kind == "measure" || u.kind == "duration").then_some((k, e, u, via_de))
}

/// A measure's value and end with the parts after its unit at `e`: "6m03",
/// "1m75" (metres and centimetres in one word), "deux kilos et demi", "un
/// mètre et demi".
fn measure_with_parts(t: &Toks, n: &Num, unit: &str, e: usize) -> (f64, usize) {
    let mut value = (n.v, e);
    if let Some(cm) = glued_centimetres(t, n.e, e).filter(|_| unit == "m") {
        value = (n.v + cm, e + 1);
    }
    if let Some((part, end)) = dates::part_of_the_unit_after(t, unit, e).filter(|_| !n.frac) {
        value = (n.v + part, end);
    }
    value
}

/// "en dessous de zéro", "en-dessous du zéro" after a temperature's unit at
/// `e`: where the words end.
fn below_zero(t: &Toks, e: usize) -> Option<usize> {
    if !(t.n(e) == "en" && matches!(t.n(e + 1), "dessous" | "-")) {
        return None;
    }
    let zero = (e + 1..t.len().min(e + 6)).find(|&k| t.n(k) == "zero")?;
    Some(zero + 1)
}

/// "la 3D", "un film en 2D", "la 4G": digits glued to a capital D or G are
/// the name of a dimension or of a network generation, not a quantity.
fn is_a_dimension_or_network_name(t: &Toks, n: &Num) -> bool {
    !n.frac && !n.scaled && num::is_lone_digit(n.v) && t.adj(n.e) && matches!(t.raw(n.e), "D" | "G") && !(t.adj(n.e + 1) && t.is_word(n.e + 1))
}

/// The centimetres of a height written "6m03": a one-letter unit glued to
/// whole digits on the left and to exactly two digits on the right ("3 m2"
/// is a square metre, "6m03" six metres three).
fn glued_centimetres(t: &Toks, unit_at: usize, e: usize) -> Option<f64> {
    let glued = unit_at > 0 && e == unit_at + 1 && t.is_digits(unit_at - 1) && t.adj(unit_at) && t.adj(e) && t.raw(unit_at) == "m";
    let two_digits = t.is_digits(e) && t.raw(e).len() == 2 && !(t.adj(e + 1) && (t.is_digits(e + 1) || t.is_word(e + 1)));
    if !(glued && two_digits) {
        return None;
    }
    t.raw(e).parse::<f64>().ok().map(|v| v / 100.0)
}

/// "l'édition 2016 des championnats", "champion du monde 2015 devant": a
/// year right after a noun that a determiner opens names that noun's year,
/// whatever word follows it.
fn names_an_edition(ctx: &Ctx, n: &Num) -> bool {
    let t = ctx.t;
    let determiner = |k: usize| {
        matches!(t.n(k), "l'" | "le" | "la" | "les" | "du" | "des" | "au" | "aux" | "ce" | "cet" | "cette" | "son" | "sa" | "leur")
    };
    n.s >= 2 && t.is_word(n.s - 1) && t.soft(n.s) && !ctx.tb.count_stop.contains(t.n(n.s - 1)) && determiner(n.s - 2)
}
