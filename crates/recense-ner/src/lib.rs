//! French named-entity recognition for recense.
//!
//! [`EntityTagger`] is what the pipeline sees: a tokenised document in,
//! entities with offsets out. [`PerceptronTagger`] is the statistical backend
//! recense trains itself ([`train`]); other backends implement the same trait,
//! so swapping one for another touches no consumer. With the `transformer`
//! feature, `TransformerTagger` runs a Hugging Face token-classification
//! checkpoint (CamemBERT, XLM-R, BERT) with candle.

pub mod clusters;
mod consistency;
mod dense;
mod features;
mod frozen;
mod gazetteer;
pub mod label;
mod perceptron;
mod recent;
pub mod rules;
pub mod train;
#[cfg(feature = "transformer")]
pub mod transformer;

use std::fs;
use std::io::{self, Read, Write};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use flate2::read::GzDecoder;
use recense_text::{Sentence, Token};

use crate::clusters::WordClusters;
use crate::frozen::ModelBytes;
use crate::features::{DocContext, FeatureExtractor};
use crate::gazetteer::Gazetteer;
pub use crate::label::Label;
use crate::label::{spans, Tag};
use crate::perceptron::Weights;
#[cfg(feature = "transformer")]
pub use crate::transformer::{TransformerOptions, TransformerTagger};

/// A named entity, with byte offsets (for slicing) and code-point offsets
/// (for output, as the annotation contract wants).
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub cp_start: usize,
    pub cp_end: usize,
    pub label: Label,
    /// How sure the backend is, in [0, 1]: for the perceptron, the smallest
    /// marginal probability of the entity's tags (see `CONFIDENCE_TEMPERATURE`);
    /// `None` where a backend or a rule gives none.
    pub confidence: Option<f32>,
}

/// What every NER backend does.
pub trait EntityTagger: Send + Sync {
    /// The entities of a document, given its tokens and sentences from
    /// recense-text, sorted by offset and never overlapping; an error when
    /// the backend itself fails on it (a model run out of memory, a tensor
    /// error), so that the caller reports that document and goes on.
    fn entities(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Result<Vec<Entity>, TaggerError>;
}

/// A NER backend that failed on a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggerError {
    pub message: String,
}

impl std::fmt::Display for TaggerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TaggerError {}

/// The averaged-perceptron tagger: hashed lexical, shape, affix, name-list
/// and word-cluster features plus dense word vectors, BIO Viterbi decoding,
/// in two passes: the second sees what the first found across the article.
pub struct PerceptronTagger {
    clusters: Option<Arc<WordClusters>>,
    gazetteer: Arc<Gazetteer>,
    first: Weights,
    second: Option<Weights>,
    /// Whether the features of a token's vector row are folded into the
    /// dense tables ([`PerceptronTagger::fold_row_features`]).
    rows_folded: bool,
}

/// Models written before the v2 layout: one gzip stream, parsed into maps.
const MAGIC_V1: &[u8] = b"recense-ner perceptron v1\n";
/// The v2 layout: uncompressed, its tables used in place (see `frozen`), so
/// that a model loads in milliseconds and costs no memory beyond its bytes.
const MAGIC_V2: &[u8] = b"recense-ner perceptron v2\n";
/// The v2 layout with the row features folded into the dense tables.
const MAGIC_V3: &[u8] = b"recense-ner perceptron v3\n";

impl PerceptronTagger {
    /// Reads a model written by [`PerceptronTagger::save`] (v2) or by an
    /// earlier recense (v1).
    pub fn load(path: &Path) -> io::Result<PerceptronTagger> {
        let bytes = fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        Self::from_model_bytes(ModelBytes::Shared(bytes.into())).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
    }

    /// A model built into the binary: a v2 model is used where it lies.
    pub fn from_static(bytes: &'static [u8]) -> io::Result<PerceptronTagger> {
        Self::from_model_bytes(ModelBytes::Static(bytes))
    }

