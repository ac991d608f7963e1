//! Rewrites a perceptron NER model in the current layout (v2: read in place,
//! no start-up parsing); a v1 model still loads, only more slowly.
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
    let model = PerceptronTagger::load(old)?;
    model.save(new)?;
    eprintln!("{} → {} ({} features)", old.display(), new.display(), model.feature_count());
    Ok(())
}
