//! Gold readers and scores against the contract, on small copies of the
//! project's data (see `tests/data/README.md`).

use std::path::PathBuf;

use recense_eval::read::{read_gold, read_predictions, GoldDoc};
use recense_eval::record::{DocRecord, EntityRecord};
use recense_eval::score::score;
use serde_json::{json, Value};

fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

fn seed() -> Vec<GoldDoc> {
    read_gold(&data("seed/interpol-liberterra-ii.gold.jsonl")).expect("the seed gold reads")
}

/// A gold document from a contract record written as JSON.
fn gold_doc(record: Value) -> GoldDoc {
    let record: DocRecord = serde_json::from_value(record).expect("a contract record");
    let text = record.text.clone().unwrap_or_default();
    GoldDoc { record, text }
}

fn record(value: Value) -> DocRecord {
    serde_json::from_value(value).expect("a contract record")
}

fn entity_spans(doc: &GoldDoc) -> Vec<(usize, usize, &str, &str)> {
    let entities = doc.record.entities.as_deref().expect("an entity layer");
    entities
        .iter()
        .map(|e| (e.start, e.end, e.label.as_str(), e.text.as_str()))
        .collect()
}

#[test]
fn seed_gold_against_itself_scores_one_everywhere() {
    let gold = seed();
    let pred: Vec<DocRecord> = gold.iter().map(|doc| doc.record.clone()).collect();
    let report = score(&gold, &pred);

    let entities = report.entities.expect("entities scored");
    assert_eq!(
        (entities.micro.p, entities.micro.r, entities.micro.f1),
        (Some(1.0), Some(1.0), Some(1.0))
    );
    assert_eq!(entities.headline_f1, Some(1.0));
    for (label, scores) in &entities.per_label {
        assert_eq!(scores.prf.f1, Some(1.0), "{label}");
    }

    let quantities = report.quantities.expect("quantities scored");
    assert_eq!(
        (quantities.prf.p, quantities.prf.r, quantities.prf.f1),
        (Some(1.0), Some(1.0), Some(1.0))
    );
    assert_eq!(
        (quantities.gold, quantities.pred),
        (18, 18),
        "22 quantities, 4 optional"
    );
    for accuracy in [
        quantities.kind_accuracy,
        quantities.value_accuracy,
        quantities.unit_accuracy,
        quantities.approx_accuracy,
    ] {
        assert_eq!(accuracy, Some(1.0));
    }

    let facts = report.facts.expect("facts scored");
    assert_eq!(
        (facts.prf.p, facts.prf.r, facts.prf.f1),
        (Some(1.0), Some(1.0), Some(1.0))
    );
    assert_eq!((facts.gold, facts.pred), (14, 14), "16 facts, 2 optional");
    for accuracy in [
        facts.unit_accuracy,
        facts.location_accuracy,
        facts.country_accuracy,
        facts.date_accuracy,
    ] {
        assert_eq!(accuracy, Some(1.0));
    }
}

#[test]
fn one_entity_left_out_costs_exactly_one_twenty_second_of_recall() {
    let gold = seed();
    let entities = gold[0].record.entities.as_ref().unwrap();
    assert_eq!(entities.iter().filter(|e| !e.optional).count(), 22);
    let mut pred = gold[0].record.clone();
    let removed = pred.entities.as_mut().unwrap().remove(3);
    assert_eq!(removed.label, "LOC");

    let entities = score(&gold, &[pred]).entities.unwrap();
    assert_eq!(entities.micro.r, Some(21.0 / 22.0));
    assert_eq!(entities.micro.p, Some(1.0));
    let loc = &entities.per_label["LOC"];
    assert_eq!((loc.gold, loc.pred), (11, 10));
}

