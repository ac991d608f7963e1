//! `recense extract`: the pipeline over a folder of articles, in parallel,
//! streamed into corpus tables (recense-aggregate), with a manifest that
//! accounts for every input and an error file for the bad ones.
//!
//! Files are taken in batches (by count and size); within a batch, files
//! are read and articles analysed in parallel, then written in input order,
//! so outputs are the same whatever the thread count, and memory holds one
//! batch, not the corpus.

mod state;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use recense_aggregate::{ArticleResult, Corpus, Formats, Staged, Summary, WriteError};
use recense_text::{discover, load_file, path_text, LoadError, LoadOptions, LoadWarning, SkipReason, Skipped};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::{AnalysisError, Pipeline};

/// A batch closes at this many files or this many bytes, whichever first.
const BATCH_FILES: usize = 256;
const BATCH_BYTES: u64 = 32 << 20;

pub struct ExtractOptions {
    pub out: PathBuf,
    pub threads: usize,
    pub formats: Formats,
    pub lossy: bool,
    pub max_article_bytes: usize,
    pub quiet: bool,
    /// Reuse the analyses in the folder's `state.jsonl` of inputs whose path
    /// and SHA-256 are unchanged (see `state`).
    pub incremental: bool,
}

/// One input file in the manifest.
#[derive(Serialize, Deserialize)]
struct InputEntry {
    path: String,
    bytes: u64,
    sha256: Option<String>,
    /// ok, skipped or error.
    status: Cow<'static, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    articles: usize,
    entities: usize,
    quantities: usize,
    facts: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
}

/// One bad input in `errors.jsonl`.
#[derive(Serialize, Deserialize)]
struct ErrorLine {
    /// "error" (the input, or part of it, was not analysed) or "warning"
    /// (it was, but not quite as written: an unparsed date, replaced bytes).
    kind: Cow<'static, str>,
    file: String,
    place: Option<String>,
    reason: String,
}

/// The outputs a run writes file by file, in input order.
struct Written {
    state: state::StateWriter,
    corpus: Corpus,
    error_log: ErrorLog,
    inputs: InputLog,
    error_count: usize,
    /// Article ids given so far, to make each unique.
    ids: HashMap<String, usize>,
}

impl Written {
    /// Paths that could not be walked (errors), and files skipped while
    /// walking: each an entry of the manifest's inputs.
    fn walk_problems(&mut self, load: &recense_text::LoadReport) -> anyhow::Result<()> {
        for error in &load.errors {
            let line = error_line(error);
            self.inputs.push(&InputEntry { status: "error".into(), reason: Some(line.reason.clone()), ..entry(&line.file, 0) })?;
            self.error_log.write(&line, &ProgressBar::hidden())?;
            self.error_count += 1;
        }
        for skipped in &load.skipped {
            let bytes = std::fs::symlink_metadata(&skipped.path).map_or(0, |m| m.len());
            self.inputs.push(&InputEntry { status: "skipped".into(), reason: Some(skipped.reason.to_string()), ..entry(&display(&skipped.path), bytes) })?;
        }
        Ok(())
    }

    fn write(&mut self, mut file: Processed, progress: &ProgressBar) -> anyhow::Result<()> {
        self.state.push(&file)?;
        for line in &file.errors {
            self.error_log.write(line, progress)?;
        }
        self.error_count += usize::from(file.entry.status == "error");
        for article in &mut file.articles {
            article.id = unique_id(&mut self.ids, &article.id);
            self.corpus.add(article)?;
        }
        progress.inc(file.entry.bytes);
        self.inputs.push(&file.entry)?;
        progress.set_message(format!("{} articles", self.inputs.articles));
        Ok(())
    }
}

/// What a run did, for the command's exit code and last line.
pub struct ExtractReport {
    pub summary: Summary,
    pub inputs: usize,
    pub errors: usize,
    pub skipped: usize,
}

/// A file read and analysed, waiting for its turn to be written (and, as
/// a line of `state.jsonl`, kept for the next `--incremental` run).
#[derive(Serialize, Deserialize)]
struct Processed {
    entry: InputEntry,
    errors: Vec<ErrorLine>,
    articles: Vec<ArticleResult>,
}

