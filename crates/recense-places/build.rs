//! Packs `models/places/cities.tsv` (GeoNames cities1000) into an `fst`
//! index the crate embeds: folded name → up to three (country, population)
//! candidates packed in a u64, so the binary carries the table and looking
//! a name up costs no start-up time.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

#[path = "src/fold.rs"]
mod fold;

#[allow(dead_code)] // the build script packs, the crate unpacks
#[path = "src/city_codes.rs"]
mod city_codes;

fn main() {
    index_cities();
}

fn out_path(name: &str) -> PathBuf {
    PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join(name)
}

fn index_cities() {
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/places/cities.tsv");
    println!("cargo:rerun-if-changed={}", source.display());
    println!("cargo:rerun-if-changed=src/fold.rs");
    println!("cargo:rerun-if-changed=src/city_codes.rs");
    let tsv = std::fs::read_to_string(&source).expect("models/places/cities.tsv is readable");
    // folded name → country → population (names that fold alike merge)
    let mut by_key: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let Some((name, candidates)) = line.split_once('\t') else { continue };
        let key = fold::fold(name);
        if key.is_empty() {
            continue;
        }
        let entry = by_key.entry(key).or_default();
        for candidate in candidates.split(' ') {
            let (cc, pop) = candidate.split_once(':').expect("CC:population");
            let pop: u64 = pop.parse().expect("a population");
            let slot = entry.entry(cc.to_string()).or_insert(0);
            *slot = (*slot).max(pop);
        }
    }
    let mut builder = fst::MapBuilder::memory();
    for (key, countries) in &by_key {
        let mut ranked: Vec<(&String, &u64)> = countries.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let packed = city_codes::pack(ranked.iter().take(3).map(|(cc, pop)| (cc.as_str(), **pop)));
        builder.insert(key, packed).expect("keys in order");
    }
    let bytes = builder.into_inner().expect("the fst builds");
    std::fs::File::create(out_path("cities.fst")).and_then(|mut f| f.write_all(&bytes)).expect("OUT_DIR is writable");
}
