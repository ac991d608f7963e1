//! Corpus-level outputs of recense: per-item tables (entities, quantities,
//! facts), cross-article indexes (distinct entities, co-occurrences,
//! deduplicated facts) and a summary, written as JSONL, CSV and Parquet.
//!
//! [`Corpus`] takes analysed articles one at a time, in a fixed order, and
//! streams their rows to disk: memory holds the indexes, not the rows, so it
//! does not grow with the number of mentions. Same articles in the same
//! order give byte-identical files.

mod canonical;
mod index;
mod summary;
pub mod table;

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use recense_eval::record::DocRecord;
use serde_json::{json, Value};

pub use crate::canonical::{display_form, key as canonical_key};
use crate::index::{month_grain, EntityKey, EntityStats, FactGroup, FactKey, PairStats};
pub use crate::summary::Summary;
use crate::table::{float, int, text, Cell, TableFormats, TableSpec, TableWriter};

/// A file that could not be written, and why.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub message: String,
}

impl WriteError {
    pub fn new(path: &Path, error: impl fmt::Display) -> WriteError {
        WriteError { path: path.to_path_buf(), message: error.to_string() }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for WriteError {}

/// One analysed article, as the aggregate needs it.
pub struct ArticleResult {
    /// Unique within the run.
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    /// Sentence spans in code points, in order.
    pub sentences: Vec<Range<usize>>,
    pub tokens: usize,
    pub bytes: usize,
    /// Entities, quantities and facts in the contract's format.
    pub record: DocRecord,
}

impl ArticleResult {
    /// The index of the sentence holding code point `at`.
    fn sentence_of(&self, at: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= at)
    }
}

/// Which files to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    /// `articles.jsonl`.
    pub jsonl: bool,
    pub tables: TableFormats,
}

static ENTITIES: TableSpec = TableSpec {
    name: "entities",
    columns: &[text("article"), int("sentence"), int("start"), int("end"), text("label"), text("text"), text("canonical")],
};
static QUANTITIES: TableSpec = TableSpec {
    name: "quantities",
    columns: &[
        text("article"), int("sentence"), int("start"), int("end"), text("text"), text("kind"),
        float("value"), text("value_text"), float("value_max"), text("value_max_text"), text("unit"), text("approx"),
    ],
};
static FACTS: TableSpec = TableSpec {
    name: "facts",
    columns: &[
        text("article"), int("sentence"), text("event"), float("value"), text("unit"), text("location"),
        text("country"), text("date"), int("quantity_start"), int("quantity_end"), text("article_date"),
    ],
};
static ENTITY_INDEX: TableSpec = TableSpec {
    name: "entity_index",
    columns: &[text("entity"), text("label"), text("key"), int("mentions"), int("articles"), text("first_date"), text("last_date"), text("forms")],
};
static COOCCURRENCE: TableSpec = TableSpec {
    name: "cooccurrence",
    columns: &[text("entity_a"), text("label_a"), text("entity_b"), text("label_b"), int("sentences"), int("articles")],
};
static FACT_INDEX: TableSpec = TableSpec {
    name: "fact_index",
    columns: &[
        text("event"), float("value"), text("unit"), text("country"), text("date"), text("location"),
        int("mentions"), int("articles"), text("sources"),
    ],
};

/// The corpus being written.
pub struct Corpus {
    dir: PathBuf,
    formats: Formats,
    articles_jsonl: Option<(PathBuf, BufWriter<File>)>,
    entities: TableWriter,
    quantities: TableWriter,
    facts: TableWriter,
    entity_index: BTreeMap<EntityKey, EntityStats>,
    pairs: BTreeMap<(EntityKey, EntityKey), PairStats>,
    fact_index: BTreeMap<FactKey, FactGroup>,
    /// Article ids by article number, for the fact index's sources.
    article_ids: Vec<String>,
    summary: Summary,
}

