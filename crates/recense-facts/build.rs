//! Indexes `models/facts/clusters.tsv` (word → its word-vector cluster) into
//! an `fst` map at build time, so that the binary carries it and looking a
//! word up costs no start-up time.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

fn main() {
    index_clusters();
}

fn out_path(name: &str) -> PathBuf {
    PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join(name)
}

fn index_clusters() {
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/facts/clusters.tsv");
    println!("cargo:rerun-if-changed={}", source.display());
    let tsv = std::fs::read_to_string(&source).expect("models/facts/clusters.tsv is readable");
    let mut by_word: BTreeMap<&str, u64> = BTreeMap::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let (word, cluster) = line.split_once('\t').expect("word <TAB> cluster");
        by_word.insert(word, cluster.parse().expect("a cluster number"));
    }
    let mut builder = fst::MapBuilder::memory();
    for (word, cluster) in by_word {
        builder.insert(word, cluster).expect("keys in order");
    }
    let bytes = builder.into_inner().expect("the fst builds");
    std::fs::File::create(out_path("clusters.fst")).and_then(|mut f| f.write_all(&bytes)).expect("OUT_DIR is writable");
}

