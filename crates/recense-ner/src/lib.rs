//! French named-entity recognition for recense.
//!
//! [`EntityTagger`] is what the pipeline sees: a tokenised document in,
//! entities with offsets out. [`PerceptronTagger`] is the statistical backend
//! recense trains itself ([`train`]); other backends implement the same trait,
//! so swapping one for another touches no consumer.

pub mod clusters;
mod dense;
mod features;
mod gazetteer;
pub mod label;
mod perceptron;
pub mod train;

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::Arc;

use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use recense_text::{Sentence, Token};

use crate::clusters::WordClusters;
use crate::features::{DocContext, FeatureExtractor};
use crate::gazetteer::Gazetteer;
pub use crate::label::Label;
use crate::label::{spans, Tag};
use crate::perceptron::Weights;

/// A named entity, with byte offsets (for slicing) and code-point offsets
/// (for output, as the annotation contract wants).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub cp_start: usize,
    pub cp_end: usize,
    pub label: Label,
}

/// What every NER backend does.
pub trait EntityTagger: Send + Sync {
    /// The entities of a document, given its tokens and sentences from
    /// recense-text, sorted by offset and never overlapping.
    fn entities(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Entity>;
}

/// The averaged-perceptron tagger: hashed lexical, shape, affix, name-list
/// and word-cluster features plus dense word vectors, BIO Viterbi decoding,
/// in two passes: the second sees what the first found across the article.
pub struct PerceptronTagger {
    clusters: Option<Arc<WordClusters>>,
    gazetteer: Arc<Gazetteer>,
    first: Weights,
    second: Option<Weights>,
}

const MAGIC: &[u8] = b"recense-ner perceptron v1\n";

impl PerceptronTagger {
    /// Reads a model written by [`PerceptronTagger::save`].
    pub fn load(path: &Path) -> io::Result<PerceptronTagger> {
        let bytes = fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        Self::from_bytes(&bytes).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
    }

    pub fn from_bytes(bytes: &[u8]) -> io::Result<PerceptronTagger> {
        let body = bytes
            .strip_prefix(MAGIC)
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
        Ok(PerceptronTagger { clusters, gazetteer, first, second })
    }

    pub fn save(&self, path: &Path) -> io::Result<()> {
        let mut out = io::BufWriter::new(fs::File::create(path)?);
        out.write_all(MAGIC)?;
        let mut gz = GzEncoder::new(out, flate2::Compression::default());
        match &self.clusters {
            Some(c) => {
                gz.write_all(&[1])?;
                c.write(&mut gz)?;
            }
            None => gz.write_all(&[0])?,
        }
        self.gazetteer.write(&mut gz)?;
        self.first.write(&mut gz)?;
        match &self.second {
            Some(second) => {
                gz.write_all(&[1])?;
                second.write(&mut gz)?;
            }
            None => gz.write_all(&[0])?,
        }
        gz.finish()?.flush()
    }

    /// Features with non-zero weights, over both passes.
    pub fn feature_count(&self) -> usize {
        self.first.feature_count() + self.second.as_ref().map_or(0, Weights::feature_count)
    }

    /// BIO tags for each sentence of a document, given as words.
    pub fn tag_words(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let extractor = FeatureExtractor::new(self.clusters.as_deref(), Some(&self.gazetteer));
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
        let first: Vec<Vec<Tag>> = features.iter().map(|(f, rows)| self.first.decode(f, rows)).collect();
        let Some(second) = &self.second else { return first };
        let doc = doc.with_first_pass(sentences, first);
        features
            .iter_mut()
            .enumerate()
            .map(|(index, (f, rows))| {
                extractor.add_first_pass(&sentences[index], index, &doc, f);
                second.decode(f, rows)
            })
            .collect()
    }
}

impl EntityTagger for PerceptronTagger {
    fn entities(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Entity> {
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| tokens[s.tokens.clone()].iter().map(|t| t.text(text)).collect())
            .collect();
        let tags = self.tag_words(&words);
        let mut out = Vec::new();
        for (sentence, tags) in sentences.iter().zip(&tags) {
            let sentence_tokens = &tokens[sentence.tokens.clone()];
            for (first, end, label) in spans(tags) {
                let (a, b) = (&sentence_tokens[first], &sentence_tokens[end - 1]);
                out.push(Entity { start: a.start, end: b.end, cp_start: a.cp_start, cp_end: b.cp_end, label });
            }
        }
        out
    }
}
