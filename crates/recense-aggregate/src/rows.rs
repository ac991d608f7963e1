//! The rows an article gives each per-article table (`articles`,
//! `entities`, `quantities`, `facts`), as (column, cell) pairs: the files
//! [`crate::Corpus`] writes and the in-memory batches
//! ([`crate::table::record_batch`]) of a caller that wants Arrow data share them.

use std::collections::HashMap;

use recense_contract::record::{QuantityRecord, Value};

use crate::canonical::key as canonical_key;
use crate::dates::DateSpan;
use crate::table::Cell;
use crate::units::unit_class;
use crate::{split_value, ArticleResult, CodePointText};

/// One row: (column, cell) in the table's column order.
pub type Row = Vec<(&'static str, Cell)>;

/// The article's row of the `articles` table.
pub fn article_row(article: &ArticleResult) -> Row {
    let count = |items: Option<usize>| items.unwrap_or(0);
    let record = &article.record;
    vec![
        ("article", article.id.as_str().into()),
        ("source", article.source.clone().into()),
        ("title", article.title.clone().into()),
        ("url", article.url.clone().into()),
        ("date", article.date.into()),
        ("sentences", article.sentences.len().into()),
        ("tokens", article.tokens.into()),
        ("bytes", article.bytes.into()),
        ("entities", count(record.entities.as_ref().map(Vec::len)).into()),
        ("quantities", count(record.quantities.as_ref().map(Vec::len)).into()),
        ("facts", count(record.facts.as_ref().map(Vec::len)).into()),
        ("text", article.text.as_str().into()),
    ]
}

/// The article's rows of the `entities` table.
pub fn entity_rows(article: &ArticleResult) -> impl Iterator<Item = Row> + '_ {
    article
        .record
        .entities
        .iter()
        .flatten()
        .map(|e| {
            vec![
                ("article", article.id.as_str().into()),
                ("sentence", article.sentence_of(e.start).into()),
                ("start", e.start.into()),
                ("end", e.end.into()),
                ("label", e.label.as_str().into()),
                ("text", e.text.as_str().into()),
                ("canonical", canonical_key(&e.text).into()),
                ("confidence", e.confidence.into()),
            ]
        })
}

/// The article's rows of the `quantities` table.
pub fn quantity_rows(article: &ArticleResult) -> impl Iterator<Item = Row> + '_ {
    article
        .record
        .quantities
        .iter()
        .flatten()
        .map(|q| {
            let (value, value_text) = split_value(&q.value);
            let (value_max, value_max_text) = q.value_max.as_ref().map_or((Cell::Null, Cell::Null), split_value);
            let span = matches!(q.kind.as_str(), "date" | "datetime").then(|| q.value.as_str().and_then(DateSpan::parse)).flatten();
            let end = q.value_max.as_ref().and_then(Value::as_str).and_then(DateSpan::parse).or(span);
            vec![
                ("article", article.id.as_str().into()),
                ("sentence", article.sentence_of(q.start).into()),
                ("start", q.start.into()),
                ("end", q.end.into()),
                ("text", q.text.as_str().into()),
                ("kind", q.kind.as_str().into()),
                ("value", value),
                ("value_text", value_text),
                ("value_max", value_max),
                ("value_max_text", value_max_text),
                ("unit", q.unit.clone().into()),
                ("approx", q.approx.clone().into()),
                ("date_start", span.map(|s| s.start).into()),
                ("date_end", end.map(|s| s.end).into()),
                ("date_grain", span.map(|s| s.grain.as_str()).into()),
            ]
        })
}

/// The article's quantities by span, for its facts.
pub(crate) fn quantities_by_span(article: &ArticleResult) -> HashMap<(usize, usize), &QuantityRecord> {
    article.record.quantities.iter().flatten().map(|q| ((q.start, q.end), q)).collect()
}

/// The article's rows of the `facts` table: each fact with its evidence.
/// (Rows are made as they are written: a figure-dense article's rows, all at
/// once, took more memory than its analysis.)
pub fn fact_rows(article: &ArticleResult) -> impl Iterator<Item = Row> + '_ {
    let quantities = quantities_by_span(article);
    let text = CodePointText::new(&article.text);
    article
        .record
        .facts
        .iter()
        .flatten()
        .map(move |f| {
            let sentence = article.sentence_of(f.quantity.start);
            let sentence_span = article.sentences.get(sentence).cloned().unwrap_or(0..0);
            let quantity = quantities.get(&(f.quantity.start, f.quantity.end));
            let date_span = f.date.as_deref().and_then(DateSpan::parse);
            vec![
                ("article", article.id.as_str().into()),
                ("title", article.title.clone().into()),
                ("url", article.url.clone().into()),
                ("article_date", article.date.into()),
                ("sentence", sentence.into()),
                ("sentence_start", sentence_span.start.into()),
                ("sentence_end", sentence_span.end.into()),
                ("sentence_text", text.evidence(sentence_span.clone(), f.quantity.start..f.quantity.end).into()),
                ("quantity_start", f.quantity.start.into()),
                ("quantity_end", f.quantity.end.into()),
                ("quantity_text", text.slice(f.quantity.start..f.quantity.end).into()),
                ("event", f.event.as_str().into()),
                ("value", f.value.as_f64().into()),
                ("value_max", quantity.and_then(|q| q.value_max.as_ref()).and_then(Value::as_f64).into()),
                ("approx", quantity.and_then(|q| q.approx.clone()).into()),
                ("unit", f.unit.clone().into()),
                ("unit_class", unit_class(f.unit.as_deref()).into()),
                ("location", f.location.clone().into()),
                ("country", f.country.clone().into()),
                ("date", f.date.clone().into()),
                ("date_start", date_span.map(|d| d.start).into()),
                ("date_end", date_span.map(|d| d.end).into()),
                ("date_grain", date_span.map(|d| d.grain.as_str()).into()),
                ("confidence", f.confidence.into()),
                ("part_of_start", f.part_of.map(|p| p.start).into()),
                ("part_of_end", f.part_of.map(|p| p.end).into()),
            ]
        })
}
