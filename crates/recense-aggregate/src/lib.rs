//! Corpus-level outputs of recense: per-item tables (entities, quantities,
//! facts), cross-article indexes (distinct entities, co-occurrences,
//! deduplicated facts) and a summary, written as JSONL, CSV and Parquet.
//!
//! [`Corpus`] takes analysed articles one at a time, in a fixed order, and
//! streams their rows to disk: memory holds the indexes, not the rows, so it
//! does not grow with the number of mentions. Same articles in the same
//! order give byte-identical files.

mod canonical;
mod dates;
mod index;
pub mod rows;
mod summary;
pub mod table;
mod units;

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use recense_contract::record::{DocRecord, Value};
use serde::{Deserialize, Serialize};

pub use crate::canonical::{display_form, key as canonical_key};
pub use crate::dates::{DateSpan, Grain};
use crate::index::{EntityKey, EntityStats, FactIndex, FactMention, PairStats};
pub use crate::index::DEDUP_WINDOW_DAYS;
pub use crate::summary::Summary;
use crate::table::{date, float, int, list, text, Cell, TableFormats, TableSpec, TableWriter};
pub use crate::units::unit_class;

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

/// A file written under a hidden temporary name beside its final one, and
/// renamed when complete: a killed run never leaves a file that looks whole.
pub struct Staged {
    pub path: PathBuf,
    partial: PathBuf,
}

impl Staged {
    pub fn create(path: PathBuf) -> Result<(Staged, File), WriteError> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let partial = path.with_file_name(format!(".{name}.partial"));
        let file = File::create(&partial).map_err(|e| WriteError::new(&partial, e))?;
        Ok((Staged { path, partial }, file))
    }

    /// Gives the file its final name; call once it is flushed and closed.
    pub fn commit(self) -> Result<(), WriteError> {
        std::fs::rename(&self.partial, &self.path).map_err(|e| WriteError::new(&self.path, e))
    }
}

/// An article's line in `articles.jsonl`: its record, then what the run
/// knows of it. Written as it is serialised: a JSON tree of a
/// figure-dense article's record took more memory than the rest of its run.
#[derive(Serialize)]
struct ArticleLine<'a> {
    #[serde(flatten)]
    record: &'a DocRecord,
    id: &'a str,
    source: &'a Option<String>,
    title: &'a Option<String>,
    url: &'a Option<String>,
    /// The record holds the article's date when it has one; else `null` here.
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<()>,
    sentences: usize,
    tokens: usize,
}

impl ArticleLine<'_> {
    fn of(article: &ArticleResult) -> ArticleLine<'_> {
        ArticleLine {
            record: &article.record,
            id: &article.id,
            source: &article.source,
            title: &article.title,
            url: &article.url,
            date: article.record.date.is_none().then_some(()),
            sentences: article.sentences.len(),
            tokens: article.tokens,
        }
    }
}

/// One analysed article, as the aggregate needs it (serialisable: `extract`
/// keeps it for incremental runs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleResult {
    /// Unique within the run.
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<NaiveDate>,
    /// The text every offset points into.
    pub text: String,
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

