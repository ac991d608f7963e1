//! recense: French news articles to named entities, quantities and numeric facts.
//!
//! The [`Pipeline`] is the one place where the stages meet. Each stage lives in
//! its own crate under `crates/` and knows nothing of the others; this facade
//! runs them in order and turns their results into the annotation contract's
//! records (`recense_eval::record`), which every output and gold file shares.

use std::collections::HashSet;
use std::io;
use std::path::Path;

use recense_contract::record::{self, DocRecord, EntityRecord, FactRecord, QuantityRecord, SpanRef};
use recense_aggregate::ArticleResult;
use recense_eval::read::GoldDoc;
use recense_facts::{EventModel, Fact, FactFinder, Place, TrainingExample};
use recense_ner::{Entity, EntityTagger, Label, NerModelSpec, PerceptronTagger, TaggerError};
use recense_numbers::{Kind, Quantity, Recognizer, Value};
use recense_text::{Article, Sentence, Token};
pub mod extract;

pub use recense_contract::{sha256_hex, text_sha256};

/// Where the shipped NER model lives in the repository.
pub const SHIPPED_NER_MODEL: &str = "models/ner-fr.bin";

/// The shipped NER model, built into the binary so that it is found wherever
/// the binary runs, with its SHA-256 (both from build.rs).
#[cfg(shipped_ner_model)]
static EMBEDDED_NER_MODEL: Option<(&[u8], &str)> = Some((include_bytes!("../models/ner-fr.bin"), env!("RECENSE_SHIPPED_NER_SHA256")));
#[cfg(not(shipped_ner_model))]
static EMBEDDED_NER_MODEL: Option<(&[u8], &str)> = None;

/// Everything the pipeline found in one article.
pub struct Analysis<'a> {
    pub article: &'a Article,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub quantities: Vec<Quantity>,
    /// What the counts and amounts measure; `quantity` indexes `quantities`,
    /// `location.place` indexes `places`.
    pub facts: Vec<Fact>,
    /// The places the facts stage was given (from the entities).
    pub places: Vec<Place>,
}

/// What steps 1–5 of the pipeline found, the facts stage's input.
struct Found {
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    entities: Vec<Entity>,
    quantities: Vec<Quantity>,
    places: Vec<Place>,
}

/// Runs the stages over articles. Build it once and share it across threads:
/// it holds the models the stages load.
pub struct Pipeline {
    ner: Box<dyn EntityTagger>,
    ner_model: NerModelName,
    numbers: Recognizer,
    facts: FactFinder,
}

/// Which NER model runs. The built-in one is named by its SHA-256,
/// computed when recense was built.
enum NerModelName {
    BuiltIn { sha256: &'static str },
    Path(String),
    /// A tagger given by the caller (`Pipeline::with_tagger`).
    Custom,
}

/// An article the pipeline could not analyse because a stage failed on it
/// (today only a NER backend can): the caller reports it and goes on.
#[derive(Debug, Clone)]
pub struct AnalysisError {
    pub article: String,
    pub message: String,
}

impl std::fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "article {}: {}", self.article, self.message)
    }
}

impl std::error::Error for AnalysisError {}

