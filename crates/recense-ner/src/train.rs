//! Training the perceptron tagger from documents with gold entity spans.

use std::collections::HashSet;
use std::sync::Arc;

use rayon::prelude::*;

use crate::clusters::{SplitMix64, WordClusters};
use crate::dense::DenseTrainer;
use crate::features::{DocContext, FeatureExtractor};
use crate::gazetteer::Gazetteer;
use crate::label::{spans, Label, Tag};
use crate::perceptron::{Trainer, Weights};
use crate::PerceptronTagger;

/// A document and its gold entities, as code-point spans into `text`.
pub struct TrainingDoc {
    pub id: String,
    pub text: String,
    pub entities: Vec<(usize, usize, Label)>,
}

pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Word clusters from the French vectors; without them the tagger uses
    /// lexical features only.
    pub clusters: Option<WordClusters>,
    /// Train a second pass that sees the first pass's tags across the article.
    pub two_pass: bool,
}

/// Precision, recall and F1 of exact-span, exact-label matches.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// What one epoch did, for progress lines.
pub struct EpochReport {
    /// 1 for the first pass, 2 for the second.
    pub pass: usize,
    pub epoch: usize,
    pub sentences_right: f64,
    pub dev: Option<Scores>,
}

/// A document cut into sentences of words, with gold BIO tags.
struct Prepared {
    words: Vec<Vec<String>>,
    tags: Vec<Vec<Tag>>,
}

impl Prepared {
    fn words(&self) -> Vec<Vec<&str>> {
        self.words.iter().map(|s| s.iter().map(String::as_str).collect()).collect()
    }
}

/// One training sentence: sparse features, vector rows, gold tags.
type Example<'a> = (Vec<Vec<u64>>, Vec<Option<u16>>, &'a [Tag]);

/// Training documents are split into this many folds, for jackknifed name
/// lists and first-pass tags: each fold's features come from what was
/// learnt on the other folds, as unseen articles' will at run time.
const FOLDS: usize = 5;

/// Trains for `config.epochs` passes over `train` (shuffled with the seed
/// each pass). With `dev`, each pass keeps the averaged model of the epoch
/// with the best dev F1; without, the last one. Deterministic for a seed.
pub fn train(
    train_docs: &[TrainingDoc],
    dev_docs: &[TrainingDoc],
    config: TrainConfig,
    mut on_epoch: impl FnMut(&EpochReport),
) -> PerceptronTagger {
    let prepared: Vec<Prepared> = train_docs.iter().map(prepare).collect();
    let clusters = config.clusters.map(Arc::new);
    let fold_gazetteers: Vec<Gazetteer> =
        (0..FOLDS).map(|k| gazetteer(prepared.iter().enumerate().filter(|(d, _)| fold_of(*d) != k).map(|(_, p)| p))).collect();
    let training = Training { prepared: &prepared, clusters: clusters.as_deref(), fold_gazetteers: &fold_gazetteers, epochs: config.epochs, seed: config.seed };
    let mut tagger = PerceptronTagger {
        clusters: clusters.clone(),
        gazetteer: Arc::new(gazetteer(prepared.iter())),
        first: Weights::default(),
        second: None,
        rows_folded: false,
    };
    let all: Vec<usize> = (0..prepared.len()).collect();

    // 1. The first pass, on every training document.
    let first_examples = training.examples(&all, None);
    tagger.first = training.fit(
        &first_examples,
        &mut |w| (!dev_docs.is_empty()).then(|| evaluate(&tagger.with_passes(w.clone(), None), dev_docs)),
        &mut |epoch, right, dev| on_epoch(&EpochReport { pass: 1, epoch, sentences_right: right, dev }),
    );
    drop(first_examples);
    if !config.two_pass {
        tagger.fold_row_features();
        return tagger;
    }

    // 2. Jackknifed first-pass tags: each fold tagged by a first pass
    //    trained on the others (the folds in parallel, each deterministic).
    let fold_tags: Vec<Vec<(usize, Vec<Vec<Tag>>)>> = fold_gazetteers
        .par_iter()
        .enumerate()
        .map(|(k, fold_gazetteer)| {
            let others: Vec<usize> = all.iter().copied().filter(|&d| fold_of(d) != k).collect();
            let weights = training.fit(&training.examples(&others, None), &mut |_| None, &mut |_, _, _| {});
            let fold_tagger = PerceptronTagger { gazetteer: Arc::new(fold_gazetteer.clone()), ..tagger.with_passes(weights, None) };
            all.iter().copied().filter(|&d| fold_of(d) == k).map(|d| (d, fold_tagger.tag_words(&prepared[d].words()))).collect()
        })
        .collect();
    let mut first_pass: Vec<Vec<Vec<Tag>>> = vec![Vec::new(); prepared.len()];
    for (d, tags) in fold_tags.into_iter().flatten() {
        first_pass[d] = tags;
    }

    // 3. The second pass, with document features from those tags.
    let second_examples = training.examples(&all, Some(&first_pass));
    let second = training.fit(
        &second_examples,
        &mut |w| (!dev_docs.is_empty()).then(|| evaluate(&tagger.with_passes(tagger.first.clone(), Some(w.clone())), dev_docs)),
        &mut |epoch, right, dev| on_epoch(&EpochReport { pass: 2, epoch, sentences_right: right, dev }),
    );
    tagger.second = Some(second);
    tagger.fold_row_features();
    tagger
}

