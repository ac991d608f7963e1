//! Dates given relative to the article: the relative-phrase table ("hier",
//! "la semaine dernière"), weekdays, single dates and shifted dates.

use super::*;
use crate::tok::Toks;

/// Relative phrase from the table at i.
pub(super) fn relative(ctx: &Ctx, i: usize) -> Option<(usize, DV, i64)> {
    let t = ctx.t;
    let r = ctx.refd?;
    let (e, op) = ctx.tb.relative.longest(t, i)?;
    // "ce jour-là", "cette année-là": the day the story told, not the article's
    if t.n(e) == "-" && t.adj(e) && t.n(e + 1) == "la" && t.adj(e + 1) {
        return None;
    }
    let (kind, arg) = op.trim_start_matches(STORY).split_once(':')?;
    match kind {
        "day" | "month" | "year" | "week" => {
            let n: i64 = arg.parse().ok()?;
            let days = if kind == "day" { n } else { 0 };
            Some((e, moved_by(r, kind, n)?, days))
        }
        "holiday" => {
            if names_a_thing(ctx, i) {
                return None;
            }
            let (m, d) = arg.split_once('-')?;
            let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
            let x = resolve_dm(ctx, i, d, m)?;
            Some((e, DV::Day(x), 0))
        }
        _ => None,
    }
}

/// The mark of a relative phrase counted from the story's last date, not
/// the article's ("le lendemain", "le mois suivant").
const STORY: &str = "story-";

/// How many quantities back a story's date is looked for: a bound, so that
/// a sentence of such phrases that runs for pages stays linear.
const STORY_REACH: usize = 32;

/// "En mai 2012 … le mois suivant", "enlevé ce mercredi 29 mars …, levé le
/// lendemain soir", "Le 22 décembre, le pape … Le lendemain, l'Ordre …": a
/// phrase counted from the story's date is re-counted from the last date
/// given before it in its sentence or the one before (read on the
/// unannotated articles: five such phrases right where the article's date
/// had them all wrong; the sentence before sometimes tells another time:
/// "les nominations avaient été annoncées le 3 mai. La cérémonie … la nuit
/// précédente"), when that date has the grain it needs (a day for "la
/// veille", a month for "le mois suivant");
/// with none, it stays counted from the article date. A date set beside it
/// says which day ("la veille, 8 février"); "le lendemain du 13 février",
/// whose date follows, and "le lendemain à 18 h", a datetime of its own,
/// are left alone.
pub(crate) fn counted_from_the_story(t: &crate::tok::Toks, sentence: &[u32], tb: &crate::data::Tables, cands: &mut [Cand]) {
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.kind != Kind::Date || matches!(t.n(c.e), "du" | "de" | "d'") {
            continue;
        }
        let Some((e, op)) = tb.relative.longest(t, c.s).filter(|(e, _)| *e == c.e) else { continue };
        let Some((kind, arg)) = op.strip_prefix(STORY).and_then(|op| op.split_once(':')) else { continue };
        let Ok(n) = arg.parse::<i64>() else { continue };
        // "la veille, 8 février": the date set beside it says which day
        if let Some(apposed) = cands.get(i + 1).filter(|a| t.n(e) == "," && a.s == e + 1 && a.kind == Kind::Date) {
            cands[i].value = apposed.value.clone();
            continue;
        }
        let here = sentence.get(c.s).copied().unwrap_or(0);
        let told = cands[..i]
            .iter()
            .rev()
            .take(STORY_REACH)
            .take_while(|a| sentence.get(a.s).copied().unwrap_or(0) + 1 >= here)
            .find(|a| matches!(a.kind, Kind::Date | Kind::Datetime))
            .and_then(|a| match &a.value {
                Value::Text(v) => from_the_date(v, kind, n),
                _ => None,
            });
        if let Some(dv) = told {
            cands[i].value = Value::Text(fmt(dv));
        }
    }
}

/// `n` days, weeks, months or years from a reference day, at that grain.
fn moved_by(r: NaiveDate, kind: &str, n: i64) -> Option<DV> {
    match kind {
        "day" => Some(DV::Day(r + Duration::days(n))),
        "week" => Some(DV::Week(r + Duration::days(7 * n))),
        "month" => {
            let d = add_months(r.with_day(1)?, n as i32)?;
            Some(DV::Month(d.year(), d.month()))
        }
        "year" => Some(DV::Year(r.year() + n as i32)),
        _ => None,
    }
}

