//! Date and year ranges ("du 6 au 15 septembre", "2011-2012") and periods.

use super::*;

/// Date ranges: "du 6 au 15 septembre", "entre le 13 et le 15 juillet", "13-15 juillet",
/// "10 juin au 1er juillet", "entre novembre 2011 et mai 2012".
pub(super) fn date_range(ctx: &Ctx, i: usize) -> Option<Cand> {
    year_range(ctx, i).or_else(|| day_list(ctx, i)).or_else(|| decade(ctx, i)).or_else(|| {
        let (a, b) = range_bounds(ctx, i)?;
        resolved_range(ctx, i, a, b)
    })
}

/// The two bounds of a range opened at i by "du", "entre", "de" or by its
/// first bound, as read: both days or both months, with a month between
/// them or a "du"/"entre" start.
fn range_bounds(ctx: &Ctx, i: usize) -> Option<(Parts, Parts)> {
    let t = ctx.t;
    let (k, seps): (usize, &[&str]) = match t.n(i) {
        "du" => (i + 1, &["au", "jusqu'au"]),
        "entre" => (i + 1, &["et"]),
        "de" => (i + 1, &["a"]),
        _ => (i, &["au", "-", "jusqu'au", "et"]),
    };
    let k = after_months_of(ctx, k);
    let le = t.n(k) == "le";
    let k = if le { k + 1 } else { k };
    let a = parts(ctx, k, false).filter(|a| a.d.is_some() || a.m.is_some())?;
    if t.n(i) == "entre" && a.m.is_none() && !le {
        return None;
    }
    let j = if t.n(a.e) == "jusqu'" { a.e + 1 } else { a.e };
    if !seps.contains(&t.n(j)) || !t.soft(j) {
        return None;
    }
    let j2 = after_months_of(ctx, j + 1);
    let j2 = if t.n(j2) == "le" { j2 + 1 } else { j2 };
    let b = parts(ctx, j2, false).filter(|b| b.d.is_some() || b.m.is_some())?;
    // "les 9 et 10 juillet": two days of one month; "avril et mai 2017":
    // two months in a row, the year said once
    let two_days = a.m.is_none() && a.d.is_some() && b.d.is_some() && b.m.is_some();
    let two_months = a.d.is_none() && b.d.is_none() && a.y.is_none() && a.m.zip(b.m).is_some_and(|(x, y)| x + 1 == y);
    if t.n(j) == "et" && seps.len() > 1 && !(two_days || two_months) {
        return None;
    }
    let month_between = a.m.is_some() || b.m.is_some() || matches!(t.n(i), "du" | "entre");
    (end_ok(ctx, b.e) && month_between && a.d.is_some() == b.d.is_some()).then_some((a, b))
}

/// A range's value from its bounds: the first takes the month and year
/// the second gives it ("du 13 au 18 mai 2016"), or this month ("du 13 au
/// 18"); a first day after the second is in the year before, where the
/// second has its year ("du 28 décembre au 3 janvier 2016").
fn resolved_range(ctx: &Ctx, i: usize, a: Parts, b: Parts) -> Option<Cand> {
    let mut a2 = Parts { s: i, w: None, ..a };
    let mut b2 = Parts { s: i, w: None, ..b };
    if a2.m.is_none() {
        a2.m = b.m;
        a2.y = b.y;
    }
    if a2.y.is_none() && b.y.is_some() {
        a2.y = b.y;
    }
    if a2.d.is_some() && a2.m.is_none() {
        let r = ctx.refd?;
        a2.m = Some(r.month());
        a2.y = Some(r.year());
        b2.m = Some(r.month());
        b2.y = Some(r.year());
    }
    let mut va = resolve_parts(ctx, &a2)?;
    let vb = resolve_parts(ctx, &b2)?;
    if let (DV::Day(x), DV::Day(y)) = (va, vb) {
        if x > y && b.y.is_none() {
            return None;
        }
        if x > y {
            va = DV::Day(ymd(x.year() - 1, x.month(), x.day())?);
        }
    }
    let mut c = date_cand(i, b.e, va, Approx::Range);
    c.value_max = Some(Value::Text(fmt(vb)));
    Some(c)
}

/// A decade, "les années 1990", "années 80": the range of its ten years.
fn decade(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let k = if t.n(i) == "les" { i + 1 } else { i };
    if t.n(k) != "annees" || !t.is_digits(k + 1) {
        return None;
    }
    let digits = t.raw(k + 1);
    let y: i32 = digits.parse().ok()?;
    let first = match digits.len() {
        4 if y % 10 == 0 => y,
        2 if y % 10 == 0 => 1900 + y,
        _ => return None,
    };
    let mut c = date_cand(i, k + 2, DV::Year(first), Approx::Range);
    c.value_max = Some(Value::Text(fmt(DV::Year(first + 9))));
    Some(c)
}