/// The fold a training document belongs to.
fn fold_of(doc: usize) -> usize {
    doc % FOLDS
}

/// What every pass of training reads: the prepared documents, the word
/// clusters, each fold's name list (learnt on the other folds) and the
/// schedule.
struct Training<'a> {
    prepared: &'a [Prepared],
    clusters: Option<&'a WordClusters>,
    fold_gazetteers: &'a [Gazetteer],
    epochs: usize,
    seed: u64,
}

impl Training<'_> {
    /// The examples of documents `docs`, each sentence's features with its
    /// document's fold's name list and, for the second pass, the
    /// document's first-pass tags.
    fn examples(&self, docs: &[usize], first_pass: Option<&[Vec<Vec<Tag>>]>) -> Vec<Example<'_>> {
        let mut out = Vec::new();
        for &d in docs {
            let extractor = FeatureExtractor::new(self.clusters, Some(&self.fold_gazetteers[fold_of(d)]));
            let words = self.prepared[d].words();
            let mut context = DocContext::new(words.iter().map(|s| &s[..]));
            if let Some(first_pass) = first_pass {
                context = context.with_first_pass(&words, first_pass[d].clone());
            }
            for (index, (sentence, tags)) in words.iter().zip(&self.prepared[d].tags).enumerate() {
                let mut features = Vec::new();
                let rows = extractor.sentence(sentence, &context, &mut features);
                extractor.add_first_pass(sentence, index, &context, &mut features);
                out.push((features, rows, &tags[..]));
            }
        }
        out
    }

    /// The averaged weights of the epoch that `score` rates best (the last
    /// one where it rates none), each epoch reported.
    fn fit(&self, examples: &[Example], score: &mut dyn FnMut(&Weights) -> Option<Scores>, report: &mut dyn FnMut(usize, f64, Option<Scores>)) -> Weights {
        let dense = self.clusters.and_then(WordClusters::vectors).map(|(v, dims)| DenseTrainer::new(v, dims));
        let mut trainer = Trainer::new(dense);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = SplitMix64(self.seed);
        let mut best: Option<(f64, Weights)> = None;
        for epoch in 1..=self.epochs {
            rng.shuffle(&mut order);
            let right = order.iter().filter(|&&i| trainer.learn(&examples[i].0, &examples[i].1, examples[i].2)).count();
            let weights = trainer.averaged();
            let dev = score(&weights);
            report(epoch, right as f64 / examples.len().max(1) as f64, dev);
            let value = dev.map_or(epoch as f64, |s| s.f1);
            if best.as_ref().is_none_or(|(b, _)| value > *b) {
                best = Some((value, weights));
            }
        }
        best.map(|(_, w)| w).unwrap_or_else(|| trainer.averaged())
    }
}

impl PerceptronTagger {
    /// The same tagger with other weights.
    fn with_passes(&self, first: Weights, second: Option<Weights>) -> PerceptronTagger {
        PerceptronTagger { clusters: self.clusters.clone(), gazetteer: self.gazetteer.clone(), first, second, rows_folded: false }
    }
}