impl Corpus {
    pub fn create(dir: &Path, formats: Formats) -> Result<Corpus, WriteError> {
        std::fs::create_dir_all(dir).map_err(|e| WriteError::new(dir, e))?;
        let articles_jsonl = if formats.jsonl {
            let path = dir.join("articles.jsonl");
            let file = File::create(&path).map_err(|e| WriteError::new(&path, e))?;
            Some((path, BufWriter::new(file)))
        } else {
            None
        };
        Ok(Corpus {
            dir: dir.to_path_buf(),
            formats,
            articles_jsonl,
            entities: TableWriter::create(dir, &ENTITIES, formats.tables)?,
            quantities: TableWriter::create(dir, &QUANTITIES, formats.tables)?,
            facts: TableWriter::create(dir, &FACTS, formats.tables)?,
            entity_index: BTreeMap::new(),
            pairs: BTreeMap::new(),
            fact_index: BTreeMap::new(),
            article_ids: Vec::new(),
            summary: Summary::default(),
        })
    }

    /// Adds one article: its line in `articles.jsonl`, its rows, and its
    /// share of the indexes. Call in a fixed order for reproducible files.
    pub fn add(&mut self, article: &ArticleResult) -> Result<(), WriteError> {
        let ordinal = self.summary.articles;
        self.summary.add_article(article);
        self.article_ids.push(article.id.clone());
        if let Some((path, out)) = &mut self.articles_jsonl {
            let mut line = serde_json::to_value(&article.record).map_err(|e| WriteError::new(path, e))?;
            line["id"] = json!(article.id);
            line["source"] = json!(article.source);
            line["title"] = json!(article.title);
            line["date"] = json!(article.date.map(|d| d.to_string()));
            line["sentences"] = json!(article.sentences.len());
            line["tokens"] = json!(article.tokens);
            writeln!(out, "{line}").map_err(|e| WriteError::new(path, e))?;
        }
        self.add_entities(article, ordinal)?;
        self.add_quantities(article)?;
        self.add_facts(article, ordinal as u32)?;
        Ok(())
    }

    fn add_entities(&mut self, article: &ArticleResult, ordinal: usize) -> Result<(), WriteError> {
        let mut by_sentence: BTreeMap<usize, Vec<EntityKey>> = BTreeMap::new();
        for e in article.record.entities.iter().flatten() {
            let sentence = article.sentence_of(e.start);
            let key = canonical_key(&e.text);
            self.entities.write(vec![
                article.id.as_str().into(),
                sentence.into(),
                e.start.into(),
                e.end.into(),
                e.label.as_str().into(),
                e.text.as_str().into(),
                key.as_str().into(),
            ])?;
            let entity_key = (key, e.label.clone());
            self.entity_index.entry(entity_key.clone()).or_default().add(display_form(&e.text), ordinal, article.date);
            by_sentence.entry(sentence).or_default().push(entity_key);
        }
        for mut keys in by_sentence.into_values() {
            keys.sort();
            keys.dedup();
            for (i, a) in keys.iter().enumerate() {
                for b in &keys[i + 1..] {
                    self.pairs.entry((a.clone(), b.clone())).or_default().add(ordinal);
                }
            }
        }
        Ok(())
    }

    fn add_quantities(&mut self, article: &ArticleResult) -> Result<(), WriteError> {
        for q in article.record.quantities.iter().flatten() {
            let (value, value_text) = split_value(&q.value);
            let (value_max, value_max_text) = q.value_max.as_ref().map_or((Cell::Null, Cell::Null), split_value);
            self.quantities.write(vec![
                article.id.as_str().into(),
                article.sentence_of(q.start).into(),
                q.start.into(),
                q.end.into(),
                q.text.as_str().into(),
                q.kind.as_str().into(),
                value,
                value_text,
                value_max,
                value_max_text,
                q.unit.clone().into(),
                q.approx.clone().into(),
            ])?;
        }
        Ok(())
    }

