//! Reads back what `recense extract` wrote: the Parquet tables, the summary,
//! the manifest and the error log. The report is drawn from these files
//! alone, so it can be rebuilt without re-running the pipeline, and shows
//! exactly what an analyst loading the tables would see.

use std::fs::File;
use std::path::{Path, PathBuf};

use parquet::file::reader::SerializedFileReader;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::ReportError;

/// The outputs of one extract run.
pub struct Extract {
    pub counts: Counts,
    pub complete: bool,
    pub errors: Vec<InputError>,
    pub articles: Vec<ArticleRow>,
    pub entities: Vec<EntityRow>,
    pub quantities: Vec<QuantityRow>,
    pub facts: Vec<FactRow>,
    pub entity_index: Vec<EntityIndexRow>,
    /// People counted, summed honestly by event and country (`summary.json`).
    pub people_by_event_country: Vec<EventCountryTotal>,
}

/// The manifest's input counts.
#[derive(Debug, Default, Deserialize)]
pub struct Counts {
    pub inputs: usize,
    pub ok: usize,
    pub skipped: usize,
    pub errors: usize,
}

/// A line of `errors.jsonl`.
#[derive(Debug, Deserialize, Serialize)]
pub struct InputError {
    pub kind: String,
    pub file: String,
    pub place: Option<String>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
pub struct ArticleRow {
    pub article: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub text: String,
}

#[derive(Debug, Deserialize)]
pub struct EntityRow {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub text: String,
    pub confidence: Option<f64>,
}

#[derive(Debug, Deserialize)]
pub struct QuantityRow {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
    pub value: Option<f64>,
    /// The value when it is not a number (a date, a time).
    pub value_text: Option<String>,
    pub unit: Option<String>,
    pub approx: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct FactRow {
    pub article: String,
    pub title: Option<String>,
    pub article_date: Option<String>,
    pub sentence_text: Option<String>,
    pub quantity_start: usize,
    pub quantity_end: usize,
    pub quantity_text: String,
    pub event: String,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub location: Option<String>,
    pub country: Option<String>,
    pub date: Option<String>,
    pub date_start: Option<String>,
    pub confidence: Option<f64>,
}

#[derive(Debug, Deserialize)]
pub struct EntityIndexRow {
    pub entity: String,
    pub label: String,
    pub mentions: u64,
    pub articles: u64,
}

#[derive(Debug, Deserialize)]
pub struct EventCountryTotal {
    pub event: String,
    pub unit_class: Option<String>,
    pub country: Option<String>,
    pub total: f64,
    pub facts: u64,
}

#[derive(Deserialize)]
struct Manifest {
    #[serde(default)]
    complete: bool,
    #[serde(default)]
    counts: Counts,
}

#[derive(Deserialize)]
struct SummaryFile {
    facts_by_event_country: Vec<EventCountryTotal>,
}

impl Extract {
    /// Reads the extract in `dir`. It must hold the Parquet tables
    /// (`--formats` with `parquet`, the default) and a manifest.
    pub fn read(dir: &Path) -> Result<Extract, ReportError> {
        let manifest: Manifest = read_json(&dir.join("manifest.json"))?;
        let summary: SummaryFile = read_json(&dir.join("summary.json"))?;
        Ok(Extract {
            counts: manifest.counts,
            complete: manifest.complete,
            errors: read_errors(&dir.join("errors.jsonl"))?,
            articles: read_table(dir, "articles")?,
            entities: read_table(dir, "entities")?,
            quantities: read_table(dir, "quantities")?,
            facts: read_table(dir, "facts")?,
            entity_index: read_table(dir, "entity_index")?,
            people_by_event_country: summary
                .facts_by_event_country
                .into_iter()
                .filter(|t| t.unit_class.as_deref() == Some("people"))
                .collect(),
        })
    }
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, ReportError> {
    let text = std::fs::read_to_string(path).map_err(|e| missing_output(path, e))?;
    serde_json::from_str(&text).map_err(|e| ReportError::new(path, e))
}

fn read_errors(path: &Path) -> Result<Vec<InputError>, ReportError> {
    let text = std::fs::read_to_string(path).map_err(|e| missing_output(path, e))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| serde_json::from_str(line).map_err(|e| ReportError::new(path, format!("line {}: {e}", n + 1))))
        .collect()
}

/// Every row of `dir/NAME.parquet`, each read through its JSON form (a
/// Parquet date becomes "YYYY-MM-DD").
fn read_table<T: DeserializeOwned>(dir: &Path, name: &str) -> Result<Vec<T>, ReportError> {
    let path = dir.join(format!("{name}.parquet"));
    let file = File::open(&path).map_err(|e| missing_output(&path, e))?;
    let reader = SerializedFileReader::new(file).map_err(|e| ReportError::new(&path, e))?;
    reader
        .into_iter()
        .enumerate()
        .map(|(n, row)| {
            let row = row.map_err(|e| ReportError::new(&path, e))?;
            serde_json::from_value(row.to_json_value())
                .map_err(|e| ReportError::new(&path, format!("row {}: {e}", n + 1)))
        })
        .collect()
}

fn missing_output(path: &Path, error: std::io::Error) -> ReportError {
    let hint = if error.kind() == std::io::ErrorKind::NotFound {
        " (is this the output folder of `recense extract`, run with the Parquet tables?)"
    } else {
        ""
    };
    ReportError { path: PathBuf::from(path), message: format!("{error}{hint}") }
}