/// The names tagged in some prepared documents.
fn gazetteer<'a>(docs: impl Iterator<Item = &'a Prepared>) -> Gazetteer {
    let mut g = Gazetteer::default();
    for doc in docs {
        for (words, tags) in doc.words.iter().zip(&doc.tags) {
            for (a, b, label) in spans(tags) {
                let name: Vec<&str> = words[a..b].iter().map(String::as_str).collect();
                g.add(&name, label);
            }
        }
    }
    g
}

/// Exact-span F1 of a tagger on documents with gold entities.
pub fn evaluate(tagger: &PerceptronTagger, docs: &[TrainingDoc]) -> Scores {
    let (mut tp, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for doc in docs {
        let tokens = recense_text::tokenize(&doc.text);
        let sentences = recense_text::split_sentences(&doc.text, &tokens);
        let found: HashSet<(usize, usize, Label)> = tagger
            .tag(&doc.text, &tokens, &sentences)
            .into_iter()
            .map(|e| (e.cp_start, e.cp_end, e.label))
            .collect();
        let expected: HashSet<(usize, usize, Label)> = doc.entities.iter().copied().collect();
        tp += found.intersection(&expected).count();
        predicted += found.len();
        gold += expected.len();
    }
    scores(tp, predicted, gold)
}

pub fn scores(tp: usize, predicted: usize, gold: usize) -> Scores {
    let precision = if predicted == 0 { 0.0 } else { tp as f64 / predicted as f64 };
    let recall = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    Scores { precision, recall, f1 }
}

/// Tokenises a document and tags each token with its gold entity: B on the
/// first token that overlaps an entity, I on the others.
fn prepare(doc: &TrainingDoc) -> Prepared {
    let tokens = recense_text::tokenize(&doc.text);
    let sentences = recense_text::split_sentences(&doc.text, &tokens);
    let mut token_tags = vec![Tag::OUTSIDE; tokens.len()];
    let mut entities = doc.entities.clone();
    entities.sort_unstable();
    for (start, end, label) in entities {
        let mut first = true;
        for (t, token) in tokens.iter().enumerate() {
            if token.cp_end <= start || token.cp_start >= end || token_tags[t] != Tag::OUTSIDE {
                continue;
            }
            token_tags[t] = if first { Tag::begin(label) } else { Tag::inside(label) };
            first = false;
        }
    }
    let mut words = Vec::with_capacity(sentences.len());
    let mut tags = Vec::with_capacity(sentences.len());
    for s in &sentences {
        words.push(tokens[s.tokens.clone()].iter().map(|t| t.text(&doc.text).to_string()).collect());
        let mut sentence_tags: Vec<Tag> = token_tags[s.tokens.clone()].to_vec();
        // An entity cut by a sentence break restarts with B in the new sentence.
        if let Some(first) = sentence_tags.first_mut() {
            if first.is_inside() {
                *first = Tag::begin(first.label().expect("inside tags have a label"));
            }
        }
        tags.push(sentence_tags);
    }
    Prepared { words, tags }
}

/// The gold spans of a document after its own tokenisation and tagging, for
/// checking what alignment loses.
pub fn aligned_spans(doc: &TrainingDoc) -> Vec<(usize, usize, Label)> {
    let prepared = prepare(doc);
    let mut out = Vec::new();
    let mut offset = 0;
    for tags in &prepared.tags {
        for (a, b, label) in spans(tags) {
            out.push((offset + a, offset + b, label));
        }
        offset += tags.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, names: &[(&str, Label)]) -> TrainingDoc {
        let mut entities = Vec::new();
        for (name, label) in names {
            let mut from = 0;
            while let Some(pos) = text[from..].find(name) {
                let byte = from + pos;
                let start = text[..byte].chars().count();
                entities.push((start, start + name.chars().count(), *label));
                from = byte + name.len();
            }
        }
        TrainingDoc { id: "t".into(), text: text.into(), entities }
    }

    #[test]
    fn alignment_tags_every_entity_token() {
        let d = doc("Le président d’Interpol, Jürgen Stock, est à Lyon.", &[("Interpol", Label::Org), ("Jürgen Stock", Label::Per), ("Lyon", Label::Loc)]);
        assert_eq!(aligned_spans(&d).len(), 3);
    }
}
