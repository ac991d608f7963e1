//! NER throughput of the shipped model, in tokens per second, on one and two
//! threads. Texts: WiNER-fr test (`../shared`) when present — the texts spaCy
//! is timed on by `bench/ner-vs-spacy.sh` — else the shipped corpus.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use recense_ner::PerceptronTagger;
use recense_text::{split_sentences, tokenize, Sentence, Token};

struct Doc {
    text: String,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
}

fn texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/data/ner/winer-fr/test");
    let dir = if shared.is_dir() { shared } else { root.join("corpus/wikinews-fr-2012") };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("bench texts")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    eprintln!("bench texts: {} files from {}", paths.len(), dir.display());
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

fn bench(c: &mut Criterion) {
    let model = PerceptronTagger::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("models/ner-fr.bin")).unwrap();
    let docs: Vec<Doc> = texts()
        .into_iter()
        .map(|text| {
            let tokens = tokenize(&text);
            let sentences = split_sentences(&text, &tokens);
            Doc { text, tokens, sentences }
        })
        .collect();
    let token_count: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(token_count as u64));
    group.sample_size(20);
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        group.bench_function(format!("tag/{threads}-thread"), |b| {
            b.iter(|| {
                pool.install(|| {
                    docs.par_iter().map(|d| model.tag(&d.text, &d.tokens, &d.sentences).len()).sum::<usize>()
                })
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
