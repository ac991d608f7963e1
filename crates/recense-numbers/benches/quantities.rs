//! Throughput of `Recognizer::extract` on the project corpus (corpus/**/*.txt), one thread.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use recense_numbers::Recognizer;
use std::path::Path;

fn collect(dir: &Path, out: &mut String) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().map(|x| x == "txt").unwrap_or(false) {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut text = String::new();
    collect(&root, &mut text);
    if text.is_empty() {
        text = include_str!("../tests/data/interpol-liberterra-ii.txt").repeat(50);
    }
    let r = Recognizer::new();
    let date = chrono::NaiveDate::from_ymd_opt(2012, 6, 1);
    let mut g = c.benchmark_group("quantities");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("extract_corpus", |b| b.iter(|| r.extract(std::hint::black_box(&text), date)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