    fn from_model_bytes(bytes: ModelBytes) -> io::Result<PerceptronTagger> {
        if bytes.starts_with(MAGIC_V2) || bytes.starts_with(MAGIC_V3) {
            return Self::read_v2(&bytes, bytes.starts_with(MAGIC_V3));
        }
        let body = bytes
            .strip_prefix(MAGIC_V1)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "not a recense NER model (bad header)"))?;
        let mut input = io::BufReader::new(GzDecoder::new(body));
        let mut has_clusters = [0u8];
        input.read_exact(&mut has_clusters)?;
        let clusters = match has_clusters[0] {
            0 => None,
            _ => Some(Arc::new(WordClusters::read(&mut input)?)),
        };
        let gazetteer = Arc::new(Gazetteer::read(&mut input)?);
        let first = Weights::read(&mut input)?;
        let mut has_second = [0u8];
        input.read_exact(&mut has_second)?;
        let second = if has_second[0] == 1 { Some(Weights::read(&mut input)?) } else { None };
        Ok(PerceptronTagger { clusters, gazetteer, first, second, rows_folded: false })
    }

    /// Reads the v2 layout, or the v3 one when `rows_folded`.
    fn read_v2(bytes: &ModelBytes, rows_folded: bool) -> io::Result<PerceptronTagger> {
        let flag = |at: usize| bytes.get(at).copied().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "a model cut short"));
        let mut at = MAGIC_V2.len() + 1;
        let clusters = match flag(at - 1)? {
            0 => None,
            _ => Some(Arc::new(WordClusters::read_frozen(bytes, &mut at)?)),
        };
        let gazetteer = Arc::new(Gazetteer::read_frozen(bytes, &mut at)?);
        let first = Weights::locate(bytes, &mut at)?;
        at += 1;
        let second = if flag(at - 1)? == 1 { Some(Weights::locate(bytes, &mut at)?) } else { None };
        if at != bytes.len() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "bytes after the model's end"));
        }
        // the two passes' rows are copied out on both cores: most of start-up
        let (first, second) = std::thread::scope(|scope| {
            let second = second.map(|w| scope.spawn(|| w.thaw()));
            let first = first.thaw();
            (first, second.map(|thread| thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))))
        });
        let (first, second) = (first?, second.transpose()?);
        Ok(PerceptronTagger { clusters, gazetteer, first, second, rows_folded })
    }

    /// Writes the model in the v3 layout once its row features are folded,
    /// else in the v2 one.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        let mut out = io::BufWriter::new(fs::File::create(path)?);
        out.write_all(if self.rows_folded { MAGIC_V3 } else { MAGIC_V2 })?;
        match &self.clusters {
            Some(c) => {
                out.write_all(&[1])?;
                c.write(&mut out)?;
            }
            None => out.write_all(&[0])?,
        }
        self.gazetteer.write(&mut out)?;
        self.first.write(&mut out)?;
        match &self.second {
            Some(second) => {
                out.write_all(&[1])?;
                second.write(&mut out)?;
            }
            None => out.write_all(&[0])?,
        }
        out.flush()
    }

    /// Folds into each pass's dense table the weights of the features that
    /// depend on a vector row alone (a third of a token's features): the
    /// same scores, one lookup per window position instead of four.
    pub fn fold_row_features(&mut self) {
        if let Some(clusters) = &self.clusters {
            let features_of = |position, row| features::row_features(clusters, position, row).to_vec();
            self.first.fold_row_features(clusters.row_count(), features_of);
            if let Some(second) = &mut self.second {
                second.fold_row_features(clusters.row_count(), features_of);
            }
        }
        self.rows_folded = true;
    }

    /// Features with non-zero weights, over both passes.
    pub fn feature_count(&self) -> usize {
        self.first.feature_count() + self.second.as_ref().map_or(0, Weights::feature_count)
    }

    /// BIO tags for each sentence of a document, given as words.
    pub fn tag_words(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        self.tag_words_scored(sentences).into_iter().map(|tags| tags.into_iter().map(|(tag, _)| tag).collect()).collect()
    }

    /// Like `tag_words`, each tag with its marginal probability from the
    /// last pass.
    fn tag_words_scored(&self, sentences: &[Vec<&str>]) -> Vec<Vec<(Tag, f32)>> {
        let mut extractor = FeatureExtractor::new(self.clusters.as_deref(), Some(&self.gazetteer));
        if self.rows_folded {
            extractor = extractor.with_rows_folded();
        }
        let doc = DocContext::new(sentences.iter().map(|s| &s[..]));
        // Features are extracted once; the second pass only adds its own.
        let mut features: Vec<(Vec<Vec<u64>>, Vec<Option<u16>>)> = sentences
            .iter()
            .map(|words| {
                let mut f = Vec::new();
                let rows = extractor.sentence(words, &doc, &mut f);
                (f, rows)
            })
            .collect();
        let Some(second) = &self.second else {
            return features.iter().map(|(f, rows)| self.first.decode_with_marginals(f, rows, CONFIDENCE_TEMPERATURE)).collect();
        };
        let first: Vec<Vec<Tag>> = features.iter().map(|(f, rows)| self.first.decode(f, rows)).collect();
        let doc = doc.with_first_pass(sentences, first);
        features
            .iter_mut()
            .enumerate()
            .map(|(index, (f, rows))| {
                extractor.add_first_pass(&sentences[index], index, &doc, f);
                second.decode_with_marginals(f, rows, CONFIDENCE_TEMPERATURE)
            })
            .collect()
    }
}

