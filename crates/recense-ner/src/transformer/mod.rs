//! The transformer backend: a Hugging Face token-classification checkpoint
//! (CamemBERT, RoBERTa, XLM-RoBERTa or BERT), run on the CPU with candle.
//!
//! A checkpoint is a folder with `config.json`, `model.safetensors` (or
//! `pytorch_model.bin`) and `tokenizer.json`; nothing is downloaded.
//!
//! recense-text's words go to the checkpoint's tokenizer as pre-tokenised
//! input (as `is_split_into_words=True` does in Python); each word takes the
//! label of its first sub-token. Documents longer than the model's window are
//! cut into windows on sentence boundaries that overlap by up to a quarter of
//! a window; a word in two windows takes the label from the one where it is
//! farthest from a cut. Windows run in padded batches with attention masks.
//!
//! Labels come from `config.json`'s `id2label`: BIO/IOB2 (also BIOES/BILOU,
//! and bare IO names) over any names; PER/PERS/PERSON, LOC/LOCATION/GPE,
//! ORG/ORGANIZATION/ORGANISATION, EVENT/EVT and PRODUCT/PROD map to the
//! contract's labels. MISC and any other name is not a contract label and is
//! dropped (read as O).
//!
//! Threads: candle's matrix products run on the rayon pool of the calling
//! thread (the global pool unless the caller `install`s another), split into
//! as many parts as `RAYON_NUM_THREADS` (or `CANDLE_NUM_THREADS`), else the
//! number of physical cores, says. Setting `RAYON_NUM_THREADS` therefore
//! bounds both the pipeline's article threads and the model's.

mod window;

use std::collections::BTreeMap;
use std::fmt::Display;
use std::fs;
use std::io;
use std::ops::Range;
use std::path::Path;

use candle_core::{DType, Device, Module, Tensor};
use candle_nn::{Linear, VarBuilder};
use candle_transformers::models::{bert, xlm_roberta};
use recense_text::{Sentence, Token};
use serde::Deserialize;
use tokenizers::Tokenizer;

use crate::label::{spans, Tag};
use crate::{Entity, EntityTagger, Label, TaggerError};

pub use window::{margin, segments, windows, Window};

/// Settings a caller may change; [`TransformerOptions::default`] suits a CPU.
#[derive(Clone, Debug)]
pub struct TransformerOptions {
    /// The longest model input, in sub-tokens with the special tokens; the
    /// model's own limit when larger (or `None`).
    pub window: Option<usize>,
    /// Windows run together in one padded batch.
    pub batch_size: usize,
}

impl Default for TransformerOptions {
    fn default() -> Self {
        TransformerOptions { window: None, batch_size: 8 }
    }
}

/// Documents are tagged in parts of at most this many words (whole
/// sentences), each windowed on its own.
const PART_WORDS: usize = 16_384;

/// The architectures recense can run, by their `config.json` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// CamemBERT, RoBERTa, XLM-RoBERTa: positions count from `pad_token_id + 1`.
    Roberta,
    Bert,
}

const SUPPORTED: &str = "CamembertForTokenClassification, RobertaForTokenClassification, \
     XLMRobertaForTokenClassification, BertForTokenClassification";

/// The fields of `config.json` recense reads.
#[derive(Deserialize)]
struct RawConfig {
    #[serde(default)]
    architectures: Vec<String>,
    #[serde(default)]
    model_type: Option<String>,
    vocab_size: usize,
    hidden_size: usize,
    num_hidden_layers: usize,
    num_attention_heads: usize,
    intermediate_size: usize,
    #[serde(default = "default_act")]
    hidden_act: String,
    max_position_embeddings: usize,
    #[serde(default)]
    type_vocab_size: Option<usize>,
    #[serde(default = "default_eps")]
    layer_norm_eps: f64,
    #[serde(default)]
    pad_token_id: Option<u32>,
    #[serde(default)]
    position_embedding_type: Option<String>,
    #[serde(default)]
    id2label: BTreeMap<String, String>,
}

fn default_act() -> String {
    "gelu".into()
}

fn default_eps() -> f64 {
    1e-12
}

enum Encoder {
    Roberta(xlm_roberta::XLMRobertaModel),
    Bert(bert::BertModel),
}

