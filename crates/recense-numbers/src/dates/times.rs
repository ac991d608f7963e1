//! Clock times ("14 h 30", "midi") and time ranges.

use super::*;

#[derive(Clone, Copy, Debug)]
pub(super) struct Tm {
    /// The token after the last.
    pub(super) e: usize,
    /// Hour and minute.
    pub(super) h: u32,
    pub(super) m: u32,
    /// Written so that it cannot be anything but a time ("14 h 30", not "14").
    pub(super) strong: bool,
}

pub(super) fn small_num(ctx: &Ctx, k: usize, max: f64) -> Option<(u32, usize)> {
    let t = ctx.t;
    if t.is_digits(k) {
        let r = t.raw(k);
        if r.len() > 2 {
            return None;
        }
        let v: u32 = r.parse().ok()?;
        if v as f64 > max {
            return None;
        }
        return Some((v, k + 1));
    }
    let n = num::parse_words(t, ctx.tb, k)?;
    if n.ord || n.frac || n.v.fract() != 0.0 || n.v < 0.0 || n.v > max {
        return None;
    }
    Some((n.v as u32, n.e))
}

/// Minutes after an hour: "30", "et quart", "et demie", "moins le quart", "trois quarts", "et 15 minutes", "passé de 15 minutes".
pub(super) fn minutes(ctx: &Ctx, k: usize) -> Option<(i32, usize)> {
    let t = ctx.t;
    if !t.soft(k) {
        return None;
    }
    match t.n(k) {
        "et" => {
            match t.n(k + 1) {
                "quart" => return Some((15, k + 2)),
                "demie" | "demi" => return Some((30, k + 2)),
                _ => {}
            }
            let (v, e) = small_num(ctx, k + 1, 59.0)?;
            if matches!(t.n(e), "minute" | "minutes" | "min" | "mn") {
                return Some((v as i32, e + 1));
            }
            None
        }
        "moins" => {
            if t.n(k + 1) == "le" && t.n(k + 2) == "quart" {
                return Some((-15, k + 3));
            }
            if t.n(k + 1) == "quart" {
                return Some((-15, k + 2));
            }
            let (v, e) = small_num(ctx, k + 1, 30.0)?;
            let e = if matches!(t.n(e), "minute" | "minutes") { e + 1 } else { e };
            Some((-(v as i32), e))
        }
        "trois" if t.n(k + 1) == "quarts" => Some((45, k + 2)),
        "passe" | "passees" if t.n(k + 1) == "de" => {
            let (v, e) = small_num(ctx, k + 2, 59.0)?;
            let e = if matches!(t.n(e), "minute" | "minutes") { e + 1 } else { e };
            Some((v as i32, e))
        }
        _ => {
            let (v, e) = small_num(ctx, k, 59.0)?;
            if t.is_digits(k) && t.raw(k).len() != 2 {
                return None;
            }
            let e = if matches!(t.n(e), "minute" | "minutes") { e + 1 } else { e };
            Some((v as i32, e))
        }
    }
}

pub(super) fn day_part(ctx: &Ctx, k: usize) -> Option<(i32, usize)> {
    let t = ctx.t;
    if !t.soft(k) {
        return None;
    }
    let w = |j: usize| t.n(k + j);
    match (w(0), w(1), w(2)) {
        ("du", "matin", _) | ("du", "mat", _) => Some((0, k + 2)),
        ("du", "soir", _) => Some((12, k + 2)),
        ("de", "l'", "apres") if w(3) == "-" && w(4) == "midi" => Some((12, k + 5)),
        ("de", "l'", "apres-midi") => Some((12, k + 3)),
        ("dans", "la", "soiree") => Some((12, k + 3)),
        ("dans", "l'", "apres") if w(3) == "-" && w(4) == "midi" => Some((12, k + 5)),
        ("de", "la", "nuit") => Some((0, k + 3)),
        _ => None,
    }
}

/// Whether the words before `s` say that the hours at `s` are a length of
/// time: "en 1 h 30", "pendant 5 heures", "a duré 3 h 45", "une durée de 2
/// h", "a attendu 3 heures", and so a range they open: "a duré de 3 à 4
/// heures" (`lengths.tsv` `lasting`).
pub(crate) fn said_to_last(tb: &crate::data::Tables, t: &crate::tok::Toks, s: usize) -> bool {
    let before = |back: usize| if s >= back { t.n(s - back) } else { "" };
    let lasting = |w: &str| tb.lengths.lasting.contains(w);
    lasting(before(1)) || (before(1) == "de" && (before(2) == "duree" || lasting(before(2))))
}