impl Pipeline {
    /// The pipeline with the shipped models.
    pub fn new() -> io::Result<Pipeline> {
        let (bytes, sha256) = EMBEDDED_NER_MODEL.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("{SHIPPED_NER_MODEL} was missing when recense was built: train it (see README) or pass --ner-model"),
            )
        })?;
        // the NER model parses on this thread while the other stages load
        // on another: start-up is the longer of the two, not their sum
        let (ner, (numbers, facts)) = std::thread::scope(|scope| {
            let others = scope.spawn(|| (Recognizer::new(), FactFinder::new()));
            let ner = PerceptronTagger::from_static(bytes);
            (ner, others.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        let ner = ner.map_err(|e| io::Error::new(e.kind(), format!("the NER model built in from {SHIPPED_NER_MODEL}: {e}")))?;
        Ok(Pipeline { ner: Box::new(ner), ner_model: NerModelName::BuiltIn { sha256 }, numbers, facts })
    }

    /// The pipeline with the NER model at `path` instead of the shipped one:
    /// a model file, or a Hugging Face token-classification checkpoint folder
    /// (feature `transformer`).
    pub fn with_ner_model(path: &Path) -> io::Result<Pipeline> {
        let name = NerModelName::Path(path.display().to_string());
        Ok(Pipeline { ner: NerModelSpec::parse(path).load()?, ner_model: name, numbers: Recognizer::new(), facts: FactFinder::new() })
    }

    /// The same pipeline with another NER backend: any [`EntityTagger`].
    pub fn with_tagger(mut self, tagger: Box<dyn EntityTagger>) -> Pipeline {
        self.ner = tagger;
        self.ner_model = NerModelName::Custom;
        self
    }

    /// The same pipeline with another event model for the facts stage (a
    /// file from `recense train-facts`).
    pub fn with_event_model(mut self, model: EventModel) -> Pipeline {
        self.facts = FactFinder::with_model(model);
        self
    }

    /// Which NER model runs, for manifests: the built-in one with its
    /// SHA-256, or the path given.
    pub fn ner_model(&self) -> String {
        match &self.ner_model {
            NerModelName::BuiltIn { sha256 } => format!("{SHIPPED_NER_MODEL} (built in, sha256 {sha256})"),
            NerModelName::Path(path) => path.clone(),
            NerModelName::Custom => "a tagger given by the caller".to_string(),
        }
    }

    /// Analyses one article, one stage after the other.
    pub fn analyse<'a>(&self, article: &'a Article) -> Result<Analysis<'a>, AnalysisError> {
        let Found { tokens, sentences, entities, quantities, places } = self
            .before_facts(&article.text, article.date)
            .map_err(|e| AnalysisError { article: article.id.clone(), message: e.message })?;
        // 6. Numeric facts: what each count or amount measures, where and when.
        let facts = self.facts.facts(&article.text, &tokens, &sentences, &quantities, &places, article.date);
        Ok(Analysis { article, tokens, sentences, entities, quantities, facts, places })
    }

    /// Steps 1–5 of [`Pipeline::analyse`]: what the facts stage reads.
    fn before_facts(&self, text: &str, date: Option<chrono::NaiveDate>) -> Result<Found, TaggerError> {
        // 1. Words, with byte and code-point offsets into the article text.
        let tokens = recense_text::tokenize(text);
        // 2. Sentences, which never cross a paragraph break.
        let sentences = recense_text::split_sentences(text, &tokens);
        // 3. Named entities, from whichever backend, then the contract's label
        //    and span rules (countries are places, named operations are
        //    events, a region keeps its compass qualifier).
        let mut entities = self.ner.entities(text, &tokens, &sentences)?;
        recense_ner::rules::relabel(text, &tokens, &mut entities);
        recense_ner::rules::widen_places(text, &mut entities);
        // 4. Quantities, dates resolved against the article's date.
        let mut quantities = self.numbers.extract_tokens(text, &tokens, &sentences, date);
        //    A count inside a name is part of it ("la Revue des deux Mondes").
        let names: Vec<(usize, usize)> = entities.iter().map(|e| (e.start, e.end)).collect();
        Recognizer::outside_names(&mut quantities, &names);
        // 5. Places: the LOC entities, entities of another label the place
        //    gazetteer knows as a country, a subdivision or a large city
        //    ("Fukushima" tagged PER; not "Google", "Barça", "Libération",
        //    which small towns share) or after a place preposition ("aux
        //    Deux Alpes"), names the tagger missed after one ("à Morlaix"),
        //    a country ending an organisation's name ("la loi du Qatar").
        let places = self.places(text, &tokens, &entities, &quantities);
        Ok(Found { tokens, sentences, entities, quantities, places })
    }

    fn places(&self, text: &str, tokens: &[Token], entities: &[Entity], quantities: &[Quantity]) -> Vec<Place> {
        // the last names of the article's people: "Hollande" after "François
        // Hollande" is the man, not the Dutch province
        let surnames: HashSet<&str> = entities
            .iter()
            .filter(|e| e.label == Label::Per)
            .filter_map(|e| text[e.start..e.end].rsplit_once(' ').map(|(_, last)| last))
            .collect();
        let mut places: Vec<Place> = (0..entities.len())
            .filter(|&i| entities[i].label == Label::Loc || self.named_as_a_place(text, tokens, entities, quantities, i, &surnames))
            .map(|i| &entities[i])
            .map(|e| Place { start: e.start, end: e.end, cp_start: e.cp_start, cp_end: e.cp_end })
            .collect();
        let taken: Vec<Place> = entities.iter().map(|e| Place { start: e.start, end: e.end, cp_start: e.cp_start, cp_end: e.cp_end }).collect();
        places.extend(recense_facts::places_the_entities_missed(text, tokens, &taken));
        let other_names: Vec<(usize, usize)> = entities.iter().filter(|e| matches!(e.label, Label::Org)).map(|e| (e.start, e.end)).collect();
        places.extend(recense_facts::countries_ending_names(text, tokens, &other_names));
        places.sort_by_key(|p| p.start);
        places
    }

    /// Whether entity `i`, which the tagger gave another label than LOC, is
    /// a place: a name the gazetteer knows, as a large place ("Fukushima"
    /// tagged PER; an event's name is none: "les coureurs du Tour") or
    /// after a place preposition ("aux Deux Alpes"), unless the article
    /// makes it a person: the last name of one it names, a name given an
    /// age ("Charlotte, 18 ans"), or coordinated with a person ("ses
    /// enfants, Sébastien et Charlotte").
    fn named_as_a_place(&self, text: &str, tokens: &[Token], entities: &[Entity], quantities: &[Quantity], i: usize, surnames: &HashSet<&str>) -> bool {
        let gazetteer = self.facts.gazetteer();
        let e = &entities[i];
        let name = &text[e.start..e.end];
        let placed = || (e.label != Label::Event && gazetteer.is_large_place(name)) || recense_facts::after_a_place_preposition(text, tokens, e.start);
        let beside_a_person = |j: usize| {
            let (a, b) = if j < i { (&entities[j], e) } else { (e, &entities[j]) };
            entities[j].label == Label::Per && matches!(text.get(a.end..b.start).map(str::trim), Some("et" | "ou"))
        };
        // "leurs deux enfants Charlotte, 18 ans": an age set beside the name
        let aged = || {
            let next = quantities.get(quantities.partition_point(|q| q.start < e.end));
            next.is_some_and(|q| q.kind == Kind::Age && text.get(e.end..q.start).is_some_and(|gap| gap.trim_matches([',', '(', ' ']).is_empty()))
        };
        let a_person = || surnames.contains(name) || aged() || i.checked_sub(1).is_some_and(beside_a_person) || (i + 1 < entities.len() && beside_a_person(i + 1));
        gazetteer.lookup(name).is_some() && placed() && !a_person()
    }

    /// Training examples for the event model from one gold article: every
    /// candidate the facts stage sees whose quantity a gold fact points at
    /// (spans overlapping, values equal), labelled with that fact's event.
    pub fn event_examples(&self, gold: &GoldDoc, date: Option<chrono::NaiveDate>) -> Result<Vec<TrainingExample>, AnalysisError> {
        let text = &gold.text;
        let Found { tokens, sentences, quantities, places, .. } = self
            .before_facts(text, date)
            .map_err(|e| AnalysisError { article: gold.record.doc.clone(), message: e.message })?;
        let gold_facts = gold.record.facts.as_deref().unwrap_or_default();
        let examples = self
            .facts
            .examples(text, &tokens, &sentences, &quantities, &places)
            .into_iter()
            .filter_map(|(qi, features)| {
                let q = &quantities[qi];
                let value = contract_value(&q.value);
                let fact = gold_facts.iter().find(|f| {
                    f.quantity.start < q.cp_end && q.cp_start < f.quantity.end && recense_eval::values_equal(&f.value, &value)
                })?;
                Some(TrainingExample { features, event: recense_facts::Event::parse(&fact.event)? })
            })
            .collect();
        Ok(examples)
    }
}