    fn add_facts(&mut self, article: &ArticleResult, ordinal: u32) -> Result<(), WriteError> {
        for f in article.record.facts.iter().flatten() {
            let sentence = article.sentence_of(f.quantity.start);
            let (value, _) = split_value(&f.value);
            self.facts.write(vec![
                article.id.as_str().into(),
                sentence.into(),
                f.event.as_str().into(),
                value.clone(),
                f.unit.clone().into(),
                f.location.clone().into(),
                f.country.clone().into(),
                f.date.clone().into(),
                f.quantity.start.into(),
                f.quantity.end.into(),
                article.date.map(|d| d.to_string()).into(),
            ])?;
            let key = FactKey {
                event: f.event.clone(),
                value: f.value.to_string(),
                unit: f.unit.clone(),
                country: f.country.clone(),
                date: f.date.as_deref().map(month_grain),
            };
            let group = self.fact_index.entry(key).or_default();
            group.numeric_value = f.value.as_f64();
            if let Some(place) = &f.location {
                *group.locations.entry(place.clone()).or_default() += 1;
            }
            group.add(ordinal, sentence as u32);
        }
        Ok(())
    }

    /// Writes the indexes and the summary, closes every file, and returns
    /// the summary.
    pub fn finish(self) -> Result<Summary, WriteError> {
        let Corpus {
            dir,
            formats,
            articles_jsonl,
            entities,
            quantities,
            facts,
            entity_index,
            pairs,
            fact_index,
            article_ids,
            mut summary,
        } = self;
        if let Some((path, mut out)) = articles_jsonl {
            out.flush().map_err(|e| WriteError::new(&path, e))?;
        }
        summary.entities = entities.finish()?;
        summary.quantities = quantities.finish()?;
        summary.facts = facts.finish()?;

        let mut index = TableWriter::create(&dir, &ENTITY_INDEX, formats.tables)?;
        for ((key, label), stats) in &entity_index {
            let forms: Vec<&str> = stats.forms.keys().map(String::as_str).collect();
            index.write(vec![
                stats.name().into(),
                label.as_str().into(),
                key.as_str().into(),
                stats.mentions.into(),
                stats.articles.into(),
                stats.first_date.map(|d| d.to_string()).into(),
                stats.last_date.map(|d| d.to_string()).into(),
                forms.join(" | ").into(),
            ])?;
        }
        summary.distinct_entities = index.finish()?;

        let name = |key: &EntityKey| entity_index.get(key).map_or(String::new(), |s| s.name().to_string());
        let mut cooccurrence = TableWriter::create(&dir, &COOCCURRENCE, formats.tables)?;
        for ((a, b), stats) in &pairs {
            cooccurrence.write(vec![
                name(a).into(),
                a.1.as_str().into(),
                name(b).into(),
                b.1.as_str().into(),
                stats.sentences.into(),
                stats.articles.into(),
            ])?;
        }
        cooccurrence.finish()?;

        let mut facts_out = TableWriter::create(&dir, &FACT_INDEX, formats.tables)?;
        for (key, group) in &fact_index {
            let sources: Vec<String> = group.sources.iter().map(|&(a, s)| format!("{}#{s}", article_ids[a as usize])).collect();
            facts_out.write(vec![
                key.event.as_str().into(),
                group.numeric_value.map_or(Cell::Null, Cell::Float),
                key.unit.clone().into(),
                key.country.clone().into(),
                key.date.clone().into(),
                group.location().into(),
                group.sources.len().into(),
                group.articles.len().into(),
                sources.join(" ").into(),
            ])?;
        }
        summary.distinct_facts = facts_out.finish()?;
        summary.add_indexes(&entity_index, &fact_index);
        summary.write(&dir)?;
        Ok(summary)
    }
}

/// A JSON value as a number cell and a text cell (dates and durations are
/// text), one of them null.
fn split_value(value: &Value) -> (Cell, Cell) {
    match value {
        Value::Number(n) => (n.as_f64().map_or(Cell::Null, Cell::Float), Cell::Null),
        Value::String(s) => (Cell::Null, Cell::Text(s.clone())),
        Value::Null => (Cell::Null, Cell::Null),
        other => (Cell::Null, Cell::Text(other.to_string())),
    }
}
