//! Article dates from metadata strings and from datelines.

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveTime};
use regex::Regex;

/// How many leading paragraphs may hold the dateline: Wikinews puts it after
/// the title and an optional subtitle.
const DATELINE_PARAGRAPHS: usize = 4;

/// "22 mai 2012. - ", "6 novembre 2024 – ", "22 août 2012, Espagne. - ",
/// anywhere in one of the first paragraphs ("LYON, France, 6 novembre 2024 –
/// …" or a first sentence that carries it). The dash is required: a
/// paragraph that merely holds a date has no dateline.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?:^|[\s,(])
        (?i:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?
        (?P<day>1er|\d{1,2})\s+
        (?P<month>\p{L}{3,9})\s+
        (?P<year>\d{4})
        (?:\s*,[^.\n–—-]{1,60})?
        \s*\.?\s*(?:\([^)\n]{1,20}\)\s*)?[-–—]",
    )
    .expect("dateline pattern is valid")
});

/// Compiles the dateline pattern now, while a run's models load: compiled
/// on first use, it held every worker waiting for the first article's.
pub fn compile_patterns() {
    LazyLock::force(&DATELINE);
}

/// Parses the date at the start of an ISO 8601 date or date-time
/// ("2024-11-06", "2024-11-06T10:00:00+01:00").
pub fn parse_iso_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_and_remainder(value.trim(), "%Y-%m-%d")
        .ok()
        .map(|(date, _)| date)
}

/// The clock time of an ISO 8601 / RFC 3339 date-time as it is written,
/// its offset aside ("2013-02-12T04:30:00-02:00", "2013-02-12 04:30" →
/// 04:30); none for a bare date.
pub fn parse_iso_time(value: &str) -> Option<NaiveTime> {
    let (_, time) = value.trim().split_once(['T', ' '])?;
    NaiveTime::parse_from_str(time.get(..5)?, "%H:%M").ok()
}

/// The date of a dateline in one of the first paragraphs, if any: one that
/// opens its paragraph first ("28 février 2017 . – À Orvault …" beats an
/// earlier "Page actualisée : 8 février 2017 — « … »"), else one after a
/// place ("LYON, France, 6 novembre 2024 – …").
pub(crate) fn dateline_date(text: &str) -> Option<NaiveDate> {
    let leading: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).take(DATELINE_PARAGRAPHS).collect();
    let opens = |line: &str, caps: &regex::Captures| line[..caps.get(0).map_or(0, |m| m.start())].trim().is_empty();
    leading
        .iter()
        .find_map(|line| DATELINE.captures(line).filter(|caps| opens(line, caps)).and_then(|caps| date_of(&caps)))
        .or_else(|| leading.iter().find_map(|line| DATELINE.captures_iter(line).find_map(|caps| date_of(&caps))))
}

/// The date a dateline match reads.
fn date_of(caps: &regex::Captures) -> Option<NaiveDate> {
    let day = match &caps["day"] {
        "1er" => 1,
        digits => digits.parse().ok()?,
    };
    let month = crate::months::month_number(&caps["month"])?;
    NaiveDate::from_ymd_opt(caps["year"].parse().ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn datelines_found_in_leading_paragraphs() {
        assert_eq!(
            dateline_date("Titre\n\nSous-titre\n\n22 mai 2012. - Prévu initialement"),
            ymd(2012, 5, 22)
        );
        assert_eq!(
            dateline_date("6 novembre 2024 – Interpol a annoncé"),
            ymd(2024, 11, 6)
        );
        assert_eq!(dateline_date("1er août 2012. - Le"), ymd(2012, 8, 1));
        assert_eq!(
            dateline_date("22 août 2012, Espagne. - Le Parti"),
            ymd(2012, 8, 22)
        );
        assert_eq!(
            dateline_date("PARIS, 6 novembre 2024 (AFP) - Le"),
            ymd(2024, 11, 6)
        );
        // inside the first sentence, after a place with its country
        assert_eq!(
            dateline_date("Titre\n\nLyon (Rhône), France, jeudi 6 novembre 2024 – Les manifestants"),
            ymd(2024, 11, 6)
        );
        // one that opens its paragraph beats a dated line before it
        assert_eq!(
            dateline_date("Titre\n\nPage actualisée : 13 octobre 2016 — « Suite »\n\n12 octobre 2016 . – L'assemblée"),
            ymd(2016, 10, 12)
        );
    }

    #[test]
    fn dates_that_are_not_datelines() {
        assert_eq!(
            dateline_date("Interpol a annoncé le 6 novembre 2024 les résultats"),
            None
        );
        assert_eq!(
            dateline_date("6 novembre 2024 les résultats sont tombés"),
            None
        );
        assert_eq!(
            dateline_date("a\n\nb\n\nc\n\nd\n\n22 mai 2012. - trop loin"),
            None
        );
        assert_eq!(dateline_date("31 février 2012. - date impossible"), None);
    }

    #[test]
    fn iso_dates_and_date_times() {
        assert_eq!(parse_iso_date("2024-11-06"), ymd(2024, 11, 6));
        assert_eq!(
            parse_iso_date("2012-05-22T07:44:00+02:00"),
            ymd(2012, 5, 22)
        );
        assert_eq!(parse_iso_date("22/05/2012"), None);
        assert_eq!(parse_iso_time("2012-05-22T07:44:00+02:00"), NaiveTime::from_hms_opt(7, 44, 0));
        assert_eq!(parse_iso_time("2012-05-22 07:44"), NaiveTime::from_hms_opt(7, 44, 0));
        assert_eq!(parse_iso_time("2012-05-22"), None);
    }
}
