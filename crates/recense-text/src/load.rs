//! Loading articles from files and folders.
//!
//! Every input ends up in exactly one place of the [`LoadReport`]: an
//! article, an error, or a skip with its reason. Nothing is printed and
//! nothing panics on bad input, so the caller decides what to show.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use walkdir::WalkDir;

use crate::date::{dateline_date, parse_iso_date};
use recense_contract::sha256_hex;

use crate::decode::{decode, looks_binary, lossless, path_text};
use crate::html;

/// The file format an article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Format {
    Txt,
    Html,
    /// One article per line; `line` is 1-based.
    Jsonl {
        line: usize,
    },
    Json,
}

/// One article. Token and annotation offsets refer to `text`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// File stem, the JSON `id`, or `<stem>:<line>` for a JSONL line without one.
    pub id: String,
    pub source: Option<PathBuf>,
    pub format: Format,
    pub title: Option<String>,
    /// Publication date: metadata first, else a dateline near the start.
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    /// The file's text without a UTF-8 BOM, or the text extracted from HTML.
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Replace invalid UTF-8 with U+FFFD and warn, instead of failing the file.
    pub lossy_utf8: bool,
    /// An article longer than this is an error, not analysed: it bounds one
    /// input's time and memory. A file in a format with one article (`.txt`,
    /// `.html`, `.json`) larger than it is not even read.
    pub max_article_bytes: usize,
}

/// The default article budget: a long book is 2 MB of text.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 10 << 20;

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { lossy_utf8: false, max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES }
    }
}

/// One file that was read, from the one read that loaded it: its size and
/// hash, for a manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRead {
    pub path: PathBuf,
    pub bytes: u64,
    pub sha256: String,
}

/// Everything a load produced, in input order.
#[derive(Debug, Default)]
pub struct LoadReport {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
    pub warnings: Vec<LoadWarning>,
    pub skipped: Vec<Skipped>,
    /// Every file read, in order.
    pub read: Vec<FileRead>,
}

/// An input that was not loaded, on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A name starting with a dot, met while walking a folder.
    Hidden,
    /// NUL bytes or many control characters in the first 8 KB.
    Binary,
    /// An HTML file whose stem also exists as `.txt` in the same folder; the
    /// `.txt` is loaded since it is the plain text that offsets refer to.
    AlternateOf(PathBuf),
    /// A `*.gold.jsonl` file of gold annotations, input of the evaluator.
    GoldAnnotations,
    /// A brat `.ann` standoff annotation file.
    BratAnnotations,
    UnknownExtension,
    /// A FIFO, socket or device: reading one may never end.
    NotARegularFile(&'static str),
    /// Under the output folder of the run: its own outputs, not articles.
    InOutputFolder,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Hidden => f.write_str("hidden"),
            Self::Binary => f.write_str("binary"),
            Self::AlternateOf(txt) => write!(f, "alternate of {}", file_name(txt)),
            Self::GoldAnnotations => f.write_str("gold annotations"),
            Self::BratAnnotations => f.write_str("brat annotations"),
            Self::UnknownExtension => f.write_str("unknown extension"),
            Self::NotARegularFile(kind) => write!(f, "not a regular file ({kind})"),
            Self::InOutputFolder => f.write_str("inside the output folder"),
        }
    }
}

/// A file, or part of one, that could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// Missing path, unreadable file or folder.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The first invalid byte, counted from the start of the file;
    /// `encoding` is UTF-8, or UTF-16 for a file opening with its BOM.
    InvalidEncoding { path: PathBuf, encoding: &'static str, byte_offset: usize },
    /// An article over [`LoadOptions::max_article_bytes`]; `line` for a JSONL line.
    TooLarge { path: PathBuf, line: Option<usize>, bytes: u64, limit: usize },
    /// A JSON article, or one JSONL line, that does not parse; `line` is
    /// 1-based in the file, `column` 1-based in that line.
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, source } => write!(f, "{}: {source}", path_text(path)),
            Self::InvalidEncoding { path, encoding, byte_offset } => {
                write!(f, "{}: invalid {encoding} at byte {byte_offset}", path_text(path))
            }
            Self::TooLarge { path, line, bytes, limit } => {
                let place = line.map(|l| format!(": line {l}")).unwrap_or_default();
                write!(f, "{}{place}: an article of {bytes} bytes is over the {limit}-byte budget (--max-article-bytes)", path_text(path))
            }
            Self::Json {
                path,
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "{}: line {line}, column {column}: {message}",
                    path_text(path)
                )
            }
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Something that loaded, but not quite as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadWarning {
    /// Invalid UTF-8 (or UTF-16) replaced under `lossy_utf8`; `byte_offset`
    /// is the first invalid byte in the file.
    LossyUtf8 { path: PathBuf, byte_offset: usize },
    /// A `date` field that is not ISO 8601; the article falls back to its dateline.
    UnparsedDate {
        path: PathBuf,
        line: Option<usize>,
        value: String,
    },
}

