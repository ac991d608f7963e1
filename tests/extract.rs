//! `recense extract` end to end: every output file, determinism across
//! thread counts, and a corpus of bad inputs where nothing is lost.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::{recense, scratch};

use serde_json::Value;



const OUTPUTS: [&str; 19] = [
    "articles.jsonl", "articles.csv", "articles.parquet", "entities.csv", "entities.parquet", "quantities.csv", "quantities.parquet", "facts.csv",
    "facts.parquet", "entity_index.csv", "entity_index.parquet", "cooccurrence.csv", "cooccurrence.parquet",
    "fact_index.csv", "fact_index.parquet", "summary.json", "summary.md", "manifest.json", "errors.jsonl",
];

fn extract(inputs: &[&Path], out: &Path, threads: &str) -> Output {
    let mut args: Vec<&str> = vec!["extract"];
    args.extend(inputs.iter().map(|p| p.to_str().unwrap()));
    args.extend(["--out", out.to_str().unwrap(), "--threads", threads, "--quiet"]);
    recense(&args)
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_corpus_gives_every_output_the_same_on_one_and_two_threads() {
    let dir = scratch("extract", "corpus");
    let (one, two) = (dir.join("one"), dir.join("two"));
    assert!(extract(&[Path::new("corpus")], &one, "1").status.success());
    assert!(extract(&[Path::new("corpus")], &two, "2").status.success());
    for name in OUTPUTS {
        assert!(one.join(name).is_file(), "{name} written");
        if name != "manifest.json" {
            assert_eq!(fs::read(one.join(name)).unwrap(), fs::read(two.join(name)).unwrap(), "{name} identical");
        }
    }
    let summary = json(&one.join("summary.json"));
    assert_eq!(summary["articles"], 57);
    let facts = fs::read_to_string(one.join("facts.csv")).unwrap();
    assert!(facts.lines().any(|l| l.starts_with("interpol-liberterra-ii,") && l.contains(",2 571,ARREST,2571,,exact,personne,people,")));
    let fact_index = fs::read_to_string(one.join("fact_index.csv")).unwrap();
    assert!(fact_index.lines().any(|l| l.starts_with("ARREST,2571,,personne,people,") && l.contains("interpol-liberterra-ii#")));
    let entities = fs::read_to_string(one.join("entity_index.csv")).unwrap();
    assert!(entities.lines().any(|l| l.starts_with("Interpol,ORG,interpol,")), "d’Interpol folds into Interpol");
    let manifest = json(&one.join("manifest.json"));
    assert_eq!(manifest["counts"]["articles"], 57);
    assert_eq!(manifest["threads"], 1);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_inputs_are_reported_and_nothing_is_lost() {
    let dir = scratch("extract", "bad");
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    fs::write(input.join("binary.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00").unwrap();
    fs::write(input.join("latin1.txt"), b"Le caf\xe9 de Paris.").unwrap();
    fs::write(input.join("empty.txt"), b"").unwrap();
    fs::write(input.join("broken.html"), "<html><head><title>Grève à Lyon</title><body><p>Plus de 2 000 manifestants à Lyon <b>mardi<p>Fin").unwrap();
    fs::write(
        input.join("feed.jsonl"),
        "{\"id\":\"a\",\"text\":\"Au Mali, 24 personnes ont été libérées.\",\"date\":\"2024-11-06\"}\n{broken\n{\"id\":\"c\",\"text\":\"La police a arrêté 12 personnes à Paris.\"}\n",
    )
    .unwrap();
    // The seed article over and over: 3 MB, within the article budget, and
    // 100 MB, over it.
    let seed = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seed/interpol-liberterra-ii.txt")).unwrap();
    let long = seed.repeat(3_000_000 / seed.len() + 1);
    fs::write(input.join("long.txt"), &long).unwrap();
    fs::write(input.join("big.txt"), seed.repeat(100_000_000 / seed.len() + 1)).unwrap();
    fs::write(input.join("notes.md"), "not an article").unwrap();

    let out = dir.join("out");
    let run = extract(&[&input], &out, "2");
    assert_eq!(run.status.code(), Some(1), "bad inputs give exit code 1: {}", String::from_utf8_lossy(&run.stderr));
    let manifest = json(&out.join("manifest.json"));
    let inputs = manifest["inputs"].as_array().unwrap();
    let status = |name: &str| {
        let entry = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with(name)).unwrap_or_else(|| panic!("{name} in manifest"));
        entry["status"].as_str().unwrap().to_string()
    };
    assert_eq!(inputs.len(), 8, "every input accounted for");
    assert_eq!(status("binary.txt"), "error");
    assert_eq!(status("latin1.txt"), "error");
    assert_eq!(status("feed.jsonl"), "error");
    assert_eq!(status("empty.txt"), "ok");
    assert_eq!(status("broken.html"), "ok");
    assert_eq!(status("long.txt"), "ok");
    assert_eq!(status("big.txt"), "error");
    assert_eq!(status("notes.md"), "skipped");

    let errors: Vec<Value> =
        fs::read_to_string(out.join("errors.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(errors.len(), 4);
    assert!(errors.iter().any(|e| e["file"].as_str().unwrap().ends_with("big.txt") && e["reason"].as_str().unwrap().contains("budget")));
    assert!(errors.iter().any(|e| e["file"].as_str().unwrap().ends_with("latin1.txt") && e["place"] == "byte 6"));
    assert!(errors.iter().any(|e| e["file"].as_str().unwrap().ends_with("feed.jsonl") && e["place"].as_str().unwrap().starts_with("line 2")));

    let articles: Vec<Value> =
        fs::read_to_string(out.join("articles.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["broken", "empty", "a", "c", "long"], "every good article, in input order");
    let broken = &articles[0];
    assert!(broken["quantities"].as_array().unwrap().iter().any(|q| q["value"] == 2000));
    let long_article = &articles[4];
    let repeats = long.matches("2 571").count();
    let arrests = long_article["facts"].as_array().unwrap().iter().filter(|f| f["value"] == 2571).count();
    assert_eq!(arrests, repeats, "every repeat of the seed's figure in the big file");
    let mali = &articles[2];
    assert_eq!(mali["facts"][0]["country"], "ML");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn formats_choose_the_files() {
    let dir = scratch("extract", "formats");
    let out = dir.join("out");
    let run = recense(&["extract", "corpus/seed", "--out", out.to_str().unwrap(), "--formats", "csv", "--quiet"]);
    assert!(run.status.success());
    assert!(out.join("facts.csv").is_file());
    assert!(!out.join("facts.parquet").exists());
    assert!(!out.join("articles.jsonl").exists());
    assert!(out.join("manifest.json").is_file() && out.join("summary.json").is_file());
    assert_eq!(recense(&["extract", "corpus", "--out", out.to_str().unwrap(), "--formats", "xml"]).status.code(), Some(2));
    fs::remove_dir_all(&dir).unwrap();
}
