//! Day, month and year readers: written ("6 novembre 2024") and numeric
//! ("06/11/2024") dates.

use super::*;
use crate::data::WeekdayForm;
use crate::tok::Toks;

pub(super) fn month_at(ctx: &Ctx, k: usize, after_day: bool) -> Option<(u32, usize)> {
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

pub(super) fn weekday_at(ctx: &Ctx, k: usize) -> Option<(u32, usize)> {
    let t = ctx.t;
    if !t.is_word(k) {
        return None;
    }
    let &(w, form) = ctx.tb.weekdays.get(t.n(k))?;
    if in_weekday_name(ctx, k) {
        return None;
    }
    let dot = t.n(k + 1) == "." && t.adj(k + 1);
    match form {
        WeekdayForm::Full => Some((w, k + 1)),
        WeekdayForm::Abbreviation => dot.then_some((w, k + 2)),
        // not the sentence end of "en mer." or "pour le jeu."
        WeekdayForm::AbbreviationAndWord => (dot && day_at(ctx, k + 2).is_some()).then_some((w, k + 2)),
    }
}

/// Whether token k lies in a `weekday-name` phrase of `non_quantity.tsv`
/// ("le Journal du dimanche") of at most four words, the weekday any of
/// them.
fn in_weekday_name(ctx: &Ctx, k: usize) -> bool {
    (0..=3).any(|l| k >= l && ctx.tb.weekday_names.longest(ctx.t, k - l).is_some_and(|(e, _)| e > k))
}

/// Day of month: "13", "1er", "13e", "premier", "quinze".
pub(super) fn day_at(ctx: &Ctx, k: usize) -> Option<(u32, usize)> {
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
        // "mardi 14:30": a clock time, not the 14th
        if t.n(k + 1) == ":" && t.adj(k + 1) && t.is_digits(k + 2) && t.adj(k + 2) {
            return None;
        }
        if t.is_word(k + 1) && t.adj(k + 1) {
            if num::is_ord_suffix(t.n(k + 1)) {
                return Some((d, k + 2));
            }
            return None;
        }
        // "1 er août": the ordinal suffix spaced off (tokenised text)
        if d == 1 && t.n(k + 1) == "er" && t.soft(k + 1) {
            return Some((1, k + 2));
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

pub(super) fn year_at(ctx: &Ctx, k: usize, two_ok: bool) -> Option<(i32, usize)> {
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
pub(super) struct Parts {
    /// First token and the token after the last.
    pub(super) s: usize,
    pub(super) e: usize,
    /// Day of the month, month (1–12), year and weekday (1 = Monday), as read.
    pub(super) d: Option<u32>,
    pub(super) m: Option<u32>,
    pub(super) y: Option<i32>,
    pub(super) w: Option<u32>,
}

/// "prochain" (ahead) or "dernier" (back) after a day and month or a month
/// alone: the way to go from the article's date, whatever the sentence's
/// tense.
fn direction_word(w: &str) -> Option<bool> {
    match w {
        "prochain" => Some(true),
        "dernier" => Some(false),
        _ => None,
    }
}

/// Whether token `k` is "prochain" or "dernier" after its date, on the same line.
fn direction_word_at(t: &crate::tok::Toks, k: usize) -> bool {
    t.soft(k) && direction_word(t.n(k)).is_some()
}

pub(super) fn num_tok(t: &crate::tok::Toks, k: usize, maxlen: usize) -> Option<u32> {
    if t.is_digits(k) && t.raw(k).len() <= maxlen {
        t.raw(k).parse().ok()
    } else {
        None
    }
}

/// Numeric dates: 2012-06-26, 26/06/2012, 26.06.2012, 17/02, 2015-3, 20 02 2014.
pub(super) fn numeric(ctx: &Ctx, k: usize) -> Option<Parts> {
    let t = ctx.t;
    if !t.is_digits(k) {
        return None;
    }
    let a = t.raw(k);
    if a.len() == 4 && (separator_at(t, k + 1, "-") || separator_at(t, k + 1, "/")) {
        return year_first(ctx, k);
    }
    if a.len() > 2 {
        return None;
    }
    let d: u32 = a.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    match ["/", ".", "-"].into_iter().find(|sep| separator_at(t, k + 1, sep)) {
        Some(sep) => day_first_separated(ctx, k, d, sep),
        None => day_first_spaced(ctx, k, d),
    }
}

/// A separator glued to the tokens on both sides.
fn separator_at(t: &Toks, j: usize, sep: &str) -> bool {
    t.n(j) == sep && t.adj(j) && t.adj(j + 1)
}

/// A year in four digits, or in two (before 50: the 2000s).
fn full_year(digits: &str, y: i32) -> Option<i32> {
    match digits.len() {
        4 => Some(y),
        2 if y < 50 => Some(2000 + y),
        2 => Some(1900 + y),
        _ => None,
    }
}

/// ISO order: "2012-06-26", "2015-3", "2016-mars".
fn year_first(ctx: &Ctx, k: usize) -> Option<Parts> {
    let t = ctx.t;
    let sep = t.n(k + 1);
    let y: i32 = t.raw(k).parse().ok()?;
    let (m, k2) = match num_tok(t, k + 2, 2) {
        Some(m) => (m, k + 3),
        None => month_at(ctx, k + 2, true)?,
    };
    if !(1..=12).contains(&m) {
        return None;
    }
    if separator_at(t, k2, sep) {
        let d = num_tok(t, k2 + 1, 2)?;
        ymd(y, m, d)?;
        return Some(Parts { s: k, e: k2 + 2, d: Some(d), m: Some(m), y: Some(y), w: None });
    }
    if t.is_digits(k2) && t.adj(k2) {
        return None;
    }
    Some(Parts { s: k, e: k2, d: None, m: Some(m), y: Some(y), w: None })
}

/// Day `d` at k, then `sep`: "26/06/2012", "26.06.12", "26-06-2012"; "17/02"
/// without a year with a slash only, not before a unit, not a fraction
/// with a sign or a tally.
fn day_first_separated(ctx: &Ctx, k: usize, d: u32, sep: &str) -> Option<Parts> {
    let t = ctx.t;
    let m = num_tok(t, k + 2, 2)?;
    if !(1..=12).contains(&m) {
        return None;
    }
    if separator_at(t, k + 3, sep) && t.is_digits(k + 4) {
        let digits = t.raw(k + 4);
        let y = full_year(digits, digits.parse().ok()?)?;
        ymd(y, m, d)?;
        return Some(Parts { s: k, e: k + 5, d: Some(d), m: Some(m), y: Some(y), w: None });
    }
    if sep != "/" {
        return None;
    }
    if t.is_word(k + 3) && t.soft(k + 3) && ctx.tb.units.longest(t, k + 3).is_some() {
        return None;
    }
    if k > 0 && t.n(k - 1) == "-" || crate::num::is_tally(t, k, k + 1) {
        return None;
    }
    Some(Parts { s: k, e: k + 3, d: Some(d), m: Some(m), y: None, w: None })
}

/// Day `d` at k, spaced: "20 02 2014", "17 02" (then only before the end or
/// punctuation that is not part of a figure).
fn day_first_spaced(ctx: &Ctx, k: usize, d: u32) -> Option<Parts> {
    let t = ctx.t;
    let m = num_tok(t, k + 1, 2).filter(|m| !t.adj(k + 1) && t.soft(k + 1) && (1..=12).contains(m))?;
    if let Some(yv) = num_tok(t, k + 2, 4) {
        let digits = t.raw(k + 2);
        let spaced = !t.adj(k + 2) && t.soft(k + 2) && !t.is_digits(k + 3);
        if let Some(y) = full_year(digits, yv as i32).filter(|_| spaced) {
            if ymd(y, m, d).is_some() && end_ok(ctx, k + 3) {
                return Some(Parts { s: k, e: k + 3, d: Some(d), m: Some(m), y: Some(y), w: None });
            }
        }
    }
    let ends = k + 2 >= t.len() || (t.is_punct(k + 2) && !matches!(t.n(k + 2), "%" | "$" | "€" | "/" | ":" | "," | "-"));
    (ends && (k == 0 || !t.is_digits(k - 1))).then_some(Parts { s: k, e: k + 2, d: Some(d), m: Some(m), y: None, w: None })
}

pub(super) fn end_ok(ctx: &Ctx, k: usize) -> bool {
    !unit_here(ctx, k)
}

/// A unit phrase starts at token k (on the same line).
pub(super) fn unit_here(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.t;
    k < t.len() && t.soft(k) && ctx.tb.units.longest_where(t, k, |got, u| !u.cs || got == u.raw).is_some()
}

/// [weekday] [le] day [month [year]] | [weekday] month-name forms | numeric.
pub(super) fn parts(ctx: &Ctx, i: usize, need_month: bool) -> Option<Parts> {
    let t = ctx.t;
    let (w, mut k) = match weekday_at(ctx, i) {
        Some((w, e)) => (Some(w), if t.n(e) == "," { e + 1 } else { e }),
        None => (None, i),
    };
    if t.n(k) == "le" && day_at(ctx, k + 1).is_some() {
        k += 1;
    }
    // "depuis le lundi (12)": the day in parentheses after its weekday
    if w.is_some() && t.n(k) == "(" {
        if let Some((d, e)) = day_at(ctx, k + 1).filter(|&(_, e)| t.n(e) == ")") {
            return Some(Parts { s: i, e: e + 1, d: Some(d), m: None, y: None, w });
        }
    }
    if let Some(p) = numeric(ctx, k) {
        return Some(Parts { s: i, w, ..p });
    }
    let before = Parts { s: i, e: k, d: None, m: None, y: None, w };
    match day_at(ctx, k) {
        Some((d, e)) => day_first(ctx, Parts { e, d: Some(d), ..before }, need_month),
        None => month_first(ctx, before),
    }
}

/// After a day number: its month and year ("17 février 2016", "17 février
/// de 2016", "le 17 février prochain"), or the day alone where no month is
/// needed.
fn day_first(ctx: &Ctx, day: Parts, need_month: bool) -> Option<Parts> {
    let t = ctx.t;
    let Some((m, e)) = month_at(ctx, day.e, true).filter(|_| t.soft(day.e)) else {
        return (!need_month).then_some(day);
    };
    let mut p = Parts { e, m: Some(m), ..day };
    let k = if t.n(e) == "de" && t.is_digits(e + 1) && t.raw(e + 1).len() == 4 { e + 1 } else { e };
    if let Some((y, e)) = year_at(ctx, k, true) {
        p.y = Some(y);
        p.e = e;
    } else if direction_word_at(t, p.e) {
        // "le 17 février prochain": the word is part of the date
        p.e += 1;
    }
    Some(p)
}

/// Month first, from `before.e`: "novembre 23 de 1987", "Sep-23-2020",
/// "septembre-2020-23", "juillet 98", "mars 2015".
fn month_first(ctx: &Ctx, before: Parts) -> Option<Parts> {
    let t = ctx.t;
    let k = before.e;
    let (m, e) = month_at(ctx, k, false).or_else(|| {
        // abbreviations before a dash: "Sep-23-2020"
        let &(m, _, _) = ctx.tb.months.get(t.n(k))?;
        (t.n(k + 1) == "-" && t.adj(k + 1) && t.is_digits(k + 2)).then_some((m, k + 1))
    })?;
    let mut p = Parts { e, m: Some(m), ..before };
    if t.n(e) == "-" && t.adj(e) && t.is_digits(e + 1) && t.adj(e + 1) && t.n(e + 2) == "-" && t.adj(e + 2) && t.is_digits(e + 3) {
        let (a, b) = (t.raw(e + 1), t.raw(e + 3));
        let (d, y) = if a.len() == 4 { (b.parse().ok()?, a.parse().ok()?) } else { (a.parse().ok()?, b.parse().ok()?) };
        ymd(y, m, d)?;
        return Some(Parts { e: e + 4, d: Some(d), y: Some(y), ..p });
    }
    if let Some((d, e2)) = day_at(ctx, e).filter(|_| t.is_digits(e) && t.soft(e)) {
        // "novembre 23 de 1987"
        let k2 = if t.n(e2) == "de" || t.n(e2) == "," { e2 + 1 } else { e2 };
        if let Some((y, e3)) = year_at(ctx, k2, false) {
            return Some(Parts { e: e3, d: Some(d), y: Some(y), ..p });
        }
    }
    let k2 = if t.n(e) == "de" && t.is_digits(e + 1) { e + 1 } else { e };
    if let Some((y, e3)) = year_at(ctx, k2, true) {
        p.y = Some(y);
        p.e = e3;
    } else if direction_word_at(t, e) {
        // "en novembre dernier", "en mai prochain": the word is part of the date
        p.e += 1;
    }
    Some(p)
}

pub(super) fn resolve_parts(ctx: &Ctx, p: &Parts) -> Option<DV> {
    match (p.d, p.m, p.y) {
        (Some(d), Some(m), Some(y)) => ymd(y, m, d).map(DV::Day),
        (Some(d), Some(m), None) if p.e > p.s && direction_word(ctx.t.n(p.e - 1)).is_some() => {
            let r = ctx.refd?;
            let ahead = direction_word(ctx.t.n(p.e - 1)) == Some(true);
            let years = if ahead { [r.year(), r.year() + 1] } else { [r.year(), r.year() - 1] };
            years.into_iter().filter_map(|y| ymd(y, m, d)).find(|x| if ahead { *x >= r } else { *x <= r }).map(DV::Day)
        }
        (Some(d), Some(m), None) => {
            let guess = resolve_dm(ctx, p.s, d, m)?;
            // "lundi 1er août": a weekday that does not fit names the year next to it
            let fits = |x: &NaiveDate| p.w.is_none_or(|w| x.weekday() == wd(w));
            if fits(&guess) {
                return Some(DV::Day(guess));
            }
            let r = ctx.refd.unwrap_or(guess);
            [guess.year() - 1, guess.year() + 1]
                .into_iter()
                .filter_map(|y| ymd(y, m, d))
                .filter(fits)
                .min_by_key(|x| (*x - r).num_days().abs())
                .or(Some(guess))
                .map(DV::Day)
        }
        (None, Some(m), Some(y)) => Some(DV::Month(y, m)),
        (None, Some(m), None) => match (p.e > p.s).then(|| direction_word(ctx.t.n(p.e - 1))).flatten() {
            // the month back from the article's ("novembre dernier" in
            // January is last year's; "août dernier" on 30 August this
            // one), or after it ("mai prochain")
            Some(ahead) => {
                let r = ctx.refd?;
                let year = match ahead {
                    true if m > r.month() => r.year(),
                    true => r.year() + 1,
                    false if m <= r.month() => r.year(),
                    false => r.year() - 1,
                };
                Some(DV::Month(year, m))
            }
            None => resolve_m(ctx, p.s, m),
        },
        (Some(d), None, None) => {
            if let Some(w) = p.w {
                let r = ctx.refd?;
                // "jeudi 9" three days before the article: that Thursday
                let this_week = (0..=DAYS_A_WEEKDAY_LOOKS_BACK).map(|k| r - chrono::Duration::days(k)).find(|x| x.day() == d && x.weekday() == wd(w));
                if let Some(x) = this_week {
                    return Some(DV::Day(x));
                }
                // "jeudi 15": else the next month where the 15th is a Thursday
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

/// How many days before the article a weekday with its day ("jeudi 9",
/// "le lundi (12)") may be read as the one just past.
const DAYS_A_WEEKDAY_LOOKS_BACK: i64 = 7;

// ---------- times ----------
