//! `report.html` from an extract: overview, charts with their tables, the
//! top facts and the article views.
//!
//! A small corpus's article views go into the report itself (shown one at a
//! time by CSS `:target`, no script); past [`INLINE_TEXT_LIMIT`] of text
//! they go one file each into `report-articles/` beside it, so that the
//! report of 10 000 articles stays a few megabytes and opens at once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use minijinja::context;
use recense_aggregate::Staged;
use serde::Serialize;

use crate::charts::{bars, format_number, Chart};
use crate::extract::{ArticleRow, Extract};
use crate::markup::{quantity_hover, Marks};
use crate::{filter_script_hash, templates, ArticleMeta, FILTER_SCRIPT, ArticleView, ReportError};

/// Above this much article text, views are written one file each.
pub const INLINE_TEXT_LIMIT: usize = 2 << 20;
/// The most facts the "top facts" table lists (the rest are in the tables).
const TOP_FACTS: usize = 1000;
/// The most input errors the overview lists (all are in errors.jsonl).
const ERRORS_LISTED: usize = 100;
const VIEWS_FOLDER: &str = "report-articles";

/// What `write_report` wrote.
#[derive(Debug)]
pub struct ReportFiles {
    pub report: PathBuf,
    /// The folder of article views, when they are not in the report.
    pub views: Option<PathBuf>,
    pub articles: usize,
}

/// How the report is laid out.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Above this many bytes of article text, article views are written one
    /// file each instead of into the report.
    pub inline_text_limit: usize,
}

impl Default for ReportOptions {
    fn default() -> ReportOptions {
        ReportOptions { inline_text_limit: INLINE_TEXT_LIMIT }
    }
}

/// Writes `dir/report.html` (and `dir/report-articles/` for a large corpus)
/// from the extract in `dir`. Files appear whole or not at all.
pub fn write_report(dir: &Path, options: &ReportOptions) -> Result<ReportFiles, ReportError> {
    let extract = Extract::read(dir)?;
    let inline = extract.articles.iter().map(|a| a.text.len()).sum::<usize>() <= options.inline_text_limit;
    let hrefs: HashMap<&str, String> = extract
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.article.as_str(), if inline { format!("#{}", anchor(i)) } else { view_file(i) }))
        .collect();
    let views = article_views(&extract);
    let views_dir = dir.join(VIEWS_FOLDER);
    if !inline {
        write_view_files(&views_dir, &views)?;
    } else if views_dir.is_dir() {
        std::fs::remove_dir_all(&views_dir).map_err(|e| ReportError::new(&views_dir, e))?;
    }
    let page = templates()
        .get_template("report.html")
        .and_then(|t| {
            t.render(context! {
                overview => overview(&extract),
                errors => &extract.errors[..extract.errors.len().min(ERRORS_LISTED)],
                charts => charts(&extract),
                top => top_facts(&extract, &hrefs),
                articles => article_list(&views, &hrefs),
                views => if inline { &views[..] } else { &[] },
                script => FILTER_SCRIPT,
                script_hash => filter_script_hash(),
            })
        })
        .expect("the built-in templates render");
    let report = dir.join("report.html");
    write_whole(&report, &page)?;
    Ok(ReportFiles { report, views: (!inline).then_some(views_dir), articles: views.len() })
}

fn anchor(index: usize) -> String {
    format!("a-{:05}", index + 1)
}

fn view_file(index: usize) -> String {
    format!("{VIEWS_FOLDER}/{:05}.html", index + 1)
}

fn write_whole(path: &Path, content: &str) -> Result<(), ReportError> {
    let (staged, mut file) = Staged::create(path.to_path_buf()).map_err(|e| ReportError::new(&e.path, e.message))?;
    file.write_all(content.as_bytes()).map_err(|e| ReportError::new(path, e))?;
    drop(file);
    staged.commit().map_err(|e| ReportError::new(&e.path, e.message))
}

/// One page per article, the folder emptied first so that no view of an
/// earlier run survives.
fn write_view_files(folder: &Path, views: &[ArticleView]) -> Result<(), ReportError> {
    if folder.is_dir() {
        std::fs::remove_dir_all(folder).map_err(|e| ReportError::new(folder, e))?;
    }
    std::fs::create_dir_all(folder).map_err(|e| ReportError::new(folder, e))?;
    let env = templates();
    let template = env.get_template("article_page.html").expect("the built-in templates parse");
    for (i, view) in views.iter().enumerate() {
        let title = view.title.as_deref().unwrap_or(&view.id);
        let page = template
            .render(context! { title, views => [view], back => "../report.html" })
            .expect("the built-in templates render");
        write_whole(&folder.join(format!("{:05}.html", i + 1)), &page)?;
    }
    Ok(())
}