#[test]
fn report_serialises_with_the_contract_field_names() {
    let gold = seed();
    let pred: Vec<DocRecord> = gold.iter().map(|doc| doc.record.clone()).collect();
    let report = serde_json::to_value(score(&gold, &pred)).unwrap();
    // Field names, sorted (serde_json objects are sorted maps).
    let keys = |value: &Value| {
        let mut keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        keys.join(" ")
    };
    assert_eq!(keys(&report), "docs entities facts quantities");
    assert_eq!(keys(&report["entities"]), "headline_f1 micro per_label");
    assert_eq!(keys(&report["entities"]["micro"]), "f1 p r");
    assert_eq!(
        keys(&report["entities"]["per_label"]["PER"]),
        "f1 gold p pred r"
    );
    assert_eq!(
        keys(&report["quantities"]),
        "approx_accuracy f1 gold kind_accuracy p pred r unit_accuracy value_accuracy"
    );
    assert_eq!(
        keys(&report["facts"]),
        "country_accuracy date_accuracy f1 gold location_accuracy p pred r unit_accuracy"
    );
    assert_eq!(
        report["docs"],
        json!({"gold": 1, "pred": 1, "missing_pred": 0, "unmatched_pred": 0})
    );
}

#[test]
fn winer_keeps_only_outermost_spans_and_drops_dates_and_hours() {
    let gold = read_gold(&data("winer")).unwrap();
    let ids: Vec<&str> = gold.iter().map(|doc| doc.record.doc.as_str()).collect();
    assert_eq!(ids, ["2018_03_10-003", "2018_04_04-002"]);
    assert!(gold
        .iter()
        .all(|doc| doc.record.quantities.is_none() && doc.record.facts.is_none()));

    // "Bâle" lies inside the organisation "Raiffeisen de Bâle".
    assert_eq!(
        entity_spans(&gold[0]),
        [
            (0, 6, "LOC", "Suisse"),
            (12, 30, "ORG", "Raiffeisen de Bâle"),
            (104, 122, "ORG", "Raiffeisen de Bâle"),
        ]
    );
    // "Pékin" lies inside the Hour "8 h 15 heure de Pékin": both go.
    let spans = entity_spans(&gold[1]);
    assert!(spans.contains(&(338, 353, "LOC", "Océan Pacifique")));
    assert!(!spans
        .iter()
        .any(|span| span.3 == "Pékin" || span.3.contains("h 15")));
    assert!(!spans.iter().any(|span| span.3.contains("2018")));
    assert_eq!(spans.len(), 10);
}

#[test]
fn brat_discontinuous_spans_become_one_span_and_offsets_are_code_points() {
    let gold = read_gold(&data("brat-discontinuous/curie.ann")).unwrap();
    assert_eq!(
        entity_spans(&gold[0]),
        [
            (0, 20, "PER", "Élise et Marie Curie"),
            (38, 44, "LOC", "Zürich")
        ]
    );
}

#[test]
fn text_sha256_mismatch_is_an_error_naming_the_doc() {
    let err = read_gold(&data("bad-sha")).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("changed.gold.jsonl"), "{message}");
    assert!(message.contains("doc changed"), "{message}");
    assert!(message.contains("text_sha256"), "{message}");
}

#[test]
fn hipe_text_is_rebuilt_from_tokens_with_code_point_offsets() {
    let gold = read_gold(&data("hipe/newseye-excerpt.tsv")).unwrap();
    assert_eq!(gold.len(), 2);
    let first = &gold[0];
    assert_eq!(first.record.doc, "hidden_test_fr_1");
    assert_eq!(first.record.date.as_deref(), Some("1923-01-15"));
    assert_eq!(
        first.text,
        "Il s'agit d'un avion Nieuport, ayant ap¬partenu à l'escadrille de chasse numéro103,"
    );
    assert_eq!(
        entity_spans(first),
        [
            (21, 29, "ORG", "Nieuport"),
            (52, 82, "ORG", "escadrille de chasse numéro103")
        ]
    );

    let second = &gold[1];
    assert_eq!(second.record.doc, "hidden_test_fr_22");
    assert_eq!(second.text, "Vous avez raison, mademoiselle Ri¬\nraison...");
    assert_eq!(entity_spans(second), [(18, 34, "PER", "mademoiselle Ri¬")]);
}