/// A token-classification transformer behind [`EntityTagger`].
pub struct TransformerTagger {
    encoder: Encoder,
    classifier: Linear,
    tokenizer: Tokenizer,
    /// `id2label` as written, and the tag each class id means.
    labels: Vec<String>,
    tags: Vec<Tag>,
    /// Special tokens the tokenizer wraps one sequence in.
    prefix: Vec<u32>,
    suffix: Vec<u32>,
    pad_id: u32,
    /// The longest input, special tokens included.
    window: usize,
    batch_size: usize,
    device: Device,
}

fn invalid(what: impl Display) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

fn candle_err(context: &str) -> impl Fn(candle_core::Error) -> io::Error + '_ {
    move |e| io::Error::other(format!("{context}: {e}"))
}

impl TransformerTagger {
    /// Loads the checkpoint in `dir` with the default options.
    pub fn load(dir: &Path) -> io::Result<TransformerTagger> {
        Self::load_with(dir, TransformerOptions::default())
    }

    pub fn load_with(dir: &Path, options: TransformerOptions) -> io::Result<TransformerTagger> {
        let config_path = dir.join("config.json");
        let config = fs::read_to_string(&config_path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", config_path.display())))?;
        let tokenizer = read_tokenizer(&dir.join("tokenizer.json"))?;
        let device = Device::Cpu;
        let safetensors = dir.join("model.safetensors");
        let pytorch = dir.join("pytorch_model.bin");
        let (weights, vb) = if safetensors.is_file() {
            let bytes = fs::read(&safetensors)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", safetensors.display())))?;
            let vb = VarBuilder::from_buffered_safetensors(bytes, DType::F32, &device)
                .map_err(|e| invalid(format!("{}: {e}", safetensors.display())))?;
            (safetensors, vb)
        } else if pytorch.is_file() {
            let vb = VarBuilder::from_pth(&pytorch, DType::F32, &device)
                .map_err(|e| invalid(format!("{}: {e}", pytorch.display())))?;
            (pytorch, vb)
        } else {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{}: no weights (neither model.safetensors nor pytorch_model.bin)", dir.display()),
            ));
        };
        Self::build(&config, vb, tokenizer, options, true).map_err(|e| match e {
            BuildError::Config(m) => invalid(format!("{}: {m}", config_path.display())),
            BuildError::Tokenizer(m) => invalid(format!("{}: {m}", dir.join("tokenizer.json").display())),
            BuildError::Weights(m) => invalid(format!("{}: {m}", weights.display())),
        })
    }

    /// A model with `config_json`'s shape and random weights, and the
    /// tokenizer at `tokenizer`: for benchmarks and tests, with no checkpoint.
    pub fn random(config_json: &str, tokenizer: &Path, options: TransformerOptions) -> io::Result<TransformerTagger> {
        let tokenizer_file = read_tokenizer(tokenizer)?;
        let varmap = candle_nn::VarMap::new();
        let vb = VarBuilder::from_varmap(&varmap, DType::F32, &Device::Cpu);
        Self::build(config_json, vb, tokenizer_file, options, false).map_err(|e| match e {
            BuildError::Config(m) | BuildError::Weights(m) => invalid(m),
            BuildError::Tokenizer(m) => invalid(format!("{}: {m}", tokenizer.display())),
        })
    }

    fn build(
        config_json: &str,
        vb: VarBuilder,
        tokenizer: Tokenizer,
        options: TransformerOptions,
        checkpoint: bool,
    ) -> Result<TransformerTagger, BuildError> {
        let raw: RawConfig = serde_json::from_str(config_json).map_err(|e| BuildError::Config(e.to_string()))?;
        let family = family(&raw)?;
        let position = raw.position_embedding_type.as_deref().unwrap_or("absolute");
        if position != "absolute" {
            return Err(BuildError::Config(format!(
                "position_embedding_type {position:?} is not supported (only \"absolute\")"
            )));
        }
        let (labels, tags) = labels_and_tags(&raw)?;
        check_vocabulary(&raw, &tokenizer, checkpoint)?;
        let pad_id = match family {
            Family::Roberta => raw.pad_token_id.unwrap_or(1),
            Family::Bert => raw.pad_token_id.unwrap_or(0),
        };
        let (prefix, suffix) = special_tokens(&tokenizer).map_err(BuildError::Tokenizer)?;

        // The longest input: RoBERTa-style positions start after the padding
        // id, so 514 position embeddings hold 512 tokens.
        let limit = match family {
            Family::Roberta => raw.max_position_embeddings.saturating_sub(pad_id as usize + 1),
            Family::Bert => raw.max_position_embeddings,
        };
        let window = options.window.map_or(limit, |w| w.min(limit));
        if window < prefix.len() + suffix.len() + 1 {
            return Err(BuildError::Config(format!("a window of {window} sub-tokens is too small")));
        }

        let vb = fix_layer_norm_names(vb);
        let encoder = match family {
            Family::Roberta => roberta_encoder(&raw, pad_id, &vb)?,
            Family::Bert => bert_encoder(&raw, pad_id, &vb)?,
        };
        let classifier = candle_nn::linear(raw.hidden_size, labels.len(), vb.pp("classifier"))
            .map_err(|e| BuildError::Weights(format!("the token-classification head: {e}")))?;
        Ok(TransformerTagger {
            encoder,
            classifier,
            tokenizer,
            labels,
            tags,
            prefix,
            suffix,
            pad_id,
            window,
            batch_size: options.batch_size.max(1),
            device: vb.device().clone(),
        })
    }

    /// `id2label`, in class-id order.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The longest model input, special tokens included.
    pub fn window(&self) -> usize {
        self.window
    }

    /// The checkpoint's tokenizer.
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// Token ids of raw text with the special tokens, as the checkpoint's
    /// tokenizer gives them in Python.
    pub fn encode_text(&self, text: &str) -> io::Result<Vec<u32>> {
        let encoding = self.tokenizer.encode_fast(text, true).map_err(|e| io::Error::other(e.to_string()))?;
        Ok(encoding.get_ids().to_vec())
    }

    /// Token ids of pre-tokenised words with the special tokens, and for
    /// each word the position of its first sub-token (`None` for a word the
    /// tokenizer turns into nothing). No truncation.
    pub fn encode_words(&self, words: &[&str]) -> io::Result<(Vec<u32>, Vec<Option<usize>>)> {
        let pieces = self.pieces(words)?;
        let mut ids = self.prefix.clone();
        let mut first = Vec::with_capacity(words.len());
        for p in &pieces {
            first.push((!p.is_empty()).then_some(ids.len()));
            ids.extend_from_slice(p);
        }
        ids.extend_from_slice(&self.suffix);
        Ok((ids, first))
    }

    /// How many sub-tokens each word becomes.
    pub fn piece_counts(&self, words: &[&str]) -> io::Result<Vec<usize>> {
        Ok(self.pieces(words)?.iter().map(Vec::len).collect())
    }

    /// Each word's sub-token ids, without special tokens.
    fn pieces(&self, words: &[&str]) -> io::Result<Vec<Vec<u32>>> {
        let mut out = vec![Vec::new(); words.len()];
        if words.is_empty() {
            return Ok(out);
        }
        // `encode`, not `encode_fast`: the latter leaves the word ids out.
        let encoding = self.tokenizer.encode(words, false).map_err(|e| io::Error::other(e.to_string()))?;
        for (&id, word) in encoding.get_ids().iter().zip(encoding.get_word_ids()) {
            if let Some(w) = word {
                out[*w as usize].push(id);
            }
        }
        Ok(out)
    }

    /// Logits of a batch of inputs (token ids with their special tokens),
    /// padded to the longest with attention masks: `[input][position][class]`
    /// for the real positions only.
    pub fn logits(&self, batch: &[Vec<u32>]) -> io::Result<Vec<Vec<Vec<f32>>>> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let longest = batch.iter().map(Vec::len).max().unwrap_or(0);
        if longest > self.window {
            return Err(invalid(format!(
                "an input of {longest} sub-tokens is longer than the window ({})",
                self.window
            )));
        }
        let mut ids = Vec::with_capacity(batch.len() * longest);
        let mut mask = Vec::with_capacity(batch.len() * longest);
        for input in batch {
            ids.extend_from_slice(input);
            ids.extend(std::iter::repeat(self.pad_id).take(longest - input.len()));
            mask.extend(std::iter::repeat(1u32).take(input.len()));
            mask.extend(std::iter::repeat(0u32).take(longest - input.len()));
        }
        let run = || -> candle_core::Result<Vec<Vec<Vec<f32>>>> {
            let ids = Tensor::from_vec(ids, (batch.len(), longest), &self.device)?;
            let mask = Tensor::from_vec(mask, (batch.len(), longest), &self.device)?;
            let types = ids.zeros_like()?;
            let hidden = match &self.encoder {
                Encoder::Roberta(m) => m.forward(&ids, &mask, &types, None, None, None)?,
                Encoder::Bert(m) => m.forward(&ids, &types, Some(&mask))?,
            };
            self.classifier.forward(&hidden)?.to_vec3::<f32>()
        };
        let mut out = run().map_err(candle_err("transformer forward pass"))?;
        for (rows, input) in out.iter_mut().zip(batch) {
            rows.truncate(input.len());
        }
        Ok(out)
    }

    /// The class id of each word of a document (words and sentences as word
    /// ranges): the argmax at the word's first sub-token, from the window
    /// where the word is farthest from a cut; `None` for a word the tokenizer
    /// turns into nothing or that no sentence holds.
    pub fn word_classes(&self, words: &[&str], sentences: &[Range<usize>]) -> io::Result<Vec<Option<usize>>> {
        let pieces = self.pieces(words)?;
        let counts: Vec<usize> = pieces.iter().map(Vec::len).collect();
        let capacity = self.window - self.prefix.len() - self.suffix.len();
        let segs = segments(&counts, sentences, capacity);
        let wins = windows(&counts, &segs, capacity, capacity / 4);

        // Inputs, and for each the (word, position of its first piece).
        let mut inputs: Vec<WindowInput> = Vec::with_capacity(wins.len());
        for w in &wins {
            let mut ids = self.prefix.clone();
            let mut firsts = Vec::with_capacity(w.words.len());
            for word in w.words.clone() {
                let room = capacity + self.prefix.len() - ids.len();
                let p = &pieces[word][..pieces[word].len().min(room)];
                if !p.is_empty() {
                    firsts.push((word, ids.len()));
                }
                ids.extend_from_slice(p);
            }
            ids.extend_from_slice(&self.suffix);
            inputs.push((ids, firsts));
        }

        // Batches of similar lengths, longest first.
        let mut order: Vec<usize> = (0..inputs.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(inputs[i].0.len()));
        let mut classes: Vec<Vec<usize>> = vec![Vec::new(); inputs.len()];
        for chunk in order.chunks(self.batch_size) {
            let batch: Vec<Vec<u32>> = chunk.iter().map(|&i| inputs[i].0.clone()).collect();
            let logits = self.logits(&batch)?;
            for (&i, rows) in chunk.iter().zip(&logits) {
                classes[i] = inputs[i].1.iter().map(|&(_, position)| argmax(&rows[position])).collect();
            }
        }
        // Each word from the window where it is farthest from a cut (the
        // earlier window on a tie).
        let mut best: Vec<Option<(usize, usize)>> = vec![None; words.len()]; // (margin, class)
        for (i, (ids, firsts)) in inputs.iter().enumerate() {
            let content = ids.len() - self.prefix.len() - self.suffix.len();
            for (&(word, position), &class) in firsts.iter().zip(&classes[i]) {
                let m = margin(&wins[i], position - self.prefix.len(), content);
                if best[word].map_or(true, |(old, _)| m > old) {
                    best[word] = Some((m, class));
                }
            }
        }
        Ok(best.into_iter().map(|b| b.map(|(_, class)| class)).collect())
    }

    /// The BIO tag that class `class` means ([`Tag::OUTSIDE`] for O and for
    /// labels that are not the contract's, such as MISC).
    pub fn tag_of(&self, class: usize) -> Tag {
        self.tags[class]
    }
}

