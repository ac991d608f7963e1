//! End-to-end tests of the `recense` command on repository data only.

mod common;

use std::fs;
use std::process::Output;

use common::{recense, scratch};

use serde_json::Value;


fn stdout_json(output: &Output) -> Value {
    assert!(output.status.success(), "recense failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}


const SEED_GOLD: &str = "corpus/seed/interpol-liberterra-ii.gold.jsonl";

/// Every token of every sentence of a `recense tokenize` JSON line.
fn tokens(article: &Value) -> Vec<&str> {
    article["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["tokens"].as_array().unwrap().iter().map(|t| t["text"].as_str().unwrap()))
        .collect()
}

#[test]
fn tokenize_handles_the_whole_corpus() {
    let out = recense(&["tokenize", "corpus"]);
    assert!(out.status.success());
    let articles: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(articles.len(), 57);
    let seed = articles.iter().find(|a| a["doc"] == "interpol-liberterra-ii").expect("the seed is there");
    let words = tokens(seed);
    for whole in ["2 571", "24 000", "Bosnie-Herzégovine", "Royaume-Uni"] {
        assert!(words.contains(&whole), "{whole} is one token");
    }
    assert!(words.windows(2).any(|w| w == ["d’", "Interpol"]), "d’Interpol is two tokens");
    // Offsets are code points: the seed's "Jürgen" starts at 2791.
    let jurgen = seed["sentences"].as_array().unwrap().iter()
        .flat_map(|s| s["tokens"].as_array().unwrap())
        .find(|t| t["text"] == "Jürgen").unwrap();
    assert_eq!(jurgen["start"], 2791);
    let dated = articles.iter().filter(|a| !a["date"].is_null()).count();
    assert!(dated >= 55, "datelines give most articles a date ({dated})");
}

#[test]
fn tokenize_reports_each_bad_input_and_keeps_the_good_ones() {
    let dir = scratch("cli", "bad");
    fs::write(dir.join("binary.txt"), b"\x7fELF\x00\x01\x02\x00\x00").unwrap();
    fs::write(dir.join("latin1.txt"), b"caf\xe9 au lait").unwrap();
    fs::write(dir.join("empty.txt"), b"").unwrap();
    fs::write(dir.join("good.txt"), "M. Dupont est arrivé à Paris. Il est reparti.").unwrap();
    fs::write(dir.join("feed.jsonl"), "{\"id\":\"a\",\"text\":\"Premier article.\"}\n{\"id\": broken\n{\"id\":\"c\",\"text\":\"Troisième.\"}\n").unwrap();
    let out = recense(&["tokenize", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "bad inputs give exit code 1");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 3, "one error per bad input: {stderr}");
    assert!(errors.iter().any(|e| e.contains("binary.txt") && e.contains("binary")));
    assert!(errors.iter().any(|e| e.contains("latin1.txt") && e.contains("byte 3")));
    assert!(errors.iter().any(|e| e.contains("feed.jsonl") && e.contains("line 2")));
    let docs: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = docs.iter().map(|d| d["doc"].as_str().unwrap()).collect();
    assert_eq!(ids, ["empty", "a", "c", "good"]);
    let good = docs.iter().find(|d| d["doc"] == "good").unwrap();
    assert_eq!(good["sentences"].as_array().unwrap().len(), 2, "no break after M.");

    let lossy = recense(&["tokenize", "--lossy", dir.join("latin1.txt").to_str().unwrap()]);
    assert!(lossy.status.success());
    assert!(String::from_utf8(lossy.stderr).unwrap().contains("warning"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gold_scored_against_itself_is_perfect() {
    let report = stdout_json(&recense(&["evaluate", "--gold", SEED_GOLD, "--pred", SEED_GOLD, "--json"]));
    assert_eq!(report["entities"]["micro"]["f1"], 1.0);
    assert_eq!(report["entities"]["headline_f1"], 1.0);
    for layer in ["quantities", "facts"] {
        assert_eq!(report[layer]["f1"], 1.0, "{layer}");
    }
    for field in ["kind_accuracy", "value_accuracy", "unit_accuracy", "approx_accuracy"] {
        assert_eq!(report["quantities"][field], 1.0, "{field}");
    }
    for field in ["unit_accuracy", "location_accuracy", "country_accuracy", "date_accuracy"] {
        assert_eq!(report["facts"][field], 1.0, "{field}");
    }
}

#[test]
fn one_missing_entity_costs_exactly_its_share_of_recall() {
    let dir = scratch("cli", "missing");
    let mut gold: Value = serde_json::from_str(fs::read_to_string(SEED_GOLD).unwrap().trim()).unwrap();
    let entities = gold["entities"].as_array_mut().unwrap();
    let total = entities.len();
    let removed = entities.remove(2);
    assert_eq!(removed["label"], "ORG");
    let pred = dir.join("pred.jsonl");
    fs::write(&pred, format!("{gold}\n")).unwrap();
    let report = stdout_json(&recense(&["evaluate", "--gold", SEED_GOLD, "--pred", pred.to_str().unwrap(), "--json"]));
    let micro = &report["entities"]["micro"];
    assert_eq!(micro["p"], 1.0);
    let recall = (total - 1) as f64 / total as f64;
    assert!((micro["r"].as_f64().unwrap() - recall).abs() < 1e-12, "recall {} != {recall}", micro["r"]);
    let org = &report["entities"]["per_label"]["ORG"];
    assert_eq!((org["gold"].as_u64(), org["pred"].as_u64()), (Some(6), Some(5)));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_pipeline_runs_over_gold_texts() {
    let report = stdout_json(&recense(&["evaluate", "--gold", SEED_GOLD, "--json"]));
    let entity_f1 = report["entities"]["micro"]["f1"].as_f64().unwrap();
    assert!(entity_f1 > 0.7, "shipped NER on the seed: {entity_f1}");
    let quantity_f1 = report["quantities"]["f1"].as_f64().unwrap();
    assert!(quantity_f1 > 0.9, "quantities on the seed: {quantity_f1}");
    assert_eq!(report["quantities"]["value_accuracy"], 1.0);
}

#[test]
fn suites_are_scored_per_file_and_per_kind() {
    let dir = scratch("cli", "suites");
    let failures = dir.join("failures.jsonl");
    let report = stdout_json(&recense(&[
        "evaluate", "--suite", "tests/fixtures/suites", "--json", "--failures", failures.to_str().unwrap(),
    ]));
    let numeral = &report["suites"]["numeral-sample"];
    assert_eq!(numeral["cases"], 5);
    assert_eq!(numeral["per_kind"]["negative"]["cases"], 2);
    assert_eq!(report["suites"]["percent-sample"]["cases"], 2);
    assert_eq!(report["overall"]["cases"], 7);
    let passed = report["overall"]["passed"].as_u64().unwrap();
    let failed_lines = fs::read_to_string(&failures).unwrap().lines().count() as u64;
    assert_eq!(passed + failed_lines, 7, "every case passes or is listed as a failure");
    assert!(passed >= 5);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_with_2_and_failed_runs_with_3() {
    assert_eq!(recense(&["evaluate"]).status.code(), Some(2));
    assert_eq!(recense(&["tokenize"]).status.code(), Some(2));
    let missing = recense(&["evaluate", "--gold", "no/such/gold.jsonl"]);
    assert_eq!(missing.status.code(), Some(3));
    assert!(String::from_utf8(missing.stderr).unwrap().contains("no/such/gold.jsonl"));
}

#[test]
fn the_ner_backend_is_chosen_by_a_kind_prefix() {
    let seed_gold = "corpus/seed/interpol-liberterra-ii.gold.jsonl";
    let refused = recense(&["evaluate", "--gold", seed_gold, "--ner-model", "perceptron:corpus/seed"]);
    assert_eq!(refused.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("corpus/seed: a folder, but a perceptron model is a file"), "{stderr}");
    let shipped = recense(&["evaluate", "--gold", seed_gold, "--ner-model", "perceptron:models/ner-fr.bin", "--json"]);
    assert!(shipped.status.success(), "{}", String::from_utf8_lossy(&shipped.stderr));
}

#[test]
fn evaluate_writes_the_gold_texts_a_peer_runs_on() {
    let dir = scratch("cli", "gold-texts");
    let gold = "corpus/seed/interpol-liberterra-ii.gold.jsonl";
    let output = recense(&["evaluate", "--gold", gold, "--save-gold-texts", dir.to_str().unwrap(), "--json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let written = fs::read_to_string(dir.join("interpol-liberterra-ii.txt")).unwrap();
    assert_eq!(written, fs::read_to_string("corpus/seed/interpol-liberterra-ii.txt").unwrap());
}