static ARTICLES: TableSpec = TableSpec {
    name: "articles",
    columns: &[
        text("article"), text("source"), text("title"), text("url"), date("date"), int("sentences"), int("tokens"),
        int("bytes"), int("entities"), int("quantities"), int("facts"), text("text"),
    ],
};
static ENTITIES: TableSpec = TableSpec {
    name: "entities",
    columns: &[
        text("article"), int("sentence"), int("start"), int("end"), text("label"), text("text"), text("canonical"),
        float("confidence"),
    ],
};
static QUANTITIES: TableSpec = TableSpec {
    name: "quantities",
    columns: &[
        text("article"), int("sentence"), int("start"), int("end"), text("text"), text("kind"),
        float("value"), text("value_text"), float("value_max"), text("value_max_text"), text("unit"), text("approx"),
        date("date_start"), date("date_end"), text("date_grain"),
    ],
};
static FACTS: TableSpec = TableSpec {
    name: "facts",
    columns: &[
        text("article"), text("title"), text("url"), date("article_date"), int("sentence"), int("sentence_start"),
        int("sentence_end"), text("sentence_text"), int("quantity_start"), int("quantity_end"), text("quantity_text"),
        text("event"), float("value"), float("value_max"), text("approx"), text("unit"), text("unit_class"),
        text("location"), text("country"), text("date"), date("date_start"), date("date_end"), text("date_grain"),
        float("confidence"), int("part_of_start"), int("part_of_end"),
    ],
};
static ENTITY_INDEX: TableSpec = TableSpec {
    name: "entity_index",
    columns: &[text("entity"), text("label"), text("key"), int("mentions"), int("articles"), date("first_date"), date("last_date"), list("forms")],
};
static COOCCURRENCE: TableSpec = TableSpec {
    name: "cooccurrence",
    columns: &[text("entity_a"), text("label_a"), text("entity_b"), text("label_b"), int("sentences"), int("articles")],
};
static FACT_INDEX: TableSpec = TableSpec {
    name: "fact_index",
    columns: &[
        text("event"), float("value"), float("value_max"), text("unit"), text("unit_class"), text("country"),
        text("location"), text("date"), date("date_start"), date("date_end"), int("part"), int("mentions"),
        int("articles"), list("sources"),
    ],
};

/// Every table the corpus writes, for the README's column reference test.
pub static TABLES: [&TableSpec; 7] = [&ARTICLES, &ENTITIES, &QUANTITIES, &FACTS, &ENTITY_INDEX, &COOCCURRENCE, &FACT_INDEX];

/// The corpus being written.
pub struct Corpus {
    dir: PathBuf,
    formats: Formats,
    articles_jsonl: Option<(Staged, BufWriter<File>)>,
    articles: TableWriter,
    entities: TableWriter,
    quantities: TableWriter,
    facts: TableWriter,
    entity_index: BTreeMap<EntityKey, EntityStats>,
    pairs: BTreeMap<(EntityKey, EntityKey), PairStats>,
    fact_index: FactIndex,
    /// Article ids by article number, for the fact index's sources.
    article_ids: Vec<String>,
    summary: Summary,
}

