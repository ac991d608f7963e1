//! Number suites end to end: reading, scoring with an extractor, failures.

use std::path::PathBuf;

use recense_eval::record::QuantityRecord;
use recense_eval::suite::{read_suites, score_suites};
use serde_json::{json, Value};

fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

fn quantity(value: Value) -> QuantityRecord {
    serde_json::from_value(value).unwrap()
}

/// A stand-in extractor that knows the answers to the excerpt's cases, gets
/// the range and the age sentence wrong, and resolves "aujourd'hui" only
/// against the case's reference date.
fn extract(text: &str, reference_date: Option<&str>) -> Vec<QuantityRecord> {
    let found = match text {
        "0" => vec![
            json!({"start": 0, "end": 1, "text": "0", "kind": "count", "value": 0, "unit": "personne"}),
        ],
        "trente-trois" => vec![
            json!({"start": 0, "end": 12, "text": "trente-trois", "kind": "number", "value": 33}),
        ],
        "entre 10 et 20 euro" => {
            vec![
                json!({"start": 0, "end": 19, "text": text, "kind": "money", "value": 10, "unit": "EUR"}),
            ]
        }
        "aujourd'hui" => match reference_date.and_then(|date| date.get(..10)) {
            Some(day) => {
                vec![json!({"start": 0, "end": 11, "text": text, "kind": "date", "value": day})]
            }
            None => vec![],
        },
        text if text.starts_with("Comté de montgomery") => vec![
            json!({"start": 26, "end": 47, "text": "75 millions de dollar", "kind": "money", "value": 75e6, "unit": "USD"}),
            json!({"start": 143, "end": 147, "text": "1989", "kind": "date", "value": "1989"}),
        ],
        text if text.starts_with("Quand elle avait") => vec![
            json!({"start": 17, "end": 25, "text": "cinq ans", "kind": "age", "value": 5, "unit": "year"}),
            json!({"start": 51, "end": 54, "text": "une", "kind": "count", "value": 1, "unit": "bicyclette"}),
        ],
        _ => vec![],
    };
    found.into_iter().map(quantity).collect()
}

#[test]
fn suites_are_scored_per_file_per_kind_and_overall() {
    let suites = read_suites(&[data("suites")]).unwrap();
    let names: Vec<&str> = suites.iter().map(|suite| suite.name.as_str()).collect();
    assert_eq!(names, ["duckling-excerpt", "rt-excerpt"]);

    let report = score_suites(&suites, &extract);
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(
        json["overall"],
        json!({"cases": 7, "passed": 5, "pass_rate": 5.0 / 7.0})
    );
    let duckling = &json["suites"]["duckling-excerpt"];
    assert_eq!(
        (&duckling["cases"], &duckling["passed"]),
        (&json!(5), &json!(4))
    );
    assert_eq!(
        duckling["per_kind"]["number"],
        json!({"cases": 2, "passed": 2, "pass_rate": 1.0})
    );
    assert_eq!(
        duckling["per_kind"]["money"],
        json!({"cases": 1, "passed": 0, "pass_rate": 0.0})
    );
    assert_eq!(duckling["per_kind"]["negative"]["passed"], json!(1));
    assert_eq!(
        json["suites"]["rt-excerpt"]["per_kind"]["age"]["passed"],
        json!(0)
    );

    let failed: Vec<(&str, &str)> = report
        .failures()
        .iter()
        .map(|failure| (failure.id.as_str(), failure.reason.as_str()))
        .collect();
    assert_eq!(
        failed,
        [
            ("duckling/money/28", "value_max 20 expected, None found"),
            ("rt/age/1", "\"une\" at 51..54 found but not expected"),
        ]
    );
    assert_eq!(report.failures()[1].predicted.len(), 2);

    let mut lines = Vec::new();
    report.write_failures(&mut lines).unwrap();
    let lines = String::from_utf8(lines).unwrap();
    assert_eq!(lines.lines().count(), 2);
    let first: Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["suite"], "duckling-excerpt");
    assert_eq!(first["expected"][0]["value_max"], 20);

    let table = report.to_table();
    assert!(table.contains("overall"), "{table}");
    assert!(table.contains("  money"), "{table}");
}

#[test]
fn a_bad_suite_line_names_file_and_line() {
    let err = read_suites(&[data("seed/interpol-liberterra-ii.gold.jsonl")]).unwrap_err();
    assert_eq!(err.place.as_deref(), Some("line 1"));
}
