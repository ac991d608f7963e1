//! Main-text extraction from HTML articles.

use chrono::NaiveDate;
use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};

use crate::date::parse_iso_date;

/// What an HTML page yields: its headline, metadata and plain text.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct ExtractedHtml {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub text: String,
}

/// Elements whose content is never article text: code, styling, and page
/// furniture (menus, banners, sidebars, forms).
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg",
    "iframe", "button", "select",
];

/// Elements that start or end a paragraph of the extracted text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// `<meta>` names and properties that carry the publication date.
const DATE_META_NAMES: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
];

/// Extracts the headline and body paragraphs of an HTML article.
///
/// Paragraphs (block elements, `<br>` included) are separated by a blank
/// line, every run of Unicode whitespace inside a paragraph (non-breaking
/// spaces included) becomes one space, entities are decoded, and the text
/// ends with a newline — the layout of the corpus `.txt` files made from the
/// same pages (the tokenizer groups "24 000" with a plain space as well).
/// The headline is the first `<h1>`, else `<title>` (which often carries a
/// site name); it is put first in the text unless a paragraph repeats it.
/// The date comes from date `<meta>` tags, else the first `<time datetime>`.
pub(crate) fn extract(html: &str) -> ExtractedHtml {
    let mut emitter = DefaultEmitter::default();
    // Lets the tokenizer read <script>, <style> and <title> content as raw text.
    emitter.naively_switch_states(true);
    let mut page = Page::default();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => page.start_tag(&tag),
            Token::EndTag(tag) => page.end_tag(&String::from_utf8_lossy(&tag.name)),
            Token::String(text) => page.text(&String::from_utf8_lossy(&text)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    page.finish()
}

#[derive(Default)]
struct Page {
    paragraphs: Vec<String>,
    current: String,
    /// Open skipped elements, innermost last.
    skipping: Vec<String>,
    in_title: bool,
    title: String,
    in_h1: bool,
    h1: Option<String>,
    meta_date: Option<NaiveDate>,
    time_date: Option<NaiveDate>,
    url: Option<String>,
}

impl Page {
    fn start_tag(&mut self, tag: &StartTag<()>) {
        let name = String::from_utf8_lossy(&tag.name);
        let attr = |key: &str| {
            tag.attributes
                .get(key.as_bytes())
                .map(|v| String::from_utf8_lossy(v).into_owned())
        };
        if !self.skipping.is_empty() {
            if SKIPPED.contains(&&*name) && !tag.self_closing {
                self.skipping.push(name.into_owned());
            }
            return;
        }
        match &*name {
            "title" => self.in_title = true,
            "meta" => self.meta(
                attr("name")
                    .or_else(|| attr("property"))
                    .or_else(|| attr("itemprop")),
                attr("content"),
            ),
            "link" if attr("rel").is_some_and(|rel| rel.eq_ignore_ascii_case("canonical")) => {
                self.url = self.url.take().or_else(|| attr("href"));
            }
            "time" if self.time_date.is_none() => {
                self.time_date = attr("datetime").as_deref().and_then(parse_iso_date)
            }
            "td" | "th" => self.current.push(' '),
            _ if SKIPPED.contains(&&*name) => {
                if !tag.self_closing {
                    self.skipping.push(name.into_owned());
                }
                return;
            }
            _ => {}
        }
        if BLOCKS.contains(&&*name) {
            self.end_paragraph();
        }
        if name == "h1" && self.h1.is_none() {
            self.in_h1 = true;
        }
    }

    fn meta(&mut self, key: Option<String>, content: Option<String>) {
        let (Some(key), Some(content)) = (key, content) else {
            return;
        };
        let key = key.to_ascii_lowercase();
        if self.meta_date.is_none() && DATE_META_NAMES.contains(&key.as_str()) {
            self.meta_date = parse_iso_date(&content);
        } else if key == "og:url" && self.url.is_none() {
            self.url = Some(content);
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(open) = self.skipping.last() {
            if open == name {
                self.skipping.pop();
            }
            return;
        }
        if name == "title" {
            self.in_title = false;
        }
        if BLOCKS.contains(&name) {
            self.end_paragraph();
        }
    }

    fn text(&mut self, text: &str) {
        if !self.skipping.is_empty() {
            return;
        }
        if self.in_title {
            self.title.push_str(text);
        } else {
            self.current.push_str(text);
        }
    }

    fn end_paragraph(&mut self) {
        let paragraph = collapse_whitespace(&self.current);
        self.current.clear();
        if self.in_h1 {
            self.in_h1 = false;
            self.h1 = Some(paragraph.clone()).filter(|h1| !h1.is_empty());
        }
        if !paragraph.is_empty() {
            self.paragraphs.push(paragraph);
        }
    }

    fn finish(mut self) -> ExtractedHtml {
        self.end_paragraph();
        let title = self
            .h1
            .or_else(|| Some(collapse_whitespace(&self.title)).filter(|t| !t.is_empty()));
        if let Some(title) = &title {
            if !self.paragraphs.contains(title) {
                self.paragraphs.insert(0, title.clone());
            }
        }
        let mut text = self.paragraphs.join("\n\n");
        if !text.is_empty() {
            text.push('\n');
        }
        ExtractedHtml {
            title,
            date: self.meta_date.or(self.time_date),
            url: self.url,
            text,
        }
    }
}

/// Collapses runs of whitespace to one space and trims the ends.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_title_and_paragraphs_and_drops_furniture() {
        let page = extract(
            "<html><head><title>Titre</title><style>p { color: red }</style>\
             <script>var x = '<p>non</p>';</script></head><body>\
             <nav><ul><li>Accueil</li></ul></nav><header>Bandeau</header>\
             <h1>Titre</h1><p>Un  premier\n paragraphe&nbsp;: 24&#160;000 &amp; plus.</p>\
             <div>Deux<br>lignes</div><aside>Pub</aside><footer>© site</footer></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("Titre"));
        assert_eq!(
            page.text,
            "Titre\n\nUn premier paragraphe : 24 000 & plus.\n\nDeux\n\nlignes\n"
        );
    }

    #[test]
    fn prepends_title_when_there_is_no_h1() {
        let page = extract("<title> Le titre </title><p>Corps.</p>");
        assert_eq!(page.text, "Le titre\n\nCorps.\n");
    }

    #[test]
    fn h1_wins_over_a_title_with_a_site_name() {
        let page = extract("<title>Le titre — Journal</title><h1>Le titre</h1><p>Corps.</p>");
        assert_eq!(page.title.as_deref(), Some("Le titre"));
        assert_eq!(page.text, "Le titre\n\nCorps.\n");
    }

    #[test]
    fn dates_and_url_from_metadata() {
        let page = extract(
            r#"<meta property="article:published_time" content="2012-05-22T07:44:00Z">
               <link rel="canonical" href="https://fr.wikinews.org/wiki/x"><time datetime="2011-01-01">x</time>"#,
        );
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2012, 5, 22));
        assert_eq!(page.url.as_deref(), Some("https://fr.wikinews.org/wiki/x"));
        let page = extract(r#"<p>Publié le <time datetime="2011-01-02">2 janvier</time>.</p>"#);
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2011, 1, 2));
    }
}