/// Runs `extract`: the pipeline comes from `load_pipeline`, which runs
/// while the inputs are found (each is a good part of a small run's start).
pub fn run(
    load_pipeline: impl FnOnce() -> anyhow::Result<Pipeline> + Send,
    paths: &[PathBuf],
    options: &ExtractOptions,
) -> anyhow::Result<ExtractReport> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.threads).build()?;
    let _lock = lock_output(&options.out)?;
    let (pipeline, mut discovery) = std::thread::scope(|scope| {
        let pipeline = scope.spawn(load_pipeline);
        let discovery = discover(paths);
        recense_text::compile_patterns();
        (pipeline.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), discovery)
    });
    let pipeline = &pipeline?;
    skip_own_outputs(&mut discovery, paths, &options.out);
    let header = state_header(pipeline, options);
    let (cache, refused) = if options.incremental { state::Cache::open(&options.out, &header)? } else { (state::Cache::empty(), None) };
    if let Some(why) = refused {
        eprintln!("note: {why}");
    }
    let mut written = Written {
        state: state::StateWriter::create(&options.out, &header)?,
        corpus: Corpus::create(&options.out, options.formats)?,
        error_log: ErrorLog::create(&options.out)?,
        inputs: InputLog::create(&options.out)?,
        error_count: 0,
        ids: HashMap::new(),
    };
    written.walk_problems(&discovery.load)?;

    let sizes: Vec<u64> = discovery.files.iter().map(|p| size(p)).collect();
    let total_bytes: u64 = sizes.iter().sum();
    let progress = progress_bar(total_bytes, options.quiet);
    let load = LoadOptions { lossy_utf8: options.lossy, max_article_bytes: options.max_article_bytes };
    let analysis = Analysis { pipeline, load, cache };
    let reused = analysis.run(&pool, &discovery.files, &sizes, &mut written, &progress)?;
    let Written { state, corpus, error_log, inputs, error_count, .. } = written;
    progress.finish_and_clear();
    error_log.finish()?;
    let summary = corpus.finish()?;
    state.commit()?;
    let counts = json!({
        "inputs": inputs.count,
        "ok": inputs.ok,
        "skipped": inputs.skipped,
        "errors": error_count,
        "articles": summary.articles,
        "entities": summary.entities,
        "quantities": summary.quantities,
        "facts": summary.facts,
    });
    let run = RunFacts { reused, seconds: started.elapsed().as_secs_f64(), bytes: total_bytes };
    let (count, skipped) = (inputs.count, inputs.skipped);
    inputs.finish(&manifest(pipeline, options, paths, counts, run))?;
    Ok(ExtractReport { summary, inputs: count, errors: error_count, skipped })
}

/// What each input needs to be analysed, shared by the pool's workers.
struct Analysis<'a> {
    pipeline: &'a Pipeline,
    load: LoadOptions,
    /// The last run's analyses, for `--incremental`.
    cache: state::Cache,
}

impl Analysis<'_> {
    /// Analyses the files in batches in the pool while a writer thread
    /// writes the batch before: the outputs' cost overlaps the analysis, in
    /// input order. Returns how many analyses came from the cache.
    fn run(&self, pool: &rayon::ThreadPool, files: &[PathBuf], sizes: &[u64], written: &mut Written, progress: &ProgressBar) -> anyhow::Result<usize> {
        let reused = AtomicUsize::new(0);
        std::thread::scope(|scope| -> anyhow::Result<()> {
            let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Processed>>(1);
            let writer = scope.spawn(|| -> anyhow::Result<()> {
                for batch in receiver {
                    for file in batch {
                        written.write(file, progress)?;
                    }
                }
                Ok(())
            });
            for batch in batches(files, sizes) {
                // each file is read, looked up in the last run's state, and
                // analysed by one worker: one wait for the slowest per batch
                let processed: Vec<Processed> = pool.install(|| batch.par_iter().map(|path| self.file(path, &reused)).collect());
                if sender.send(processed).is_err() {
                    break; // the writer stopped on an error, which join returns
                }
            }
            drop(sender);
            writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })?;
        Ok(reused.into_inner())
    }

    /// One file read, and its analysis from the cache when its bytes are
    /// the last run's (counted in `reused`) or from the pipeline.
    fn file(&self, path: &Path, reused: &AtomicUsize) -> Processed {
        let report = load_file(path, &self.load);
        let cached = report.read.first().and_then(|read| self.cache.get(&display(path), &read.sha256));
        if cached.is_some() {
            reused.fetch_add(1, Ordering::Relaxed);
        }
        cached.unwrap_or_else(|| process(self.pipeline, path, report))
    }
}