/// Whether "de" and a noun of `lengths.tsv` `lasting-noun` follow at `e`:
/// the hours before are a length of time, whatever opens them ("à 22
/// heures de vol de Paris").
pub(crate) fn lasting_noun_after(tb: &crate::data::Tables, t: &crate::tok::Toks, e: usize) -> bool {
    matches!(t.n(e), "de" | "d'") && tb.lengths.lasting_nouns.contains(t.n(e + 1))
}

/// A clock time at token i: "midi", "14 h 30", "9 heures 30 du matin",
/// "14:28:12"; none where the words around make it a length of time.
pub(super) fn time_at(ctx: &Ctx, i: usize) -> Option<Tm> {
    let t = ctx.t;
    // "UTC+01:00": a time zone's offset, no time of day
    if i >= 2 && t.adj(i) && matches!(t.n(i - 1), "+" | "-") && matches!(t.n(i - 2), "utc" | "gmt") {
        return None;
    }
    let mut r = match t.n(i) {
        "midi" | "minuit" => noon_or_midnight(ctx, i)?,
        _ => {
            let (h, e) = small_num(ctx, i, 24.0)?;
            match t.n(e) {
                "h" | "heures" | "heure" if t.soft(e) && t.is_word(e) => hours_and_minutes(ctx, i, h, e)?,
                ":" => colon_time(ctx, i, h, e)?,
                _ => return None,
            }
        }
    };
    if let Some((add, e)) = day_part(ctx, r.e) {
        if r.h < 12 {
            r.h += add as u32;
        }
        r.e = e;
        r.strong = true;
    }
    let mut tot = r.h as i32 * 60 + r.m;
    if tot < 0 {
        tot += 24 * 60;
    }
    let tot = tot.rem_euclid(24 * 60 + 1);
    if tot > 24 * 60 {
        return None;
    }
    let (h, m) = ((tot / 60) as u32 % 24, (tot % 60) as u32);
    Some(Tm { e: r.e, h, m, strong: r.strong })
}

/// A clock reading before its part of the day ("du matin") is added:
/// minutes may still be negative ("midi moins le quart").
struct Reading {
    h: u32,
    m: i32,
    /// The token after the reading.
    e: usize,
    /// Whether the words make it a clock time for sure ("14 h", "14:00",
    /// "midi") rather than maybe a number of hours ("14 heures").
    strong: bool,
}

/// "midi", "minuit", "midi et quart"; not "l'après-midi", a part of the day.
fn noon_or_midnight(ctx: &Ctx, i: usize) -> Option<Reading> {
    let t = ctx.t;
    let noon = t.n(i) == "midi";
    if noon && i >= 2 && t.n(i - 1) == "-" && t.adj(i) && t.n(i - 2) == "apres" {
        return None;
    }
    // "Midi-Pyrénées", "Bruxelles-Midi", "le Canal du Midi", "la messe de
    // Minuit": a name
    let hyphened = (t.n(i + 1) == "-" && t.adj(i + 1)) || (i > 0 && t.n(i - 1) == "-" && t.adj(i));
    // "Midi Libre rapporte que …": a name at the head of a sentence too
    let name_goes_on = t.capitalised_word(i + 1);
    if t.capitalised_word(i) && (hyphened || name_goes_on || !ctx.opens_sentence(i)) {
        return None;
    }
    let mut r = Reading { h: if noon { 12 } else { 0 }, m: 0, e: i + 1, strong: true };
    if let Some((m, e)) = minutes(ctx, r.e) {
        r.m = m;
        r.e = e;
    }
    Some(r)
}