/// [`moved_by`] from an ISO date or datetime, when it has the grain the
/// shift needs ("2012-05" has none for a day).
fn from_the_date(iso: &str, kind: &str, n: i64) -> Option<DV> {
    let day = match kind {
        "day" | "week" => NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok()?,
        "month" => NaiveDate::parse_from_str(&format!("{}-01", iso.get(..7)?), "%Y-%m-%d").ok()?,
        _ => NaiveDate::from_ymd_opt(iso.get(..4)?.parse().ok()?, 1, 1)?,
    };
    moved_by(day, kind, n)
}

/// Whether the holiday at `i` names a thing, not a day: "le marché de
/// Noël", "un sapin de Noël", "le Père Noël" (but "le soir de Noël",
/// "la veille de Noël" are days).
fn names_a_thing(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.t;
    let time_noun = |w: &str| {
        matches!(w, "jour" | "veille" | "lendemain" | "soir" | "soiree" | "nuit" | "matin" | "matinee" | "week-end" | "semaine" | "periode" | "fete" | "fetes")
    };
    let after_de = i >= 2 && matches!(t.n(i - 1), "de" | "d'") && !time_noun(t.n(i - 2));
    let father = i >= 1 && t.n(i - 1) == "pere";
    after_de || father
}

/// Weekday expressions: "lundi", "lundi prochain", "mardi de la semaine prochaine", "lundi en huit".
pub(super) fn weekday_expr(ctx: &Ctx, i: usize) -> Option<(usize, NaiveDate)> {
    let t = ctx.t;
    let r = ctx.refd?;
    let this = t.n(i) == "ce";
    let (w, e) = weekday_at(ctx, if this { i + 1 } else { i })?;
    // "ce lundi" said on a Monday: today
    if this && r.weekday().number_from_monday() == w && !matches!(t.n(e), "prochain" | "dernier" | "passe" | "suivant" | "precedent") {
        return Some((e, r));
    }
    said_after_the_weekday(t, e, r, w).or_else(|| Some((e, weekday_by_tense(ctx, i, r, w))))
}

/// Weekday `w` with the words after it at `e` that place it: "de la
/// semaine prochaine", "de la semaine d'après", "cette semaine",
/// "prochain", "suivant", "dernier", "en huit", "en quinze".
fn said_after_the_weekday(t: &Toks, e: usize, r: NaiveDate, w: u32) -> Option<(usize, NaiveDate)> {
    let wn = |j: usize| t.n(e + j);
    let de = usize::from(wn(0) == "de");
    if wn(de) == "la" && wn(de + 1) == "semaine" {
        let x = e + de + 2;
        match t.n(x) {
            "prochaine" | "suivante" => return Some((x + 1, week_day(r, w, 1))),
            "derniere" | "passee" | "precedente" => return Some((x + 1, week_day(r, w, -1))),
            "d'" if t.n(x + 1) == "apres" => return Some((x + 2, week_day(r, w, 1))),
            _ => {}
        }
    }
    match (wn(0), wn(1)) {
        ("cette", "semaine") => Some((e + 2, week_day(r, w, 0))),
        ("prochain", _) => Some((e + 1, next_wd(r, w, true))),
        ("suivant", _) => Some((e + 1, week_day(r, w, 1))),
        ("d'", "apres") => Some((e + 2, week_day(r, w, 1))),
        ("dernier" | "passe" | "precedent", _) => Some((e + 1, prev_wd(r, w))),
        ("en", "huit" | "8") => Some((e + 2, next_wd(r, w, false) + Duration::days(7))),
        ("en", "quinze" | "15") => Some((e + 2, next_wd(r, w, false) + Duration::days(14))),
        _ => None,
    }
}