/// How a run went, for its manifest.
struct RunFacts {
    /// Inputs whose analysis came from the last run's state.jsonl.
    reused: usize,
    seconds: f64,
    bytes: u64,
}

/// The manifest's content. `InputLog::finish` writes it last, under its
/// final name only once whole, so that a manifest means every output
/// beside it is complete.
fn manifest(pipeline: &Pipeline, options: &ExtractOptions, paths: &[PathBuf], counts: serde_json::Value, run: RunFacts) -> serde_json::Value {
    json!({
        "recense": env!("CARGO_PKG_VERSION"),
        "complete": true,
        "ner_model": pipeline.ner_model(),
        "threads": options.threads,
        "incremental": options.incremental,
        "reused": run.reused,
        "inputs_given": paths.iter().map(|p| display(p)).collect::<Vec<_>>(),
        "counts": counts,
        "timings": { "seconds": run.seconds, "bytes": run.bytes },
    })
}

/// What a state's lines depend on besides each input's bytes: this build
/// of recense (the executable's size and modification time, which every
/// rebuild changes — hashing it would cost a tenth of a second per run —
/// or the version where they cannot be read), the NER model and the
/// loading options.
fn state_header(pipeline: &Pipeline, options: &ExtractOptions) -> String {
    let exe = std::env::current_exe().and_then(std::fs::metadata);
    let build = exe.map_or_else(
        |_| env!("CARGO_PKG_VERSION").to_string(),
        |m| format!("{} {} bytes {:?}", env!("CARGO_PKG_VERSION"), m.len(), m.modified().ok()),
    );
    json!({
        "recense_state": 1,
        "build": build,
        "ner_model": pipeline.ner_model(),
        "lossy": options.lossy,
        "max_article_bytes": options.max_article_bytes,
    })
    .to_string()
}

/// The manifest's list of inputs, spooled to a file as the run goes (a
/// corpus of a million files would otherwise hold a million entries in
/// memory), then copied into `manifest.json`.
struct InputLog {
    spool_path: PathBuf,
    spool: BufWriter<File>,
    manifest_path: PathBuf,
    count: usize,
    ok: usize,
    skipped: usize,
    articles: usize,
}

impl InputLog {
    fn create(out: &Path) -> Result<InputLog, WriteError> {
        let spool_path = out.join(".manifest-inputs.jsonl");
        let spool = BufWriter::new(File::create(&spool_path).map_err(|e| WriteError::new(&spool_path, e))?);
        let manifest_path = out.join("manifest.json");
        Ok(InputLog { spool_path, spool, manifest_path, count: 0, ok: 0, skipped: 0, articles: 0 })
    }

    fn push(&mut self, entry: &InputEntry) -> Result<(), WriteError> {
        self.count += 1;
        self.ok += usize::from(entry.status == "ok");
        self.skipped += usize::from(entry.status == "skipped");
        self.articles += entry.articles;
        let line = serde_json::to_string(entry).map_err(|e| WriteError::new(&self.spool_path, e))?;
        writeln!(self.spool, "{line}").map_err(|e| WriteError::new(&self.spool_path, e))
    }

    /// Writes `manifest.json`: `head`'s fields, then `"inputs": [...]`.
    fn finish(self, head: &serde_json::Value) -> Result<(), WriteError> {
        let InputLog { spool_path, spool, manifest_path, .. } = self;
        spool.into_inner().map_err(|e| WriteError::new(&spool_path, e.error()))?;
        let head = serde_json::to_string_pretty(head).map_err(|e| WriteError::new(&manifest_path, e))?;
        let (staged, file) = Staged::create(manifest_path.clone())?;
        let mut out = BufWriter::new(file);
        let write = |out: &mut BufWriter<File>, s: &str| out.write_all(s.as_bytes()).map_err(|e| WriteError::new(&manifest_path, e));
        write(&mut out, head.trim_end().trim_end_matches('}').trim_end())?;
        write(&mut out, ",\n  \"inputs\": [")?;
        let spool = std::io::BufReader::new(File::open(&spool_path).map_err(|e| WriteError::new(&spool_path, e))?);
        for (i, line) in std::io::BufRead::lines(spool).enumerate() {
            let line = line.map_err(|e| WriteError::new(&spool_path, e))?;
            write(&mut out, if i == 0 { "\n    " } else { ",\n    " })?;
            write(&mut out, &line)?;
        }
        write(&mut out, "\n  ]\n}\n")?;
        out.flush().map_err(|e| WriteError::new(&manifest_path, e))?;
        drop(out);
        staged.commit()?;
        std::fs::remove_file(&spool_path).map_err(|e| WriteError::new(&spool_path, e))
    }
}

