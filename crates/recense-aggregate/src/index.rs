//! Cross-article indexes: distinct entities, entity pairs per sentence, and
//! facts deduplicated across articles.

use std::collections::BTreeMap;

use chrono::NaiveDate;

/// One distinct entity (canonical key and label) across the corpus.
#[derive(Default)]
pub struct EntityStats {
    /// Display forms with their counts; the most frequent names the entity.
    pub forms: BTreeMap<String, usize>,
    pub mentions: usize,
    pub articles: usize,
    last_article: Option<usize>,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
}

impl EntityStats {
    pub fn add(&mut self, form: String, article: usize, date: Option<NaiveDate>) {
        *self.forms.entry(form).or_default() += 1;
        self.mentions += 1;
        if self.last_article != Some(article) {
            self.articles += 1;
            self.last_article = Some(article);
        }
        if let Some(d) = date {
            self.first_date = Some(self.first_date.map_or(d, |f| f.min(d)));
            self.last_date = Some(self.last_date.map_or(d, |l| l.max(d)));
        }
    }

    /// The most frequent display form (the first in order on ties).
    pub fn name(&self) -> &str {
        let mut best: Option<(&String, usize)> = None;
        for (form, &n) in &self.forms {
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((form, n));
            }
        }
        best.map_or("", |(f, _)| f)
    }
}

/// Entities are keyed by (canonical key, label).
pub type EntityKey = (String, String);

/// A pair of entities seen in the same sentence.
#[derive(Default)]
pub struct PairStats {
    pub sentences: usize,
    pub articles: usize,
    last_article: Option<usize>,
}

impl PairStats {
    pub fn add(&mut self, article: usize) {
        self.sentences += 1;
        if self.last_article != Some(article) {
            self.articles += 1;
            self.last_article = Some(article);
        }
    }
}

/// What makes two facts the same fact: event, value, unit, country, and the
/// date at month grain (a day and its month agree; a year stays a year).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FactKey {
    pub event: String,
    /// The value as its JSON text, exact and orderable.
    pub value: String,
    pub unit: Option<String>,
    pub country: Option<String>,
    pub date: Option<String>,
}

/// The month grain of an ISO date: "2024-10-06" → "2024-10"; coarser
/// dates and non-dates are kept as they are.
pub fn month_grain(date: &str) -> String {
    let bytes = date.as_bytes();
    if bytes.len() >= 10 && bytes[4] == b'-' && bytes[7] == b'-' {
        date[..7].to_string()
    } else {
        date.to_string()
    }
}

/// Every mention of one deduplicated fact. Articles are numbered in corpus
/// order (their ids are kept once, by [`crate::Corpus`]), so a mention costs
/// eight bytes, not a copy of its article's id.
#[derive(Default)]
pub struct FactGroup {
    pub numeric_value: Option<f64>,
    pub locations: BTreeMap<String, usize>,
    /// (article number, sentence index) of each mention, in corpus order.
    pub sources: Vec<(u32, u32)>,
    /// The distinct article numbers, in order (mentions arrive in order).
    pub articles: Vec<u32>,
}

impl FactGroup {
    pub fn add(&mut self, article: u32, sentence: u32) {
        self.sources.push((article, sentence));
        if self.articles.last() != Some(&article) {
            self.articles.push(article);
        }
    }
}

impl FactGroup {
    /// The place most mentions name (the first in order on ties).
    pub fn location(&self) -> Option<&str> {
        let mut best: Option<(&String, usize)> = None;
        for (place, &n) in &self.locations {
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((place, n));
            }
        }
        best.map(|(p, _)| p.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_stats_count_articles_once_and_keep_date_range() {
        let mut s = EntityStats::default();
        let d = |m| NaiveDate::from_ymd_opt(2024, m, 1);
        s.add("Interpol".into(), 0, d(3));
        s.add("Interpol".into(), 0, d(3));
        s.add("INTERPOL".into(), 1, d(1));
        assert_eq!((s.mentions, s.articles), (3, 2));
        assert_eq!((s.first_date, s.last_date), (d(1), d(3)));
        assert_eq!(s.name(), "Interpol");
    }

    #[test]
    fn month_grain_of_dates() {
        assert_eq!(month_grain("2024-10-06"), "2024-10");
        assert_eq!(month_grain("2024-10"), "2024-10");
        assert_eq!(month_grain("2021"), "2021");
    }
}
