//! Cross-article indexes: distinct entities, entity pairs per sentence, and
//! facts deduplicated across articles.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::dates::{DateSpan, Grain};

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

/// Two mentions' day-grain dates this many days apart or closer may be one
/// event's: a story reported the next day or over a weekend.
pub const DEDUP_WINDOW_DAYS: i64 = 3;

/// One fact as the index sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct FactMention {
    pub event: String,
    /// The value as its JSON text: exact, and a key.
    pub value_key: String,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub unit_class: Option<String>,
    pub location: Option<String>,
    pub country: Option<String>,
    pub date: Option<String>,
    pub date_span: Option<DateSpan>,
    pub article_date: Option<NaiveDate>,
    /// A part of another figure ("dont 45"): never summed.
    pub part: bool,
    pub article: u32,
    pub sentence: u32,
}

/// Mentions taken for one fact, described by the first of them.
pub struct FactGroup {
    pub first: FactMention,
    pub locations: BTreeMap<String, usize>,
    /// (article number, sentence index) of each mention, in corpus order.
    pub sources: Vec<(u32, u32)>,
    /// The distinct article numbers, in order (mentions arrive in order).
    pub articles: Vec<u32>,
}

impl FactGroup {
    fn add(&mut self, mention: &FactMention) {
        if let Some(place) = &mention.location {
            *self.locations.entry(place.clone()).or_default() += 1;
        }
        self.sources.push((mention.article, mention.sentence));
        if self.articles.last() != Some(&mention.article) {
            self.articles.push(mention.article);
        }
    }

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

/// Facts deduplicated across articles, carefully: two mentions are one fact
/// only when event, value and unit class (the unit, for a unit without one)
/// agree, *and* their places agree or their day-grain dates lie within
/// [`DEDUP_WINDOW_DAYS`] — both known. A mention with neither place nor
/// day stays a fact of its own: "4 personnes arrêtées" in two stories is
/// two facts until something says they are one.
#[derive(Default)]
pub struct FactIndex {
    groups: Vec<FactGroup>,
    buckets: HashMap<(String, String, Option<String>), Bucket>,
}

/// The places and days already seen among one event, value and unit's facts.
#[derive(Default)]
struct Bucket {
    by_place: HashMap<String, usize>,
    by_day: BTreeMap<i64, usize>,
}

impl FactIndex {
    pub fn add(&mut self, mention: FactMention) {
        let unit = mention.unit_class.clone().or_else(|| mention.unit.clone());
        let bucket = self.buckets.entry((mention.event.clone(), mention.value_key.clone(), unit)).or_default();
        let place = mention.location.as_deref().map(recense_contract::fold_place).filter(|p| !p.is_empty());
        let day = mention.date_span.filter(|d| d.grain == Grain::Day).map(|d| i64::from(d.start.num_days_from_ce()));
        let same_place = place.as_ref().and_then(|p| bucket.by_place.get(p).copied());
        let near_day = || day.and_then(|d| bucket.by_day.range(d - DEDUP_WINDOW_DAYS..=d + DEDUP_WINDOW_DAYS).map(|(_, &g)| g).min());
        let group = match same_place.or_else(near_day) {
            Some(group) => group,
            None => {
                let locations = BTreeMap::new();
                self.groups.push(FactGroup { first: mention.clone(), locations, sources: Vec::new(), articles: Vec::new() });
                self.groups.len() - 1
            }
        };
        if let Some(place) = place {
            bucket.by_place.entry(place).or_insert(group);
        }
        if let Some(day) = day {
            bucket.by_day.entry(day).or_insert(group);
        }
        self.groups[group].add(&mention);
    }

    /// The facts in the order their first mentions came.
    pub fn groups(&self) -> &[FactGroup] {
        &self.groups
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

    fn mention(article: u32, value: f64, unit: &str, location: Option<&str>, date: Option<&str>) -> FactMention {
        FactMention {
            event: "ARREST".into(),
            value_key: value.to_string(),
            value: Some(value),
            value_max: None,
            unit: Some(unit.into()),
            unit_class: crate::units::unit_class(Some(unit)),
            location: location.map(Into::into),
            country: None,
            date: date.map(Into::into),
            date_span: date.and_then(DateSpan::parse),
            article_date: None,
            part: false,
            article,
            sentence: 0,
        }
    }

    fn groups(mentions: Vec<FactMention>) -> Vec<Vec<u32>> {
        let mut index = FactIndex::default();
        for m in mentions {
            index.add(m);
        }
        index.groups().iter().map(|g| g.articles.clone()).collect()
    }

    #[test]
    fn facts_without_place_or_day_never_merge() {
        let same = groups(vec![mention(0, 4.0, "personne", None, None), mention(1, 4.0, "personne", None, None)]);
        assert_eq!(same, [vec![0], vec![1]], "two stories of 4 arrests are two facts");
        let year_only = groups(vec![mention(0, 4.0, "personne", None, Some("2012")), mention(1, 4.0, "personne", None, Some("2012"))]);
        assert_eq!(year_only.len(), 2, "a year is too coarse to say two facts are one");
    }

    #[test]
    fn same_place_or_near_day_merges_within_a_unit_class() {
        let place = groups(vec![mention(0, 14.0, "personne", Some("Argentine"), None), mention(1, 14.0, "individu", Some("en Argentine"), None)]);
        assert_eq!(place, [vec![0, 1]], "same place, units of one class");
        let days = groups(vec![mention(0, 14.0, "personne", None, Some("2024-11-06")), mention(1, 14.0, "personne", None, Some("2024-11-08"))]);
        assert_eq!(days, [vec![0, 1]]);
        let far = groups(vec![mention(0, 14.0, "personne", None, Some("2024-11-06")), mention(1, 14.0, "personne", None, Some("2024-11-20"))]);
        assert_eq!(far.len(), 2, "two weeks apart");
        let other_place = groups(vec![mention(0, 14.0, "personne", Some("Lyon"), None), mention(1, 14.0, "personne", Some("Brest"), None)]);
        assert_eq!(other_place.len(), 2);
    }

    #[test]
    fn a_score_and_prisoners_in_one_place_stay_apart() {
        // the false merge of wave 1: a "4-2" tennis score and four prisoners in Syria
        let mut score = mention(0, 4.0, "jeu", Some("Syrie"), None);
        score.event = "OTHER".into();
        let prisoners = mention(1, 4.0, "prisonnier", Some("Syrie"), None);
        assert_eq!(groups(vec![score, prisoners]).len(), 2);
    }
}
