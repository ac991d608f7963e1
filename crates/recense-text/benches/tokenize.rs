//! Tokenizer and sentence-splitter throughput on the corpus text.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use recense_text::{split_sentences, tokenize};

/// All corpus `.txt` files, concatenated with blank lines between them.
fn corpus_text() -> String {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files: Vec<_> = walkdir::WalkDir::new(&corpus)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no corpus text under {}",
        corpus.display()
    );
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("corpus file is UTF-8"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let text = corpus_text();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("tokenize", |b| {
        b.iter(|| tokenize(std::hint::black_box(&text)))
    });
    let tokens = tokenize(&text);
    group.bench_function("split_sentences", |b| {
        b.iter(|| split_sentences(std::hint::black_box(&text), &tokens))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
