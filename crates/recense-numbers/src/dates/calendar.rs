//! Calendar arithmetic, and a day or month without a year resolved against
//! the article date and the sentence's tense.

use super::*;

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(super) fn closer(r: NaiveDate, a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if (a - r).num_days().abs() <= (b - r).num_days().abs() { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Days either side of the article date within which a day and month
/// without a year is the nearest such day, whatever the sentence's tense.
const NEAR_DAYS: i64 = 14;

/// Day and month without a year, resolved against the reference and the tense.
pub(super) fn resolve_dm(ctx: &Ctx, i: usize, d: u32, m: u32) -> Option<NaiveDate> {
    let r = ctx.refd?;
    let y = r.year();
    let past = [y, y - 1].iter().filter_map(|&y| ymd(y, m, d)).find(|x| *x <= r);
    let fut = [y, y + 1].iter().filter_map(|&y| ymd(y, m, d)).find(|x| *x >= r);
    let near = closer(r, past, fut);
    // a day within a fortnight of the article is that day, whatever the tense
    // ("a annoncé se rendre en Italie du 25 au 27 janvier", an article of the 24th)
    if nearest(ctx, i) || near.is_some_and(|x| (x - r).num_days().abs() <= NEAR_DAYS) {
        return near;
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

pub(super) fn resolve_m(ctx: &Ctx, i: usize, m: u32) -> Option<DV> {
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

pub(super) fn resolve_d(ctx: &Ctx, i: usize, d: u32) -> Option<NaiveDate> {
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

pub(super) fn wd(n: u32) -> Weekday {
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

pub(super) fn next_wd(r: NaiveDate, w: u32, strict: bool) -> NaiveDate {
    let cur = r.weekday().number_from_monday();
    let mut delta = (w as i64 - cur as i64).rem_euclid(7);
    if delta == 0 && strict {
        delta = 7;
    }
    r + Duration::days(delta)
}

pub(super) fn prev_wd(r: NaiveDate, w: u32) -> NaiveDate {
    let cur = r.weekday().number_from_monday();
    let mut delta = (cur as i64 - w as i64).rem_euclid(7);
    if delta == 0 {
        delta = 7;
    }
    r - Duration::days(delta)
}

pub(super) fn week_day(r: NaiveDate, w: u32, weeks: i64) -> NaiveDate {
    let monday = r - Duration::days(r.weekday().num_days_from_monday() as i64);
    monday + Duration::days(weeks * 7 + (w as i64 - 1))
}

pub(super) fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
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