/// Days of one month listed, "les 4, 5 et 6 mai": one range from the first
/// day to the last (the guidelines' "9 et 10 juillet", longer).
fn day_list(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let day_alone = |k: usize| parts(ctx, k, false).filter(|p| p.d.is_some() && p.m.is_none() && t.is_digits(k));
    let first = day_alone(i)?;
    let mut j = first.e;
    if t.n(j) != "," {
        return None;
    }
    while t.n(j) == "," {
        j = day_alone(j + 1)?.e;
    }
    if t.n(j) != "et" {
        return None;
    }
    let last = parts(ctx, j + 1, false).filter(|p| p.d.is_some() && p.m.is_some() && t.is_digits(j + 1))?;
    if !end_ok(ctx, last.e) {
        return None;
    }
    let from = resolve_parts(ctx, &Parts { s: i, m: last.m, y: last.y, w: None, ..first })?;
    let to = resolve_parts(ctx, &Parts { w: None, ..last })?;
    match (from, to) {
        (DV::Day(x), DV::Day(y)) if x < y => {}
        _ => return None,
    }
    let mut c = date_cand(i, last.e, from, Approx::Range);
    c.value_max = Some(Value::Text(fmt(to)));
    Some(c)
}

/// Past "les mois de", "le mois de", "mois de" or a bare "de" before a month
/// at `k` ("entre les mois de juillet et (de) septembre", "du mois de juillet
/// au mois de septembre": the guidelines' one range); `k` itself otherwise.
fn after_months_of(ctx: &Ctx, k: usize) -> usize {
    let t = ctx.t;
    let month_at = |j: usize| ctx.tb.months.contains_key(t.n(j));
    let skip = match (t.n(k), t.n(k + 1), t.n(k + 2)) {
        ("les" | "le", "mois", "de" | "d'") => 3,
        ("mois", "de" | "d'", _) => 2,
        ("de" | "d'", _, _) => 1,
        _ => 0,
    };
    if skip > 0 && month_at(k + skip) {
        k + skip
    } else {
        k
    }
}

/// Words that may follow a year range; another word after it is likely what a number range
/// counts ("entre 2000 et 3000 personnes").
pub(super) const AFTER_YEARS: &[&str] = &[
    "du", "de", "d'", "des", "la", "le", "l'", "les", "et", "ou", "a", "au", "aux", "en", "dans", "pour", "par", "sur",
    "avec", "selon", "sans", "chez", "vers", "depuis", "puis", "qui", "que", "qu'", "dont", "ce", "cette", "ces", "son",
    "sa", "ses", "leur", "leurs", "il", "elle", "ils", "elles", "on", "mais", "est", "sont", "a", "ont", "etait",
    // conjunctions and adverbs of time, which no number counts ("de 1998 à 2002 quand son mari …")
    "quand", "lorsque", "lorsqu'", "alors", "avant", "apres", "pendant", "lors", "durant", "ainsi", "comme", "car", "ni",
];

