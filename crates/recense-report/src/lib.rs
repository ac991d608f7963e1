//! Looking at recense's results: a self-contained HTML report of an extract
//! (`recense report`) and displaCy-style article views (`recense show`).
//!
//! Pages are rendered by minijinja from the templates in `src/templates`,
//! with autoescaping on: every piece of article text reaches the page
//! escaped, so an article holding `<script>` shows it as text. Charts are
//! inline SVG from plotters. Nothing on a page is fetched: the styles and the
//! one small filter script are inline, and a Content-Security-Policy forbids
//! any request, so the report opens offline and travels as an attachment.

mod charts;
pub mod extract;
mod markup;
mod report;

use std::fmt;
use std::path::{Path, PathBuf};

use minijinja::{context, Environment};
use recense_contract::record::DocRecord;
use serde::Serialize;

pub use crate::extract::Extract;
pub use crate::markup::{quantity_hover, Marks, Piece};
pub use crate::report::{write_report, ReportFiles, ReportOptions, INLINE_TEXT_LIMIT};

/// A file that could not be read or written, and why.
#[derive(Debug)]
pub struct ReportError {
    pub path: PathBuf,
    pub message: String,
}

impl ReportError {
    pub fn new(path: &Path, error: impl fmt::Display) -> ReportError {
        ReportError { path: path.to_path_buf(), message: error.to_string() }
    }
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ReportError {}

/// One article as its view shows it.
#[derive(Debug, Serialize)]
pub struct ArticleView {
    /// The HTML id of its view in the report (unique within a page).
    pub anchor: String,
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub pieces: Vec<Piece>,
    pub entities: usize,
    pub quantities: usize,
    pub facts: usize,
}

/// What an article is, apart from its analysis.
pub struct ArticleMeta {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

impl ArticleView {
    /// The view of `text` with the marks of its contract record.
    pub fn from_record(anchor: String, meta: ArticleMeta, text: &str, record: &DocRecord) -> ArticleView {
        let counts = [
            record.entities.as_ref().map_or(0, Vec::len),
            record.quantities.as_ref().map_or(0, Vec::len),
            record.facts.as_ref().map_or(0, Vec::len),
        ];
        ArticleView::new(anchor, meta, text, Marks::from_record(record), counts)
    }

    /// `counts`: entities, quantities and facts.
    pub fn new(anchor: String, meta: ArticleMeta, text: &str, marks: Marks, counts: [usize; 3]) -> ArticleView {
        let [entities, quantities, facts] = counts;
        ArticleView {
            anchor,
            id: meta.id,
            title: meta.title,
            date: meta.date,
            // Only web links: a `javascript:` URL in an article's metadata
            // must not become a link.
            url: meta.url.filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            source: meta.source,
            pieces: marks.pieces(text),
            entities,
            quantities,
            facts,
        }
    }
}

/// A standalone page of article views: `recense show`'s output.
pub fn article_page(title: &str, views: &[ArticleView]) -> String {
    templates()
        .get_template("article_page.html")
        .and_then(|t| t.render(context! { title, views, back => None::<&str> }))
        .expect("the built-in templates render")
}

/// The report's one script (the top facts' filters).
const FILTER_SCRIPT: &str = include_str!("templates/filter.js");

/// The Content-Security-Policy source that lets [`FILTER_SCRIPT`], and no
/// other script, run: an article text that escaped its escaping still could
/// not execute.
fn filter_script_hash() -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(FILTER_SCRIPT.as_bytes())))
}

/// The built-in templates; a template error is a bug, caught by the tests.
fn templates() -> Environment<'static> {
    let mut env = Environment::new();
    for (name, source) in [
        ("style.css", include_str!("templates/style.css")),
        ("macros.html", include_str!("templates/macros.html")),
        ("article_page.html", include_str!("templates/article_page.html")),
        ("report.html", include_str!("templates/report.html")),
    ] {
        env.add_template(name, source).expect("the built-in templates parse");
    }
    env
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "Titre <b>gras</b>\n\n<script>alert(1)</script> et <img src=x onerror=alert(2)> : 12 personnes arrêtées à Lyon.";

    fn hostile_view() -> ArticleView {
        let record: DocRecord = serde_json::from_value(serde_json::json!({
            "doc": "x\"><script>alert(3)</script>",
            "entities": [{"start": 103, "end": 107, "label": "LOC\" onmouseover=\"alert(4)", "text": "Lyon"}],
            "quantities": [{"start": 79, "end": 81, "text": "12", "kind": "count", "value": 12, "unit": "personne<script>"}],
            "facts": [{"event": "ARREST", "value": 12, "quantity": {"start": 79, "end": 81}}]
        }))
        .unwrap();
        let meta = ArticleMeta {
            id: record.doc.clone(),
            title: Some("<script>alert(5)</script>".into()),
            date: None,
            url: Some("javascript:alert(6)".into()),
            source: Some("<img src=x onerror=alert(7)>.txt".into()),
        };
        ArticleView::from_record("a-00001".into(), meta, HOSTILE, &record)
    }

    #[test]
    fn article_text_and_metadata_are_escaped_everywhere() {
        let page = article_page("<script>alert(8)</script>", &[hostile_view()]);
        for raw in ["<script>alert", "<img src=x", "<b>gras", "onmouseover=\"", "javascript:"] {
            assert!(!page.contains(raw), "{raw:?} reached the page unescaped:\n{page}");
        }
        assert!(page.contains("&lt;script&gt;alert(1)&lt;"), "{page}");
        assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"), "{page}");
        // The page allows no script at all.
        assert!(page.contains("script-src 'none'"), "{page}");
        assert!(!page.contains("<script"), "{page}");
    }

    #[test]
    fn the_filter_script_hash_is_that_of_the_script() {
        let hash = filter_script_hash();
        assert!(hash.starts_with("sha256-") && hash.len() == "sha256-".len() + 44, "{hash}");
    }

    #[test]
    fn marks_keep_the_text_whole() {
        let view = hostile_view();
        assert_eq!(view.pieces.iter().map(|p| p.text.as_str()).collect::<String>(), HOSTILE);
        let fact = view.pieces.iter().find(|p| p.event.is_some()).unwrap();
        assert_eq!((fact.text.as_str(), fact.event.as_deref()), ("12", Some("ARREST")));
    }
}