impl Analysis<'_> {
    /// The article's annotations in the contract's format: entities,
    /// quantities and facts, with code-point offsets.
    pub fn to_record(&self) -> DocRecord {
        let text = &self.article.text;
        DocRecord {
            doc: self.article.id.clone(),
            date: self.article.date.map(|d| d.to_string()),
            text_sha256: Some(text_sha256(text)),
            entities: Some(
                self.entities
                    .iter()
                    .map(|e| EntityRecord {
                        start: e.cp_start,
                        end: e.cp_end,
                        label: e.label.to_string(),
                        text: text[e.start..e.end].to_string(),
                        optional: false,
                        confidence: e.confidence.map(|c| (f64::from(c) * 1000.0).round() / 1000.0),
                    })
                    .collect(),
            ),
            quantities: Some(self.quantities.iter().map(|q| quantity_record(text, q)).collect()),
            facts: Some(self.facts.iter().map(|f| fact_record(&self.quantities, f)).collect()),
            ..DocRecord::default()
        }
    }

    /// The line `recense annotate` prints (and the Python `analyse` returns):
    /// the record, with the article's date, source path and title.
    pub fn to_annotate_json(&self) -> serde_json::Result<serde_json::Value> {
        let mut record = serde_json::to_value(self.to_record())?;
        record["date"] = serde_json::json!(self.article.date.map(|d| d.to_string()));
        record["source"] = serde_json::json!(self.article.source);
        record["title"] = serde_json::json!(self.article.title);
        Ok(record)
    }

    /// The article's result for the corpus tables (`recense-aggregate`):
    /// its record with the article's metadata and sentence spans; `source`
    /// as the caller names the input.
    pub fn to_result(&self, source: Option<String>) -> ArticleResult {
        let article = self.article;
        ArticleResult {
            id: article.id.clone(),
            source,
            title: article.title.clone(),
            url: article.url.clone(),
            date: article.date,
            text: article.text.clone(),
            sentences: self.sentences.iter().map(|s| s.code_points.clone()).collect(),
            tokens: self.tokens.len(),
            bytes: article.text.len(),
            record: self.to_record(),
        }
    }
}