#[test]
fn iob1_file_without_breaks_is_one_document() {
    let gold = read_gold(&data("bio/europeana-excerpt.bio")).unwrap();
    assert_eq!(gold.len(), 1);
    assert_eq!(gold[0].record.doc, "europeana-excerpt");
    assert!(gold[0]
        .text
        .starts_with("Emmanuel DESOLES de LOU Directeur"));
    let spans = entity_spans(&gold[0]);
    assert_eq!(
        spans.iter().map(|s| (s.2, s.3)).collect::<Vec<_>>(),
        [("PER", "Emmanuel DESOLES"), ("LOC", "Rue du Pré-Botté")]
    );
}

#[test]
fn a_folder_of_gold_files_is_read_recursively_in_name_order() {
    let folder = std::env::temp_dir().join(format!("recense-eval-folder-{}", std::process::id()));
    let nested = folder.join("b-nested");
    std::fs::create_dir_all(&nested).unwrap();
    for (from, to) in [
        ("hipe/newseye-excerpt.tsv", folder.join("c.tsv")),
        ("bio/europeana-excerpt.bio", folder.join("a.bio")),
        ("brat-discontinuous/curie.ann", nested.join("curie.ann")),
        ("brat-discontinuous/curie.txt", nested.join("curie.txt")),
    ] {
        std::fs::copy(data(from), to).unwrap();
    }
    std::fs::write(folder.join("notes.md"), "not gold").unwrap();
    let gold = read_gold(&folder);
    std::fs::remove_dir_all(&folder).unwrap();
    let ids: Vec<String> = gold
        .unwrap()
        .into_iter()
        .map(|doc| doc.record.doc)
        .collect();
    assert_eq!(ids, ["a", "curie", "hidden_test_fr_1", "hidden_test_fr_22"]);
    assert!(
        read_gold(&data("winer/2018_03_10-003.txt")).is_err(),
        "a .txt alone is no gold"
    );
}

#[test]
fn optional_gold_items_neither_reward_nor_penalise() {
    let text = "Le 6 novembre, Jean Dupont et 12 personnes ont été arrêtés en Argentine.";
    let gold = [gold_doc(json!({
        "doc": "d", "text": text,
        "entities": [
            {"start": 15, "end": 26, "label": "PER", "text": "Jean Dupont"},
            {"start": 62, "end": 71, "label": "LOC", "text": "Argentine", "optional": true}
        ],
        "quantities": [
            {"start": 3, "end": 13, "text": "6 novembre", "kind": "date", "value": "2024-11-06", "unit": null, "approx": "exact", "optional": true},
            {"start": 30, "end": 32, "text": "12", "kind": "count", "value": 12, "unit": "personne", "approx": "exact"}
        ],
        "facts": [
            {"event": "ARREST", "value": 12, "unit": "personne", "location": "Argentine", "country": "AR", "date": null,
             "quantity": {"start": 30, "end": 32}}
        ]
    }))];
    // Finding the optional items is not rewarded…
    let with_optional = record(json!({
        "doc": "d",
        "entities": [
            {"start": 15, "end": 26, "label": "PER", "text": "Jean Dupont"},
            {"start": 62, "end": 71, "label": "LOC", "text": "Argentine"}
        ],
        "quantities": [
            {"start": 3, "end": 13, "text": "6 novembre", "kind": "date", "value": "2024-11-06"},
            {"start": 30, "end": 32, "text": "12", "kind": "count", "value": 12, "unit": "personne", "approx": "exact"}
        ],
        "facts": [
            {"event": "ARREST", "value": 12, "unit": "personne", "location": "Argentine", "country": "AR",
             "quantity": {"start": 30, "end": 32}}
        ]
    }));
    let report = score(&gold, std::slice::from_ref(&with_optional));
    let entities = report.entities.unwrap();
    assert_eq!((entities.micro.p, entities.micro.r), (Some(1.0), Some(1.0)));
    assert!(
        !entities.per_label.contains_key("LOC"),
        "the optional LOC found is not counted"
    );
    let quantities = report.quantities.unwrap();
    assert_eq!(
        (quantities.gold, quantities.pred, quantities.prf.p),
        (1, 1, Some(1.0))
    );

    // …and missing them is not penalised.
    let mut without_optional = with_optional;
    without_optional.entities.as_mut().unwrap().pop();
    without_optional.quantities.as_mut().unwrap().remove(0);
    let report = score(&gold, &[without_optional]);
    assert_eq!(report.entities.unwrap().micro.r, Some(1.0));
    assert_eq!(report.quantities.unwrap().prf.r, Some(1.0));
}