/// A window's token ids, and (word, position of its first piece) for each word.
type WindowInput = (Vec<u32>, Vec<(usize, usize)>);

fn argmax(row: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in row.iter().enumerate() {
        if v > row[best] {
            best = i;
        }
    }
    best
}

enum BuildError {
    Config(String),
    Tokenizer(String),
    Weights(String),
}

fn read_tokenizer(path: &Path) -> io::Result<Tokenizer> {
    if !path.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("{}: no such file (a checkpoint needs its tokenizer.json)", path.display()),
        ));
    }
    let mut tokenizer = Tokenizer::from_file(path).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    // A tokenizer.json may ask for truncation or padding; recense cuts and
    // pads windows itself, and a truncated document would lose its end.
    tokenizer.with_truncation(None).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    tokenizer.with_padding(None);
    Ok(tokenizer)
}

fn family(raw: &RawConfig) -> Result<Family, BuildError> {
    let name = raw.architectures.first().map(String::as_str);
    match name {
        Some(
            "CamembertForTokenClassification" | "RobertaForTokenClassification" | "XLMRobertaForTokenClassification",
        ) => Ok(Family::Roberta),
        Some("BertForTokenClassification") => Ok(Family::Bert),
        Some(other) => Err(BuildError::Config(format!("unsupported architecture {other} (recense runs {SUPPORTED})"))),
        None => match raw.model_type.as_deref() {
            Some("camembert" | "roberta" | "xlm-roberta") => Ok(Family::Roberta),
            Some("bert") => Ok(Family::Bert),
            other => Err(BuildError::Config(format!(
                "no architectures and an unsupported model_type {other:?} (recense runs {SUPPORTED})"
            ))),
        },
    }
}