impl LoadWarning {
    /// What happened, without the file and place: the `reason` of the
    /// warning's line in `extract`'s errors.jsonl (and the Python package's
    /// `errors` table).
    pub fn reason(&self) -> String {
        match self {
            Self::LossyUtf8 { .. } => "invalid text replaced with U+FFFD".to_string(),
            Self::UnparsedDate { value, .. } => format!("date {value:?} is not ISO 8601: the article's date falls back to its dateline"),
        }
    }
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LossyUtf8 { path, byte_offset } => write!(
                f,
                "{}: invalid UTF-8 from byte {byte_offset} replaced with U+FFFD",
                path_text(path)
            ),
            Self::UnparsedDate {
                path,
                line: Some(line),
                value,
            } => {
                write!(
                    f,
                    "{}: line {line}: date {value:?} is not ISO 8601, ignored",
                    path_text(path)
                )
            }
            Self::UnparsedDate {
                path,
                line: None,
                value,
            } => {
                write!(
                    f,
                    "{}: date {value:?} is not ISO 8601, ignored",
                    path_text(path)
                )
            }
        }
    }
}

impl std::error::Error for LoadWarning {}

/// Loads files and folders; folders are walked recursively in file-name
/// order, so the result is the same on every machine. Hidden entries met
/// while walking are skipped; an HTML file with a `.txt` of the same stem
/// among the inputs is skipped as its alternate.
pub fn load_paths(paths: &[impl AsRef<Path>], opts: &LoadOptions) -> LoadReport {
    let mut report = discover(paths);
    for file in std::mem::take(&mut report.files) {
        load_into(&file, opts, &mut report.load);
    }
    report.load
}

/// The files a load of `paths` would read, in order, without reading them:
/// callers that stream (one file at a time, in parallel) start here, then
/// call [`load_file`] on each.
pub struct Discovery {
    pub files: Vec<PathBuf>,
    /// Skipped files and unreadable paths met while walking; no articles.
    pub load: LoadReport,
}

/// Walks files and folders as [`load_paths`] does: folders recursively in
/// file-name order, hidden entries skipped, each file once, and an `.html`
/// whose stem also exists as `.txt` in the same folder skipped as its
/// alternate.
pub fn discover(paths: &[impl AsRef<Path>]) -> Discovery {
    let mut report = LoadReport::default();
    let mut files = Vec::new();
    for root in paths.iter().map(AsRef::as_ref) {
        match std::fs::metadata(root) {
            Err(source) => report.errors.push(LoadError::Io {
                path: root.to_path_buf(),
                source,
            }),
            Ok(meta) if meta.is_dir() => walk(root, &mut files, &mut report),
            // a FIFO named by the user is read (once), as `cat` would
            Ok(_) => files.push(root.to_path_buf()),
        }
    }
    let mut seen = HashSet::new();
    files.retain(|file| seen.insert(file.clone()));
    files.retain(|file| {
        let txt = file.with_extension("txt");
        let alternate = matches!(extension(file).as_str(), "html" | "htm") && seen.contains(&txt);
        if alternate {
            report.skipped.push(Skipped {
                path: file.clone(),
                reason: SkipReason::AlternateOf(txt),
            });
        }
        !alternate
    });
    Discovery { files, load: report }
}

fn walk(root: &Path, files: &mut Vec<PathBuf>, report: &mut LoadReport) {
    let mut hidden_entries = Vec::new();
    let entries = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            let hidden = entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
            if hidden {
                hidden_entries.push(entry.path().to_path_buf());
            }
            !hidden
        });
    let mut skipped = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) if entry.file_type().is_file() => files.push(entry.into_path()),
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => skipped.push(Skipped {
                reason: SkipReason::NotARegularFile(special_kind(&entry.file_type())),
                path: entry.into_path(),
            }),
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                report.errors.push(LoadError::Io {
                    path,
                    source: err.into(),
                });
            }
        }
    }
    report.skipped.extend(hidden_entries.into_iter().map(|path| Skipped { path, reason: SkipReason::Hidden }));
    report.skipped.extend(skipped);
}

