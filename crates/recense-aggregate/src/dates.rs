//! ISO 8601 dates of mixed grain ("2012", "2011-03", "2012-07-04",
//! "2013-02-13T15:00") as typed spans, for date32 columns and for telling
//! whether two facts' dates agree.

use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grain {
    Day,
    Month,
    Year,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Month => "month",
            Grain::Year => "year",
        }
    }
}

/// The days an ISO date covers: one day, a month, or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub grain: Grain,
}

impl DateSpan {
    /// `None` for text that is not an ISO date (a duration, say).
    pub fn parse(iso: &str) -> Option<DateSpan> {
        let number = |range: std::ops::Range<usize>| iso.get(range)?.parse::<u32>().ok();
        let year = i32::try_from(number(0..4)?).ok()?;
        let (start, end, grain) = match iso.len() {
            4 => (NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?, Grain::Year),
            7 if iso.as_bytes()[4] == b'-' => {
                let first = NaiveDate::from_ymd_opt(year, number(5..7)?, 1)?;
                let next = first.checked_add_months(chrono::Months::new(1))?;
                (first, next.pred_opt()?, Grain::Month)
            }
            n if n >= 10 && iso.as_bytes()[4] == b'-' && iso.as_bytes()[7] == b'-' => {
                let day = NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)?;
                (day, day, Grain::Day)
            }
            _ => return None,
        };
        Some(DateSpan { start, end, grain })
    }

    /// "2024-10" for any date of October 2024; `None` for a year.
    pub fn month(&self) -> Option<String> {
        (self.grain != Grain::Year).then(|| self.start.format("%Y-%m").to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn each_grain_covers_its_days() {
        assert_eq!(DateSpan::parse("2012"), Some(DateSpan { start: d(2012, 1, 1), end: d(2012, 12, 31), grain: Grain::Year }));
        assert_eq!(DateSpan::parse("2012-02"), Some(DateSpan { start: d(2012, 2, 1), end: d(2012, 2, 29), grain: Grain::Month }));
        assert_eq!(DateSpan::parse("2012-07-04").map(|s| (s.start, s.grain)), Some((d(2012, 7, 4), Grain::Day)));
        assert_eq!(DateSpan::parse("2013-02-13T15:00").map(|s| s.end), Some(d(2013, 2, 13)));
        assert_eq!(DateSpan::parse("P3Y"), None);
        assert_eq!(DateSpan::parse("2012-13"), None);
        assert_eq!(DateSpan::parse("2012-07-04").unwrap().month().as_deref(), Some("2012-07"));
    }
}