/// The base model's weights: under `prefix.` (as a token-classification
/// checkpoint saves them) or at the top level.
fn prefixed<'a>(vb: &VarBuilder<'a>, prefix: &str) -> VarBuilder<'a> {
    if vb.contains_tensor(&format!("{prefix}.embeddings.word_embeddings.weight")) {
        vb.pp(prefix)
    } else {
        vb.clone()
    }
}

/// Old checkpoints name layer-norm parameters gamma and beta.
fn fix_layer_norm_names(vb: VarBuilder<'_>) -> VarBuilder<'_> {
    let old = ["roberta.", "bert.", ""].iter().any(|p| vb.contains_tensor(&format!("{p}embeddings.LayerNorm.gamma")));
    if !old {
        return vb;
    }
    vb.rename_f(|name| {
        if let Some(stem) = name.strip_suffix("LayerNorm.weight") {
            format!("{stem}LayerNorm.gamma")
        } else if let Some(stem) = name.strip_suffix("LayerNorm.bias") {
            format!("{stem}LayerNorm.beta")
        } else {
            name.to_string()
        }
    })
}

/// The special tokens the tokenizer puts before and after one sequence.
fn special_tokens(tokenizer: &Tokenizer) -> Result<(Vec<u32>, Vec<u32>), String> {
    let probe: &[&str] = &["a"];
    let encoding = tokenizer.encode(probe, true).map_err(|e| e.to_string())?;
    let words = encoding.get_word_ids();
    let first = words.iter().position(Option::is_some).ok_or("it turns the word \"a\" into nothing")?;
    let last = words.iter().rposition(Option::is_some).unwrap_or(first);
    let ids = encoding.get_ids();
    Ok((ids[..first].to_vec(), ids[last + 1..].to_vec()))
}

/// The tag a label name of `id2label` means.
pub fn tag_for(name: &str) -> Tag {
    let upper = name.trim().to_ascii_uppercase();
    if upper == "O" {
        return Tag::OUTSIDE;
    }
    let (begin, entity) = match upper.split_once(['-', '_']) {
        Some((p @ ("B" | "S" | "U"), rest)) => (Some(p.to_string()), rest.to_string()),
        Some((p @ ("I" | "E" | "L"), rest)) => (Some(p.to_string()), rest.to_string()),
        _ => (None, upper.clone()),
    };
    let label = match entity.as_str() {
        "PER" | "PERS" | "PERSON" => Label::Per,
        "LOC" | "LOCATION" | "GPE" => Label::Loc,
        "ORG" | "ORGANIZATION" | "ORGANISATION" => Label::Org,
        "EVENT" | "EVT" => Label::Event,
        "PRODUCT" | "PROD" => Label::Product,
        _ => return Tag::OUTSIDE,
    };
    match begin.as_deref() {
        Some("B" | "S" | "U") => Tag::begin(label),
        // I-, E-, L- and bare names (IO tagging) continue a span of the same
        // label, and open one after anything else (see `spans`).
        _ => Tag::inside(label),
    }
}

impl EntityTagger for TransformerTagger {
    fn entities(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Result<Vec<Entity>, TaggerError> {
        if tokens.is_empty() {
            return Ok(Vec::new());
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        // Sentences (cut when longer than a part), then parts of whole
        // sentences, so that memory follows a part, not the document.
        let ranges: Vec<Range<usize>> = sentences
            .iter()
            .flat_map(|s| {
                let r = s.tokens.clone();
                (r.start..r.end).step_by(PART_WORDS).map(move |a| a..(a + PART_WORDS).min(r.end))
            })
            .collect();
        let mut classes = vec![None; words.len()];
        let mut i = 0;
        while i < ranges.len() {
            let start = ranges[i].start;
            let mut j = i + 1;
            while j < ranges.len() && ranges[j].end - start <= PART_WORDS {
                j += 1;
            }
            let end = ranges[j - 1].end;
            let local: Vec<Range<usize>> = ranges[i..j].iter().map(|r| r.start - start..r.end - start).collect();
            let part = self
                .word_classes(&words[start..end], &local)
                .map_err(|e| TaggerError { message: format!("the transformer NER model failed: {e}") })?;
            classes[start..end].copy_from_slice(&part);
            i = j;
        }
        let mut out = Vec::new();
        for sentence in sentences {
            let tags: Vec<Tag> =
                classes[sentence.tokens.clone()].iter().map(|c| c.map_or(Tag::OUTSIDE, |c| self.tags[c])).collect();
            let sentence_tokens = &tokens[sentence.tokens.clone()];
            for (first, end, label) in spans(&tags) {
                let (a, b) = (&sentence_tokens[first], &sentence_tokens[end - 1]);
                out.push(Entity { start: a.start, end: b.end, cp_start: a.cp_start, cp_end: b.cp_end, label, confidence: None });
            }
        }
        Ok(out)
    }
}

/// `id2label` in class-id order, and the contract tag of each; a checkpoint
/// with no label recense knows is refused.
fn labels_and_tags(raw: &RawConfig) -> Result<(Vec<String>, Vec<Tag>), BuildError> {
    // Labels, in class-id order.
    let count = raw.id2label.len();
    let mut labels = vec![String::new(); count];
    for (id, name) in &raw.id2label {
        let index: usize = id
            .parse()
            .ok()
            .filter(|&i| i < count)
            .ok_or_else(|| BuildError::Config(format!("id2label: bad class id {id:?}")))?;
        labels[index] = name.clone();
    }
    if count == 0 {
        return Err(BuildError::Config("no id2label: not a token-classification checkpoint".into()));
    }
    let tags: Vec<Tag> = labels.iter().map(|l| tag_for(l)).collect();
    if tags.iter().all(|t| *t == Tag::OUTSIDE) {
        return Err(BuildError::Config(format!(
            "id2label has no label recense knows ({}); expected PER, LOC, ORG, EVENT or PRODUCT names",
            labels.join(", ")
        )));
    }

    Ok((labels, tags))
}

/// The tokenizer must not produce ids the embedding table lacks.
fn check_vocabulary(raw: &RawConfig, tokenizer: &Tokenizer, checkpoint: bool) -> Result<(), BuildError> {
    let vocab = tokenizer.get_vocab(true);
    let max_id = vocab.values().copied().max().unwrap_or(0) as usize;
    if max_id >= raw.vocab_size {
        return Err(BuildError::Tokenizer(format!(
            "does not match the model: it has token ids up to {max_id}, config.json's vocab_size is {}",
            raw.vocab_size
        )));
    }
    // A checkpoint's tokenizer should fill most of the table (some pad
    // it); random weights may take any tokenizer.
    if checkpoint && vocab.len() * 2 < raw.vocab_size {
        return Err(BuildError::Tokenizer(format!(
            "does not match the model: {} tokens for config.json's vocab_size of {}",
            vocab.len(),
            raw.vocab_size
        )));
    }
    Ok(())
}

fn roberta_encoder(raw: &RawConfig, pad_id: u32, vb: &VarBuilder) -> Result<Encoder, BuildError> {
    let act: candle_nn::Activation =
        serde_json::from_value(serde_json::Value::String(raw.hidden_act.clone()))
            .map_err(|_| BuildError::Config(format!("hidden_act {:?} is not supported", raw.hidden_act)))?;
    let config = xlm_roberta::Config {
        hidden_size: raw.hidden_size,
        layer_norm_eps: raw.layer_norm_eps,
        attention_probs_dropout_prob: 0.0,
        hidden_dropout_prob: 0.0,
        num_attention_heads: raw.num_attention_heads,
        position_embedding_type: "absolute".into(),
        intermediate_size: raw.intermediate_size,
        hidden_act: act,
        num_hidden_layers: raw.num_hidden_layers,
        vocab_size: raw.vocab_size,
        max_position_embeddings: raw.max_position_embeddings,
        type_vocab_size: raw.type_vocab_size.unwrap_or(1),
        pad_token_id: pad_id,
    };
    let base = prefixed(&vb, "roberta");
    let model =
        xlm_roberta::XLMRobertaModel::new(&config, base).map_err(|e| BuildError::Weights(e.to_string()))?;
    Ok(Encoder::Roberta(model))
}

fn bert_encoder(raw: &RawConfig, pad_id: u32, vb: &VarBuilder) -> Result<Encoder, BuildError> {
    let act = match raw.hidden_act.as_str() {
        "gelu" => bert::HiddenAct::Gelu,
        "gelu_new" | "gelu_pytorch_tanh" | "gelu_approximate" => bert::HiddenAct::GeluApproximate,
        "relu" => bert::HiddenAct::Relu,
        other => return Err(BuildError::Config(format!("hidden_act {other:?} is not supported"))),
    };
    let config = bert::Config {
        vocab_size: raw.vocab_size,
        hidden_size: raw.hidden_size,
        num_hidden_layers: raw.num_hidden_layers,
        num_attention_heads: raw.num_attention_heads,
        intermediate_size: raw.intermediate_size,
        hidden_act: act,
        hidden_dropout_prob: 0.0,
        max_position_embeddings: raw.max_position_embeddings,
        type_vocab_size: raw.type_vocab_size.unwrap_or(2),
        initializer_range: 0.02,
        layer_norm_eps: raw.layer_norm_eps,
        pad_token_id: pad_id as usize,
        position_embedding_type: bert::PositionEmbeddingType::Absolute,
        use_cache: false,
        classifier_dropout: None,
        model_type: None,
    };
    let base = prefixed(&vb, "bert");
    let model = bert::BertModel::load(base, &config).map_err(|e| BuildError::Weights(e.to_string()))?;
    Ok(Encoder::Bert(model))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_names() {
        assert_eq!(tag_for("O"), Tag::OUTSIDE);
        assert_eq!(tag_for("B-PER"), Tag::begin(Label::Per));
        assert_eq!(tag_for("I-PER"), Tag::inside(Label::Per));
        assert_eq!(tag_for("B-PERSON"), Tag::begin(Label::Per));
        assert_eq!(tag_for("I-GPE"), Tag::inside(Label::Loc));
        assert_eq!(tag_for("S-ORG"), Tag::begin(Label::Org));
        assert_eq!(tag_for("E-ORG"), Tag::inside(Label::Org));
        assert_eq!(tag_for("LOC"), Tag::inside(Label::Loc));
        assert_eq!(tag_for("b-event"), Tag::begin(Label::Event));
        assert_eq!(tag_for("I-PRODUCT"), Tag::inside(Label::Product));
        assert_eq!(tag_for("B-MISC"), Tag::OUTSIDE);
        assert_eq!(tag_for("I-MISC"), Tag::OUTSIDE);
        assert_eq!(tag_for("LABEL_3"), Tag::OUTSIDE);
    }
}