/// A bare weekday `w` at i: a day ahead after "pour" or "d'ici" ("prévues
/// pour mardi", whatever the sentence's tense), one behind after
/// "depuis" ("mis en examen depuis mardi"); in a sentence of no tense, the
/// nearest (the article's own weekday that day); in the past, the last one
/// (the article's own weekday that day: "a affirmé l'ONU lundi" in
/// Monday's article); else the next one.
fn weekday_by_tense(ctx: &Ctx, i: usize, r: NaiveDate, w: u32) -> NaiveDate {
    let t = ctx.t;
    let before = |j: usize| if i >= j { t.n(i - j) } else { "" };
    let ahead = before(1) == "pour" || (before(1) == "ici" && before(2) == "d'");
    let behind = before(1) == "depuis";
    let today = r.weekday().number_from_monday() == w;
    if ahead {
        next_wd(r, w, true)
    } else if (behind || nearest(ctx, i) || dir(ctx, i) < 0) && today {
        r
    } else if behind {
        prev_wd(r, w)
    } else if nearest(ctx, i) {
        closer(r, Some(prev_wd(r, w)), Some(next_wd(r, w, true))).unwrap_or(r)
    } else if dir(ctx, i) < 0 {
        prev_wd(r, w)
    } else {
        next_wd(r, w, true)
    }
}

/// One date (no range): its first and end token, value and approximation.
pub(super) type Single = (usize, usize, DV, Approx);

/// One date (no range) at i, tried in order: a shift from the article
/// date, part of a period, a phrase of the relative table, the nth day of
/// a month, a weekday, a calendar date.
pub(super) fn date_single(ctx: &Ctx, i: usize) -> Option<Single> {
    shifted(ctx, i)
        .or_else(|| part_of_period(ctx, i))
        .or_else(|| relative(ctx, i).map(|(e, dv, _)| (i, e, dv, Approx::Exact)))
        .or_else(|| nth_day_of_month(ctx, i))
        .or_else(|| weekday_phrase(ctx, i))
        .or_else(|| calendar_date(ctx, i))
}

/// "mi-2019", "fin 2018", "début janvier", "mi-mars": the year or month at
/// its grain, exact (as the gold has it); a deadline "d'ici (à) fin 2016"
/// is its last month (the guidelines). Other phrases ("début d'année") are
/// the relative table's.
fn part_of_period(ctx: &Ctx, i: usize) -> Option<Single> {
    let t = ctx.t;
    let w = t.n(i);
    if !matches!(w, "mi" | "fin" | "debut" | "courant") {
        return None;
    }
    let mut k = i + 1;
    if t.n(k) == "-" && t.adj(k) {
        k += 1;
    }
    if t.n(k) == "de" || t.n(k) == "d'" {
        k += 1;
    }
    if let Some((y, e)) = year_at(ctx, k, false) {
        let deadline = w == "fin" && (1..=3).any(|back| i > back && (t.n(i - back) == "d'ici" || (t.n(i - back) == "ici" && t.n(i - back - 1) == "d'")));
        return Some((i, e, if deadline { DV::Month(y, 12) } else { DV::Year(y) }, Approx::Exact));
    }
    let p = parts(ctx, k, true).filter(|p| p.d.is_none())?;
    let dv = resolve_parts(ctx, &Parts { s: i, ..p })?;
    Some((i, p.e, dv, Approx::Exact))
}

/// "3eme jour d'octobre", "le dernier jour d'octobre 2015".
fn nth_day_of_month(ctx: &Ctx, i: usize) -> Option<Single> {
    let t = ctx.t;
    let k = if t.n(i) == "le" { i + 1 } else { i };
    let (d, e) = if t.n(k) == "dernier" {
        (0u32, k + 1)
    } else {
        num::parse_num(t, ctx.tb, k).filter(|n| n.ord && n.v >= 1.0 && n.v <= 31.0).map(|n| (n.v as u32, n.e))?
    };
    if !(t.n(e) == "jour" && matches!(t.n(e + 1), "d'" | "de")) {
        return None;
    }
    let p = parts(ctx, e + 2, true).filter(|p| p.d.is_none())?;
    let DV::Month(y, m) = resolve_parts(ctx, &p)? else {
        return None;
    };
    let day = if d == 0 { (add_months(ymd(y, m, 1)?, 1)? - Duration::days(1)).day() } else { d };
    Some((i, p.e, DV::Day(ymd(y, m, day)?), Approx::Exact))
}

