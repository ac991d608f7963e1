//! `--ner-model` with a Hugging Face checkpoint folder: the tiny random
//! CamemBERT in tests/fixtures/tiny-camembert-ner (its scores mean nothing).

mod common;

use common::recense;

const SEED_GOLD: &str = "corpus/seed/interpol-liberterra-ii.gold.jsonl";
const CHECKPOINT: &str = "tests/fixtures/tiny-camembert-ner";

#[cfg(feature = "transformer")]
#[test]
fn evaluate_runs_end_to_end_with_a_checkpoint_folder() {
    let output = recense(&["evaluate", "--gold", SEED_GOLD, "--ner-model", CHECKPOINT, "--json"]);
    assert!(output.status.success(), "recense failed: {}", String::from_utf8_lossy(&output.stderr));
    let scores: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let f1 = scores["entities"]["micro"]["f1"].as_f64().expect("an entity F1");
    assert!((0.0..=1.0).contains(&f1));
}

#[cfg(feature = "transformer")]
#[test]
fn annotate_writes_entities_with_a_checkpoint_folder() {
    let output = recense(&["annotate", "corpus/seed/interpol-liberterra-ii.txt", "--ner-model", CHECKPOINT]);
    assert!(output.status.success(), "recense failed: {}", String::from_utf8_lossy(&output.stderr));
    let record: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON line");
    let text = record["text"].as_str().map(str::to_string);
    for e in record["entities"].as_array().expect("entities") {
        let (start, end) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert!(start < end);
        if let Some(text) = &text {
            let span: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(span, e["text"].as_str().unwrap());
        }
    }
}

#[cfg(feature = "transformer")]
#[test]
fn a_folder_that_is_not_a_checkpoint_names_the_missing_file() {
    let output = recense(&["evaluate", "--gold", SEED_GOLD, "--ner-model", "corpus/seed"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("config.json"), "{stderr}");
}

#[cfg(not(feature = "transformer"))]
#[test]
fn a_checkpoint_folder_asks_for_the_transformer_feature() {
    let output = recense(&["evaluate", "--gold", SEED_GOLD, "--ner-model", CHECKPOINT]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--features transformer"), "{stderr}");
}
