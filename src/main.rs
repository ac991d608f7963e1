//! The `recense` command line: see `recense --help` and the README.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use recense::Pipeline;
use recense_eval::read::{read_gold, read_predictions, GoldDoc};
use recense_eval::record::DocRecord;
use recense_eval::score::score;
use rayon::prelude::*;
use recense_ner::train::{train, TrainConfig, TrainingDoc};
use recense_report::{ArticleMeta, ArticleView, ReportOptions};
use recense_text::{load_paths, load_text, Article, Format, LoadOptions, LoadReport, SkipReason, Skipped};
use serde_json::json;

/// The pipeline allocates many small strings and vectors per token; glibc's
/// allocator spends a third of a large run managing them, mimalloc much less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, v3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory a stage has freed goes back to the system after 50 ms, not
/// mimalloc v3's 1 s. A long article's stages each free what the next does
/// not reuse; held for a second, it swung a 4 MB article's peak between 226
/// and 286 MB from run to run; at 50 ms it stays within 191–203 MB, for 5–10 %
/// more time on such articles (10 ms: 190 MB for 12–25 %) and none measurable
/// on news-sized ones. The Python module keeps mimalloc's default: with this
/// delay its throughput read 0.92 of the CLI's, without it 1.07–1.08.
fn return_freed_memory_promptly() {
    // SAFETY: sets one of mimalloc's integer options
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 50) };
}

const NER_MODEL_HELP: &str = "A NER model to use instead of the shipped one: perceptron:FILE (from train-ner) or transformer:FOLDER (a Hugging Face checkpoint, --features transformer); a bare path is read by its kind (file or folder)";

#[derive(Parser)]
#[command(name = "recense", version, about = "French news articles to named entities and numeric facts")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities, quantities and facts from article folders into corpus tables.
    Extract(ExtractArgs),
    /// Annotate articles: entities, quantities and facts, one JSON line per article.
    Annotate(AnnotateArgs),
    /// Print the tokens and sentences of articles as JSON Lines, for inspection.
    Tokenize(TokenizeArgs),
    /// Score predictions, the pipeline or a number extractor against gold.
    Evaluate(EvaluateArgs),
    /// Train the statistical NER model from gold entity files.
    TrainNer(TrainNerArgs),
    /// Train the facts stage's event model from gold fact files.
    TrainFacts(TrainFactsArgs),
    /// Write OUT/report.html, a self-contained HTML report of an extract's outputs.
    Report(ReportArgs),
    /// Write the article view of inputs as HTML: entities, quantities and facts marked in the text.
    Show(ShowArgs),
}

#[derive(Args)]
struct ReportArgs {
    /// The output folder of `recense extract` (with its Parquet tables).
    out: PathBuf,
    /// Past this many bytes of article text, article views go one file each into OUT/report-articles/ instead of into report.html.
    #[arg(long, default_value_t = recense_report::INLINE_TEXT_LIMIT)]
    inline_text_limit: usize,
}

#[derive(Args)]
struct ShowArgs {
    /// Article files (.txt, .html, .htm, .jsonl, .json) or folders; - reads one article from stdin.
    #[arg(required_unless_present = "text")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    /// Write the page to this file instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long, help = NER_MODEL_HELP)]
    ner_model: Option<PathBuf>,
}