/// What a file that is neither a regular file nor a folder is.
fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "FIFO";
        }
        if file_type.is_socket() {
            return "socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "device";
        }
    }
    let _ = file_type;
    "special file"
}

/// Loads one file as its extension says: `.txt`, `.html`/`.htm`, `.jsonl`
/// (one article per line) or `.json` (one article object).
pub fn load_file(path: &Path, opts: &LoadOptions) -> LoadReport {
    let mut report = LoadReport::default();
    load_into(path, opts, &mut report);
    report
}

fn load_into(path: &Path, opts: &LoadOptions, report: &mut LoadReport) {
    let skip = |reason| Skipped {
        path: path.to_path_buf(),
        reason,
    };
    let format = match extension(path).as_str() {
        _ if file_name(path).to_lowercase().ends_with(".gold.jsonl") => {
            return report.skipped.push(skip(SkipReason::GoldAnnotations));
        }
        "ann" => return report.skipped.push(skip(SkipReason::BratAnnotations)),
        "txt" => Format::Txt,
        "html" | "htm" => Format::Html,
        "jsonl" => Format::Jsonl { line: 0 },
        "json" => Format::Json,
        _ => return report.skipped.push(skip(SkipReason::UnknownExtension)),
    };
    let too_large = |bytes| LoadError::TooLarge { path: path.to_path_buf(), line: None, bytes, limit: opts.max_article_bytes };
    let one_article = !matches!(format, Format::Jsonl { .. });
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if one_article && size > opts.max_article_bytes as u64 {
        return report.errors.push(too_large(size));
    }
    // a FIFO or device has no size: it is read up to the budget
    let bytes = match read_at_most(path, if one_article { opts.max_article_bytes as u64 + 1 } else { u64::MAX }) {
        Ok(bytes) if one_article && bytes.len() > opts.max_article_bytes => return report.errors.push(too_large(bytes.len() as u64)),
        Ok(bytes) => bytes,
        Err(source) => return report.errors.push(LoadError::Io { path: path.to_path_buf(), source }),
    };
    report.read.push(FileRead { path: path.to_path_buf(), bytes: bytes.len() as u64, sha256: sha256_hex(&bytes) });
    load_bytes(path, format, bytes, opts, report);
}

fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(std::fs::File::open(path)?, limit), &mut bytes)?;
    Ok(bytes)
}

/// Loads text that comes from no file — standard input, a command-line
/// argument — as articles of `format` named `name` ("<stdin>"), under the
/// same budget, decoding and binary test as a file.
pub fn load_text(name: &str, format: Format, bytes: Vec<u8>, opts: &LoadOptions) -> LoadReport {
    let mut report = LoadReport::default();
    let path = Path::new(name);
    if bytes.len() > opts.max_article_bytes {
        let (bytes, limit) = (bytes.len() as u64, opts.max_article_bytes);
        report.errors.push(LoadError::TooLarge { path: path.to_path_buf(), line: None, bytes, limit });
    } else {
        load_bytes(path, format, bytes, opts, &mut report);
    }
    report
}

/// A file's bytes, read, to its articles.
fn load_bytes(path: &Path, format: Format, bytes: Vec<u8>, opts: &LoadOptions, report: &mut LoadReport) {
    let Some(text) = decoded(path, bytes, opts, report) else { return };
    let stem = path.file_stem().map(lossless).unwrap_or_default();
    let source = Some(path.to_path_buf());
    match format {
        Format::Txt => report.articles.push(Article {
            id: stem,
            source,
            format,
            title: headline(&text),
            date: dateline_date(&text),
            url: None,
            text,
        }),
        Format::Html => {
            let page = html::extract(&text);
            report.articles.push(Article {
                id: stem,
                source,
                format,
                title: page.title,
                date: page.date.or_else(|| dateline_date(&page.text)),
                url: page.url,
                text: page.text,
            });
        }
        Format::Jsonl { .. } => jsonl_articles(path, &stem, &text, opts, report),
        // an empty .json is an empty article, as an empty .txt is
        Format::Json if text.trim().is_empty() => report.articles.push(Article {
            id: stem,
            source,
            format,
            title: None,
            date: None,
            url: None,
            text: String::new(),
        }),
        Format::Json => {
            let record = json_object(&text);
            push_json_article(path, &stem, 0, format, record, report);
        }
    }
}