impl Corpus {
    pub fn create(dir: &Path, formats: Formats) -> Result<Corpus, WriteError> {
        std::fs::create_dir_all(dir).map_err(|e| WriteError::new(dir, e))?;
        let articles_jsonl = if formats.jsonl {
            let (staged, file) = Staged::create(dir.join("articles.jsonl"))?;
            Some((staged, BufWriter::new(file)))
        } else {
            None
        };
        Ok(Corpus {
            dir: dir.to_path_buf(),
            formats,
            articles_jsonl,
            articles: TableWriter::create(dir, &ARTICLES, formats.tables)?,
            entities: TableWriter::create(dir, &ENTITIES, formats.tables)?,
            quantities: TableWriter::create(dir, &QUANTITIES, formats.tables)?,
            facts: TableWriter::create(dir, &FACTS, formats.tables)?,
            entity_index: BTreeMap::new(),
            pairs: BTreeMap::new(),
            fact_index: FactIndex::default(),
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
        if let Some((staged, out)) = &mut self.articles_jsonl {
            let path = &staged.path;
            serde_json::to_writer(&mut *out, &ArticleLine::of(article)).map_err(|e| WriteError::new(path, e))?;
            writeln!(out).map_err(|e| WriteError::new(path, e))?;
        }
        self.articles.write(rows::article_row(article))?;
        for row in rows::entity_rows(article) {
            self.entities.write(row)?;
        }
        for row in rows::quantity_rows(article) {
            self.quantities.write(row)?;
        }
        for row in rows::fact_rows(article) {
            self.facts.write(row)?;
        }
        self.index_entities(article, ordinal);
        self.index_facts(article, ordinal as u32);
        Ok(())
    }

    fn index_entities(&mut self, article: &ArticleResult, ordinal: usize) {
        let mut by_sentence: BTreeMap<usize, Vec<EntityKey>> = BTreeMap::new();
        for e in article.record.entities.iter().flatten() {
            let entity_key = (canonical_key(&e.text), e.label.clone());
            self.entity_index.entry(entity_key.clone()).or_default().add(display_form(&e.text), ordinal, article.date);
            by_sentence.entry(article.sentence_of(e.start)).or_default().push(entity_key);
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
    }

    fn index_facts(&mut self, article: &ArticleResult, ordinal: u32) {
        let quantities = rows::quantities_by_span(article);
        for f in article.record.facts.iter().flatten() {
            let quantity = quantities.get(&(f.quantity.start, f.quantity.end));
            self.fact_index.add(FactMention {
                event: f.event.clone(),
                value_key: f.value.to_string(),
                value: f.value.as_f64(),
                value_max: quantity.and_then(|q| q.value_max.as_ref()).and_then(Value::as_f64),
                unit: f.unit.clone(),
                unit_class: unit_class(f.unit.as_deref()),
                location: f.location.clone(),
                country: f.country.clone(),
                date: f.date.clone(),
                date_span: f.date.as_deref().and_then(DateSpan::parse),
                article_date: article.date,
                part: f.part_of.is_some(),
                article: ordinal,
                sentence: article.sentence_of(f.quantity.start) as u32,
            });
        }
    }

    /// Writes the indexes and the summary, closes every file, and returns
    /// the summary. The tables are closed (their last Parquet row groups
    /// encoded) and the indexes written on threads of their own: most of a
    /// run's serial end.
    pub fn finish(self) -> Result<Summary, WriteError> {
        let Corpus {
            dir,
            formats,
            articles_jsonl,
            articles,
            entities,
            quantities,
            facts,
            entity_index,
            pairs,
            fact_index,
            article_ids,
            mut summary,
        } = self;
        if let Some((staged, mut out)) = articles_jsonl {
            out.flush().map_err(|e| WriteError::new(&staged.path, e))?;
            drop(out);
            staged.commit()?;
        }
        let (dir, entity_index_ref, fact_index_ref) = (&dir, &entity_index, &fact_index);
        let counts = std::thread::scope(|scope| {
            let tables = [articles, entities, quantities, facts].map(|table| scope.spawn(move || table.finish()));
            let distinct_entities = scope.spawn(move || write_entity_index(dir, formats.tables, entity_index_ref));
            // the pairs are freed on the thread that writes them, beside the others
            let pairs = scope.spawn(move || write_cooccurrence(dir, formats.tables, entity_index_ref, &pairs));
            let distinct_facts = write_fact_index(dir, formats.tables, fact_index_ref, &article_ids);
            let join = |thread: std::thread::ScopedJoinHandle<'_, Result<usize, WriteError>>| {
                thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            };
            let [_, entities, quantities, facts] = tables.map(join);
            let (distinct_entities, pairs) = (join(distinct_entities), join(pairs));
            Ok::<_, WriteError>([entities?, quantities?, facts?, distinct_entities?, pairs?, distinct_facts?])
        })?;
        [summary.entities, summary.quantities, summary.facts, summary.distinct_entities, _, summary.distinct_facts] = counts;
        summary.add_indexes(&entity_index, &fact_index);
        summary.write(dir)?;
        drop_in_background((entity_index, fact_index));
        Ok(summary)
    }
}

/// Frees the indexes on a thread of their own: walking them to free them
/// was the last milliseconds of every run (a process that exits meanwhile
/// hands all its memory back at once).
fn drop_in_background<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}

/// `entity_index`: one row per distinct entity (canonical key and label).
fn write_entity_index(dir: &Path, tables: TableFormats, entity_index: &BTreeMap<EntityKey, EntityStats>) -> Result<usize, WriteError> {
    let mut index = TableWriter::create(dir, &ENTITY_INDEX, tables)?;
    for ((key, label), stats) in entity_index {
        index.write(vec![
            ("entity", stats.name().into()),
            ("label", label.as_str().into()),
            ("key", key.as_str().into()),
            ("mentions", stats.mentions.into()),
            ("articles", stats.articles.into()),
            ("first_date", stats.first_date.into()),
            ("last_date", stats.last_date.into()),
            ("forms", stats.forms.keys().cloned().collect::<Vec<String>>().into()),
        ])?;
    }
    index.finish()
}

/// `cooccurrence`: one row per pair of entities sharing a sentence.
fn write_cooccurrence(
    dir: &Path,
    tables: TableFormats,
    entity_index: &BTreeMap<EntityKey, EntityStats>,
    pairs: &BTreeMap<(EntityKey, EntityKey), PairStats>,
) -> Result<usize, WriteError> {
    let name = |key: &EntityKey| entity_index.get(key).map_or(String::new(), |s| s.name().to_string());
    let mut cooccurrence = TableWriter::create(dir, &COOCCURRENCE, tables)?;
    for ((a, b), stats) in pairs {
        cooccurrence.write(vec![
            ("entity_a", name(a).into()),
            ("label_a", a.1.as_str().into()),
            ("entity_b", name(b).into()),
            ("label_b", b.1.as_str().into()),
            ("sentences", stats.sentences.into()),
            ("articles", stats.articles.into()),
        ])?;
    }
    cooccurrence.finish()
}

/// `fact_index`: one row per group of mentions of the same fact.
fn write_fact_index(dir: &Path, tables: TableFormats, fact_index: &FactIndex, article_ids: &[String]) -> Result<usize, WriteError> {
    let mut facts_out = TableWriter::create(dir, &FACT_INDEX, tables)?;
    for group in fact_index.groups() {
        let first = &group.first;
        let sources: Vec<String> = group.sources.iter().map(|&(a, s)| format!("{}#{s}", article_ids[a as usize])).collect();
        facts_out.write(vec![
            ("event", first.event.as_str().into()),
            ("value", first.value.into()),
            ("value_max", first.value_max.into()),
            ("unit", first.unit.clone().into()),
            ("unit_class", first.unit_class.clone().into()),
            ("country", first.country.clone().into()),
            ("location", group.location().into()),
            ("date", first.date.clone().into()),
            ("date_start", first.date_span.map(|d| d.start).into()),
            ("date_end", first.date_span.map(|d| d.end).into()),
            ("part", usize::from(first.part).into()),
            ("mentions", group.sources.len().into()),
            ("articles", group.articles.len().into()),
            ("sources", sources.into()),
        ])?;
    }
    facts_out.finish()
}

/// The longest sentence text a fact row carries whole, in code points.
pub const MAX_EVIDENCE_CHARS: usize = 600;

/// An article's text sliced by code points (the offsets of every table).
struct CodePointText<'a> {
    text: &'a str,
    /// The byte offset of each code point, and the text's end.
    bytes: Vec<usize>,
}