#[test]
fn a_layer_left_out_is_not_scored_but_an_empty_one_is() {
    let text = "Interpol a arrêté 12 personnes.";
    let gold = [gold_doc(
        json!({"doc": "d", "text": text, "quantities": []}),
    )];
    let pred = record(json!({
        "doc": "d",
        "entities": [{"start": 0, "end": 8, "label": "ORG", "text": "Interpol"}],
        "quantities": [{"start": 18, "end": 20, "text": "12", "kind": "count", "value": 12, "unit": "personne", "approx": "exact"}]
    }));
    let report = score(&gold, &[pred]);
    assert!(
        report.entities.is_none(),
        "no gold entity layer: predicted entities are not scored"
    );
    assert!(report.facts.is_none());
    let quantities = report.quantities.unwrap();
    assert_eq!((quantities.gold, quantities.pred), (0, 1));
    assert_eq!(
        (quantities.prf.p, quantities.prf.r, quantities.prf.f1),
        (Some(0.0), None, Some(0.0))
    );
    assert_eq!(quantities.kind_accuracy, None, "no matched pair");
    let no_layers = score(&[gold_doc(json!({"doc": "d", "text": ""}))], &[]);
    assert_eq!(
        serde_json::to_value(no_layers).unwrap()["entities"],
        Value::Null
    );
}

#[test]
fn documents_pair_by_id() {
    let gold = seed();
    let stranger = record(json!({"doc": "elsewhere", "entities": []}));
    let report = score(&gold, &[stranger]);
    assert_eq!(
        (report.docs.missing_pred, report.docs.unmatched_pred),
        (1, 1)
    );
    let entities = report.entities.unwrap();
    assert_eq!(
        (entities.micro.r, entities.micro.p, entities.micro.f1),
        (Some(0.0), None, Some(0.0))
    );
}

#[test]
fn misc_predictions_count_in_micro_but_not_in_the_headline() {
    let gold = seed();
    let mut pred = gold[0].record.clone();
    pred.entities.as_mut().unwrap().push(EntityRecord {
        start: 89,
        end: 102,
        label: "MISC".into(),
        text: "Liberterra II".into(),
        optional: false,
        confidence: None,
    });
    let entities = score(&gold, &[pred]).entities.unwrap();
    assert_eq!(entities.headline_f1, Some(1.0));
    assert_eq!(entities.micro.p, Some(22.0 / 23.0));
    let misc = &entities.per_label["MISC"];
    assert_eq!((misc.gold, misc.pred, misc.prf.p), (0, 1, Some(0.0)));
}

#[test]
fn spacy_style_labels_are_mapped_before_matching() {
    let gold = seed();
    let mut pred = gold[0].record.clone();
    for entity in pred.entities.as_mut().unwrap() {
        entity.label = match entity.label.as_str() {
            "PER" => "PERSON".into(),
            "LOC" => "GPE".into(),
            other => other.into(),
        };
    }
    assert_eq!(score(&gold, &[pred]).entities.unwrap().micro.f1, Some(1.0));
}

