//! Dates, times, datetimes, durations and ages.

use crate::num::{self, Num};
use crate::{Approx, Cand, Ctx, Kind, Step, Value};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Words (besides number words, months, weekdays, relative phrases) that can start a date or time.
pub const TRIGGERS: &[&str] = &[
    "le", "midi", "minuit", "il", "dans", "vers", "mi", "fin", "debut", "courant", "les", "annees", "au", "mois",
    "en", "ce", "cette", "cet", "du", "entre", "de", "l'", "premier", "dernier", "la",
];

#[derive(Clone, Copy, Debug)]
enum DV {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
    Decade(i32),
    Week(NaiveDate),
}

fn fmt(d: DV) -> String {
    match d {
        DV::Day(d) => d.format("%Y-%m-%d").to_string(),
        DV::Month(y, m) => format!("{:04}-{:02}", y, m),
        DV::Year(y) => format!("{:04}", y),
        DV::Decade(y) => format!("{:03}", y / 10),
        DV::Week(d) => {
            let w = d.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
    }
}

fn dir(ctx: &Ctx, i: usize) -> i8 {
    let v = ctx.tense.get(i).copied().unwrap_or(0);
    if v < 0 {
        -1
    } else {
        1
    }
}

/// A sentence without a tense cue inside a past-tense article: the nearest date either way.
fn nearest(ctx: &Ctx, i: usize) -> bool {
    ctx.tense.get(i).copied().unwrap_or(0) == crate::NEAREST
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn closer(r: NaiveDate, a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if (a - r).num_days().abs() <= (b - r).num_days().abs() { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Day and month without a year, resolved against the reference and the tense.
fn resolve_dm(ctx: &Ctx, i: usize, d: u32, m: u32) -> Option<NaiveDate> {
    let r = ctx.refd?;
    if nearest(ctx, i) {
        let y = r.year();
        let past = [y, y - 1].iter().filter_map(|&y| ymd(y, m, d)).find(|x| *x <= r);
        let fut = [y, y + 1].iter().filter_map(|&y| ymd(y, m, d)).find(|x| *x >= r);
        return closer(r, past, fut);
    }
    let dr = dir(ctx, i);
    let mut y = r.year();
    let mut x = ymd(y, m, d).or_else(|| ymd(y + dr as i32, m, d))?;
    if dr < 0 && x > r {
        y -= 1;
        x = ymd(y, m, d).or_else(|| ymd(y - 1, m, d))?;
    } else if dr > 0 && x < r {
        y += 1;
        x = ymd(y, m, d).or_else(|| ymd(y + 1, m, d))?;
    }
    Some(x)
}

fn resolve_m(ctx: &Ctx, i: usize, m: u32) -> Option<DV> {
    let r = ctx.refd?;
    let mut y = r.year();
    if nearest(ctx, i) {
        // months away, either way
        let diff = m as i32 - r.month() as i32;
        if diff > 6 {
            y -= 1;
        } else if diff < -6 {
            y += 1;
        }
        return Some(DV::Month(y, m));
    }
    let dr = dir(ctx, i);
    if dr < 0 && m > r.month() {
        y -= 1;
    } else if dr > 0 && m < r.month() {
        y += 1;
    }
    Some(DV::Month(y, m))
}

fn resolve_d(ctx: &Ctx, i: usize, d: u32) -> Option<NaiveDate> {
    let r = ctx.refd?;
    let dr = dir(ctx, i);
    let (mut y, mut m) = (r.year(), r.month());
    for _ in 0..12 {
        if let Some(x) = ymd(y, m, d) {
            if (dr > 0 && x >= r) || (dr < 0 && x <= r) {
                return Some(x);
            }
        }
        if dr > 0 {
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        } else {
            m -= 1;
            if m == 0 {
                m = 12;
                y -= 1;
            }
        }
    }
    None
}

fn wd(n: u32) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

fn next_wd(r: NaiveDate, w: u32, strict: bool) -> NaiveDate {
    let cur = r.weekday().number_from_monday();
    let mut delta = (w as i64 - cur as i64).rem_euclid(7);
    if delta == 0 && strict {
        delta = 7;
    }
    r + Duration::days(delta)
}

fn prev_wd(r: NaiveDate, w: u32) -> NaiveDate {
    let cur = r.weekday().number_from_monday();
    let mut delta = (cur as i64 - w as i64).rem_euclid(7);
    if delta == 0 {
        delta = 7;
    }
    r - Duration::days(delta)
}

fn week_day(r: NaiveDate, w: u32, weeks: i64) -> NaiveDate {
    let monday = r - Duration::days(r.weekday().num_days_from_monday() as i64);
    monday + Duration::days(weeks * 7 + (w as i64 - 1))
}

fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let total = d.year() * 12 + d.month0() as i32 + n;
    let y = total.div_euclid(12);
    let m = total.rem_euclid(12) as u32 + 1;
    let mut day = d.day();
    loop {
        if let Some(x) = ymd(y, m, day) {
            return Some(x);
        }
        if day <= 28 {
            return None;
        }
        day -= 1;
    }
}

// ---------- small token readers ----------

fn month_at(ctx: &Ctx, k: usize, after_day: bool) -> Option<(u32, usize)> {
    let t = ctx.t;
    if !t.is_word(k) {
        return None;
    }
    let &(m, abbr, amb) = ctx.tb.months.get(t.n(k))?;
    let dot = (abbr || amb) && t.n(k + 1) == "." && t.adj(k + 1);
    let e = if dot { k + 2 } else { k + 1 };
    if amb {
        let year_next = t.is_digits(e) && t.raw(e).len() == 4;
        if !(dot || year_next) || !after_day {
            return None;
        }
    } else if abbr && !(dot || after_day) {
        return None;
    }
    Some((m, e))
}

fn weekday_at(ctx: &Ctx, k: usize) -> Option<(u32, usize)> {
    let t = ctx.t;
    if !t.is_word(k) {
        return None;
    }
    let &(w, abbr) = ctx.tb.weekdays.get(t.n(k))?;
    let dot = t.n(k + 1) == "." && t.adj(k + 1);
    if abbr {
        if dot {
            return Some((w, k + 2));
        }
        return None;
    }
    Some((w, k + 1))
}

/// Day of month: "13", "1er", "13e", "premier", "quinze".
fn day_at(ctx: &Ctx, k: usize) -> Option<(u32, usize)> {
    let t = ctx.t;
    if t.is_digits(k) {
        let r = t.raw(k);
        if r.len() > 2 {
            return None;
        }
        let d: u32 = r.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        if t.is_word(k + 1) && t.adj(k + 1) {
            if num::is_ord_suffix(t.n(k + 1)) {
                return Some((d, k + 2));
            }
            return None;
        }
        return Some((d, k + 1));
    }
    if t.is_word(k) {
        if matches!(t.n(k), "premier" | "1er") {
            return Some((1, k + 1));
        }
        let n = num::parse_words(t, ctx.tb, k)?;
        // "mardi un plan": the article, not the 1st
        if n.lone_un || n.frac || n.v.fract() != 0.0 || n.v < 1.0 || n.v > 31.0 {
            return None;
        }
        return Some((n.v as u32, n.e));
    }
    None
}

fn year_at(ctx: &Ctx, k: usize, two_ok: bool) -> Option<(i32, usize)> {
    let t = ctx.t;
    if !t.is_digits(k) || !t.soft(k) {
        return None;
    }
    let r = t.raw(k);
    // not the start of a bigger number ("2 000 personnes")
    if t.is_digits(k + 1) && t.single_space(k + 1) && t.raw(k + 1).len() == 3 {
        return None;
    }
    if r.len() == 4 {
        let y: i32 = r.parse().ok()?;
        if (1000..=2999).contains(&y) {
            return Some((y, k + 1));
        }
    } else if r.len() == 2 && two_ok {
        let y: i32 = r.parse().ok()?;
        return Some((if y < 50 { 2000 + y } else { 1900 + y }, k + 1));
    }
    None
}

/// A date's parts: day / month / year, any of them missing.
#[derive(Clone, Copy, Debug, Default)]
struct Parts {
    s: usize,
    e: usize,
    d: Option<u32>,
    m: Option<u32>,
    y: Option<i32>,
    w: Option<u32>,
}

fn num_tok(t: &crate::tok::Toks, k: usize, maxlen: usize) -> Option<u32> {
    if t.is_digits(k) && t.raw(k).len() <= maxlen {
        t.raw(k).parse().ok()
    } else {
        None
    }
}

/// Numeric dates: 2012-06-26, 26/06/2012, 26.06.2012, 17/02, 2015-3, 20 02 2014.
fn numeric(ctx: &Ctx, k: usize) -> Option<Parts> {
    let t = ctx.t;
    if !t.is_digits(k) {
        return None;
    }
    let sep_at = |j: usize, s: &str| t.n(j) == s && t.adj(j) && t.adj(j + 1);
    let a = t.raw(k);
    // ISO
    if a.len() == 4 && (sep_at(k + 1, "-") || sep_at(k + 1, "/")) {
        let sep = t.n(k + 1).to_string();
        let y: i32 = a.parse().ok()?;
        let (m, k2) = if let Some(m) = num_tok(t, k + 2, 2) {
            (m, k + 3)
        } else {
            let (m, e) = month_at(ctx, k + 2, true)?;
            (m, e)
        };
        if !(1..=12).contains(&m) {
            return None;
        }
        if sep_at(k2, &sep) {
            let d = num_tok(t, k2 + 1, 2)?;
            ymd(y, m, d)?;
            return Some(Parts { s: k, e: k2 + 2, d: Some(d), m: Some(m), y: Some(y), w: None });
        }
        if t.is_digits(k2) && t.adj(k2) {
            return None;
        }
        return Some(Parts { s: k, e: k2, d: None, m: Some(m), y: Some(y), w: None });
    }
    if a.len() > 2 {
        return None;
    }
    let d: u32 = a.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    for sep in ["/", ".", "-"] {
        if sep_at(k + 1, sep) {
            let m = num_tok(t, k + 2, 2)?;
            if !(1..=12).contains(&m) {
                return None;
            }
            if sep_at(k + 3, sep) && t.is_digits(k + 4) {
                let yr = t.raw(k + 4);
                let y: i32 = yr.parse().ok()?;
                let y = match yr.len() {
                    4 => y,
                    2 => {
                        if y < 50 {
                            2000 + y
                        } else {
                            1900 + y
                        }
                    }
                    _ => return None,
                };
                ymd(y, m, d)?;
                return Some(Parts { s: k, e: k + 5, d: Some(d), m: Some(m), y: Some(y), w: None });
            }
            if sep != "/" {
                return None;
            }
            // d/m without a year: not before a unit, not a fraction with a sign
            if t.is_word(k + 3) && t.soft(k + 3) && ctx.tb.units.longest(t, k + 3).is_some() {
                return None;
            }
            if k > 0 && t.n(k - 1) == "-" || crate::num::is_tally(t, k, k + 1) {
                return None;
            }
            return Some(Parts { s: k, e: k + 3, d: Some(d), m: Some(m), y: None, w: None });
        }
    }
    // spaced: "20 02 2014", "17 02"
    if let Some(m) = num_tok(t, k + 1, 2) {
        if !t.adj(k + 1) && t.soft(k + 1) && (1..=12).contains(&m) {
            if let Some(yv) = num_tok(t, k + 2, 4) {
                let yl = t.raw(k + 2).len();
                if (yl == 4 || yl == 2) && !t.adj(k + 2) && t.soft(k + 2) && !(t.is_digits(k + 3)) {
                    let y = if yl == 4 { yv as i32 } else if yv < 50 { 2000 + yv as i32 } else { 1900 + yv as i32 };
                    if ymd(y, m, d).is_some() && end_ok(ctx, k + 3) {
                        return Some(Parts { s: k, e: k + 3, d: Some(d), m: Some(m), y: Some(y), w: None });
                    }
                }
            }
            if (k + 2 >= t.len() || (t.is_punct(k + 2) && !matches!(t.n(k + 2), "%" | "$" | "€" | "/" | ":" | "," | "-"))) && (k == 0 || !t.is_digits(k - 1)) {
                return Some(Parts { s: k, e: k + 2, d: Some(d), m: Some(m), y: None, w: None });
            }
        }
    }
    None
}

fn end_ok(ctx: &Ctx, k: usize) -> bool {
    !unit_here(ctx, k)
}

/// A unit phrase starts at token k (on the same line).
fn unit_here(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.t;
    k < t.len() && t.soft(k) && ctx.tb.units.longest_where(t, k, |got, u| !u.cs || got == u.raw).is_some()
}

/// [weekday] [le] day [month [year]] | [weekday] month-name forms | numeric.
fn parts(ctx: &Ctx, i: usize, need_month: bool) -> Option<Parts> {
    let t = ctx.t;
    let mut k = i;
    let mut w = None;
    if let Some((wv, e)) = weekday_at(ctx, k) {
        w = Some(wv);
        k = e;
        if t.n(k) == "," {
            k += 1;
        }
    }
    if t.n(k) == "le" && day_at(ctx, k + 1).is_some() {
        k += 1;
    }
    if let Some(mut p) = numeric(ctx, k) {
        p.s = i;
        p.w = w;
        return Some(p);
    }
    if let Some((d, e)) = day_at(ctx, k) {
        if let Some((m, e2)) = month_at(ctx, e, true).filter(|_| t.soft(e)) {
            let mut p = Parts { s: i, e: e2, d: Some(d), m: Some(m), y: None, w };
            let mut k2 = e2;
            if t.n(k2) == "de" && t.is_digits(k2 + 1) && t.raw(k2 + 1).len() == 4 {
                k2 += 1;
            }
            if let Some((y, e3)) = year_at(ctx, k2, true) {
                p.y = Some(y);
                p.e = e3;
            }
            return Some(p);
        }
        if !need_month && (w.is_some() || t.n(i) == "le" || t.n(k.saturating_sub(1)) == "le") {
            return Some(Parts { s: i, e, d: Some(d), m: None, y: None, w });
        }
        if !need_month && t.is_digits(k) {
            return Some(Parts { s: i, e, d: Some(d), m: None, y: None, w });
        }
        if !need_month {
            return Some(Parts { s: i, e, d: Some(d), m: None, y: None, w });
        }
        return None;
    }
    // month first: "novembre 23 de 1987", "Sep-23-2020", "septembre-2020-23", "juillet 98", "mars 2015"
    if let Some((m, e)) = month_at(ctx, k, false).or_else(|| {
        // abbreviations before a dash: "Sep-23-2020"
        let &(m, _, _) = ctx.tb.months.get(t.n(k))?;
        if t.n(k + 1) == "-" && t.adj(k + 1) && t.is_digits(k + 2) {
            Some((m, k + 1))
        } else {
            None
        }
    }) {
        let mut p = Parts { s: i, e, d: None, m: Some(m), y: None, w };
        if t.n(e) == "-" && t.adj(e) && t.is_digits(e + 1) && t.adj(e + 1) {
            let a = t.raw(e + 1);
            if t.n(e + 2) == "-" && t.adj(e + 2) && t.is_digits(e + 3) {
                let b = t.raw(e + 3);
                let (d, y) = if a.len() == 4 { (b.parse().ok()?, a.parse().ok()?) } else { (a.parse().ok()?, b.parse().ok()?) };
                ymd(y, m, d)?;
                p.d = Some(d);
                p.y = Some(y);
                p.e = e + 4;
                return Some(p);
            }
        }
        if let Some((d, e2)) = day_at(ctx, e).filter(|_| t.is_digits(e) && t.soft(e)) {
            // "novembre 23 de 1987"
            let mut k2 = e2;
            if t.n(k2) == "de" || t.n(k2) == "," {
                k2 += 1;
            }
            if let Some((y, e3)) = year_at(ctx, k2, false) {
                p.d = Some(d);
                p.y = Some(y);
                p.e = e3;
                return Some(p);
            }
        }
        let mut k2 = e;
        if t.n(k2) == "de" && t.is_digits(k2 + 1) {
            k2 += 1;
        }
        if let Some((y, e3)) = year_at(ctx, k2, true) {
            p.y = Some(y);
            p.e = e3;
        }
        return Some(p);
    }
    None
}

fn resolve_parts(ctx: &Ctx, p: &Parts) -> Option<DV> {
    match (p.d, p.m, p.y) {
        (Some(d), Some(m), Some(y)) => ymd(y, m, d).map(DV::Day),
        (Some(d), Some(m), None) => resolve_dm(ctx, p.s, d, m).map(DV::Day),
        (None, Some(m), Some(y)) => Some(DV::Month(y, m)),
        (None, Some(m), None) => resolve_m(ctx, p.s, m),
        (Some(d), None, None) => {
            if let Some(w) = p.w {
                // "jeudi 15": the next month where the 15th is a Thursday
                let r = ctx.refd?;
                let (mut y, mut m) = (r.year(), r.month());
                for _ in 0..24 {
                    if let Some(x) = ymd(y, m, d) {
                        if x >= r && x.weekday() == wd(w) {
                            return Some(DV::Day(x));
                        }
                    }
                    m += 1;
                    if m > 12 {
                        m = 1;
                        y += 1;
                    }
                }
                None
            } else {
                resolve_d(ctx, p.s, d).map(DV::Day)
            }
        }
        _ => None,
    }
}

// ---------- times ----------

#[derive(Clone, Copy, Debug)]
#[allow(dead_code)]
struct Tm {
    s: usize,
    e: usize,
    h: u32,
    m: u32,
    strong: bool,
}

fn small_num(ctx: &Ctx, k: usize, max: f64) -> Option<(u32, usize)> {
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
fn minutes(ctx: &Ctx, k: usize) -> Option<(i32, usize)> {
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

fn day_part(ctx: &Ctx, k: usize) -> Option<(i32, usize)> {
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

fn time_at(ctx: &Ctx, i: usize) -> Option<Tm> {
    let t = ctx.t;
    let (mut h, mut e, mut strong): (u32, usize, bool);
    let mut m: i32 = 0;
    match t.n(i) {
        "midi" | "minuit" => {
            // "l'après-midi": a part of the day, not noon
            if t.n(i) == "midi" && i >= 2 && t.n(i - 1) == "-" && t.adj(i) && t.n(i - 2) == "apres" {
                return None;
            }
            h = if t.n(i) == "midi" { 12 } else { 0 };
            e = i + 1;
            strong = true;
            if let Some((mm, e2)) = minutes(ctx, e) {
                m = mm;
                e = e2;
            }
        }
        _ => {
            let (hv, e1) = small_num(ctx, i, 24.0)?;
            h = hv;
            e = e1;
            let w = t.n(e);
            if (w == "h" || w == "heures" || w == "heure") && t.soft(e) && t.is_word(e) {
                let abbr = w == "h";
                if abbr && t.raw(e) != "h" && t.raw(e) != "H" {
                    return None;
                }
                if !t.is_digits(i) && abbr {
                    return None;
                }
                e += 1;
                strong = abbr;
                if abbr && t.is_digits(e) && t.soft(e) && t.raw(e).len() == 2 {
                    m = t.raw(e).parse().ok()?;
                    if m > 59 {
                        return None;
                    }
                    e += 1;
                } else if let Some((mm, e2)) = minutes(ctx, e) {
                    if !(t.is_digits(e) && unit_here(ctx, e2) && !matches!(t.n(e2), "minutes" | "minute")) {
                        m = mm;
                        e = e2;
                        strong = true;
                    }
                }
                if abbr && t.is_word(e) && t.adj(e) {
                    return None;
                }
            } else if w == ":" && t.adj(e) && t.is_digits(e + 1) && t.adj(e + 1) && t.raw(e + 1).len() == 2 && t.is_digits(i) {
                m = t.raw(e + 1).parse().ok()?;
                if m > 59 {
                    return None;
                }
                e += 2;
                strong = true;
                if t.n(e) == ":" && t.adj(e) && t.is_digits(e + 1) {
                    e += 2;
                }
            } else {
                return None;
            }
        }
    }
    if let Some((add, e2)) = day_part(ctx, e) {
        if h < 12 {
            h += add as u32;
        }
        e = e2;
        strong = true;
    }
    let mut tot = h as i32 * 60 + m;
    if tot < 0 {
        tot += 24 * 60;
    }
    let tot = tot.rem_euclid(24 * 60 + 1);
    if tot > 24 * 60 {
        return None;
    }
    let (h, m) = ((tot / 60) as u32 % 24, (tot % 60) as u32);
    Some(Tm { s: i, e, h, m, strong })
}

fn tfmt(h: u32, m: u32) -> String {
    format!("{:02}:{:02}", h, m)
}

/// Words before a clock time that make a bare "N heures" a time.
fn time_intro(ctx: &Ctx, i: usize) -> bool {
    i > 0 && matches!(ctx.t.n(i - 1), "a" | "vers" | "des" | "avant" | "jusqu'a" | "environ" | "alentours" | "autour")
        && (ctx.t.n(i - 1) != "a" || !matches!(ctx.t.raw(i - 1), "a" | "A"))
}

/// Part-of-day words that follow a time: "ce soir", "cet après-midi", "demain après-midi".
fn part_of_day_after(ctx: &Ctx, k: usize) -> Option<(i64, i32, usize)> {
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

/// Connector between a date and a time: "à", "vers", ",", "à environ", "aux alentours de".
fn connector(ctx: &Ctx, k: usize) -> usize {
    let t = ctx.t;
    let mut k = k;
    for _ in 0..3 {
        match t.n(k) {
            "a" | "vers" | "," | "environ" | "plutot" | "des" | "mais" => k += 1,
            "aux" if t.n(k + 1) == "alentours" && t.n(k + 2) == "de" => k += 3,
            "autour" if t.n(k + 1) == "de" => k += 2,
            "par" if t.n(k + 1) == "exemple" => k += 2,
            _ => break,
        }
    }
    k
}

/// Clock range: "de 9h30 à 11h", "entre 9h30 et 11h", "9h30 - 11h00", "11h30-1h30".
fn time_range(ctx: &Ctx, i: usize) -> Option<(usize, usize, Tm, Tm)> {
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
    if b.h * 60 + b.m < a.h * 60 + a.m && b.h < 12 {
        b.h += 12;
    }
    Some((i, b.e, a, b))
}


/// Relative phrase from the table at i.
fn relative(ctx: &Ctx, i: usize) -> Option<(usize, DV, i64)> {
    let t = ctx.t;
    let r = ctx.refd?;
    let (e, op) = ctx.tb.relative.longest(t, i)?;
    let (kind, arg) = op.split_once(':')?;
    match kind {
        "day" => {
            let n: i64 = arg.parse().ok()?;
            Some((e, DV::Day(r + Duration::days(n)), n))
        }
        "month" => {
            let n: i32 = arg.parse().ok()?;
            let d = add_months(r.with_day(1)?, n)?;
            Some((e, DV::Month(d.year(), d.month()), 0))
        }
        "year" => {
            let n: i32 = arg.parse().ok()?;
            Some((e, DV::Year(r.year() + n), 0))
        }
        "week" => {
            let n: i64 = arg.parse().ok()?;
            Some((e, DV::Week(r + Duration::days(7 * n)), 0))
        }
        "holiday" => {
            let (m, d) = arg.split_once('-')?;
            let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
            let x = resolve_dm(ctx, i, d, m)?;
            Some((e, DV::Day(x), 0))
        }
        _ => None,
    }
}

/// Weekday expressions: "lundi", "lundi prochain", "mardi de la semaine prochaine", "lundi en huit".
fn weekday_expr(ctx: &Ctx, i: usize) -> Option<(usize, NaiveDate)> {
    let t = ctx.t;
    let r = ctx.refd?;
    let mut k = i;
    let mut this = false;
    if t.n(k) == "ce" {
        this = true;
        k += 1;
    }
    let (w, mut e) = weekday_at(ctx, k)?;
    // "ce lundi" said on a Monday: today
    if this && r.weekday().number_from_monday() == w && !matches!(t.n(e), "prochain" | "dernier" | "passe" | "suivant" | "precedent") {
        return Some((e, r));
    }
    let wn = |j: usize| t.n(e + j);
    let mut de = 0;
    if wn(0) == "de" {
        de = 1;
    }
    if wn(de) == "la" && wn(de + 1) == "semaine" {
        let x = e + de + 2;
        match t.n(x) {
            "prochaine" | "suivante" => return Some((x + 1, week_day(r, w, 1))),
            "derniere" | "passee" | "precedente" => return Some((x + 1, week_day(r, w, -1))),
            "d'" if t.n(x + 1) == "apres" => return Some((x + 2, week_day(r, w, 1))),
            _ => {}
        }
    }
    if wn(0) == "cette" && wn(1) == "semaine" {
        return Some((e + 2, week_day(r, w, 0)));
    }
    match wn(0) {
        "prochain" => return Some((e + 1, next_wd(r, w, true))),
        "suivant" => return Some((e + 1, week_day(r, w, 1))),
        "d'" if wn(1) == "apres" => return Some((e + 2, week_day(r, w, 1))),
        "dernier" | "passe" | "precedent" => return Some((e + 1, prev_wd(r, w))),
        "en" if matches!(wn(1), "huit" | "8") => return Some((e + 2, next_wd(r, w, false) + Duration::days(7))),
        "en" if matches!(wn(1), "quinze" | "15") => return Some((e + 2, next_wd(r, w, false) + Duration::days(14))),
        _ => {}
    }
    if t.n(e) == "," {
        e = e.max(e);
    }
    let d = if nearest(ctx, i) {
        closer(r, Some(prev_wd(r, w)), Some(next_wd(r, w, true))).unwrap_or(r)
    } else if dir(ctx, i) < 0 {
        // in news, a past-tense weekday that is the article's own is that day
        // ("a affirmé l'ONU lundi" in Monday's article)
        if r.weekday().number_from_monday() == w {
            r
        } else {
            prev_wd(r, w)
        }
    } else {
        next_wd(r, w, true)
    };
    Some((e, d))
}

/// One date (no range) at i: (start, end, value, approx).
fn date_single(ctx: &Ctx, i: usize) -> Option<(usize, usize, DV, Approx)> {
    let t = ctx.t;
    let w = t.n(i);
    // "il y a trois ans", "dans deux mois"
    if let Some(x) = shifted(ctx, i) {
        return Some(x);
    }
    // "les années 1990", "années 90"
    {
        let k = if w == "les" { i + 1 } else { i };
        if t.n(k) == "annees" && t.is_digits(k + 1) {
            let r = t.raw(k + 1);
            let y: i32 = r.parse().ok()?;
            let y = match r.len() {
                4 if y % 10 == 0 => y,
                2 if y % 10 == 0 => 1900 + y,
                _ => return None,
            };
            return Some((i, k + 2, DV::Decade(y), Approx::Exact));
        }
    }
    // "mi-2019", "fin 2018", "début janvier", "mi-mars"
    if matches!(w, "mi" | "fin" | "debut" | "courant") {
        let mut k = i + 1;
        if t.n(k) == "-" && t.adj(k) {
            k += 1;
        }
        if t.n(k) == "de" || t.n(k) == "d'" {
            k += 1;
        }
        // the value is the year or month at its grain: exact (as the gold has it)
        if let Some((y, e)) = year_at(ctx, k, false) {
            return Some((i, e, DV::Year(y), Approx::Exact));
        }
        if let Some(p) = parts(ctx, k, true).filter(|p| p.d.is_none()) {
            let dv = resolve_parts(ctx, &Parts { s: i, ..p })?;
            return Some((i, p.e, dv, Approx::Exact));
        }
        return None;
    }
    // "le mois de mars", "au mois de mars", "cette février"
    let mut k = i;
    let mut this_year = false;
    match w {
        "au" | "le" if t.n(i + 1) == "mois" && t.n(i + 2) == "de" => k = i + 3,
        "mois" if t.n(i + 1) == "de" => k = i + 2,
        "ce" | "cette" | "cet" if ctx.tb.months.contains_key(t.n(i + 1)) => {
            k = i + 1;
            this_year = true;
        }
        _ => {}
    }
    if let Some((e, dv, _)) = relative(ctx, i) {
        return Some((i, e, dv, Approx::Exact));
    }
    // "3eme jour d'octobre", "le dernier jour d'octobre 2015"
    {
        let mut k2 = i;
        if t.n(k2) == "le" {
            k2 += 1;
        }
        let nth = if t.n(k2) == "dernier" {
            Some((0u32, k2 + 1))
        } else {
            num::parse_num(t, ctx.tb, k2).filter(|n| n.ord && n.v >= 1.0 && n.v <= 31.0).map(|n| (n.v as u32, n.e))
        };
        if let Some((d, e)) = nth {
            if t.n(e) == "jour" && matches!(t.n(e + 1), "d'" | "de") {
                if let Some(p) = parts(ctx, e + 2, true).filter(|p| p.d.is_none()) {
                    if let Some(dv) = resolve_parts(ctx, &p) {
                        if let DV::Month(y, m) = dv {
                            let day = if d == 0 {
                                let nm = add_months(ymd(y, m, 1)?, 1)?;
                                (nm - Duration::days(1)).day()
                            } else {
                                d
                            };
                            return Some((i, p.e, DV::Day(ymd(y, m, day)?), Approx::Exact));
                        }
                    }
                }
            }
        }
    }
    // weekday phrases (not "mercredi 13")
    if ctx.tb.weekdays.contains_key(t.n(i)) || (w == "ce" && ctx.tb.weekdays.contains_key(t.n(i + 1))) {
        let wk = if w == "ce" { i + 1 } else { i };
        let after = weekday_at(ctx, wk).map(|x| x.1).unwrap_or(wk + 1);
        let has_day = day_at(ctx, after).is_some() || (t.n(after) == "le" && day_at(ctx, after + 1).is_some()) || numeric(ctx, after).is_some();
        if !has_day {
            if let Some((e, d)) = weekday_expr(ctx, i) {
                return Some((i, e, DV::Day(d), Approx::Exact));
            }
        }
    }
    let p = parts(ctx, k, false)?;
    // a day number alone needs "le" or a weekday, and is only a date before a time or the end
    if p.m.is_none() && p.y.is_none() {
        if p.w.is_none() && t.n(k) != "le" {
            return None;
        }
        if p.w.is_none() {
            let nx = connector(ctx, p.e);
            let ok_end = p.e >= t.len() || (t.is_punct(p.e) && !matches!(t.n(p.e), "%" | "-" | "/" | "," | "'"));
            if !(ok_end || (nx > p.e && time_at(ctx, nx).is_some())) {
                return None;
            }
        }
    }
    // a month name alone must be a real month name ("mars", not "mar")
    let mut p2 = p;
    p2.s = i;
    let dv = if this_year && p.y.is_none() && p.d.is_none() {
        DV::Month(ctx.refd?.year(), p.m?)
    } else {
        resolve_parts(ctx, &p2)?
    };
    Some((i, p.e, dv, Approx::Exact))
}

/// "il y a trois ans", "dans deux mois", "deux jours plus tard", "un jour après".
fn shifted(ctx: &Ctx, i: usize) -> Option<(usize, usize, DV, Approx)> {
    let t = ctx.t;
    let r = ctx.refd?;
    let (sign, k) = match t.n(i) {
        "il" if t.n(i + 1) == "y" && t.n(i + 2) == "a" => (-1, i + 3),
        "il" if t.n(i + 1) == "ya" => (-1, i + 2),
        "dans" => (1, i + 1),
        _ => (0, i),
    };
    let (approx, k) = match ctx.tb.qualifiers.longest(t, k) {
        Some((e, a)) if sign != 0 => (crate::Approx::parse(a), e),
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
    let mut sign = sign;
    let mut e = e;
    if sign == 0 && matches!(ctx.tense.get(i).copied().unwrap_or(0), -1 | crate::NEAREST) {
        // "deux mois plus tard" in a past narrative counts from a told event, not from the
        // article date: a duration
        return None;
    }
    if sign == 0 {
        match (t.n(e), t.n(e + 1)) {
            ("plus", "tard") => {
                sign = 1;
                e += 2;
            }
            ("apres", _) if !(t.is_word(e + 1) && t.soft(e + 1) && !matches!(t.n(e + 1), "," | ".")) || e + 1 >= t.len() => {
                sign = 1;
                e += 1;
            }
            ("plus", "tot") => {
                sign = -1;
                e += 2;
            }
            ("auparavant", _) => {
                sign = -1;
                e += 1;
            }
            _ => return None,
        }
    }
    let nv = n.v as i64 * sign;
    let dv = match u.unit.as_str() {
        "D" => DV::Day(r + Duration::days(nv)),
        "W" => DV::Day(r + Duration::days(7 * nv)),
        "M" => DV::Day(add_months(r, nv as i32)?),
        "Y" => {
            let d = add_months(r, 12 * nv as i32)?;
            DV::Month(d.year(), d.month())
        }
        _ => return None,
    };
    Some((i, e, dv, approx))
}

/// Year from a plain 4-digit number, when the context says so.
pub fn year_ctx(ctx: &Ctx, n: &Num) -> Option<(Cand, bool)> {
    let t = ctx.t;
    if !n.plain || !t.is_digits(n.s) || t.raw(n.s).len() != 4 || n.e != n.s + 1 {
        return None;
    }
    let y: i32 = t.raw(n.s).parse().ok()?;
    if !(1000..=2999).contains(&y) {
        return None;
    }
    let prev = if n.s > 0 { t.n(n.s - 1) } else { "" };
    let prep = matches!(prev, "en" | "depuis" | "des" | "l'an" | "an" | "annee" | "avant" | "apres" | "jusqu'en" | "vers" | "d'ici" | "fin" | "debut" | "mi" | "printemps" | "ete" | "automne" | "hiver" | "saison" | "exercice" | "budget" | "annees" | "de" | "entre" | "et" | "a");
    if prep || (1900..=2100).contains(&y) {
        let mut c = Cand::text(n.s, n.e, Kind::Date, format!("{:04}", y));
        c.approx = Approx::Exact;
        return Some((c, prep));
    }
    None
}

fn iso_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{:.6}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

pub fn iso_duration(v: f64, unit: &str) -> Option<String> {
    Some(match unit {
        "Y" => format!("P{}Y", iso_num(v)),
        "M" => format!("P{}M", iso_num(v)),
        "W" => format!("P{}W", iso_num(v)),
        "D" => format!("P{}D", iso_num(v)),
        "H" => format!("PT{}H", iso_num(v)),
        "MIN" => format!("PT{}M", iso_num(v)),
        "S" => format!("PT{}S", iso_num(v)),
        "Q" => format!("P{}M", iso_num(v * 3.0)),
        "SEM" => format!("P{}M", iso_num(v * 6.0)),
        "DEC" => format!("P{}Y", iso_num(v * 10.0)),
        "CEN" => format!("P{}Y", iso_num(v * 100.0)),
        _ => return None,
    })
}

const AGE_VERBS: &[&str] = &["avait", "ai", "as", "ont", "avons", "avez", "avaient", "aura", "auront", "est", "etait", "sera", "suis", "es", "sont", "etaient", "fete", "feter", "atteint", "atteindre", "age", "agee", "ages", "agees"];
const AGE_SKIP: &[&str] = &["seulement", "plus", "moins", "presque", "environ", "pres", "deja", "tout", "juste", "au", "pas", "a", "peine", "bientot", "desormais"];

pub fn age_context(ctx: &Ctx, n: &Num, unit: &str, e: usize) -> bool {
    let t = ctx.t;
    if !matches!(unit, "Y" | "M" | "W" | "D") {
        return false;
    }
    // an apposition: "Paul, 26 ans, …", "Jean Dupont (26 ans)"
    if unit == "Y" && n.s > 1 {
        let (before, after) = (t.n(n.s - 1), t.n(e));
        let closes = e >= t.len() || matches!(after, "," | ")" | "." | ";");
        let apposed = (before == "," && t.is_word(n.s - 2) && closes) || (before == "(" && after == ")");
        if apposed {
            return true;
        }
    }
    // after: "vieux", "vieille", "d'âge"
    for j in e..(e + 3).min(t.len()) {
        if matches!(t.n(j), "vieux" | "vieille" | "vieilles" | "vieil") {
            return true;
        }
        if t.is_punct(j) {
            break;
        }
    }
    let mut k = n.s;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        let w = t.n(k);
        if w == "a" && t.raw(k) != "a" && t.raw(k) != "A" {
            // "à"
            if AGE_SKIP.contains(&t.n(k.saturating_sub(1))) || t.n(k.wrapping_sub(1)) == "jusqu'" {
                return false;
            }
            return false;
        }
        if AGE_VERBS.contains(&w) || (w == "a" && (t.raw(k) == "a" || t.raw(k) == "A")) {
            return true;
        }
        if w == "que" && k > 0 && matches!(t.n(k - 1), "jeune" | "jeunes" | "vieux" | "age" | "ages" | "agee" | "agees") {
            return true;
        }
        if w == "de" || w == "d'" {
            let p = t.n(k.wrapping_sub(1));
            if p == "plus" || p == "moins" || p == "pres" {
                continue;
            }
            if p == "age" || p == "agee" || p == "ages" || p == "agees" || ctx.tb.person.contains(p) {
                return true;
            }
            return false;
        }
        if w == "apres" {
            let v = n.v;
            return v >= 18.0 && unit == "Y" && !matches!(t.n(e), "de" | "d'") && (e >= t.len() || t.is_punct(e));
        }
        if AGE_SKIP.contains(&w) {
            continue;
        }
        return false;
    }
    false
}

pub fn age_unit(unit: &str) -> &'static str {
    match unit {
        "Y" => "year",
        "M" => "month",
        "W" => "week",
        _ => "day",
    }
}

pub fn duration_or_age(ctx: &Ctx, n: Num, unit: &str, e: usize) -> Step {
    let t = ctx.t;
    if n.v < 0.0 {
        return Step::None;
    }
    let mut v = n.v;
    let mut e = e;
    // "deux mois et demi"
    if t.n(e) == "et" && matches!(t.n(e + 1), "demi" | "demie") && t.soft(e) {
        v += 0.5;
        e += 2;
    }
    if age_context(ctx, &n, unit, e) {
        let u = age_unit(unit);
        let mut c = Cand::num(n.s, e, Kind::Age, v);
        c.unit = Some(u.to_string());
        if n.collective {
            c.approx = Approx::Approx;
        }
        return Step::Found(c);
    }
    // "(à) 15 heures": a clock time when introduced so
    if unit == "H" && time_intro(ctx, n.s) && v <= 24.0 && v.fract() == 0.0 && !n.collective {
        return Step::Found(Cand::text(n.s, e, Kind::Time, tfmt(v as u32, 0)));
    }
    let iso = match iso_duration(v, unit) {
        Some(s) => s,
        None => return Step::None,
    };
    let mut c = Cand::text(n.s, e, Kind::Duration, iso);
    if n.collective {
        c.approx = Approx::Approx;
    }
    Step::Found(c)
}

fn date_cand(s: usize, e: usize, dv: DV, ap: Approx) -> Cand {
    let mut c = Cand::text(s, e, Kind::Date, fmt(dv));
    c.approx = ap;
    c
}

/// Date ranges: "du 6 au 15 septembre", "entre le 13 et le 15 juillet", "13-15 juillet",
/// "10 juin au 1er juillet", "entre novembre 2011 et mai 2012".
fn date_range(ctx: &Ctx, i: usize) -> Option<Cand> {
    if let Some(c) = year_range(ctx, i) {
        return Some(c);
    }
    let t = ctx.t;
    let (k, seps): (usize, &[&str]) = match t.n(i) {
        "du" => (i + 1, &["au", "jusqu'au"]),
        "entre" => (i + 1, &["et"]),
        "de" => (i + 1, &["a"]),
        _ => (i, &["au", "-", "jusqu'au", "et"]),
    };
    let le = t.n(k) == "le";
    let k = if le { k + 1 } else { k };
    let a = parts(ctx, k, false)?;
    if a.d.is_none() && a.m.is_none() {
        return None;
    }
    if t.n(i) == "entre" && a.m.is_none() && !le {
        return None;
    }
    let mut j = a.e;
    if t.n(j) == "jusqu'" {
        j += 1;
    }
    if !seps.contains(&t.n(j)) || !t.soft(j) {
        return None;
    }
    let mut j2 = j + 1;
    if t.n(j2) == "le" {
        j2 += 1;
    }
    let b = parts(ctx, j2, false)?;
    if b.d.is_none() && b.m.is_none() {
        return None;
    }
    // "les 9 et 10 juillet": two days of one month
    if t.n(j) == "et" && seps.len() > 1 && !(a.m.is_none() && a.d.is_some() && b.d.is_some() && b.m.is_some()) {
        return None;
    }
    if !end_ok(ctx, b.e) {
        return None;
    }
    // both need a month between them, or a "du/entre" start
    if a.m.is_none() && b.m.is_none() && !matches!(t.n(i), "du" | "entre") {
        return None;
    }
    if a.d.is_some() != b.d.is_some() {
        return None;
    }
    let mut a2 = a;
    a2.s = i;
    if a2.m.is_none() {
        a2.m = b.m;
        a2.y = b.y;
    }
    if a2.y.is_none() && b.y.is_some() {
        a2.y = b.y;
    }
    let mut b2 = b;
    b2.s = i;
    if a2.d.is_some() && a2.m.is_none() {
        // "du 13 au 18": this month
        let r = ctx.refd?;
        a2.m = Some(r.month());
        a2.y = Some(r.year());
        b2.m = Some(r.month());
        b2.y = Some(r.year());
    }
    let mut va = resolve_parts(ctx, &Parts { w: None, ..a2 })?;
    let vb = resolve_parts(ctx, &Parts { w: None, ..b2 })?;
    // keep the years consistent
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
    if t.n(i) == "de" || t.n(i) == "du" {
        // the span starts after "de"/"du" (a preposition the scorer lets one leave out)
        c.s = i;
    }
    Some(c)
}

/// Words that may follow a year range; another word after it is likely what a number range
/// counts ("entre 2000 et 3000 personnes").
const AFTER_YEARS: &[&str] = &[
    "du", "de", "d'", "des", "la", "le", "l'", "les", "et", "ou", "a", "au", "aux", "en", "dans", "pour", "par", "sur",
    "avec", "selon", "sans", "chez", "vers", "depuis", "puis", "qui", "que", "qu'", "dont", "ce", "cette", "ces", "son",
    "sa", "ses", "leur", "leurs", "il", "elle", "ils", "elles", "on", "mais", "est", "sont", "a", "ont", "etait",
];

/// Year ranges: "entre 2008 et 2009", "de 2008 à 2010", "2002-2004", "2012-2013", "2012-13".
fn year_range(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let (k, seps): (usize, &[&str]) = match t.n(i) {
        "entre" => (i + 1, &["et"]),
        "de" => (i + 1, &["a"]),
        _ => (i, &["-", "a", "au"]),
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
    if (t.is_punct(e) && t.adj(e) && matches!(t.n(e), "," | "." | "-" | "/") && t.is_digits(e + 1)) || (t.is_digits(e) && t.soft(e)) || unit_here(ctx, e) {
        return None;
    }
    if t.is_word(e) && t.soft(e) && !t.first_upper(e) && !AFTER_YEARS.contains(&t.n(e)) && !ctx.tb.count_stop.contains(t.n(e)) {
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

/// "premier semestre 2012", "au troisième trimestre": a period of months of one year.
fn period(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let (e, op) = ctx.tb.relative.longest(t, i)?;
    let (m1, m2) = op.strip_prefix("period:")?.split_once('-')?;
    let (m1, m2): (u32, u32) = (m1.parse().ok()?, m2.parse().ok()?);
    let mut k = e;
    if matches!(t.n(k), "de" | "du") && t.is_digits(k + 1) {
        k += 1;
    }
    let (y, e) = match year_at(ctx, k, false) {
        Some((y, e2)) => (y, e2),
        None => (ctx.refd?.year(), e),
    };
    let mut c = Cand::text(i, e, Kind::Date, format!("{:04}-{:02}", y, m1));
    c.value_max = Some(Value::Text(format!("{:04}-{:02}", y, m2)));
    c.approx = Approx::Range;
    Some(c)
}

/// Dates, times, datetimes starting at token i; a leading "le"/"du"/"de" before a
/// day number is left out of the span (as gold spans do: "le 6 novembre 2024").
pub fn parse(ctx: &Ctx, i: usize) -> Option<Cand> {
    let mut c = parse_inner(ctx, i)?;
    let t = ctx.t;
    if c.e > c.s + 1 && matches!(t.n(c.s), "le" | "du" | "de") && (t.is_digits(c.s + 1) || ctx.tb.words.contains_key(t.n(c.s + 1))) {
        c.s += 1;
    }
    Some(c)
}

fn parse_inner(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let w = t.n(i);
    if let Some((e, op)) = ctx.tb.relative.longest(t, i) {
        if let Some(iso) = op.strip_prefix("dur:") {
            return Some(Cand::text(i, e, Kind::Duration, iso.to_string()));
        }
    }
    // fast exit for plain words that cannot start a date
    let first_ok = t.is_digits(i)
        || TRIGGERS.contains(&w)
        || ctx.tb.months.contains_key(w)
        || ctx.tb.weekdays.contains_key(w)
        || ctx.tb.relative.contains_first(w)
        || ctx.tb.words.contains_key(w);
    if !first_ok {
        return None;
    }
    // clock ranges, possibly followed by a day: "de 9h30 à 11h jeudi"
    if let Some((s, e, a, b)) = time_range(ctx, i) {
        let k = connector(ctx, e);
        if let Some((e2, d)) = day_after(ctx, k) {
            let mut c = Cand::text(s, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(a.h, a.m)));
            c.value_max = Some(Value::Text(format!("{}T{}", d.format("%Y-%m-%d"), tfmt(b.h, b.m))));
            c.approx = Approx::Range;
            return Some(c);
        }
        let mut c = Cand::text(s, e, Kind::Time, tfmt(a.h, a.m));
        c.value_max = Some(Value::Text(tfmt(b.h, b.m)));
        c.approx = Approx::Range;
        return Some(c);
    }
    if let Some(c) = date_range(ctx, i) {
        return Some(c);
    }
    if let Some(c) = period(ctx, i) {
        return Some(c);
    }
    if matches!(w, "du" | "de" | "entre" | "la" | "l'") && ctx.tb.relative.longest(t, i).is_none() {
        return None;
    }
    // date, then maybe a time
    if let Some((s, e, dv, ap)) = date_single(ctx, i) {
        // "aujourd'hui, à 18h15": a digitless deictic set off by a comma stays a date of its own
        let apposed = t.n(e) == "," && (s..e).all(|k| !t.is_digits(k));
        if let (DV::Day(d), false) = (dv, apposed) {
            let k = connector(ctx, e);
            if k < t.len() {
                if let Some((_, e2, a, b)) = time_range(ctx, k).or_else(|| if t.n(k) != "de" && t.n(k) != "entre" { None } else { None }) {
                    let mut c = Cand::text(s, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(a.h, a.m)));
                    c.value_max = Some(Value::Text(format!("{}T{}", d.format("%Y-%m-%d"), tfmt(b.h, b.m))));
                    c.approx = Approx::Range;
                    return Some(c);
                }
                if let Some(tm) = time_at(ctx, k) {
                    if tm.strong || k > e || matches!(t.n(tm.e - 1), "heures" | "heure") {
                        let mut h = tm.h;
                        let mut e2 = tm.e;
                        if let Some((_, add, e3)) = part_of_day_after(ctx, e2).filter(|x| x.0 == 0) {
                            if h < 12 {
                                h += add as u32;
                            }
                            e2 = e3;
                        }
                        return Some(Cand::text(s, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(h, tm.m))));
                    }
                }
            }
        }
        return Some(date_cand(s, e, dv, ap));
    }
    // time, maybe followed by a day
    let (s0, k0) = if matches!(w, "vers") { (i, i + 1) } else { (i, i) };
    if let Some(tm) = time_at(ctx, k0) {
        let weak_ok = tm.strong || time_intro(ctx, k0) || s0 != k0;
        // "à 3 heures cet après-midi", "8 heures ce soir"
        if let Some((days, add, e2)) = part_of_day_after(ctx, tm.e) {
            if let Some(r) = ctx.refd {
                let mut h = tm.h;
                if h < 12 {
                    h += add as u32;
                }
                let d = r + Duration::days(days);
                return Some(Cand::text(s0, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(h, tm.m))));
            }
        }
        if weak_ok {
            let k = connector(ctx, tm.e);
            if let Some((e2, d)) = day_after(ctx, k).filter(|_| tm.strong) {
                return Some(Cand::text(s0, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(tm.h, tm.m))));
            }
            let mut c = Cand::text(s0, tm.e, Kind::Time, tfmt(tm.h, tm.m));
            if s0 != k0 {
                c.approx = Approx::Approx;
            }
            return Some(c);
        }
    }
    None
}

/// A day right after a time: "jeudi", "samedi 21 septembre", "demain".
fn day_after(ctx: &Ctx, k: usize) -> Option<(usize, NaiveDate)> {
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
