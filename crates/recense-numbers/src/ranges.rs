//! Ordinals and ranges ("de 10 à 15 %", "entre 3 et 5 millions").

use crate::num::{self, Num};

use crate::*;

impl Recognizer {
    pub(crate) fn ordinal(&self, ctx: &Ctx, n: Num) -> Step {
        let t = ctx.t;
        // "la 5e place" is a rank, not a street address ("5 place de la Gare");
        // "les premiers ministres" is a title, as "le premier ministre" is
        // (the table holds the singular: "40 ministres" is a count)
        // (not "des": "les trois premiers des 20 candidats" are ranks)
        let title_plural = t.n(n.e).strip_suffix('s').is_some_and(|singular| singular.len() > 3 && ctx.tb.nq_after.contains_first(singular));
        if (self.nq_after(ctx, n.e) && !matches!(t.n(n.e), "place" | "places")) || (title_plural && t.soft(n.e)) {
            return Step::Skip(n.e);
        }
        // "la dernière seconde", "une fraction de seconde", "les dixièmes de
        // seconde": the time unit, not an ordinal
        if n.e == n.s + 1 && matches!(t.n(n.s), "seconde" | "secondes") {
            let nx = n.e;
            let of_a_second = n.s > 0 && matches!(t.n(n.s - 1), "de" | "d'");
            if of_a_second || !(t.is_word(nx) && t.soft(nx) && !ctx.tb.count_stop.contains(t.n(nx))) {
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
    pub(crate) fn range_from(&self, ctx: &Ctx, a: Num, seps: &[&str]) -> Option<Cand> {
        let t = ctx.t;
        let (b, k, mut c) = self.upper_bound(ctx, &a, seps)?;
        if c.kind == Kind::Time {
            return hours_range(ctx, &a, c);
        }
        if c.kind == Kind::Percent && change_from(ctx, a.s) {
            return None;
        }
        c.value_max = Some(c.value.clone());
        c.value = Value::Number(lower_bound_value(t, &a, &b));
        // "entre -21 et -27 °C": two values below zero, the colder first or last
        if a.v < 0.0 && b.v < 0.0 && b.v < a.v {
            if let Some(upper) = c.value_max.as_mut() {
                std::mem::swap(&mut c.value, upper);
            }
        }
        if matches!(c.kind, Kind::Duration | Kind::Age) {
            // "de 18 à 25 ans": an age when the context before the range says so, else a
            // duration range with both bounds in ISO 8601
            let (_, unit, e) = self.unit_after(ctx, &b)?;
            if dates::age_context(ctx, &a, &unit, e) || c.kind == Kind::Age {
                let mut age = Cand::num(a.s, c.e, Kind::Age, a.v);
                age.value_max = Some(Value::Number(b.v));
                age.unit = Some(dates::age_unit(&unit).to_string());
                age.approx = Approx::Range;
                return Some(age);
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

    /// The upper bound after `a` and one of `seps`: the number, the
    /// separator's token, and the quantity it makes with what follows it
    /// (whose unit `a`'s own unit, if any, must match: "10 euro - 20 euro").
    fn upper_bound(&self, ctx: &Ctx, a: &Num, seps: &[&str]) -> Option<(Num, usize, Cand)> {
        let t = ctx.t;
        if a.ord || a.bare_denom {
            return None;
        }
        let (unit1, k) = match self.unit_after(ctx, a) {
            Some((kind, unit, e)) if kind != "duration" => (Some((kind, unit)), e),
            _ => (None, a.e),
        };
        let sep = t.n(k);
        if !seps.contains(&sep) || !t.soft(k) {
            return None;
        }
        // "16 ou 17 morts" is a range, "0,20 mSv/h ou 0,32 mSv/h" two figures
        if sep == "ou" && unit1.is_some() {
            return None;
        }
        if sep == "-" && !(t.is_digits(k + 1) || t.is_word(k + 1)) {
            return None;
        }
        // "de 26 milliards en 2015 à 41 milliards": a year after "en" bounds no range
        if a.plain && (1000.0..=2100.0).contains(&a.v) && a.s > 0 && matches!(t.n(a.s - 1), "en" | "depuis") {
            return None;
        }
        let b = num::parse_num(t, ctx.tb, k + 1)?;
        let both_below_zero = a.v < 0.0 && b.v < 0.0;
        if b.ord || b.bare_denom || b.lone_un || (b.v < a.v && !both_below_zero) || !t.soft(k + 1) {
            return None;
        }
        let Step::Found(c) = self.after_number(ctx, b.clone()) else {
            return None;
        };
        if let Some((kind, unit)) = &unit1 {
            if c.unit.as_deref() != Some(unit.as_str()) && kind != "count" {
                return None;
            }
        }
        let whole_hours = |n: &Num| !(n.decimal || n.scaled || n.collective || n.frac || n.signed) && n.v <= 24.0 && n.v.fract() == 0.0;
        let hours_after_a = c.kind == Kind::Time && sep == "a" && unit1.is_none() && whole_hours(a) && whole_hours(&b);
        if matches!(c.kind, Kind::Date | Kind::Datetime | Kind::Ordinal) || (c.kind == Kind::Time && !hours_after_a) {
            return None;
        }
        if hours_after_a {
            // the clock reading with its minutes: "de 9 à 12 heures 30"
            let clock = dates::parse(ctx, b.s).filter(|clock| clock.kind == Kind::Time)?;
            return Some((b, k, clock));
        }
        Some((b, k, c))
    }

    pub(crate) fn range(&self, ctx: &Ctx, i: usize, seps: &[&str]) -> Option<Cand> {
        let a = num::parse_num(ctx.t, ctx.tb, i)?;
        self.range_from(ctx, a, seps)
    }
}

/// "de 15 à 17 heures": both bounds clock times, the unit said once (the
/// upper bound reads as a time only because "à" opens it); "a duré de 3 à
/// 4 heures", "attendu 3 à 5 heures" and a range with no "de" before it are
/// lengths of time instead. `upper` is the upper bound read as a time.
fn hours_range(ctx: &Ctx, a: &Num, upper: Cand) -> Option<Cand> {
    let t = ctx.t;
    let opened_by_de = a.s > 0 && t.n(a.s - 1) == "de";
    let lasting = dates::said_to_last(ctx.tb, t, a.s) || (opened_by_de && dates::said_to_last(ctx.tb, t, a.s - 1));
    let Value::Text(hh_mm) = &upper.value else { return None };
    let (h, m) = hh_mm.split_once(':')?;
    let (h, m): (f64, f64) = (h.parse().ok()?, m.parse().ok()?);
    let (kind, low, high) = if opened_by_de && !lasting {
        (Kind::Time, dates::tfmt(a.v as u32, 0), hh_mm.clone())
    } else {
        let high = if m > 0.0 { dates::iso_duration_of(&[(h, "H"), (m, "MIN")]) } else { dates::iso_duration(h, "H") };
        (Kind::Duration, dates::iso_duration(a.v, "H")?, high?)
    };
    let mut c = Cand::text(a.s, upper.e, kind, low);
    c.value_max = Some(Value::Text(high));
    c.approx = Approx::Range;
    Some(c)
}

/// "80 000", "80 000" (a space-like separator, then three zeros).
fn ends_with_thousands_group(raw: &str) -> bool {
    raw.strip_suffix("000").and_then(|head| head.chars().last()).is_some_and(|c| c.is_whitespace() || c == '.')
}

/// "passant de 9,7 à 9,5 %": the rate a change starts from, a quantity of
/// its own (the guidelines), not the lower bound of a range.
pub(crate) fn change_from(ctx: &Ctx, s: usize) -> bool {
    let t = ctx.t;
    s >= 2 && t.n(s - 1) == "de" && matches!(t.n(s - 2), "passant" | "passe" | "passer" | "passee" | "passes" | "passees" | "passait" | "passera")
}

/// "de 12 à 6 mois", "de 10 à 5 tonnes": with `m` the number right after
/// `n`'s "à", a fall from one figure to a smaller one, a change of two
/// figures (no range runs downwards).
pub(crate) fn falls_to(ctx: &Ctx, n: &Num, m: &Num) -> bool {
    debug_assert_eq!(m.s, n.e + 1, "m is the number right after n's \"à\"");
    n.s >= 1 && ctx.t.n(n.s - 1) == "de" && m.v < n.v && n.v >= 0.0 && m.v >= 0.0
}

/// The lower bound's value: `a`'s own, or scaled as the upper bound `b` is:
/// "6 à 7 milliards" (the scale word of the upper bound scales both),
/// "entre 60 et 80 000" (the upper bound's thousands are the lower's too).
fn lower_bound_value(t: &Toks, a: &Num, b: &Num) -> f64 {
    let scales_both = !a.scaled && b.scaled && b.last_scale > 0.0 && a.v * b.last_scale <= b.v;
    let digits_only = |x: &Num| !x.word && !x.decimal && !x.scaled && !x.frac && !x.signed && !x.collective;
    let grouped = (b.e > b.s + 1 && t.raw(b.e - 1) == "000") || ends_with_thousands_group(t.raw(b.e - 1));
    let thousands_both = a.plain && digits_only(b) && grouped && a.v < 1000.0 && a.v * 1e3 <= b.v && a.v * 1e4 >= b.v;
    if scales_both {
        a.v * b.last_scale
    } else if thousands_both {
        a.v * 1e3
    } else {
        a.v
    }
}