#[test]
fn quantity_matching_is_by_overlap_one_to_one_then_fields() {
    let text = "près de 24 000 vols et 8 millions de vérifications";
    let gold = [gold_doc(json!({"doc": "d", "text": text, "quantities": [
        {"start": 0, "end": 14, "text": "près de 24 000", "kind": "count", "value": 24000, "unit": "vol", "approx": "approx"},
        {"start": 23, "end": 33, "text": "8 millions", "kind": "count", "value": 8000000, "unit": "vérification", "approx": "exact"}
    ]}))];
    let pred = record(json!({"doc": "d", "quantities": [
        {"start": 8, "end": 14, "text": "24 000", "kind": "number", "value": 24000, "unit": null, "approx": "exact"},
        {"start": 5, "end": 10, "text": "de 24", "kind": "count", "value": 24, "unit": "vol", "approx": "exact"},
        {"start": 23, "end": 33, "text": "8 millions", "kind": "count", "value": 8000000.0000000001, "unit": "vérification", "approx": "exact"}
    ]}));
    let quantities = score(&gold, &[pred]).quantities.unwrap();
    assert_eq!((quantities.gold, quantities.pred), (2, 3));
    assert_eq!(
        (quantities.prf.p, quantities.prf.r),
        (Some(2.0 / 3.0), Some(1.0))
    );
    // "24 000" overlaps the first gold item most and takes it; "de 24" is left over.
    assert_eq!(quantities.kind_accuracy, Some(0.5));
    assert_eq!(quantities.value_accuracy, Some(1.0));
    assert_eq!(quantities.unit_accuracy, Some(0.5));
    assert_eq!(quantities.approx_accuracy, Some(0.5));
}

#[test]
fn facts_need_the_same_event_for_the_headline_and_accuracies_skip_null_gold_fields() {
    let text = "En Argentine, 14 mineurs et 45 victimes ont été secourus.";
    let gold = [gold_doc(json!({"doc": "d", "text": text, "facts": [
        {"event": "RESCUE", "value": 14, "unit": "mineur", "location": "Argentine", "country": "AR", "date": null, "quantity": {"start": 14, "end": 16}},
        {"event": "RESCUE", "value": 45, "unit": "victime", "location": "Argentine", "country": "AR", "date": null, "quantity": {"start": 28, "end": 30}}
    ]}))];
    let pred = record(json!({"doc": "d", "facts": [
        {"event": "RESCUE", "value": 14, "unit": "mineur", "location": "Argentine", "country": "AR", "date": "2024-10", "quantity": {"start": 14, "end": 16}},
        {"event": "OTHER", "value": 45, "unit": "victime", "location": null, "country": "AR", "date": null, "quantity": {"start": 28, "end": 39}}
    ]}));
    let facts = score(&gold, &[pred]).facts.unwrap();
    assert_eq!((facts.prf.p, facts.prf.r), (Some(0.5), Some(0.5)));
    assert_eq!(facts.unit_accuracy, Some(1.0));
    assert_eq!(facts.location_accuracy, Some(0.5));
    assert_eq!(facts.country_accuracy, Some(1.0));
    assert_eq!(facts.date_accuracy, None, "no gold fact has a date");
}

#[test]
fn a_bad_prediction_line_is_an_error_naming_file_and_line() {
    let err = read_predictions(&data("suites/rt-excerpt.jsonl")).unwrap_err();
    assert_eq!(err.path, data("suites/rt-excerpt.jsonl"));
    assert_eq!(err.place.as_deref(), Some("line 1"));
    assert!(
        err.to_string()
            .contains("rt-excerpt.jsonl: line 1: not a contract record"),
        "{err}"
    );
}

#[test]
fn predictions_read_back_what_was_written() {
    let pred = read_predictions(&data("seed/interpol-liberterra-ii.gold.jsonl")).unwrap();
    assert_eq!(pred.len(), 1);
    assert_eq!(pred[0], seed()[0].record);
    let written = serde_json::to_value(&pred[0]).unwrap();
    assert!(
        written.get("text").is_none(),
        "a left-out field is not written"
    );
    assert!(
        written["entities"][0].get("optional").is_none(),
        "optional: false is not written"
    );
    assert_eq!(written["quantities"][2]["optional"], json!(true));
}

#[test]
fn the_table_shows_every_layer() {
    let gold = seed();
    let pred: Vec<DocRecord> = gold.iter().map(|doc| doc.record.clone()).collect();
    let table = score(&gold, &pred).to_table();
    for needle in [
        "entities",
        "headline micro-F1 over PER, LOC, ORG: 1.000",
        "quantities",
        "facts",
        "EVENT",
    ] {
        assert!(table.contains(needle), "{needle} missing in\n{table}");
    }
}