/// Hours `h` read at i with their unit at `unit` ("h", "heures"), and the
/// minutes after: "19 h 21", "19 h 21 min", "9 heures 30", "onze heures
/// trois quarts"; none where they are a race time or a length of time.
fn hours_and_minutes(ctx: &Ctx, i: usize, h: u32, unit: usize) -> Option<Reading> {
    let t = ctx.t;
    let abbr = t.n(unit) == "h";
    if abbr && ((t.raw(unit) != "h" && t.raw(unit) != "H") || !t.is_digits(i)) {
        return None;
    }
    // "en 2 heures 56" is a race time; "les 24 Heures du Mans" a name
    if said_to_last(ctx.tb, t, i) || t.capitalised_word(unit) {
        return None;
    }
    if i > 0 && ctx.tb.lengths.waiting.contains(t.n(i - 1)) && h < 13 {
        return None;
    }
    let e = unit + 1;
    let mut r = Reading { h, m: 0, e, strong: abbr };
    // "19 h 21", "2 h 1 min 9 s" (one digit with its unit)
    let two_digits = t.raw(e).len() == 2 || (t.raw(e).len() == 1 && matches!(t.n(e + 1), "min" | "mn"));
    if abbr && t.is_digits(e) && t.soft(e) && two_digits {
        r.m = t.raw(e).parse().ok()?;
        if r.m > 59 {
            return None;
        }
        r.e += 1;
        // "19 h 21 min"
        if matches!(t.n(r.e), "min" | "mn") && t.soft(r.e) {
            r.e += 1;
            // "en 5 h 18 min 12 s": a race time, a duration (but "à 14 h
            // 28 min 12 s" is a clock time)
            if t.is_digits(r.e) && matches!(t.n(r.e + 1), "s" | "sec") && !time_intro(ctx, i) {
                return None;
            }
        }
    } else if let Some((mm, e2)) = minutes(ctx, e) {
        // "en 8 heures 15 minutes et 3 secondes": a race time, a duration
        let k = if t.n(e2) == "et" { e2 + 1 } else { e2 };
        let seconds_after = t.is_digits(k) && matches!(t.n(k + 1), "secondes" | "seconde" | "s" | "sec");
        if seconds_after && !time_intro(ctx, i) {
            return None;
        }
        // "a duré deux heures et demie", "une heure dix-neuf minutes": hours
        // and a part of one said in words are a length of time unless a
        // clock's "à", "vers", "il est" opens them or a part of the day
        // follows ("9 heures 30", "onze heures trois quarts" are clock times)
        let spoken_part = matches!(t.n(e), "et" | "moins") || matches!(t.n(e2 - 1), "minutes" | "minute");
        if !abbr && spoken_part && !time_intro(ctx, i) && day_part(ctx, e2).is_none() {
            return None;
        }
        if !(t.is_digits(e) && unit_here(ctx, e2) && !matches!(t.n(e2), "minutes" | "minute")) {
            r.m = mm;
            r.e = e2;
            r.strong = true;
        }
    }
    if abbr && t.is_word(r.e) && t.adj(r.e) {
        return None;
    }
    // "avec 2 h 15 d'attente": a length of time
    if lasting_noun_after(ctx.tb, t, r.e) {
        return None;
    }
    Some(r)
}

/// "14:28", "14:28:12" after hours `h` in digits at i, the colon at `colon`.
fn colon_time(ctx: &Ctx, i: usize, h: u32, colon: usize) -> Option<Reading> {
    let t = ctx.t;
    let minutes_follow = t.adj(colon) && t.is_digits(colon + 1) && t.adj(colon + 1) && t.raw(colon + 1).len() == 2;
    if !(minutes_follow && t.is_digits(i)) {
        return None;
    }
    let m: i32 = t.raw(colon + 1).parse().ok()?;
    if m > 59 {
        return None;
    }
    let mut e = colon + 2;
    if t.n(e) == ":" && t.adj(e) && t.is_digits(e + 1) {
        e = iso_time_tail(ctx, e + 2);
    }
    Some(Reading { h, m, e, strong: true })
}