/// A weekday phrase ("lundi", "ce lundi", "lundi prochain"), not a weekday
/// before its day number ("mercredi 13"), which is a calendar date.
fn weekday_phrase(ctx: &Ctx, i: usize) -> Option<Single> {
    let t = ctx.t;
    let w = t.n(i);
    let wk = if w == "ce" { i + 1 } else { i };
    if !ctx.tb.weekdays.contains_key(t.n(wk)) {
        return None;
    }
    // a capital inside a sentence makes it a name: "il publie Vendredi ou
    // la Vie sauvage"; a day number after it still makes a date, as do a
    // schedule's time before it ("9h30 - 11h00 Jeudi"), "ce" and the words
    // that place a day ("ce Vendredi", "Vendredi prochain", "Lundi soir")
    let placed = w == "ce" || matches!(t.n(wk + 1), "prochain" | "dernier" | "soir" | "matin" | "midi" | "apres-midi");
    let named = t.capitalised_word(wk) && !ctx.opens_sentence(wk) && !t.is_digits(wk - 1) && !placed;
    let after = weekday_at(ctx, wk).map(|x| x.1).unwrap_or(wk + 1);
    let day_in_parentheses = t.n(after) == "(" && day_at(ctx, after + 1).is_some_and(|(_, e)| t.n(e) == ")");
    let has_day = day_at(ctx, after).is_some() || (t.n(after) == "le" && day_at(ctx, after + 1).is_some()) || numeric(ctx, after).is_some() || day_in_parentheses;
    if has_day || named {
        return None;
    }
    let (e, d) = weekday_expr(ctx, i)?;
    Some((i, e, DV::Day(d), Approx::Exact))
}

/// A calendar date from its parts: "le 3", "mardi 3 mars", "mars 2015",
/// "le mois de mars", "cette février" (this year's).
fn calendar_date(ctx: &Ctx, i: usize) -> Option<Single> {
    let t = ctx.t;
    let (k, this_year) = match t.n(i) {
        "au" | "le" if t.n(i + 1) == "mois" && t.n(i + 2) == "de" => (i + 3, false),
        "mois" if t.n(i + 1) == "de" => (i + 2, false),
        "ce" | "cette" | "cet" if ctx.tb.months.contains_key(t.n(i + 1)) => (i + 1, true),
        _ => (i, false),
    };
    let p = parts(ctx, k, false)?;
    // a day number alone needs "le" or a weekday, and is only a date before a time or the end
    if p.m.is_none() && p.y.is_none() {
        if p.w.is_none() && t.n(k) != "le" {
            return None;
        }
        if p.w.is_none() {
            let nx = connector(ctx, p.e).end;
            // an opening quote or bracket goes on: "le premier « binaire X »" is no day
            let ok_end = p.e >= t.len() || (t.is_punct(p.e) && !matches!(t.n(p.e), "%" | "-" | "/" | "," | "'" | "«" | "“" | "(" | "["));
            if !(ok_end || (nx > p.e && time_at(ctx, nx).is_some())) {
                return None;
            }
        }
    }
    // a month is written in lower case: a capitalised "Mars" alone inside a
    // sentence is the planet ("l'atmosphère de Mars"), not March
    let alone = p.d.is_none() && p.y.is_none() && p.w.is_none() && k == i;
    let mid_sentence = i > 0 && ctx.sentence.get(i - 1) == ctx.sentence.get(i) && !t.is_punct(i - 1);
    if alone && mid_sentence && t.first_upper(i) {
        return None;
    }
    let dv = if this_year && p.y.is_none() && p.d.is_none() {
        DV::Month(ctx.refd?.year(), p.m?)
    } else {
        resolve_parts(ctx, &Parts { s: i, ..p })?
    };
    Some((i, p.e, dv, Approx::Exact))
}