/// Year ranges: "entre 2008 et 2009", "de 2008 à 2010", "2002-2004", "2012-2013", "2012-13".
pub(super) fn year_range(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let (k, seps): (usize, &[&str]) = match t.n(i) {
        "entre" => (i + 1, &["et"]),
        "de" => (i + 1, &["a"]),
        // "en 2010 et 2011", "championne 2011 et 2012": one range (the guidelines)
        _ => (i, &["-", "a", "au", "et"]),
    };
    if !t.is_digits(k) || t.raw(k).len() != 4 || !t.soft(k) {
        return None;
    }
    let y1: i32 = t.raw(k).parse().ok()?;
    let sep = t.n(k + 1);
    if !seps.contains(&sep) {
        return None;
    }
    let hy = sep == "-";
    if hy && !(t.adj(k + 1) && t.adj(k + 2)) {
        return None;
    }
    // "candidats respectivement en 1969 et 1974": two years, one each
    if sep == "et" && (1..=2).any(|back| k >= back && t.n(k - back) == "respectivement") {
        return None;
    }
    if !hy && !t.soft(k + 1) {
        return None;
    }
    if !t.is_digits(k + 2) || !t.soft(k + 2) {
        return None;
    }
    let r2 = t.raw(k + 2);
    let y2: i32 = match r2.len() {
        4 => r2.parse().ok()?,
        2 if hy => y1 / 100 * 100 + r2.parse::<i32>().ok()?,
        _ => return None,
    };
    let e = k + 3;
    let lo = if k == i { 1900 } else { 1000 };
    if !(lo..=2100).contains(&y1) || !(lo..=2100).contains(&y2) || y2 <= y1 || y2 - y1 > 100 {
        return None;
    }
    // not a bigger number, a decimal, a unit or a counted noun after it
    // ("Entre 2004 et 2007, 9 enfants": a comma and a space end the range)
    let glued_digits = t.is_digits(e + 1) && t.adj(e + 1);
    if (t.is_punct(e) && t.adj(e) && matches!(t.n(e), "," | "." | "-" | "/") && glued_digits) || (t.is_digits(e) && t.soft(e)) || unit_here(ctx, e) {
        return None;
    }
    // "la saison 2015-2016 poursuit": two glued consecutive years are a season, whatever follows
    let season = hy && y2 == y1 + 1;
    if !season && t.is_word(e) && t.soft(e) && !t.first_upper(e) && !AFTER_YEARS.contains(&t.n(e)) && !ctx.tb.count_stop.contains(t.n(e)) {
        return None;
    }
    // "2 000-3 000": not years
    if k > 0 && t.is_digits(k - 1) && t.soft(k) {
        return None;
    }
    let mut c = Cand::text(i, e, Kind::Date, format!("{:04}", y1));
    c.value_max = Some(Value::Text(format!("{:04}", y2)));
    c.approx = Approx::Range;
    Some(c)
}

/// "premier semestre 2012", "au troisième trimestre", "l'été dernier": a
/// period of months of one year: the year written after it, else the
/// article's, or for a `last` period the last one over before the article
/// date, for a `next` one the next to begin in or after its month.
pub(super) fn period(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let (e, op) = ctx.tb.relative.longest(t, i)?;
    let mut parts = op.strip_prefix("period:")?.split(':');
    let (m1, m2) = parts.next()?.split_once('-')?;
    let (m1, m2): (u32, u32) = (m1.parse().ok()?, m2.parse().ok()?);
    // `last` or `next`, else none; anything else is no period of this table
    let which = parts.next();
    if which.is_some_and(|w| w != "last" && w != "next") {
        return None;
    }
    let mut k = e;
    if matches!(t.n(k), "de" | "du") && t.is_digits(k + 1) {
        k += 1;
    }
    let (y, e) = match year_at(ctx, k, false) {
        Some((y, e2)) if which.is_none() => (y, e2),
        _ => {
            let r = ctx.refd?;
            let shift = match which {
                Some("last") if m2 >= r.month() => -1,
                Some("next") if m1 < r.month() => 1,
                _ => 0,
            };
            (r.year() + shift, e)
        }
    };
    let mut c = Cand::text(i, e, Kind::Date, format!("{:04}-{:02}", y, m1));
    // "début de l'été 2015": one month
    if m2 != m1 {
        c.value_max = Some(Value::Text(format!("{:04}-{:02}", y, m2)));
        c.approx = Approx::Range;
    }
    Some(c)
}

/// "les neuf premiers mois de l'année 2016", "les trois premiers trimestres
/// de l'année": a date range from January to the last month counted, in the
/// year given or the article's (the annotation guidelines' reading).
pub(super) fn first_months_of_year(ctx: &Ctx, n: &Num, unit: &str, e: usize) -> Option<Cand> {
    let t = ctx.t;
    let months_per_unit = match unit {
        "M" => 1.0,
        "Q" => 3.0,
        "SEM" => 6.0,
        _ => return None,
    };
    let last = n.v * months_per_unit;
    if !matches!(t.n(n.e), "premiers" | "premieres") || last.fract() != 0.0 || !(1.0..=12.0).contains(&last) {
        return None;
    }
    if !(matches!(t.n(e), "de") && t.n(e + 1) == "l'" && t.n(e + 2) == "annee") {
        return None;
    }
    let explicit = t.is_digits(e + 3) && t.raw(e + 3).len() == 4 && t.soft(e + 3);
    let (year, end) = match explicit {
        true => (t.raw(e + 3).parse::<i32>().ok()?, e + 4),
        false => (ctx.refd?.year(), e + 3),
    };
    let mut c = Cand::text(n.s, end, Kind::Date, format!("{year:04}-01"));
    c.value_max = Some(Value::Text(format!("{year:04}-{:02}", last as u32)));
    c.approx = Approx::Range;
    Some(c)
}