/// Each article's view, its marks gathered from the tables by article.
fn article_views(extract: &Extract) -> Vec<ArticleView> {
    let mut marks: HashMap<&str, Marks> = HashMap::new();
    let mut counts: HashMap<&str, [usize; 3]> = HashMap::new();
    for e in &extract.entities {
        marks.entry(&e.article).or_default().entity(e.start, e.end, &e.label, e.confidence);
        counts.entry(&e.article).or_default()[0] += 1;
    }
    let events: HashMap<(&str, usize, usize), &str> = extract
        .facts
        .iter()
        .map(|f| ((f.article.as_str(), f.quantity_start, f.quantity_end), f.event.as_str()))
        .collect();
    for q in &extract.quantities {
        let value = match (&q.value_text, q.value) {
            (Some(text), _) => text.clone(),
            (None, Some(number)) => number.to_string(),
            (None, None) => String::new(),
        };
        let hover = quantity_hover(&q.kind, &value, q.unit.as_deref(), q.approx.as_deref());
        let event = events.get(&(q.article.as_str(), q.start, q.end)).map(|e| e.to_string());
        marks.entry(&q.article).or_default().quantity(q.start, q.end, hover, event);
        counts.entry(&q.article).or_default()[1] += 1;
    }
    for f in &extract.facts {
        counts.entry(&f.article).or_default()[2] += 1;
    }
    extract
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let key = a.article.as_str();
            let article_marks = marks.remove(key).unwrap_or_default();
            let article_counts = counts.get(key).copied().unwrap_or_default();
            ArticleView::new(anchor(i), meta(a), &a.text, article_marks, article_counts)
        })
        .collect()
}

fn meta(a: &ArticleRow) -> ArticleMeta {
    ArticleMeta {
        id: a.article.clone(),
        title: a.title.clone(),
        date: a.date.clone(),
        url: a.url.clone(),
        source: a.source.clone(),
    }
}

#[derive(Serialize)]
struct Overview {
    articles: usize,
    first_date: Option<String>,
    last_date: Option<String>,
    undated: usize,
    entities: usize,
    quantities: usize,
    facts: usize,
    inputs: usize,
    skipped: usize,
    errors: usize,
    warnings: usize,
    complete: bool,
}

fn overview(extract: &Extract) -> Overview {
    let dates: BTreeSet<&str> = extract.articles.iter().filter_map(|a| a.date.as_deref()).collect();
    Overview {
        articles: extract.articles.len(),
        first_date: dates.first().map(|d| d.to_string()),
        last_date: dates.last().map(|d| d.to_string()),
        undated: extract.articles.iter().filter(|a| a.date.is_none()).count(),
        entities: extract.entities.len(),
        quantities: extract.quantities.len(),
        facts: extract.facts.len(),
        inputs: extract.counts.inputs,
        skipped: extract.counts.skipped,
        errors: extract.errors.iter().filter(|e| e.kind == "error").count(),
        warnings: extract.errors.iter().filter(|e| e.kind != "error").count(),
        complete: extract.complete,
    }
}

