//! recense for Python (`import recense`): the pipeline over texts and Arrow
//! batches, with the CLI's records and table schemas. Built by maturin
//! (`crates/recense-py/pyproject.toml`); the pure-Python package around it
//! (`python/recense`) adds the Spark and Ray entry points.
//!
//! Work runs with the GIL released, in parallel over a batch (rayon); results
//! go back to Python as `pyarrow` objects through the Arrow C interface
//! (`pyo3-arrow`), without copying the columns.

use std::sync::Arc;

use arrow_array::{new_null_array, Array, ArrayRef, LargeStringArray, RecordBatch, StringArray, StructArray};
use arrow_buffer::NullBuffer;
use arrow_schema::{DataType, Field, Fields, Schema};
use arrow_select::concat::concat;
use std::ffi::CString;

use pyo3::exceptions::{PyIOError, PyUserWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3_arrow::{PyRecordBatch, PyTable};
use rayon::prelude::*;
use recense_aggregate::{rows, table, ArticleResult, TABLES};
use recense_text::{Article, Format, LoadOptions, LoadWarning};

/// The CLI's allocator (see src/main.rs): the pipeline's many small
/// allocations cost glibc's malloc a sixth of a run in this library too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The tables `annotate` returns, with the CLI's columns and types.
const ANNOTATE_TABLES: [&str; 4] = ["articles", "entities", "quantities", "facts"];

/// One input of a batch: its text (None for a null cell), id, date, title, url.
struct Input {
    text: Option<String>,
    id: String,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

/// A row of the `errors` table, as the CLI's `errors.jsonl`: an input that
/// could not be analysed (`error`), or one analysed not quite as given
/// (`warning`: a date that is not ISO 8601 gives way to the dateline).
struct Problem {
    id: String,
    kind: &'static str,
    reason: String,
}

/// The recense pipeline: models loaded once, shared by every call and thread.
///
/// `Pipeline(ner_model=None)`: `ner_model` is a perceptron model file or a
/// `perceptron:FILE` / `transformer:FOLDER` spec, as the CLI's `--ner-model`.
/// A pipeline pickles as its settings and is rebuilt on unpickling, so Spark
/// and Ray can ship it to their workers.
#[pyclass(module = "recense._recense", frozen)]
struct Pipeline {
    inner: recense::Pipeline,
    ner_model: Option<String>,
}

#[pymethods]
impl Pipeline {
    #[new]
    #[pyo3(signature = (ner_model=None))]
    fn new(py: Python<'_>, ner_model: Option<String>) -> PyResult<Self> {
        let inner = py.allow_threads(|| match &ner_model {
            Some(path) => recense::Pipeline::with_ner_model(std::path::Path::new(path)),
            None => recense::Pipeline::new(),
        });
        let inner = inner.map_err(|e| PyIOError::new_err(e.to_string()))?;
        Ok(Pipeline { inner, ner_model })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Option<String>,))> {
        Ok((slf.get_type().into_any(), (slf.get().ner_model.clone(),)))
    }

    /// Which NER model runs (the built-in one with its SHA-256, or the path).
    #[getter]
    fn ner_model(&self) -> String {
        self.inner.ner_model()
    }

    /// One article's record, as `recense annotate` prints it: a dict with
    /// `doc`, `text_sha256`, `entities`, `quantities`, `facts`, `date`,
    /// `source` and `title` (None here). `date` (ISO 8601) resolves relative
    /// dates; without it, a dateline in the text is used, as the CLI does,
    /// and a `date` that is not ISO 8601 gives way to it with the CLI's
    /// warning (a `UserWarning`). A text the CLI would reject (over the
    /// article size limit) raises `ValueError` with the CLI's message.
    #[pyo3(signature = (text, date=None, id=None))]
    fn analyse<'py>(&self, py: Python<'py>, text: String, date: Option<String>, id: Option<String>) -> PyResult<Bound<'py, PyAny>> {
        let input = Input { text: Some(text), id: id.unwrap_or_else(|| "<text>".into()), date, title: None, url: None };
        let loaded = py.allow_threads(|| {
            let (article, warning) = article(&input)?;
            let analysis = self.inner.analyse(&article).map_err(|e| e.to_string())?;
            let json = analysis.to_annotate_json().map_err(|e| e.to_string())?.to_string();
            Ok::<_, String>((json, warning))
        });
        let (json, warning) = loaded.map_err(PyValueError::new_err)?;
        if let Some(warning) = warning {
            PyErr::warn(py, &py.get_type::<PyUserWarning>(), &CString::new(warning.to_string())?, 1)?;
        }
        py.import("json")?.call_method1("loads", (json,))
    }

    /// Annotates a batch of texts in parallel. Returns a dict of
    /// `pyarrow.Table`: `articles`, `entities`, `quantities`, `facts` (the
    /// CLI's Parquet columns and types) and `errors` (`id`, `kind`, `reason`,
    /// as the CLI's `errors.jsonl`: a null text, a text over the size limit
    /// or a stage that failed is an `error` and has no rows elsewhere; a date
    /// that is not ISO 8601 is a `warning`, and the dateline is used) — a bad
    /// row never fails the batch.
    #[pyo3(signature = (texts, ids=None, dates=None, titles=None, urls=None))]
    fn annotate<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Option<String>>,
        ids: Option<Vec<Option<String>>>,
        dates: Option<Vec<Option<String>>>,
        titles: Option<Vec<Option<String>>>,
        urls: Option<Vec<Option<String>>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let n = texts.len();
        for (name, column) in [("ids", &ids), ("dates", &dates), ("titles", &titles), ("urls", &urls)] {
            if column.as_ref().is_some_and(|c| c.len() != n) {
                return Err(PyValueError::new_err(format!("{name} has not one item per text ({n})")));
            }
        }
        let cell = |column: &Option<Vec<Option<String>>>, i: usize| column.as_ref().and_then(|c| c[i].clone());
        let inputs: Vec<Input> = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Input { text, id: cell(&ids, i).unwrap_or_else(|| i.to_string()), date: cell(&dates, i), title: cell(&titles, i), url: cell(&urls, i) })
            .collect();
        let (results, problems) = py.allow_threads(|| self.run(&inputs));
        let out = PyDict::new(py);
        for name in ANNOTATE_TABLES {
            let batch = table_batch(name, &results).map_err(PyValueError::new_err)?;
            let schema = batch.schema();
            out.set_item(name, PyTable::try_new(vec![batch], schema)?.to_pyarrow(py)?)?;
        }
        let errors = errors_batch(&problems).map_err(PyValueError::new_err)?;
        let schema = errors.schema();
        out.set_item("errors", PyTable::try_new(vec![errors], schema)?.to_pyarrow(py)?)?;
        Ok(out)
    }

    /// Annotates one Arrow record batch (any object with the Arrow PyCapsule
    /// interface: pyarrow, Polars, DuckDB) for a streaming engine: its
    /// `text`, `id` and `date` columns (`string` or `large_string`; `id` and
    /// `date` may be absent) give one `pyarrow.RecordBatch` of the table named
    /// by `table` — `articles`, `entities`, `quantities`, `facts` or `errors`
    /// — or, with `table="all"`, every table in one pass: a `table` column
    /// naming each row's table and one struct column per table, set on that
    /// table's rows (`recense.spark` and `recense.ray` split it).
    #[pyo3(signature = (batch, text="text", id="id", date="date", table="facts"))]
    fn annotate_batch(&self, py: Python<'_>, batch: PyRecordBatch, text: &str, id: &str, date: &str, table: &str) -> PyResult<PyObject> {
        if table != "all" && table != "errors" && !ANNOTATE_TABLES.contains(&table) {
            return Err(PyValueError::new_err(format!("no table {table:?}: one of articles, entities, quantities, facts, errors, all")));
        }
        let batch = batch.into_inner();
        let texts = string_column(&batch, text)?.ok_or_else(|| PyValueError::new_err(format!("the batch has no column {text:?}")))?;
        let ids = string_column(&batch, id)?;
        let dates = string_column(&batch, date)?;
        let inputs: Vec<Input> = (0..batch.num_rows())
            .map(|i| Input {
                text: texts[i].clone(),
                id: ids.as_ref().and_then(|c| c[i].clone()).unwrap_or_else(|| i.to_string()),
                date: dates.as_ref().and_then(|c| c[i].clone()),
                title: None,
                url: None,
            })
            .collect();
        let result = py.allow_threads(|| {
            let (results, problems) = self.run(&inputs);
            match table {
                "errors" => errors_batch(&problems),
                "all" => all_tables_batch(&results, &problems),
                _ => table_batch(table, &results),
            }
        });
        PyRecordBatch::new(result.map_err(PyValueError::new_err)?).to_pyarrow(py)
    }
}