/// Reads, analyses and accounts for one file.
fn process(pipeline: &Pipeline, path: &Path, report: recense_text::LoadReport) -> Processed {
    let read = report.read.first();
    let mut entry = InputEntry {
        sha256: read.map(|r| r.sha256.clone()),
        ..entry(&display(path), read.map_or_else(|| size(path), |r| r.bytes))
    };
    let mut errors: Vec<ErrorLine> = report.errors.iter().map(error_line).collect();
    entry.warnings = report.warnings.iter().map(LoadWarning::to_string).collect();
    if let Some(skipped) = report.skipped.first() {
        let bad = skipped.reason == SkipReason::Binary;
        entry.status = if bad { "error" } else { "skipped" }.into();
        entry.reason = Some(skipped.reason.to_string());
        let errors = if bad { vec![ErrorLine { kind: "error".into(), file: display(path), place: None, reason: skipped.reason.to_string() }] } else { Vec::new() };
        return Processed { entry, errors, articles: Vec::new() };
    }
    if !errors.is_empty() {
        // A JSONL file with bad lines is an error for those lines; its good
        // lines are still extracted.
        entry.status = "error".into();
        entry.reason = Some(errors.iter().map(|e| e.reason.clone()).collect::<Vec<_>>().join("; "));
    }
    errors.extend(report.warnings.iter().map(warning_line));
    let analysed: Vec<Result<ArticleResult, AnalysisError>> = report
        .articles
        .par_iter()
        .map(|article| {
            let analysis = pipeline.analyse(article)?;
            Ok(analysis.to_result(article.source.as_deref().map(display)))
        })
        .collect();
    // An article a stage failed on is an error of its input; the others
    // of that input are still extracted.
    let mut articles = Vec::with_capacity(analysed.len());
    for result in analysed {
        match result {
            Ok(article) => articles.push(article),
            Err(failed) => {
                entry.status = "error".into();
                entry.reason = Some(failed.to_string());
                errors.push(ErrorLine { kind: "error".into(), file: display(path), place: Some(format!("article {}", failed.article)), reason: failed.message });
            }
        }
    }
    entry.articles = articles.len();
    for a in &articles {
        entry.entities += a.record.entities.as_ref().map_or(0, Vec::len);
        entry.quantities += a.record.quantities.as_ref().map_or(0, Vec::len);
        entry.facts += a.record.facts.as_ref().map_or(0, Vec::len);
    }
    Processed { entry, errors, articles }
}

fn entry(path: &str, bytes: u64) -> InputEntry {
    InputEntry {
        path: path.to_string(),
        bytes,
        sha256: None,
        status: "ok".into(),
        reason: None,
        articles: 0,
        entities: 0,
        quantities: 0,
        facts: 0,
        warnings: Vec::new(),
    }
}

fn warning_line(warning: &LoadWarning) -> ErrorLine {
    let (path, place) = match warning {
        LoadWarning::LossyUtf8 { path, byte_offset } => (path, Some(format!("byte {byte_offset}"))),
        LoadWarning::UnparsedDate { path, line, .. } => (path, line.map(|l| format!("line {l}"))),
    };
    ErrorLine { kind: "warning".into(), file: display(path), place, reason: warning.reason() }
}

fn error_line(error: &LoadError) -> ErrorLine {
    let (path, place, reason) = match error {
        LoadError::Io { path, source } => (path, None, source.to_string()),
        LoadError::InvalidEncoding { path, encoding, byte_offset } => {
            (path, Some(format!("byte {byte_offset}")), format!("invalid {encoding} (--lossy decodes it with U+FFFD)"))
        }
        LoadError::TooLarge { path, line, bytes, limit } => (
            path,
            line.map(|l| format!("line {l}")),
            format!("an article of {bytes} bytes is over the {limit}-byte budget (--max-article-bytes)"),
        ),
        LoadError::Json { path, line, column, message } => (path, Some(format!("line {line}, column {column}")), message.clone()),
    };
    ErrorLine { kind: "error".into(), file: display(path), place, reason }
}

