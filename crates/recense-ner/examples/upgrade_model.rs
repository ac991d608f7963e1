//! Rewrites a perceptron NER model in the current layout (v3: read in place,
//! no start-up parsing, the row features folded into the dense tables); v1
//! and v2 models still load, only more slowly.
//!
//!     cargo run --release -p recense-ner --example upgrade_model -- OLD.bin NEW.bin

use std::path::PathBuf;

use recense_ner::PerceptronTagger;

fn main() -> std::io::Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [old, new] = &args[..] else {
        eprintln!("usage: upgrade_model OLD.bin NEW.bin");
        std::process::exit(2);
    };
    let mut model = PerceptronTagger::load(old)?;
    model.fold_row_features();
    model.save(new)?;
    eprintln!("{} → {} ({} features)", old.display(), new.display(), model.feature_count());
    Ok(())
}
