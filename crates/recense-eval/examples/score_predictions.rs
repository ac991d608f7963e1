//! Scores a predictions file against gold and prints the table, e.g. the
//! spaCy reference, whose headline PER/LOC/ORG micro-F1 should be 0.763:
//!
//! ```text
//! cargo run -p recense-eval --example score_predictions -- \
//!     ../shared/data/ner/winer-fr/test tests/fixtures/spacy/winer-test.fr_core_news_md.jsonl
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use recense_eval::read::{read_gold, read_predictions};
use recense_eval::score::score;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [gold, pred] = args.as_slice() else {
        eprintln!("usage: score_predictions GOLD PREDICTIONS.jsonl");
        return ExitCode::from(2);
    };
    match read_gold(gold).and_then(|gold| Ok((gold, read_predictions(pred)?))) {
        Ok((gold, pred)) => {
            print!("{}", score(&gold, &pred).to_table());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}