impl Pipeline {
    /// Analyses the inputs in parallel, in their order: the results of those
    /// that could be analysed, and the problems met.
    fn run(&self, inputs: &[Input]) -> (Vec<ArticleResult>, Vec<Problem>) {
        let outcomes: Vec<(Option<ArticleResult>, Option<Problem>)> = inputs
            .par_iter()
            .map(|input| {
                let problem = |kind, reason: String| Some(Problem { id: input.id.clone(), kind, reason });
                let (article, warning) = match article(input) {
                    Ok(loaded) => loaded,
                    Err(reason) => return (None, problem("error", reason)),
                };
                let warning = warning.and_then(|w| problem("warning", w.reason()));
                match self.inner.analyse(&article) {
                    Ok(analysis) => (Some(analysis.to_result(None)), warning),
                    Err(e) => (None, problem("error", e.message)),
                }
            })
            .collect();
        let (results, problems): (Vec<_>, Vec<_>) = outcomes.into_iter().unzip();
        (results.into_iter().flatten().collect(), problems.into_iter().flatten().collect())
    }
}

/// An input as the CLI reads a `.txt` (a dateline gives the date), then the
/// caller's id, date, title and url; a date that is not ISO 8601 is the
/// CLI's warning, and the dateline stays.
fn article(input: &Input) -> Result<(Article, Option<LoadWarning>), String> {
    let text = input.text.as_ref().ok_or("the text is null")?;
    let report = recense_text::load_text(&input.id, Format::Txt, text.as_bytes().to_vec(), &LoadOptions::default());
    if let Some(error) = report.errors.first() {
        return Err(error.to_string());
    }
    let mut article = report.articles.into_iter().next().ok_or("the text gives no article")?;
    article.id = input.id.clone();
    article.source = None;
    let mut warning = None;
    if let Some(date) = &input.date {
        match recense_text::parse_iso_date(date) {
            Some(date) => article.date = Some(date),
            None => warning = Some(LoadWarning::UnparsedDate { path: input.id.clone().into(), line: None, value: date.clone() }),
        }
    }
    article.title = input.title.clone().or(article.title);
    article.url = input.url.clone();
    Ok((article, warning))
}