/// `errors.jsonl`, and each error named on stderr as it comes.
struct ErrorLog {
    staged: Staged,
    out: BufWriter<File>,
}

impl ErrorLog {
    fn create(out: &Path) -> Result<ErrorLog, WriteError> {
        let (staged, file) = Staged::create(out.join("errors.jsonl"))?;
        Ok(ErrorLog { staged, out: BufWriter::new(file) })
    }

    fn write(&mut self, line: &ErrorLine, progress: &ProgressBar) -> Result<(), WriteError> {
        let place = line.place.as_deref().map(|p| format!(" ({p})")).unwrap_or_default();
        progress.suspend(|| eprintln!("{}: {}{place}: {}", line.kind, line.file, line.reason));
        let path = &self.staged.path;
        let text = serde_json::to_string(line).map_err(|e| WriteError::new(path, e))?;
        writeln!(self.out, "{text}").map_err(|e| WriteError::new(path, e))
    }

    fn finish(mut self) -> Result<(), WriteError> {
        self.out.flush().map_err(|e| WriteError::new(&self.staged.path, e))?;
        drop(self.out);
        self.staged.commit()
    }
}

/// Article ids are file stems, which repeat across folders: later repeats
/// get "~2", "~3"… so that every table row points at one article.
fn unique_id(seen: &mut HashMap<String, usize>, id: &str) -> String {
    let n = seen.entry(id.to_string()).or_default();
    *n += 1;
    if *n == 1 {
        id.to_string()
    } else {
        format!("{id}~{n}")
    }
}

/// The files in batches of at most [`BATCH_FILES`] files or about
/// [`BATCH_BYTES`] bytes, given each file's size.
fn batches<'a>(files: &'a [PathBuf], sizes: &[u64]) -> Vec<&'a [PathBuf]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0u64);
    for (i, size) in sizes.iter().enumerate() {
        bytes += size;
        if i + 1 - start >= BATCH_FILES || bytes >= BATCH_BYTES {
            out.push(&files[start..=i]);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < files.len() {
        out.push(&files[start..]);
    }
    out
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn display(path: &Path) -> String {
    path_text(path)
}

/// Holds `out/.recense.lock` for the run: a second run on the same folder
/// fails at once instead of interleaving its files with this one's. The
/// last run's manifest goes first, so a run killed midway leaves tables
/// without a manifest, never a manifest beside tables it does not describe.
fn lock_output(out: &Path) -> anyhow::Result<File> {
    std::fs::create_dir_all(out).map_err(|e| WriteError::new(out, e))?;
    let path = out.join(".recense.lock");
    let lock = File::options().create(true).truncate(false).write(true).open(&path).map_err(|e| WriteError::new(&path, e))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            anyhow::bail!("{}: another recense run is writing to this folder (it holds {})", display(out), display(&path))
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(WriteError::new(&path, e).into()),
    }
    let manifest = out.join("manifest.json");
    match std::fs::remove_file(&manifest) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(WriteError::new(&manifest, e).into()),
        _ => {}
    }
    Ok(lock)
}

/// Inputs under the output folder are this run's (or a past run's) outputs,
/// never articles: they are skipped with that reason. Files are only
/// resolved one by one when an input folder holds the output folder; a run
/// whose output lies elsewhere pays nothing per file.
fn skip_own_outputs(discovery: &mut recense_text::Discovery, inputs: &[PathBuf], out: &Path) {
    let Ok(out) = out.canonicalize() else { return };
    if !inputs.iter().any(|input| input.canonicalize().is_ok_and(|input| out.starts_with(input))) {
        return;
    }
    let (own, inputs): (Vec<PathBuf>, Vec<PathBuf>) = std::mem::take(&mut discovery.files)
        .into_iter()
        .partition(|file| file.canonicalize().is_ok_and(|file| file.starts_with(&out)));
    discovery.files = inputs;
    discovery.load.skipped.extend(own.into_iter().map(|path| Skipped { path, reason: SkipReason::InOutputFolder }));
}

/// Articles, MB and ETA on a terminal; nothing when piped or quiet.
fn progress_bar(total_bytes: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total_bytes);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg} ({bytes_per_sec}, ETA {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}