#[test]
fn a_prediction_overlapping_an_optional_item_is_excused_whatever_its_fields() {
    let text = "Paris : Interpol a arrêté 12 personnes et saisi 3 voitures.";
    let gold = [gold_doc(json!({
        "doc": "d", "text": text,
        "entities": [
            {"start": 0, "end": 5, "label": "LOC", "text": "Paris"},
            {"start": 8, "end": 16, "label": "ORG", "text": "Interpol", "optional": true}
        ],
        "quantities": [
            {"start": 26, "end": 28, "text": "12", "kind": "count", "value": 12, "unit": "personne", "approx": "exact"},
            {"start": 48, "end": 49, "text": "3", "kind": "count", "value": 3, "unit": "voiture", "approx": "exact", "optional": true}
        ],
        "facts": [
            {"event": "ARREST", "value": 12, "unit": "personne", "location": "Paris", "country": "FR", "date": null,
             "quantity": {"start": 26, "end": 28}},
            {"event": "SEIZE", "value": 3, "unit": "voiture", "location": null, "country": null, "date": null,
             "quantity": {"start": 48, "end": 49}, "optional": true}
        ]
    }))];
    // wrong label on the optional entity (and a shorter span), wrong event and value on the optional fact
    let pred = record(json!({
        "doc": "d",
        "entities": [
            {"start": 0, "end": 5, "label": "LOC", "text": "Paris"},
            {"start": 8, "end": 12, "label": "PER", "text": "Inte"}
        ],
        "quantities": [
            {"start": 26, "end": 28, "text": "12", "kind": "count", "value": 12, "unit": "personne", "approx": "exact"},
            {"start": 48, "end": 49, "text": "3", "kind": "number", "value": 4}
        ],
        "facts": [
            {"event": "ARREST", "value": 12, "unit": "personne", "location": "à paris", "country": "FR",
             "quantity": {"start": 26, "end": 28}},
            {"event": "OTHER", "value": 4, "unit": null, "quantity": {"start": 48, "end": 49}}
        ]
    }));
    let report = score(&gold, &[pred]);
    let entities = report.entities.unwrap();
    assert_eq!((entities.micro.p, entities.micro.r), (Some(1.0), Some(1.0)));
    let quantities = report.quantities.unwrap();
    assert_eq!((quantities.gold, quantities.pred, quantities.prf.p), (1, 1, Some(1.0)));
    let facts = report.facts.unwrap();
    assert_eq!((facts.gold, facts.pred, facts.prf.f1), (1, 1, Some(1.0)));
    // "à paris" is "Paris" once case and a leading preposition are folded
    assert_eq!(facts.location_accuracy, Some(1.0));
}

#[test]
fn locations_fold_case_and_a_leading_article_or_preposition_only() {
    let text = "En Argentine, 14 mineurs ont été libérés.";
    let gold = [gold_doc(json!({
        "doc": "d", "text": text,
        "facts": [{"event": "RESCUE", "value": 14, "unit": "mineur", "location": "Argentine", "country": "AR",
                   "date": null, "quantity": {"start": 14, "end": 16}}]
    }))];
    let location_accuracy = |location: &str| {
        let pred = record(json!({"doc": "d", "facts": [{"event": "RESCUE", "value": 14, "unit": "mineur",
            "location": location, "country": "AR", "quantity": {"start": 14, "end": 16}}]}));
        score(&gold, &[pred]).facts.unwrap().location_accuracy
    };
    for same in ["Argentine", "l'Argentine", "en Argentine", "EN ARGENTINE", "l’argentine"] {
        assert_eq!(location_accuracy(same), Some(1.0), "{same}");
    }
    for other in ["Argentines", "Buenos Aires", "Argentine du Nord"] {
        assert_eq!(location_accuracy(other), Some(0.0), "{other}");
    }
}