/// The bytes as text: none for a binary file (skipped) or one not in
/// UTF-8 (an error, unless `--lossy`, then a warning).
fn decoded(path: &Path, bytes: Vec<u8>, opts: &LoadOptions, report: &mut LoadReport) -> Option<String> {
    if looks_binary(&bytes) {
        report.skipped.push(Skipped { path: path.to_path_buf(), reason: SkipReason::Binary });
        return None;
    }
    match decode(bytes, opts.lossy_utf8) {
        Ok((text, None)) => Some(text),
        Ok((text, Some(error))) => {
            report.warnings.push(LoadWarning::LossyUtf8 { path: path.to_path_buf(), byte_offset: error.byte_offset });
            Some(text)
        }
        Err(error) => {
            let (encoding, byte_offset) = (error.encoding, error.byte_offset);
            report.errors.push(LoadError::InvalidEncoding { path: path.to_path_buf(), encoding, byte_offset });
            None
        }
    }
}

/// One article per non-blank line of a JSONL file, each line under the
/// article budget (a line over it is an error naming its line).
fn jsonl_articles(path: &Path, stem: &str, text: &str, opts: &LoadOptions, report: &mut LoadReport) {
    for (index, line) in text.split('\n').enumerate() {
        if line.len() > opts.max_article_bytes {
            let (bytes, limit) = (line.len() as u64, opts.max_article_bytes);
            report.errors.push(LoadError::TooLarge { path: path.to_path_buf(), line: Some(index + 1), bytes, limit });
        } else if !line.trim().is_empty() {
            push_json_article(path, stem, index + 1, Format::Jsonl { line: index + 1 }, json_object(line), report);
        }
    }
}

/// The first line of a text file when it reads as a headline: a blank line
/// after it, at most 200 characters, no final full stop, not a dateline
/// (Wikinews' `.txt` files open with their title this way).
fn headline(text: &str) -> Option<String> {
    let mut lines = text.lines();
    let first = lines.next()?.trim();
    let blank_after = lines.next().is_some_and(|line| line.trim().is_empty());
    let length = first.chars().count();
    let reads_as_title = (3..=200).contains(&length) && !first.ends_with('.') && first.chars().any(char::is_alphabetic);
    (blank_after && reads_as_title && dateline_date(first).is_none()).then(|| first.to_string())
}

/// A JSON article must be an object: serde would read an array's items as
/// the fields in order, and take `["x", 1]` for an article.
fn json_object(text: &str) -> serde_json::Result<JsonArticle> {
    let trimmed = text.trim_start();
    if !trimmed.is_empty() && !trimmed.starts_with('{') {
        return Err(serde::de::Error::custom("an article must be a JSON object with a \"text\" field"));
    }
    serde_json::from_str(text)
}

/// The fields of a JSON or JSONL article; other fields are ignored.
#[derive(Deserialize)]
struct JsonArticle {
    text: String,
    id: Option<JsonId>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

/// Ids are strings, but numeric ids are common in exported data.
#[derive(Deserialize)]
#[serde(untagged)]
enum JsonId {
    Text(String),
    Number(serde_json::Number),
}

/// Turns one parsed JSON record into an article; `line_offset` is the line
/// of the record in the file, 0 for a whole-file `.json`.
fn push_json_article(
    path: &Path,
    stem: &str,
    line_offset: usize,
    format: Format,
    record: serde_json::Result<JsonArticle>,
    report: &mut LoadReport,
) {
    let record = match record {
        Ok(record) => record,
        Err(err) => {
            return report.errors.push(LoadError::Json {
                path: path.to_path_buf(),
                line: line_offset.max(1) + err.line().saturating_sub(1),
                column: err.column(),
                message: strip_position(&err.to_string()),
            });
        }
    };
    let line = (line_offset > 0).then_some(line_offset);
    let metadata_date = record.date.as_deref().and_then(|value| {
        let date = parse_iso_date(value);
        if date.is_none() {
            report.warnings.push(LoadWarning::UnparsedDate {
                path: path.to_path_buf(),
                line,
                value: value.to_owned(),
            });
        }
        date
    });
    let id = match (record.id, line) {
        (Some(JsonId::Text(id)), _) => id,
        (Some(JsonId::Number(id)), _) => id.to_string(),
        (None, Some(line)) => format!("{stem}:{line}"),
        (None, None) => stem.to_owned(),
    };
    report.articles.push(Article {
        id,
        source: Some(path.to_path_buf()),
        format,
        title: record.title,
        date: metadata_date.or_else(|| dateline_date(&record.text)),
        url: record.url,
        text: record.text,
    });
}

/// serde_json appends " at line L column C"; the error carries those itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

fn file_name(path: &Path) -> String {
    path.file_name().map(lossless).unwrap_or_default()
}