/// "il y a trois ans", "dans deux mois", "deux jours plus tard", "un jour après".
pub(super) fn shifted(ctx: &Ctx, i: usize) -> Option<Single> {
    let t = ctx.t;
    let r = ctx.refd?;
    // 0 when the words after the unit say
    let (from_now, k) = from_now(t, i).unwrap_or((0, i));
    let (approx, k) = match ctx.tb.qualifiers.longest(t, k) {
        Some((e, a)) if from_now != 0 => (crate::Approx::parse(a), e),
        _ => (Approx::Exact, k),
    };
    let n = num::parse_num(t, ctx.tb, k)?;
    if n.ord || n.v < 0.0 || n.v > 10000.0 || n.v.fract() != 0.0 {
        return None;
    }
    let (e, u) = ctx.tb.units.longest_where(t, n.e, |_, u| u.kind == "duration")?;
    if !t.soft(n.e) {
        return None;
    }
    let (sign, mut e) = if from_now != 0 {
        (from_now, e)
    } else {
        if let Some((end, day)) = counted_from_a_day(ctx, e, &u.unit, n.v as i64) {
            return Some((i, end, DV::Day(day), approx));
        }
        // "deux mois plus tard" in a past narrative counts from a told event, not from the
        // article date: a duration
        if matches!(ctx.tense.get(i).copied().unwrap_or(0), -1 | crate::NEAREST) {
            return None;
        }
        direction_after(t, e)?
    };
    // the shift in months and days, with the parts after the first unit:
    // "dans deux ans et demi", "dans 8 semaines et 2 jours"
    let (mut months, mut days) = months_and_days(&u.unit, n.v as i64)?;
    if let Some((m, d, end)) = rest_of_shift(ctx, &u.unit, e) {
        months += m;
        days += d;
        e = end;
    }
    if from_now != 0 && u.unit == "Y" && n.v >= 2.0 && days == 0 && months % 12 == 0 {
        // "il y a 30 ans", "dans cinq ans": a span of years, a duration (the
        // project's guidelines, as its gold writes it every time), not a
        // month; "dans un an", which the gold leaves optional, stays a date
        return None;
    }
    let shifted = add_months(r, (months * sign) as i32)? + Duration::days(days * sign);
    // years alone, or years and months, land on a month; anything finer on a day
    let dv = if days == 0 && u.unit == "Y" { DV::Month(shifted.year(), shifted.month()) } else { DV::Day(shifted) };
    Some((i, e, dv, approx))
}

/// "2 semaines après vendredi", "trois jours avant le 14 juillet": `n` of
/// a duration unit counted from the day named after "après"/"avant" at
/// `e`; the day and where its words end.
fn counted_from_a_day(ctx: &Ctx, e: usize, unit: &str, n: i64) -> Option<(usize, NaiveDate)> {
    let t = ctx.t;
    if !(matches!(t.n(e), "apres" | "avant") && t.soft(e + 1) && t.n(e + 1) != "apres") {
        return None;
    }
    let (_, end, DV::Day(from), _) = date_single(ctx, e + 1)? else {
        return None;
    };
    let (months, days) = months_and_days(unit, n)?;
    let direction = if t.n(e) == "apres" { 1 } else { -1 };
    Some((end, add_months(from, (months * direction) as i32)? + Duration::days(days * direction)))
}

/// The words that count a shift from now at `i`: -1 for "il y a", +1
/// for "dans"; the sign and the token after them.
fn from_now(t: &Toks, i: usize) -> Option<(i64, usize)> {
    match t.n(i) {
        "il" if t.n(i + 1) == "y" && t.n(i + 2) == "a" => Some((-1, i + 3)),
        "il" if t.n(i + 1) == "ya" => Some((-1, i + 2)),
        "dans" => Some((1, i + 1)),
        _ => None,
    }
}

/// The direction words after a shift's unit at `e`: "plus tard", "après"
/// (at the end of a clause), "plus tôt", "auparavant"; the sign and the
/// token after them.
fn direction_after(t: &Toks, e: usize) -> Option<(i64, usize)> {
    earlier_or_later(t, e).or_else(|| match t.n(e) {
        "apres" if !(t.is_word(e + 1) && t.soft(e + 1) && !matches!(t.n(e + 1), "," | ".")) || e + 1 >= t.len() => Some((1, e + 1)),
        "auparavant" => Some((-1, e + 1)),
        _ => None,
    })
}

/// "plus tard" (+1) or "plus tôt" (-1) at `e`, and the token after them.
pub(crate) fn earlier_or_later(t: &Toks, e: usize) -> Option<(i64, usize)> {
    match (t.n(e), t.n(e + 1)) {
        ("plus", "tard") => Some((1, e + 2)),
        ("plus", "tot") => Some((-1, e + 2)),
        _ => None,
    }
}

/// A shift of `n` of a duration unit, in months and days.
fn months_and_days(unit: &str, n: i64) -> Option<(i64, i64)> {
    match unit {
        "D" => Some((0, n)),
        "W" => Some((0, 7 * n)),
        "M" => Some((n, 0)),
        "Y" => Some((12 * n, 0)),
        _ => None,
    }
}

