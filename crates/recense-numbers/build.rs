//! Packs the lemma lexicon (`models/lexicon/fr_lemma_lookup.json.gz`, spaCy's
//! French lookups) into an `fst` map of forms and a text of lemmas, which the
//! crate embeds and reads in place: the 7 MB JSON is parsed here, once per
//! build, not at every start-up.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::PathBuf;

fn main() {
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/lexicon/fr_lemma_lookup.json.gz");
    println!("cargo:rerun-if-changed={}", source.display());
    let gz = std::fs::read(&source).expect("models/lexicon/fr_lemma_lookup.json.gz is readable");
    let mut json = String::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut json).expect("the lexicon is gzip-compressed UTF-8");
    let table: BTreeMap<String, serde_json::Value> = serde_json::from_str(&json).expect("the lexicon is a JSON object");
    // a form's lemma, or the first of its lemmas
    let pairs: Vec<(&str, &str)> = table
        .iter()
        .filter_map(|(form, lemmas)| match lemmas {
            serde_json::Value::String(lemma) => Some((form.as_str(), lemma.as_str())),
            serde_json::Value::Array(list) => list.first().and_then(|l| l.as_str()).map(|l| (form.as_str(), l)),
            _ => None,
        })
        .collect();
    // each distinct lemma once in the text; a form's value is where its lemma lies
    let mut lemmas = String::new();
    let mut at: BTreeMap<&str, u64> = BTreeMap::new();
    for (_, lemma) in &pairs {
        if !at.contains_key(lemma) {
            assert!(lemma.len() < 1 << 16, "a lemma under 64 KiB");
            at.insert(lemma, ((lemmas.len() as u64) << 16) | lemma.len() as u64);
            lemmas.push_str(lemma);
        }
    }
    let mut builder = fst::MapBuilder::memory();
    for (form, lemma) in &pairs {
        builder.insert(form, at[lemma]).expect("forms in order");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let write = |name: &str, bytes: &[u8]| std::fs::File::create(out.join(name)).and_then(|mut f| f.write_all(bytes)).expect("OUT_DIR is writable");
    write("lemma_forms.fst", &builder.into_inner().expect("the fst builds"));
    write("lemmas.txt", lemmas.as_bytes());
}