impl<'a> CodePointText<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
        CodePointText { text, bytes }
    }

    fn slice(&self, range: Range<usize>) -> Option<&'a str> {
        let (start, end) = (*self.bytes.get(range.start)?, *self.bytes.get(range.end)?);
        self.text.get(start..end)
    }

    /// The sentence of a figure as its evidence: the whole sentence, or for
    /// one over [`MAX_EVIDENCE_CHARS`] the window of that many around the
    /// figure, marked "…" where cut — so that the facts table stays linear
    /// in the input (a sentence of 10 000 figures would otherwise be
    /// written 10 000 times).
    fn evidence(&self, sentence: Range<usize>, figure: Range<usize>) -> Option<String> {
        if sentence.len() <= MAX_EVIDENCE_CHARS {
            return self.slice(sentence).map(str::to_string);
        }
        let half = MAX_EVIDENCE_CHARS / 2;
        let start = figure.start.saturating_sub(half).max(sentence.start);
        let end = (start + MAX_EVIDENCE_CHARS).min(sentence.end);
        let start = end.saturating_sub(MAX_EVIDENCE_CHARS).max(sentence.start);
        let open = if start > sentence.start { "…" } else { "" };
        let close = if end < sentence.end { "…" } else { "" };
        Some(format!("{open}{}{close}", self.slice(start..end)?))
    }
}

/// A value as a number cell and a text cell (dates and durations are
/// text), one of them null.
fn split_value(value: &Value) -> (Cell, Cell) {
    match value {
        Value::Number(n) => (Cell::Float(*n), Cell::Null),
        Value::Text(s) => (Cell::Null, Cell::Text(s.clone())),
        Value::Null => (Cell::Null, Cell::Null),
    }
}