/// A race time written with a clock's colon and a fraction of a second:
/// "1:11.93" (minutes, seconds, hundredths), "2:05:37.4" (hours too). The
/// fraction tells it from a clock time ("4:00", "14:28:12"), which has none,
/// or is introduced as one ("à 14:28:12.5"); without one, hours, minutes
/// and seconds after what introduces a performance ("en 1:57:17", "un
/// temps de 2:08:44").
pub(super) fn race_time(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let two_digits_after_colon = |k: usize| t.n(k) == ":" && t.adj(k) && t.is_digits(k + 1) && t.adj(k + 1) && t.raw(k + 1).len() == 2;
    if !t.is_digits(i) || t.raw(i).len() > 2 || !two_digits_after_colon(i + 1) || (i > 0 && t.adj(i) && matches!(t.n(i - 1), ":" | "." | ",")) {
        return None;
    }
    let mut parts: Vec<f64> = vec![t.raw(i).parse().ok()?, t.raw(i + 2).parse().ok()?];
    let mut e = i + 3;
    if two_digits_after_colon(e) {
        parts.push(t.raw(e + 1).parse().ok()?);
        e += 2;
    }
    let fraction = matches!(t.n(e), "." | ",") && t.adj(e) && t.is_digits(e + 1) && t.adj(e + 1) && t.raw(e + 1).len() <= 3;
    let longer_number = if fraction { t.adj(e + 2) && t.is_digits(e + 3) && t.adj(e + 3) } else { t.adj(e) && (t.n(e) == ":" || !t.is_punct(e)) };
    let performance = i > 0 && !t.adj(i) && (t.n(i - 1) == "en" || (t.n(i - 1) == "de" && i > 1 && matches!(t.n(i - 2), "temps" | "chrono")));
    if !(fraction || (parts.len() == 3 && performance)) || longer_number {
        return None;
    }
    // "à 14:28:12.5 UTC": a clock's time to the tenth of a second
    if time_intro(ctx, i) {
        return None;
    }
    let tenths = if fraction { format!("0.{}", t.raw(e + 1)).parse::<f64>().ok()? } else { 0.0 };
    let seconds = parts[parts.len() - 1] + tenths;
    let (minutes, hours) = (parts[parts.len() - 2], if parts.len() == 3 { parts[0] } else { 0.0 });
    if seconds >= 60.0 || (parts.len() == 3 && minutes >= 60.0) {
        return None;
    }
    let units: Vec<(f64, &str)> = [(hours, "H"), (minutes, "MIN"), (seconds, "S")].into_iter().filter(|&(v, _)| v > 0.0).collect();
    if units.is_empty() {
        return None;
    }
    let end = if fraction { e + 2 } else { e };
    Some(Cand::text(i, end, Kind::Duration, super::ages::iso_duration_of(&units)?))
}

/// The end of an ISO 8601 time's tail glued to its seconds: a fraction
/// (",946902974", ".5") and a zone ("Z", "+0000", "+02:00"), which the
/// contract's HH:MM leaves out but the span covers.
fn iso_time_tail(ctx: &Ctx, mut e: usize) -> usize {
    let t = ctx.t;
    if matches!(t.n(e), "," | ".") && t.adj(e) && t.is_digits(e + 1) && t.adj(e + 1) {
        e += 2;
    }
    if t.n(e) == "z" && t.adj(e) {
        return e + 1;
    }
    if matches!(t.n(e), "+" | "-") && t.adj(e) && t.is_digits(e + 1) && t.adj(e + 1) {
        e += 2;
        if t.raw(e - 1).len() == 2 && t.n(e) == ":" && t.adj(e) && t.is_digits(e + 1) && t.adj(e + 1) {
            e += 2;
        }
    }
    e
}

pub(crate) fn tfmt(h: u32, m: u32) -> String {
    format!("{:02}:{:02}", h, m)
}

/// Words before a clock time that make a bare "N heures" a time.
pub(super) fn time_intro(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.t;
    // "il est 15 heures", "il était minuit"; a clock's reading: "quand il
    // est indiqué 23 heures, il est minuit à Paris"
    let it_is = i > 1 && t.n(i - 2) == "il" && matches!(t.n(i - 1), "est" | "etait" | "sera");
    let shown = i > 2 && t.n(i - 3) == "il" && t.n(i - 2) == "est" && t.n(i - 1) == "indique";
    // "aux alentours de 4 heures", "aux environs de midi", "à partir de 20 heures"
    let around = i > 1 && t.n(i - 1) == "de" && matches!(t.n(i - 2), "alentours" | "environs" | "partir");
    it_is
        || shown
        || around
        || (i > 0
            && ctx.tb.lengths.clock.contains(t.n(i - 1))
            && (t.n(i - 1) != "a" || !matches!(t.raw(i - 1), "a" | "A"))
            // "dès 8 heures", not the article of "sous la barre des trois heures"
            && (t.n(i - 1) != "des" || !matches!(t.raw(i - 1), "des" | "Des")))
}

