//! Embeds the shipped NER model when it exists, so that the binary finds it
//! wherever it runs. Without it (while bootstrapping a first model) the
//! binary still builds and `Pipeline::new` says which file is missing.
//! The model's SHA-256, which names it in every manifest, is computed here
//! once: hashing 20 MB at run time cost `extract` a tenth of its time on a
//! thousand articles.

use std::path::Path;

use sha2::{Digest, Sha256};

fn main() {
    let model = Path::new("models/ner-fr.bin");
    println!("cargo::rerun-if-changed={}", model.display());
    println!("cargo::rustc-check-cfg=cfg(shipped_ner_model)");
    if let Ok(bytes) = std::fs::read(model) {
        println!("cargo::rustc-cfg=shipped_ner_model");
        let hex: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        println!("cargo::rustc-env=RECENSE_SHIPPED_NER_SHA256={hex}");
    }
}
