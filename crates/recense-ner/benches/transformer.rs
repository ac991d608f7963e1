//! Transformer NER throughput, in recense tokens (words and punctuation) per
//! second, of a base-size CamemBERT (12 layers, hidden 768, 12 heads,
//! intermediate 3072, vocab 32005, 512 positions) with random weights — the
//! shape of camembert-base / camembert-ner; speed does not depend on the
//! weights. On one and two rayon threads, articles in parallel as the
//! pipeline runs them. The tokenizer is the test fixture's (a 2000-piece
//! Unigram): it cuts words a little finer than camembert's 32k vocabulary,
//! so the figure errs low.
//!
//!     cargo bench -p recense-ner --features transformer --bench transformer

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use recense_ner::{EntityTagger, TransformerOptions, TransformerTagger};
use recense_text::{split_sentences, tokenize, Sentence, Token};

const BASE_CONFIG: &str = r#"{
  "architectures": ["CamembertForTokenClassification"],
  "model_type": "camembert",
  "vocab_size": 32005, "hidden_size": 768, "num_hidden_layers": 12,
  "num_attention_heads": 12, "intermediate_size": 3072, "hidden_act": "gelu",
  "max_position_embeddings": 514, "type_vocab_size": 1, "layer_norm_eps": 1e-5,
  "pad_token_id": 1, "position_embedding_type": "absolute",
  "id2label": {"0": "O", "1": "B-PER", "2": "I-PER", "3": "B-LOC", "4": "I-LOC",
               "5": "B-ORG", "6": "I-ORG", "7": "B-MISC", "8": "I-MISC"}
}"#;

struct Doc {
    text: String,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let tokenizer = root.join("tests/fixtures/tiny-camembert-ner/tokenizer.json");
    let tagger = TransformerTagger::random(BASE_CONFIG, &tokenizer, TransformerOptions::default()).unwrap();
    // Two news articles: the seed article and a Wikinews one.
    let docs: Vec<Doc> = ["corpus/seed/interpol-liberterra-ii.txt", "corpus/wikinews-fr-2012/43971.txt"]
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(root.join(p)).unwrap();
            let tokens = tokenize(&text);
            let sentences = split_sentences(&text, &tokens);
            Doc { text, tokens, sentences }
        })
        .collect();
    let token_count: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let pieces: usize = docs
        .iter()
        .map(|d| {
            let words: Vec<&str> = d.tokens.iter().map(|t| t.text(&d.text)).collect();
            tagger.piece_counts(&words).unwrap().iter().sum::<usize>()
        })
        .sum();
    eprintln!("bench: {} articles, {token_count} tokens, {pieces} sub-tokens", docs.len());

    let mut group = c.benchmark_group("transformer-ner");
    group.throughput(Throughput::Elements(token_count as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(30));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        group.bench_function(format!("base/{threads}-thread"), |b| {
            b.iter(|| {
                pool.install(|| {
                    docs.par_iter().map(|d| tagger.entities(&d.text, &d.tokens, &d.sentences).unwrap().len()).sum::<usize>()
                })
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