/// Part-of-day words that follow a time: "ce soir", "cet après-midi", "demain après-midi".
pub(super) fn part_of_day_after(ctx: &Ctx, k: usize) -> Option<(i64, i32, usize)> {
    let t = ctx.t;
    if !t.soft(k) {
        return None;
    }
    let w = |j: usize| t.n(k + j);
    let apm = |j: usize| -> Option<usize> {
        if w(j) == "apres" && w(j + 1) == "-" && w(j + 2) == "midi" {
            Some(k + j + 3)
        } else if w(j) == "apres-midi" {
            Some(k + j + 1)
        } else {
            None
        }
    };
    match w(0) {
        "ce" if w(1) == "soir" => Some((0, 12, k + 2)),
        "ce" if w(1) == "matin" => Some((0, 0, k + 2)),
        "cet" => apm(1).map(|e| (0, 12, e)),
        "demain" => {
            if let Some(e) = apm(1) {
                Some((1, 12, e))
            } else if w(1) == "soir" {
                Some((1, 12, k + 2))
            } else if w(1) == "matin" {
                Some((1, 0, k + 2))
            } else {
                Some((1, 0, k + 1))
            }
        }
        "aujourd'" if w(1) == "hui" => Some((0, 0, k + 2)),
        "hier" => {
            if w(1) == "soir" {
                Some((-1, 12, k + 2))
            } else {
                Some((-1, 0, k + 1))
            }
        }
        _ => None,
    }
}

/// What [`connector`] passed over between two parts of a date and time.
pub(super) struct Connector {
    /// where the next part may start
    pub end: usize,
    /// a word on the way makes a time after it approximate ("vers",
    /// "environ", "aux alentours de", "autour de"); read after a date
    pub approx: bool,
}

/// Connector between a date and a time, or a time and a day: "à", "vers",
/// ",", "à environ", "aux alentours de".
pub(super) fn connector(ctx: &Ctx, k: usize) -> Connector {
    let t = ctx.t;
    let (mut k, mut approx) = (k, false);
    for _ in 0..3 {
        match t.n(k) {
            "vers" | "environ" => (k, approx) = (k + 1, true),
            "a" | "," | "plutot" | "des" | "mais" => k += 1,
            // ISO 8601's date-time separator: "2015-05-02T10:20"
            "t" if t.adj(k) && t.adj(k + 1) && t.is_digits(k + 1) => k += 1,
            "aux" if t.n(k + 1) == "alentours" && t.n(k + 2) == "de" => (k, approx) = (k + 3, true),
            "autour" if t.n(k + 1) == "de" => (k, approx) = (k + 2, true),
            "par" if t.n(k + 1) == "exemple" => k += 2,
            _ => break,
        }
    }
    Connector { end: k, approx }
}

/// Clock range: "de 9h30 à 11h", "entre 9h30 et 11h", "9h30 - 11h00", "11h30-1h30".
pub(super) fn time_range(ctx: &Ctx, i: usize) -> Option<(usize, usize, Tm, Tm)> {
    let t = ctx.t;
    let (k, seps): (usize, &[&str]) = match t.n(i) {
        "de" => (i + 1, &["a", "jusqu'a"]),
        "entre" => (i + 1, &["et"]),
        _ => (i, &["-", "a", "jusqu'a"]),
    };
    let a = time_at(ctx, k)?;
    if !(a.strong || t.n(a.e - 1) == "heures" || t.n(a.e - 1) == "heure") {
        return None;
    }
    let mut j = a.e;
    if t.n(j) == "jusqu'" {
        j += 1;
    }
    if !seps.contains(&t.n(j)) {
        return None;
    }
    let mut b = time_at(ctx, j + 1)?;
    if !b.strong && !matches!(t.n(b.e - 1), "heures" | "heure") {
        return None;
    }
    // "de 11h30 jusqu'à 1h30" ends in the afternoon; "entre 19 heures et
    // minuit" at midnight
    if b.h * 60 + b.m < a.h * 60 + a.m && b.h < 12 && t.n(j + 1) != "minuit" {
        b.h += 12;
    }
    Some((i, b.e, a, b))
}