/// A quantity in the contract's format.
pub fn quantity_record(text: &str, q: &Quantity) -> QuantityRecord {
    QuantityRecord {
        start: q.cp_start,
        end: q.cp_end,
        text: text[q.start..q.end].to_string(),
        kind: q.kind.as_str().to_string(),
        value: contract_value(&q.value),
        value_max: q.value_max.as_ref().map(contract_value),
        unit: q.unit.clone(),
        approx: Some(q.approx.as_str().to_string()),
        optional: false,
    }
}

/// A fact in the contract's format; value and unit are its quantity's
/// (`quantities` are the article's, which the fact indexes).
pub fn fact_record(quantities: &[Quantity], f: &Fact) -> FactRecord {
    let q = &quantities[f.quantity];
    let span = |q: &Quantity| SpanRef { start: q.cp_start, end: q.cp_end };
    FactRecord {
        event: f.event.as_str().to_string(),
        value: contract_value(&q.value),
        unit: q.unit.clone(),
        location: f.location.as_ref().map(|l| l.name.clone()),
        country: f.country.clone(),
        date: f.date.clone(),
        quantity: span(q),
        optional: false,
        confidence: f.confidence.map(|c| (f64::from(c) * 1000.0).round() / 1000.0),
        part_of: f.part_of.map(|p| span(&quantities[p])),
    }
}

/// A recogniser value as the contract's (written "2571", not "2571.0"; see `record::Value`).
fn contract_value(value: &Value) -> record::Value {
    match value {
        Value::Number(n) if n.is_finite() => record::Value::Number(*n),
        Value::Number(_) => record::Value::Null,
        Value::Text(s) => record::Value::Text(s.clone()),
    }
}

/// Gold documents with an entity layer as NER training documents (the
/// others are left out); labels outside the contract's
/// (spaCy's MISC, say) are dropped.
pub fn training_docs(gold: Vec<recense_eval::read::GoldDoc>) -> Vec<recense_ner::train::TrainingDoc> {
    gold.into_iter()
        .filter_map(|doc| {
            // a document without an entity layer is not a document without names
            let entities = doc.record.entities?;
            Some(recense_ner::train::TrainingDoc {
                id: doc.record.doc,
                entities: entities.iter().filter_map(|e| Some((e.start, e.end, Label::parse(&e.label)?))).collect(),
                text: doc.text,
            })
        })
        .collect()
}
