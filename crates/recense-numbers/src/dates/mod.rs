//! Dates, times, datetimes, durations and ages, one module per family:
//! calendar arithmetic, date parts, times, relative dates, ages and
//! durations, ranges; `parse` tries them in order at a token.

mod ages;
mod calendar;
mod parts;
mod ranges;
mod relative;
mod times;

pub use ages::{age_context, age_unit, duration_or_age, iso_duration, iso_num, year_ctx};
pub(crate) use ages::iso_duration_of;
pub(crate) use ages::{is_participle, part_of_the_unit_after};
pub(crate) use relative::{counted_from_the_story, shifted_by_the_clock};
pub(crate) use times::{lasting_noun_after, said_to_last, tfmt};
use calendar::*;
use parts::*;
use ranges::*;
use relative::*;
use times::*;

use crate::data::class;
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
    Week(NaiveDate),
}

fn fmt(d: DV) -> String {
    match d {
        DV::Day(d) => d.format("%Y-%m-%d").to_string(),
        DV::Month(y, m) => format!("{:04}-{:02}", y, m),
        DV::Year(y) => format!("{:04}", y),
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

fn date_cand(s: usize, e: usize, dv: DV, ap: Approx) -> Cand {
    let mut c = Cand::text(s, e, Kind::Date, fmt(dv));
    c.approx = ap;
    c
}

/// Dates, times, datetimes starting at token i; a leading "le"/"du"/"de" before a
/// day number is left out of the span (as gold spans do: "le 6 novembre 2024"),
/// except the "du"/"de" that opens a range ("du 6 au 15 septembre", "de 1974
/// à 1981": the contract's spans).
pub fn parse(ctx: &Ctx, i: usize) -> Option<Cand> {
    let mut c = parse_inner(ctx, i)?;
    let t = ctx.t;
    let opens_range = c.approx == Approx::Range && matches!(t.n(c.s), "du" | "de");
    if c.e > c.s + 1 && !opens_range && matches!(t.n(c.s), "le" | "du" | "de") && (t.is_digits(c.s + 1) || ctx.tb.words.contains_key(t.n(c.s + 1))) {
        c.s += 1;
    }
    Some(c)
}

/// What starts at i, tried in order: a duration phrase of the relative
/// table, a clock range, a date range, a period, a date (with a time after
/// it), a race time, a clock time (with a day after it).
fn parse_inner(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let w = t.n(i);
    if let Some((e, op)) = ctx.tb.relative.longest(t, i) {
        if let Some(iso) = op.strip_prefix("dur:") {
            return Some(Cand::text(i, e, Kind::Duration, iso.to_string()));
        }
    }
    // fast exit for plain words that cannot start a date
    if !(t.is_digits(i) || ctx.tb.is(w, class::STARTS_DATE)) {
        return None;
    }
    if let Some(c) = clock_range(ctx, i).or_else(|| date_range(ctx, i)).or_else(|| period(ctx, i)) {
        return Some(c);
    }
    if matches!(w, "du" | "de" | "entre" | "la" | "l'") && ctx.tb.relative.longest(t, i).is_none() {
        return None;
    }
    if let Some((s, e, dv, ap)) = date_single(ctx, i) {
        return Some(date_then_time(ctx, s, e, dv, ap));
    }
    race_time(ctx, i).or_else(|| time_then_day(ctx, i))
}

/// A date-time range: day `d` from clock time `a` to `b`.
fn datetime_range(s: usize, e: usize, d: NaiveDate, a: &Tm, b: &Tm) -> Cand {
    let mut c = Cand::text(s, e, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(a.h, a.m)));
    c.value_max = Some(Value::Text(format!("{}T{}", d.format("%Y-%m-%d"), tfmt(b.h, b.m))));
    c.approx = Approx::Range;
    c
}

/// A clock range, maybe followed by a day: "de 9h30 à 11h jeudi".
fn clock_range(ctx: &Ctx, i: usize) -> Option<Cand> {
    let (s, e, a, b) = time_range(ctx, i)?;
    if let Some((e2, d)) = day_after(ctx, connector(ctx, e).end) {
        return Some(datetime_range(s, e2, d, &a, &b));
    }
    let mut c = Cand::text(s, e, Kind::Time, tfmt(a.h, a.m));
    c.value_max = Some(Value::Text(tfmt(b.h, b.m)));
    c.approx = Approx::Range;
    Some(c)
}

/// A date `s..e`, with the clock time or range after a day joined to it:
/// "samedi 3 mars à 14 h", "le 3 mars de 9 h à 11 h"; but "aujourd'hui, à
/// 18h15", "3 septembre 2016, 09 h 53 UTC": a date set off by a comma stays
/// a date of its own.
fn date_then_time(ctx: &Ctx, s: usize, e: usize, dv: DV, ap: Approx) -> Cand {
    let t = ctx.t;
    let conn = connector(ctx, e);
    let k = conn.end;
    let DV::Day(d) = dv else {
        return date_cand(s, e, dv, ap);
    };
    if t.n(e) == "," || k >= t.len() {
        return date_cand(s, e, dv, ap);
    }
    if let Some((_, e2, a, b)) = time_range(ctx, k) {
        return datetime_range(s, e2, d, &a, &b);
    }
    match time_at(ctx, k) {
        Some(tm) if tm.strong || k > e || matches!(t.n(tm.e - 1), "heures" | "heure") => {
            let (mut h, mut e2) = (tm.h, tm.e);
            if let Some((_, add, e3)) = part_of_day_after(ctx, e2).filter(|x| x.0 == 0) {
                if h < 12 {
                    h += add as u32;
                }
                e2 = e3;
            }
            let mut c = Cand::text(s, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(h, tm.m)));
            // "ce vendredi vers 19 h 30", "le 3 mars aux alentours de 9 h"
            if conn.approx {
                c.approx = Approx::Approx;
            }
            c
        }
        _ => date_cand(s, e, dv, ap),
    }
}

/// A clock time ("vers" makes it approximate), maybe with a day after it
/// ("à 14 heures samedi") or a part of today or tomorrow ("à 3 heures cet
/// après-midi", "8 heures ce soir").
fn time_then_day(ctx: &Ctx, i: usize) -> Option<Cand> {
    let t = ctx.t;
    let (s0, k0) = if t.n(i) == "vers" { (i, i + 1) } else { (i, i) };
    let tm = time_at(ctx, k0)?;
    if let Some((days, add, e2)) = part_of_day_after(ctx, tm.e) {
        if let Some(r) = ctx.refd {
            let h = if tm.h < 12 { tm.h + add as u32 } else { tm.h };
            let d = r + Duration::days(days);
            let mut c = Cand::text(s0, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(h, tm.m)));
            if s0 != k0 {
                c.approx = Approx::Approx;
            }
            return Some(c);
        }
    }
    if !(tm.strong || time_intro(ctx, k0) || s0 != k0) {
        return None;
    }
    let k = connector(ctx, tm.e).end;
    // not "à 20 heures, jeudi,": an aside of its own
    let introduced = time_intro(ctx, k0) && k == tm.e;
    let mut c = match day_after(ctx, k).filter(|_| tm.strong || introduced) {
        Some((e2, d)) => Cand::text(s0, e2, Kind::Datetime, format!("{}T{}", d.format("%Y-%m-%d"), tfmt(tm.h, tm.m))),
        None => Cand::text(s0, tm.e, Kind::Time, tfmt(tm.h, tm.m)),
    };
    if s0 != k0 {
        c.approx = Approx::Approx;
    }
    Some(c)
}
