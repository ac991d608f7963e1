//! A NER backend that fails on one article (a transformer out of memory,
//! say): that article is reported as an error of its input, and the batch
//! goes on.

use std::fs;

use recense::extract::{run, ExtractOptions};
use recense::Pipeline;
use recense_aggregate::table::TableFormats;
use recense_aggregate::Formats;
use recense_ner::{Entity, EntityTagger, TaggerError};
use recense_text::{Sentence, Token};
use serde_json::Value;

/// Tags nothing, and fails on any text holding "PANNE".
struct FailsOnPanne;

impl EntityTagger for FailsOnPanne {
    fn entities(&self, text: &str, _: &[Token], _: &[Sentence]) -> Result<Vec<Entity>, TaggerError> {
        if text.contains("PANNE") {
            Err(TaggerError { message: "the model failed: out of memory".into() })
        } else {
            Ok(Vec::new())
        }
    }
}

#[test]
fn an_article_the_tagger_fails_on_is_an_error_and_the_batch_goes_on() {
    let dir = std::env::temp_dir().join(format!("recense-tagger-failure-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("in")).unwrap();
    fs::write(dir.join("in/a.txt"), "Le 3 mars 2024, 12 personnes ont été arrêtées à Lyon.").unwrap();
    fs::write(dir.join("in/b.txt"), "PANNE : 5 personnes blessées.").unwrap();
    fs::write(dir.join("in/c.jsonl"), "{\"id\": \"c1\", \"text\": \"3 morts.\"}\n{\"id\": \"c2\", \"text\": \"PANNE encore.\"}\n").unwrap();
    let pipeline = || Ok(Pipeline::new()?.with_tagger(Box::new(FailsOnPanne)));
    let options = ExtractOptions {
        out: dir.join("out"),
        threads: 2,
        formats: Formats { jsonl: true, tables: TableFormats { csv: true, parquet: false } },
        lossy: false,
        max_article_bytes: 1 << 20,
        quiet: true,
        incremental: false,
    };
    let report = run(pipeline, &[dir.join("in")], &options).unwrap();
    assert_eq!(report.errors, 2, "b.txt and c.jsonl each had an article fail");

    let articles = fs::read_to_string(dir.join("out/articles.jsonl")).unwrap();
    let ids: Vec<String> = articles.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["a", "c1"]);

    let errors: Vec<Value> =
        fs::read_to_string(dir.join("out/errors.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let places: Vec<&str> = errors.iter().map(|e| e["place"].as_str().unwrap()).collect();
    assert_eq!(places, ["article b", "article c2"]);
    assert!(errors.iter().all(|e| e["kind"] == "error" && e["reason"].as_str().unwrap().contains("out of memory")));

    let manifest: Value = serde_json::from_str(&fs::read_to_string(dir.join("out/manifest.json")).unwrap()).unwrap();
    let statuses: Vec<(&str, &str)> = manifest["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["path"].as_str().unwrap().rsplit('/').next().unwrap(), i["status"].as_str().unwrap()))
        .collect();
    assert_eq!(statuses, [("a.txt", "ok"), ("b.txt", "error"), ("c.jsonl", "error")]);
    assert_eq!(manifest["complete"], true);
}