/// The rows of one per-article table over the results, as one batch.
fn table_batch(name: &str, results: &[ArticleResult]) -> Result<RecordBatch, String> {
    let spec = TABLES.iter().find(|t| t.name == name).ok_or_else(|| format!("no table {name}"))?;
    let rows: Vec<rows::Row> = match name {
        "articles" => results.iter().map(rows::article_row).collect(),
        "entities" => results.iter().flat_map(rows::entity_rows).collect(),
        "quantities" => results.iter().flat_map(rows::quantity_rows).collect(),
        _ => results.iter().flat_map(rows::fact_rows).collect(),
    };
    table::record_batch(spec, rows)
}

fn errors_batch(problems: &[Problem]) -> Result<RecordBatch, String> {
    let schema = Arc::new(Schema::new(["id", "kind", "reason"].map(|name| Field::new(name, DataType::Utf8, false)).to_vec()));
    let column = |cell: fn(&Problem) -> &str| Arc::new(StringArray::from_iter_values(problems.iter().map(cell))) as ArrayRef;
    RecordBatch::try_new(schema, vec![column(|p| &p.id), column(|p| p.kind), column(|p| &p.reason)]).map_err(|e| e.to_string())
}

/// Every table in one batch: `table` names each row's table, and the column
/// named after a table holds its row as a struct (null on other tables' rows).
fn all_tables_batch(results: &[ArticleResult], problems: &[Problem]) -> Result<RecordBatch, String> {
    let mut batches = Vec::with_capacity(ANNOTATE_TABLES.len() + 1);
    for name in ANNOTATE_TABLES {
        batches.push((name, table_batch(name, results)?));
    }
    batches.push(("errors", errors_batch(problems)?));
    let total: usize = batches.iter().map(|(_, b)| b.num_rows()).sum();
    let names: Vec<&str> = batches.iter().flat_map(|(name, b)| std::iter::repeat_n(*name, b.num_rows())).collect();
    let names = StringArray::from(names);
    let mut fields = vec![Field::new("table", DataType::Utf8, false)];
    let mut columns: Vec<ArrayRef> = vec![Arc::new(names)];
    let mut offset = 0;
    for (name, batch) in &batches {
        let rows = batch.num_rows();
        let padded = |column: &ArrayRef| -> Result<ArrayRef, String> {
            let before = new_null_array(column.data_type(), offset);
            let after = new_null_array(column.data_type(), total - offset - rows);
            concat(&[before.as_ref(), column.as_ref(), after.as_ref()]).map_err(|e| e.to_string())
        };
        let children = batch.columns().iter().map(padded).collect::<Result<Vec<_>, _>>()?;
        // nested fields nullable: a struct's children are null where it is
        let child_fields: Fields = batch.schema().fields().iter().map(|f| f.as_ref().clone().with_nullable(true)).collect();
        let present = NullBuffer::from_iter((0..total).map(|i| (offset..offset + rows).contains(&i)));
        let structs = StructArray::try_new(child_fields.clone(), children, Some(present)).map_err(|e| e.to_string())?;
        fields.push(Field::new(*name, DataType::Struct(child_fields), true));
        columns.push(Arc::new(structs));
        offset += rows;
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).map_err(|e| e.to_string())
}

/// A `string` or `large_string` (or all-null) column's cells, if the batch
/// has the column.
fn string_column(batch: &RecordBatch, name: &str) -> PyResult<Option<Vec<Option<String>>>> {
    let Some(column) = batch.column_by_name(name) else { return Ok(None) };
    let cells: Vec<Option<String>> = if let Some(strings) = column.as_any().downcast_ref::<StringArray>() {
        strings.iter().map(|s| s.map(str::to_string)).collect()
    } else if let Some(strings) = column.as_any().downcast_ref::<LargeStringArray>() {
        strings.iter().map(|s| s.map(str::to_string)).collect()
    } else if column.data_type() == &DataType::Null {
        // a column of nulls only (a block where every text is missing)
        vec![None; column.len()]
    } else {
        return Err(PyValueError::new_err(format!("column {name:?} is {}, not string or large_string", column.data_type())));
    };
    Ok(Some(cells))
}

#[pymodule]
fn _recense(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pipeline>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