/// With a clock time to count from (a suite's reference, never an
/// article's date), "dans 33 minutes" and "il y a deux heures" are the
/// moment they name: the length of time in hours and minutes becomes a
/// datetime, its span takes "dans" or "il y a"; a bound flips for a moment
/// past ("il y a plus de deux heures" is a moment at most now minus two
/// hours).
pub(crate) fn shifted_by_the_clock(tb: &crate::data::Tables, t: &Toks, now: chrono::NaiveDateTime, cands: &mut [Cand]) {
    for c in cands.iter_mut().filter(|c| c.kind == Kind::Duration && c.value_max.is_none()) {
        let Value::Text(iso) = &c.value else { continue };
        // "il y a deux heures d'attente" is a length all the same
        let Some(length) = hours_and_minutes_of(iso).filter(|_| !lasting_noun_after(tb, t, c.e)) else { continue };
        // "dans" or "il y a" ending where the length begins
        let Some((sign, s)) = (c.s.saturating_sub(3)..c.s).find_map(|s| from_now(t, s).filter(|&(_, k)| k == c.s).map(|(sign, _)| (sign, s))) else { continue };
        let moment = if sign > 0 { now.checked_add_signed(length) } else { now.checked_sub_signed(length) };
        let Some(at) = moment else { continue };
        if sign < 0 {
            c.approx = match c.approx {
                Approx::Min => Approx::Max,
                Approx::Max => Approx::Min,
                a => a,
            };
        }
        c.kind = Kind::Datetime;
        c.value = Value::Text(at.format("%Y-%m-%dT%H:%M").to_string());
        c.s = s;
    }
}

/// Hours and minutes from now that a clock can still show: a year of them.
const CLOCK_SHIFT_HOURS: i64 = 24 * 366;

/// The length of an ISO 8601 duration of whole hours and minutes only
/// ("PT2H", "PT1H15M", "PT33M"), up to `CLOCK_SHIFT_HOURS`; none for days
/// or seconds.
fn hours_and_minutes_of(iso: &str) -> Option<Duration> {
    let rest = iso.strip_prefix("PT")?;
    let (hours, rest) = match rest.split_once('H') {
        Some((h, rest)) => (h.parse::<i64>().ok()?, rest),
        None => (0, rest),
    };
    let minutes = match rest.strip_suffix('M') {
        Some(m) => m.parse::<i64>().ok()?,
        None if rest.is_empty() => 0,
        None => return None,
    };
    let within = (0..=CLOCK_SHIFT_HOURS).contains(&hours) && (0..=CLOCK_SHIFT_HOURS - hours).contains(&(minutes / 60));
    within.then(|| Duration::hours(hours) + Duration::minutes(minutes))
}

/// What follows a shift's first unit at `e`: "et demi(e)" (half a year or
/// a month) or "et" and a smaller whole unit ("et 2 jours"), in months and
/// days, and where it ends.
fn rest_of_shift(ctx: &Ctx, unit: &str, e: usize) -> Option<(i64, i64, usize)> {
    let t = ctx.t;
    if t.n(e) != "et" || !t.soft(e) {
        return None;
    }
    if matches!(t.n(e + 1), "demi" | "demie") {
        return match unit {
            "Y" => Some((6, 0, e + 2)),
            "M" => Some((0, 15, e + 2)),
            _ => None,
        };
    }
    let m = num::parse_num(t, ctx.tb, e + 1)?;
    if m.ord || m.v < 0.0 || m.v.fract() != 0.0 || !t.soft(m.e) {
        return None;
    }
    let (end, v) = ctx.tb.units.longest_where(t, m.e, |_, v| v.kind == "duration")?;
    let rank = |x: &str| ["Y", "M", "W", "D"].iter().position(|&d| d == x);
    (rank(&v.unit)? > rank(unit)?).then_some(())?;
    let (months, days) = months_and_days(&v.unit, m.v as i64)?;
    Some((months, days, end))
}


/// A day right after a time: "jeudi", "samedi 21 septembre", "demain".
pub(super) fn day_after(ctx: &Ctx, k: usize) -> Option<(usize, NaiveDate)> {
    let t = ctx.t;
    if k >= t.len() || !t.soft(k) {
        return None;
    }
    if ctx.tb.weekdays.contains_key(t.n(k)) || ctx.tb.months.contains_key(t.n(k)) || t.is_digits(k) || ctx.tb.relative.contains_first(t.n(k)) {
        let (_, e, dv, _) = date_single(ctx, k)?;
        if let DV::Day(d) = dv {
            return Some((e, d));
        }
    }
    None
}