/// The four charts the issue asks for, each largest first (months in order).
fn charts(extract: &Extract) -> Vec<Chart> {
    let mut by_event: BTreeMap<&str, f64> = BTreeMap::new();
    let mut by_month: BTreeMap<String, f64> = BTreeMap::new();
    for f in &extract.facts {
        *by_event.entry(&f.event).or_default() += 1.0;
        let month = f.date_start.as_deref().or(f.article_date.as_deref()).map_or("undated".to_string(), |d| d[..7.min(d.len())].to_string());
        *by_month.entry(month).or_default() += 1.0;
    }
    let people: Vec<(String, f64)> = largest_first(extract.people_by_event_country.iter().map(|t| {
        (format!("{} · {}", t.event, t.country.as_deref().unwrap_or("no country")), t.total)
    }));
    let mut charts = vec![
        bars("facts-by-event", "Facts by event", ["event", "facts"], &largest_first(by_event.into_iter().map(|(e, n)| (e.to_string(), n)))),
        bars("people-by-event-country", "People counted, by event and country (summed without double counting)", ["event · country", "people"], &people),
        bars("facts-by-month", "Facts per month (the fact's date, else the article's)", ["month", "facts"], &by_month.into_iter().collect::<Vec<_>>()),
    ];
    for (label, id) in [("PER", "top-PER"), ("LOC", "top-LOC"), ("ORG", "top-ORG"), ("EVENT", "top-EVENT"), ("PRODUCT", "top-PRODUCT")] {
        let top = largest_first(
            extract.entity_index.iter().filter(|e| e.label == label).map(|e| (e.entity.clone(), e.mentions as f64)),
        );
        charts.push(bars(id, &format!("Top {label} entities, by mentions"), ["entity", "mentions"], &top));
    }
    charts
}

/// Largest value first; equal values in name order, so output is stable.
fn largest_first(rows: impl Iterator<Item = (String, f64)>) -> Vec<(String, f64)> {
    let mut rows: Vec<(String, f64)> = rows.collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

#[derive(Serialize)]
struct TopFacts<'a> {
    rows: Vec<FactLine<'a>>,
    total: usize,
    events: BTreeSet<&'a str>,
    countries: BTreeSet<&'a str>,
}

#[derive(Serialize)]
struct FactLine<'a> {
    event: &'a str,
    figure: &'a str,
    value: String,
    unit: Option<&'a str>,
    location: Option<&'a str>,
    country: Option<&'a str>,
    date: Option<&'a str>,
    confidence: Option<f64>,
    /// The sentence around the figure, cut in three so that it stands out.
    before: &'a str,
    after: &'a str,
    title: &'a str,
    href: &'a str,
}

/// The facts with a specific event first, largest figures first, up to
/// [`TOP_FACTS`]; the filters list every event and country of those shown.
fn top_facts<'a>(extract: &'a Extract, hrefs: &'a HashMap<&str, String>) -> TopFacts<'a> {
    let mut order: Vec<usize> = (0..extract.facts.len()).collect();
    order.sort_by(|&a, &b| {
        let (fa, fb) = (&extract.facts[a], &extract.facts[b]);
        (fa.event == "OTHER")
            .cmp(&(fb.event == "OTHER"))
            .then_with(|| fb.value.unwrap_or(0.0).total_cmp(&fa.value.unwrap_or(0.0)))
            .then(a.cmp(&b))
    });
    let rows: Vec<FactLine> = order
        .into_iter()
        .take(TOP_FACTS)
        .map(|i| {
            let f = &extract.facts[i];
            let sentence = f.sentence_text.as_deref().unwrap_or("");
            let (before, after) = match sentence.find(&f.quantity_text) {
                Some(at) => (&sentence[..at], &sentence[at + f.quantity_text.len()..]),
                None => (sentence, ""),
            };
            FactLine {
                event: &f.event,
                figure: &f.quantity_text,
                value: f.value.map(format_number).unwrap_or_default(),
                unit: f.unit.as_deref(),
                location: f.location.as_deref(),
                country: f.country.as_deref(),
                date: f.date.as_deref(),
                confidence: f.confidence,
                before,
                after,
                title: f.title.as_deref().unwrap_or(&f.article),
                href: hrefs.get(f.article.as_str()).map_or("", String::as_str),
            }
        })
        .collect();
    TopFacts {
        events: rows.iter().map(|r| r.event).collect(),
        countries: rows.iter().filter_map(|r| r.country).collect(),
        total: extract.facts.len(),
        rows,
    }
}

#[derive(Serialize)]
struct ArticleLine<'a> {
    title: &'a str,
    date: Option<&'a str>,
    href: &'a str,
    entities: usize,
    quantities: usize,
    facts: usize,
}

fn article_list<'a>(views: &'a [ArticleView], hrefs: &'a HashMap<&str, String>) -> Vec<ArticleLine<'a>> {
    views
        .iter()
        .map(|v| ArticleLine {
            title: v.title.as_deref().unwrap_or(&v.id),
            date: v.date.as_deref(),
            href: hrefs.get(v.id.as_str()).map_or("", String::as_str),
            entities: v.entities,
            quantities: v.quantities,
            facts: v.facts,
        })
        .collect()
}
