//! Embeds the shipped NER model when it exists, so that the binary finds it
//! wherever it runs. Without it (while bootstrapping a first model) the
//! binary still builds and `Pipeline::new` says which file is missing.

use std::path::Path;

fn main() {
    let model = Path::new("models/ner-fr.bin");
    println!("cargo::rerun-if-changed={}", model.display());
    println!("cargo::rustc-check-cfg=cfg(shipped_ner_model)");
    if model.exists() {
        println!("cargo::rustc-cfg=shipped_ner_model");
    }
}