/// The perceptron's scores are divided by this before they are read as a
/// log-linear model for entity confidences (its raw margins are far too
/// sure of themselves). Chosen on WiNER dev with a model trained on WiNER
/// train only (the shipped model also trains on dev): expected calibration
/// error 0.019 there, against 0.130 undivided and 0.037–0.103 at 24–40;
/// see models/ner-fr.md.
const CONFIDENCE_TEMPERATURE: f32 = 28.0;

/// Sentences longer than this many tokens are tagged in pieces, and
/// documents longer than [`MAX_SEGMENTS`] pieces in parts (each its own
/// "article" for the second pass), so that a 100 MB file without
/// punctuation costs memory in proportion to a part, not to the file.
const MAX_SEGMENT_TOKENS: usize = 256;
const MAX_SEGMENTS: usize = 2048;

impl EntityTagger for PerceptronTagger {
    fn entities(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Result<Vec<Entity>, TaggerError> {
        Ok(self.tag(text, tokens, sentences))
    }
}

impl PerceptronTagger {
    /// The entities of a document: this backend cannot fail.
    pub fn tag(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Entity> {
        let segments: Vec<Range<usize>> = sentences
            .iter()
            .flat_map(|s| {
                let r = s.tokens.clone();
                (r.start..r.end).step_by(MAX_SEGMENT_TOKENS).map(move |a| a..(a + MAX_SEGMENT_TOKENS).min(r.end))
            })
            .collect();
        let mut out = Vec::new();
        for part in segments.chunks(MAX_SEGMENTS) {
            let words: Vec<Vec<&str>> =
                part.iter().map(|r| tokens[r.clone()].iter().map(|t| t.text(text)).collect()).collect();
            // the tags as decoded feed training's jackknifed first pass; the
            // article-level reading is for the entities given out only
            let mut tagged = self.tag_words_scored(&words);
            consistency::fill_missed_mentions(&words, &mut tagged);
            for (segment, scored) in part.iter().zip(tagged) {
                let segment_tokens = &tokens[segment.clone()];
                let tags: Vec<Tag> = scored.iter().map(|(tag, _)| *tag).collect();
                for (first, end, label) in spans(&tags) {
                    let (a, b) = (&segment_tokens[first], &segment_tokens[end - 1]);
                    let confidence = scored[first..end].iter().map(|(_, p)| *p).fold(1.0, f32::min);
                    out.push(Entity { start: a.start, end: b.end, cp_start: a.cp_start, cp_end: b.cp_end, label, confidence: Some(confidence) });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model with no features tags nothing, but must get through any input.
    fn empty_model() -> PerceptronTagger {
        PerceptronTagger { clusters: None, gazetteer: Arc::new(Gazetteer::default()), first: Weights::default(), second: Some(Weights::default()), rows_folded: false }
    }

    #[test]
    fn huge_sentences_and_documents_are_tagged_in_parts() {
        let text = "mot ".repeat(3 * MAX_SEGMENT_TOKENS * MAX_SEGMENTS / 2);
        let tokens = recense_text::tokenize(&text);
        let sentences = recense_text::split_sentences(&text, &tokens);
        assert_eq!(sentences.len(), 1, "one sentence with no punctuation");
        assert!(empty_model().tag(&text, &tokens, &sentences).is_empty());
    }
}

/// Which backend reads a NER model, and from where. `--ner-model` says it
/// explicitly with `perceptron:FILE` or `transformer:FOLDER`; a bare path is
/// read by its kind on disk (a file is a perceptron model from `train-ner`,
/// a folder a Hugging Face checkpoint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NerModelSpec {
    Perceptron(std::path::PathBuf),
    Transformer(std::path::PathBuf),
}

impl NerModelSpec {
    pub fn parse(arg: &Path) -> NerModelSpec {
        let text = arg.to_string_lossy();
        if let Some(path) = text.strip_prefix("perceptron:") {
            NerModelSpec::Perceptron(path.into())
        } else if let Some(path) = text.strip_prefix("transformer:") {
            NerModelSpec::Transformer(path.into())
        } else if arg.is_dir() {
            NerModelSpec::Transformer(arg.into())
        } else {
            NerModelSpec::Perceptron(arg.into())
        }
    }

    /// The tagger of this model; errors name the path and what was expected.
    pub fn load(&self) -> io::Result<Box<dyn EntityTagger>> {
        match self {
            NerModelSpec::Perceptron(path) if path.is_dir() => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{}: a folder, but a perceptron model is a file from train-ner (a checkpoint folder is transformer:FOLDER)", path.display()),
            )),
            NerModelSpec::Perceptron(path) => Ok(Box::new(PerceptronTagger::load(path)?)),
            #[cfg(feature = "transformer")]
            NerModelSpec::Transformer(path) => Ok(Box::new(TransformerTagger::load(path)?)),
            #[cfg(not(feature = "transformer"))]
            NerModelSpec::Transformer(path) => Err(io::Error::new(
                io::ErrorKind::Unsupported,
                format!(
                    "{}: a transformer checkpoint, and this recense was built without the transformer backend: build it with `cargo build --release --features transformer`",
                    path.display()
                ),
            )),
        }
    }
}

#[cfg(test)]
mod model_spec_tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_kind_prefix_chooses_the_backend_and_a_bare_path_is_read_by_its_kind() {
        let dir = std::env::temp_dir();
        assert_eq!(NerModelSpec::parse(Path::new("perceptron:m.bin")), NerModelSpec::Perceptron(PathBuf::from("m.bin")));
        assert_eq!(NerModelSpec::parse(Path::new("transformer:ckpt")), NerModelSpec::Transformer(PathBuf::from("ckpt")));
        assert_eq!(NerModelSpec::parse(&dir), NerModelSpec::Transformer(dir.clone()));
        assert_eq!(NerModelSpec::parse(Path::new("no-such.bin")), NerModelSpec::Perceptron(PathBuf::from("no-such.bin")));
        let refused = NerModelSpec::Perceptron(dir.clone()).load().err().unwrap().to_string();
        assert!(refused.contains("a perceptron model is a file"), "{refused}");
    }
}
