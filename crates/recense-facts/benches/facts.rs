//! The facts stage against the stages before it, per article of the project
//! corpus (corpus/**/*.txt), one thread. The pipeline also runs NER, which this
//! crate does not depend on, so "facts / stages before" over-states the share
//! the facts stage adds to the whole pipeline (the bar: at most 20 %).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use recense_facts::{FactFinder, Place};
use recense_numbers::Recognizer;
use std::path::Path;
use std::time::Instant;

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

struct Prepared {
    text: String,
    tokens: Vec<recense_text::Token>,
    sentences: Vec<recense_text::Sentence>,
    quantities: Vec<recense_numbers::Quantity>,
    places: Vec<Place>,
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut texts = Vec::new();
    collect(&root, &mut texts);
    if texts.is_empty() {
        texts = vec![include_str!("../tests/data/interpol-liberterra-ii.txt").to_string(); 20];
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let numbers = Recognizer::new();
    let facts = FactFinder::new();
    let date = chrono::NaiveDate::from_ymd_opt(2012, 6, 1);
    let gaz = facts.gazetteer();

    let before = |t: &str| {
        let tokens = recense_text::tokenize(t);
        let sentences = recense_text::split_sentences(t, &tokens);
        let quantities = numbers.extract(t, date);
        (tokens, sentences, quantities)
    };
    // places: capitalised tokens the gazetteer knows (NER stands in)
    let prepared: Vec<Prepared> = texts
        .iter()
        .map(|t| {
            let (tokens, sentences, quantities) = before(t);
            let places = tokens
                .iter()
                .filter(|k| gaz.lookup(&t[k.start..k.end]).is_some() && t[k.start..].starts_with(char::is_uppercase))
                .map(|k| Place { start: k.start, end: k.end, cp_start: k.cp_start, cp_end: k.cp_end })
                .collect();
            Prepared { text: t.clone(), tokens, sentences, quantities, places }
        })
        .collect();

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("stages before facts (tokens, sentences, quantities)", |b| {
        b.iter(|| texts.iter().map(|t| before(t).2.len()).sum::<usize>())
    });
    g.bench_function("facts", |b| {
        b.iter(|| {
            prepared
                .iter()
                .map(|p| facts.facts(&p.text, &p.tokens, &p.sentences, &p.quantities, &p.places, date).len())
                .sum::<usize>()
        })
    });
    g.finish();

    // one plain ratio line, for reports
    let rounds = 5;
    let t0 = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(texts.iter().map(|t| before(t).2.len()).sum::<usize>());
    }
    let stages = t0.elapsed();
    let t1 = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(
            prepared.iter().map(|p| facts.facts(&p.text, &p.tokens, &p.sentences, &p.quantities, &p.places, date).len()).sum::<usize>(),
        );
    }
    let f = t1.elapsed();
    println!(
        "facts stage: {:.1} ms per corpus pass, stages before it (NER left out): {:.1} ms; facts add {:.1} % to them",
        f.as_secs_f64() * 1e3 / rounds as f64,
        stages.as_secs_f64() * 1e3 / rounds as f64,
        100.0 * f.as_secs_f64() / stages.as_secs_f64()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