#[derive(Args)]
struct TrainFactsArgs {
    /// Training gold: JSONL gold files with facts, or folders of them.
    #[arg(long, required = true, num_args = 1..)]
    gold: Vec<PathBuf>,
    /// Development gold: its event accuracy is printed after training (nothing is chosen by it).
    #[arg(long)]
    dev: Option<PathBuf>,
    #[arg(long, default_value_t = 3)]
    epochs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where to write the model (the shipped one is models/facts/events.bin).
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
struct TrainNerArgs {
    /// Training gold: brat folders (WiNER), HIPE .tsv, BIO files, JSONL gold.
    #[arg(long, required = true, num_args = 1..)]
    train: Vec<PathBuf>,
    /// Development gold: the best epoch on it is kept, and its F1 printed per epoch.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// The French word-vectors folder (keys.tsv.gz, vectors-f32le.bin.gz, meta.json), for cluster features.
    #[arg(long)]
    vectors: Option<PathBuf>,
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Train the first pass only (no document-level second pass): half the decoding time.
    #[arg(long)]
    one_pass: bool,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
struct ExtractArgs {
    /// Article files (.txt, .html, .htm, .jsonl, .json) or folders, walked recursively.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The output folder (created if needed).
    #[arg(long)]
    out: PathBuf,
    /// Analysis threads, 1 to 1024 (default: every core); one more thread writes the outputs meanwhile.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: Option<u16>,
    /// Analyse only inputs that are new or changed since the last run into --out (by path and SHA-256; the
    /// others come from its state.jsonl), then write every table, index and the summary over all of them.
    #[arg(long)]
    incremental: bool,
    /// Which outputs to write: jsonl (articles.jsonl), csv and parquet (the tables).
    #[arg(long, value_delimiter = ',', default_value = "jsonl,csv,parquet")]
    formats: Vec<OutputFormat>,
    /// Decode invalid UTF-8 with U+FFFD (and a warning) instead of rejecting the file.
    #[arg(long)]
    lossy: bool,
    /// Articles longer than this are reported as errors, not analysed: one input's time and memory stay bounded.
    #[arg(long, default_value_t = recense_text::DEFAULT_MAX_ARTICLE_BYTES)]
    max_article_bytes: usize,
    /// No progress bar (there is none either when stderr is not a terminal).
    #[arg(long)]
    quiet: bool,
    #[arg(long, help = NER_MODEL_HELP)]
    ner_model: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OutputFormat {
    Jsonl,
    Csv,
    Parquet,
}

#[derive(Args)]
struct AnnotateArgs {
    /// Article files (.txt, .html, .htm, .jsonl, .json) or folders, walked recursively; - reads one article from stdin.
    #[arg(required_unless_present = "text")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    #[arg(long, help = NER_MODEL_HELP)]
    ner_model: Option<PathBuf>,
}

#[derive(Args)]
struct TokenizeArgs {
    /// Article files (.txt, .html, .htm, .jsonl, .json) or folders, walked recursively; - reads one article from stdin.
    #[arg(required_unless_present = "text")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args)]
struct InputArgs {
    /// An article given on the command line, after the files (its id is "<text>").
    #[arg(long)]
    text: Option<String>,
    /// Decode invalid UTF-8 with U+FFFD (and a warning) instead of rejecting the file.
    #[arg(long)]
    lossy: bool,
    /// Articles longer than this are reported as errors, not analysed: one input's time and memory stay bounded.
    #[arg(long, default_value_t = recense_text::DEFAULT_MAX_ARTICLE_BYTES)]
    max_article_bytes: usize,
    /// List every file skipped (alternates, gold files, unknown extensions), not just their count.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["gold", "suite"])))]
struct EvaluateArgs {
    /// Gold: a brat folder (WiNER), a JSONL gold file, a HIPE .tsv or a BIO file, or a folder of them.
    #[arg(long)]
    gold: Option<PathBuf>,
    /// Predictions in the contract's JSONL format; without it the pipeline runs over the gold texts.
    #[arg(long, requires = "gold")]
    pred: Option<PathBuf>,
    /// Number suites: .jsonl files or folders of them.
    #[arg(long, num_args = 1.., conflicts_with = "gold")]
    suite: Vec<PathBuf>,
    /// Write every failing suite case, with what was predicted, to this JSONL file.
    #[arg(long, requires = "suite")]
    failures: Option<PathBuf>,
    /// Print the scores as JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[arg(long, conflicts_with = "pred", help = NER_MODEL_HELP)]
    ner_model: Option<PathBuf>,
    /// An event model to use instead of the shipped one: a file from train-facts (without --pred).
    #[arg(long, conflicts_with = "pred")]
    facts_model: Option<PathBuf>,
    /// Also write the pipeline's predictions on the gold texts to this JSONL file, for error analysis.
    #[arg(long, conflicts_with = "pred", requires = "gold")]
    save_pred: Option<PathBuf>,
    /// Write each gold document's text to DIR/<doc>.txt, so that another system can run over exactly the texts scored (then score it with --pred).
    #[arg(long, requires = "gold")]
    save_gold_texts: Option<PathBuf>,
}

fn main() -> ExitCode {
    return_freed_memory_promptly();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Annotate(args) => annotate(&args),
        Command::Tokenize(args) => tokenize(&args),
        Command::Evaluate(args) => evaluate(&args),
        Command::TrainNer(args) => train_ner(&args),
        Command::TrainFacts(args) => train_facts(&args),
        Command::Report(args) => report(&args),
        Command::Show(args) => show(&args),
    };
    match outcome {
        Ok(code) => code,
        // a reader that stopped reading (`recense … | head`) is not a failure
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

/// Some inputs could not be read or analysed; the others were.
const EXIT_SOME_INPUTS_FAILED: u8 = 1;
/// The command could not do its work (outputs not written, gold unreadable).
const EXIT_FATAL: u8 = 3;

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
}

/// Writes to stdout, returning (not panicking on) a closed pipe.
fn print_out(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Loads articles and reports every input that is not one: errors and
/// binary files (bad input) as errors, other skipped files as notes.
fn load(paths: &[PathBuf], input: &InputArgs) -> Result<LoadReport> {
    let options = LoadOptions { lossy_utf8: input.lossy, max_article_bytes: input.max_article_bytes };
    // "-" is standard input, read once, after the files
    let (stdin, files): (Vec<&PathBuf>, Vec<&PathBuf>) = paths.iter().partition(|p| p.as_os_str() == "-");
    let mut report = load_paths(&files, &options);
    if !stdin.is_empty() {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes).context("cannot read stdin")?;
        append(&mut report, load_text("<stdin>", Format::Txt, bytes, &options));
    }
    if let Some(text) = &input.text {
        append(&mut report, load_text("<text>", Format::Txt, text.clone().into_bytes(), &options));
    }
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    for skipped in &report.skipped {
        if is_bad_input(skipped) {
            eprintln!("error: {}: {}", skipped.path.display(), skipped.reason);
        } else if input.verbose {
            eprintln!("skipped: {}: {}", skipped.path.display(), skipped.reason);
        }
    }
    for error in &report.errors {
        eprintln!("error: {error}");
    }
    Ok(report)
}

fn append(report: &mut LoadReport, part: LoadReport) {
    report.articles.extend(part.articles);
    report.errors.extend(part.errors);
    report.warnings.extend(part.warnings);
    report.skipped.extend(part.skipped);
    report.read.extend(part.read);
}

fn is_bad_input(skipped: &Skipped) -> bool {
    skipped.reason == SkipReason::Binary
}

/// Exit code 1 when some inputs could not be read, 0 otherwise.
fn input_status(report: &LoadReport) -> ExitCode {
    if report.errors.is_empty() && !report.skipped.iter().any(is_bad_input) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_SOME_INPUTS_FAILED)
    }
}

fn pipeline(ner_model: Option<&Path>) -> Result<Pipeline> {
    Ok(match ner_model {
        Some(path) => Pipeline::with_ner_model(path)?,
        None => Pipeline::new()?,
    })
}

fn extract(args: &ExtractArgs) -> Result<ExitCode> {
    let has = |f| args.formats.contains(&f);
    let options = recense::extract::ExtractOptions {
        out: args.out.clone(),
        threads: args.threads.map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), usize::from),
        formats: recense_aggregate::Formats {
            jsonl: has(OutputFormat::Jsonl),
            tables: recense_aggregate::table::TableFormats { csv: has(OutputFormat::Csv), parquet: has(OutputFormat::Parquet) },
        },
        lossy: args.lossy,
        max_article_bytes: args.max_article_bytes,
        incremental: args.incremental,
        quiet: args.quiet,
    };
    let report = recense::extract::run(|| pipeline(args.ner_model.as_deref()), &args.paths, &options)?;
    let s = &report.summary;
    eprintln!(
        "{} articles from {} inputs ({} skipped, {} with errors, see errors.jsonl): {} entities, {} quantities, {} facts ({} distinct) → {}",
        s.articles,
        report.inputs,
        report.skipped,
        report.errors,
        s.entities,
        s.quantities,
        s.facts,
        s.distinct_facts,
        args.out.display()
    );
    Ok(if report.errors == 0 { ExitCode::SUCCESS } else { ExitCode::from(EXIT_SOME_INPUTS_FAILED) })
}

fn annotate(args: &AnnotateArgs) -> Result<ExitCode> {
    let pipeline = pipeline(args.ner_model.as_deref())?;
    let report = load(&args.paths, &args.input)?;
    // Articles are analysed in parallel and written in input order.
    let (lines, failed) = analyse_all(&pipeline, &report.articles, |_, analysis| Ok(analysis.to_annotate_json()?.to_string()))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in &lines {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    eprintln!("{} articles annotated", lines.len());
    Ok(if failed > 0 { ExitCode::from(EXIT_SOME_INPUTS_FAILED) } else { input_status(&report) })
}

/// `each` over every article's analysis, in parallel, results in input
/// order. An article a stage failed on is named on stderr and left out;
/// the count of those is returned beside the results.
fn analyse_all<T: Send>(
    pipeline: &Pipeline,
    articles: &[Article],
    each: impl Fn(&Article, recense::Analysis) -> Result<T> + Sync,
) -> Result<(Vec<T>, usize)> {
    let results: Vec<Result<Result<T>, recense::AnalysisError>> =
        articles.par_iter().map(|article| pipeline.analyse(article).map(|analysis| each(article, analysis))).collect();
    let mut out = Vec::with_capacity(results.len());
    let mut failed = 0;
    for result in results {
        match result {
            Ok(item) => out.push(item?),
            Err(error) => {
                eprintln!("error: {error}");
                failed += 1;
            }
        }
    }
    Ok((out, failed))
}

fn report(args: &ReportArgs) -> Result<ExitCode> {
    let files = recense_report::write_report(&args.out, &ReportOptions { inline_text_limit: args.inline_text_limit })?;
    match &files.views {
        Some(views) => eprintln!(
            "{} articles → {} (article views in {})",
            files.articles,
            files.report.display(),
            views.display()
        ),
        None => eprintln!("{} articles → {}", files.articles, files.report.display()),
    }
    Ok(ExitCode::SUCCESS)
}

fn show(args: &ShowArgs) -> Result<ExitCode> {
    let pipeline = pipeline(args.ner_model.as_deref())?;
    let report = load(&args.paths, &args.input)?;
    let (views, failed) = analyse_all(&pipeline, &report.articles, |article, analysis| {
        let meta = ArticleMeta {
            id: article.id.clone(),
            title: article.title.clone(),
            date: article.date.map(|d| d.to_string()),
            url: article.url.clone(),
            source: article.source.as_ref().map(|p| p.display().to_string()),
        };
        Ok(ArticleView::from_record(String::new(), meta, &article.text, &analysis.to_record()))
    })?;
    let views: Vec<ArticleView> =
        views.into_iter().enumerate().map(|(i, view)| ArticleView { anchor: format!("a-{:05}", i + 1), ..view }).collect();
    let title = match &views[..] {
        [one] => one.title.clone().unwrap_or_else(|| one.id.clone()),
        many => format!("{} articles", many.len()),
    };
    let page = recense_report::article_page(&title, &views);
    match &args.out {
        Some(path) => std::fs::write(path, page).with_context(|| format!("cannot write {}", path.display()))?,
        None => print_out(&page)?,
    }
    Ok(if failed > 0 { ExitCode::from(EXIT_SOME_INPUTS_FAILED) } else { input_status(&report) })
}

fn tokenize(args: &TokenizeArgs) -> Result<ExitCode> {
    let report = load(&args.paths, &args.input)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut tokens, mut sentences) = (0, 0);
    for article in &report.articles {
        let text = &article.text;
        let article_tokens = recense_text::tokenize(text);
        let article_sentences = recense_text::split_sentences(text, &article_tokens);
        tokens += article_tokens.len();
        sentences += article_sentences.len();
        let line = json!({
            "doc": article.id,
            "source": article.source,
            "title": article.title,
            "date": article.date.map(|d| d.to_string()),
            "sentences": article_sentences.iter().map(|s| json!({
                "start": s.code_points.start,
                "end": s.code_points.end,
                "tokens": article_tokens[s.tokens.clone()].iter().map(|t| json!({
                    "text": t.text(text),
                    "start": t.cp_start,
                    "end": t.cp_end,
                    "kind": t.kind,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    let bad = report.skipped.iter().filter(|s| is_bad_input(s)).count();
    eprintln!(
        "{} articles, {} sentences, {} tokens; {} files skipped, {} bad inputs",
        report.articles.len(),
        sentences,
        tokens,
        report.skipped.len() - bad,
        report.errors.len() + bad
    );
    Ok(input_status(&report))
}

fn evaluate(args: &EvaluateArgs) -> Result<ExitCode> {
    if let Some(gold_path) = &args.gold {
        let gold = read_gold(gold_path)?;
        if gold.is_empty() {
            bail!("{}: no gold documents found", gold_path.display());
        }
        if let Some(dir) = &args.save_gold_texts {
            save_gold_texts(dir, &gold)?;
        }
        let pred = match &args.pred {
            Some(path) => read_predictions(path)?,
            None => {
                let mut pipeline = pipeline(args.ner_model.as_deref())?;
                if let Some(path) = &args.facts_model {
                    pipeline = pipeline.with_event_model(read_event_model(path)?);
                }
                let pred = run_pipeline_on_gold(&pipeline, &gold)?;
                if let Some(path) = &args.save_pred {
                    write_jsonl(path, &pred)?;
                }
                pred
            }
        };
        let report = score(&gold, &pred);
        print_out(&if args.json { serde_json::to_string_pretty(&report)? + "\n" } else { report.to_table() })?;
        return Ok(ExitCode::SUCCESS);
    }
    evaluate_suites(&args.suite, args.failures.as_deref(), args.json)
}

/// `DIR/<doc>.txt` for every gold document: the texts a peer system runs on.
fn save_gold_texts(dir: &Path, gold: &[GoldDoc]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for doc in gold {
        let id = &doc.record.doc;
        if id.is_empty() || id.contains(['/', '\\']) || id.starts_with('.') {
            bail!("gold document id {id:?} cannot be a file name");
        }
        let path = dir.join(format!("{id}.txt"));
        std::fs::write(&path, &doc.text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// Runs the pipeline over the gold texts, as a user's own articles would be.
/// Every gold document must be analysed for a score: a failure is fatal.
fn run_pipeline_on_gold(pipeline: &Pipeline, gold: &[GoldDoc]) -> Result<Vec<DocRecord>, recense::AnalysisError> {
    gold.par_iter()
        .map(|doc| {
            let article = Article {
                id: doc.record.doc.clone(),
                source: None,
                format: Format::Txt,
                title: None,
                date: gold_date(doc),
                url: None,
                text: doc.text.clone(),
            };
            Ok(pipeline.analyse(&article)?.to_record())
        })
        .collect()
}

fn gold_date(doc: &GoldDoc) -> Option<chrono::NaiveDate> {
    recense_text::parse_iso_date(doc.record.date.as_deref()?)
}

fn evaluate_suites(paths: &[PathBuf], failures: Option<&Path>, as_json: bool) -> Result<ExitCode> {
    let suites = recense_eval::suite::read_suites(paths)?;
    let numbers = recense_numbers::Recognizer::new();
    // a reference with a clock time reads "dans 33 minutes" as a moment
    let extract = |text: &str, reference: Option<&str>| numbers.extract_as_of(text, reference).iter().map(|q| recense::quantity_record(text, q)).collect();
    let report = recense_eval::suite::score_suites(&suites, &extract);
    if let Some(path) = failures {
        write_jsonl(path, report.failures())?;
    }
    print_out(&if as_json { serde_json::to_string_pretty(&report)? + "\n" } else { report.to_table() })?;
    Ok(ExitCode::SUCCESS)
}

fn train_ner(args: &TrainNerArgs) -> Result<ExitCode> {
    let mut train_docs = Vec::new();
    for path in &args.train {
        train_docs.extend(training_docs(path)?);
    }
    let dev_docs = match &args.dev {
        Some(path) => training_docs(path)?,
        None => Vec::new(),
    };
    let clusters = args
        .vectors
        .as_deref()
        .map(|dir| recense_ner::clusters::WordClusters::from_vectors_dir(dir).with_context(|| format!("{}: bad vectors", dir.display())))
        .transpose()?;
    eprintln!("training on {} documents, {} dev documents, vectors: {}", train_docs.len(), dev_docs.len(), clusters.is_some());
    let config = TrainConfig { epochs: args.epochs, seed: args.seed, clusters, two_pass: !args.one_pass };
    let started = std::time::Instant::now();
    let tagger = train(&train_docs, &dev_docs, config, |report| {
        let dev = report
            .dev
            .map(|s| format!("dev P {:.4} R {:.4} F1 {:.4}", s.precision, s.recall, s.f1))
            .unwrap_or_default();
        eprintln!(
            "pass {} epoch {:>2}: {:.1} % training sentences right; {dev} ({:.0} s)",
            report.pass,
            report.epoch,
            100.0 * report.sentences_right,
            started.elapsed().as_secs_f64()
        );
    });
    tagger.save(&args.out).with_context(|| format!("{}: cannot write the model", args.out.display()))?;
    let size = std::fs::metadata(&args.out)?.len();
    eprintln!("wrote {} ({} features, {:.1} MB)", args.out.display(), tagger.feature_count(), size as f64 / 1e6);
    Ok(ExitCode::SUCCESS)
}

fn train_facts(args: &TrainFactsArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::new()?.with_event_model(recense_facts::EventModel::empty());
    let examples_of = |docs: &[GoldDoc]| -> Result<Vec<recense_facts::TrainingExample>, recense::AnalysisError> {
        let per_doc = docs.par_iter().map(|doc| pipeline.event_examples(doc, gold_date(doc))).collect::<Result<Vec<_>, _>>()?;
        Ok(per_doc.concat())
    };
    let mut train_docs = Vec::new();
    for path in &args.gold {
        train_docs.extend(read_gold(path)?);
    }
    let examples = examples_of(&train_docs)?;
    eprintln!("training on {} examples from {} documents", examples.len(), train_docs.len());
    let model = recense_facts::EventModel::train_from(recense_facts::rules_prior(), &examples, args.epochs, args.seed);
    let rules = recense_facts::rules_prior();
    let accuracy = |model: &recense_facts::EventModel, examples: &[recense_facts::TrainingExample]| {
        let right = examples.iter().filter(|e| model.predict(&e.features) == Some(e.event)).count();
        right as f64 / examples.len().max(1) as f64
    };
    eprintln!("event accuracy on the training examples: {:.3} (cue rules alone {:.3})", accuracy(&model, &examples), accuracy(&rules, &examples));
    if let Some(dev) = &args.dev {
        let dev_examples = examples_of(&read_gold(dev)?)?;
        eprintln!(
            "event accuracy on {} dev examples: {:.3} (cue rules alone {:.3})",
            dev_examples.len(),
            accuracy(&model, &dev_examples),
            accuracy(&rules, &dev_examples)
        );
    }
    // written beside, then renamed: a killed run leaves no model that looks complete
    let partial = args.out.with_extension("partial");
    std::fs::write(&partial, model.to_bytes()).with_context(|| format!("{}: cannot write the model", partial.display()))?;
    std::fs::rename(&partial, &args.out).with_context(|| format!("{}: cannot write the model", args.out.display()))?;
    eprintln!("wrote {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}

fn read_event_model(path: &Path) -> Result<recense_facts::EventModel> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    recense_facts::EventModel::from_bytes(&bytes).with_context(|| format!("{}: not an event model", path.display()))
}

fn training_docs(path: &Path) -> Result<Vec<TrainingDoc>> {
    Ok(recense::training_docs(read_gold(path)?))
}

fn write_jsonl<T: serde::Serialize>(path: &Path, items: impl IntoIterator<Item = T>) -> Result<()> {
    let file = File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
    let mut out = BufWriter::new(file);
    for item in items {
        serde_json::to_writer(&mut out, &item)?;
        out.write_all(b"\n")?;
    }
    out.flush().with_context(|| format!("{}: cannot write", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_set_is_the_purge_delay() {
        // mimalloc v3's default purge delay is 1000 ms, which no other option
        // has: a shifted enum (another mimalloc) would read another value
        // (this test reads the default: run it without MIMALLOC_PURGE_DELAY)
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
        return_freed_memory_promptly();
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) }, 50);
    }
}
