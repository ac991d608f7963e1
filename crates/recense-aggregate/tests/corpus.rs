//! Corpus tables and summary on constructed articles: honest totals, the
//! README's column reference, evidence on every fact.

use chrono::NaiveDate;
use recense_aggregate::table::TableFormats;
use recense_aggregate::{ArticleResult, Corpus, Formats, Summary, TABLES};
use recense_contract::record::DocRecord;
use serde_json::json;

/// An article whose facts are given as (event, value, value_max, unit,
/// part_of) on quantities laid out one per sentence.
fn article(id: &str, facts: &[(&str, f64, Option<f64>, &str, bool)]) -> ArticleResult {
    let mut text = String::new();
    let (mut quantities, mut records, mut sentences) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (event, value, value_max, unit, part)) in facts.iter().enumerate() {
        let start = text.chars().count();
        let number = value.to_string();
        text.push_str(&format!("{number} {unit}. "));
        let end = start + number.chars().count();
        sentences.push(start..text.chars().count());
        quantities.push(json!({"start": start, "end": end, "text": number, "kind": "count", "value": value,
            "value_max": value_max, "unit": unit, "approx": if value_max.is_some() { "range" } else { "exact" }}));
        let part_of = (*part && i > 0).then(|| json!({"start": quantities[i - 1]["start"], "end": quantities[i - 1]["end"]}));
        records.push(json!({"event": event, "value": value, "unit": unit, "location": null, "country": null, "date": null,
            "quantity": {"start": start, "end": end}, "part_of": part_of}));
    }
    let record: DocRecord = serde_json::from_value(json!({"doc": id, "entities": [], "quantities": quantities, "facts": records})).unwrap();
    ArticleResult {
        id: id.into(),
        source: None,
        title: Some(format!("Title of {id}")),
        url: Some(format!("https://example.org/{id}")),
        date: NaiveDate::from_ymd_opt(2024, 11, 6),
        tokens: 0,
        bytes: text.len(),
        sentences,
        text,
        record,
    }
}

fn summarise(articles: &[ArticleResult]) -> (tempfile::TempDir, Summary) {
    let dir = tempfile::tempdir().unwrap();
    let formats = Formats { jsonl: true, tables: TableFormats { csv: true, parquet: true } };
    let mut corpus = Corpus::create(dir.path(), formats).unwrap();
    for a in articles {
        corpus.add(a).unwrap();
    }
    let summary = corpus.finish().unwrap();
    (dir, summary)
}

#[test]
fn totals_never_mix_unit_classes_or_currencies_and_never_sum_other() {
    let (_dir, summary) = summarise(&[
        article("a", &[("ARREST", 2571.0, None, "personne", false), ("ARREST", 40.0, None, "individu", false), ("ARREST", 3.0, None, "britannique", false)]),
        article("b", &[("COST", 5.0e6, None, "EUR", false), ("COST", 2.0e6, None, "USD", false), ("OTHER", 4.0, None, "jeu", false)]),
        article("c", &[("RESCUE", 3222.0, None, "victime", false), ("RESCUE", 45.0, None, "enfant", true), ("EMPLOY", 8000.0, Some(10000.0), "emploi", false)]),
        article("d", &[("KILL", 3.0, None, "but", false)]),
    ]);
    let total = |event: &str, class: &str| summary.totals.iter().find(|t| t.event == event && t.unit_class == class).map(|t| (t.total, t.total_max));
    assert_eq!(total("ARREST", "people"), Some((2611.0, 2611.0)), "personne and individu are both people");
    assert_eq!(total("ARREST", "nationals"), Some((3.0, 3.0)));
    assert_eq!(total("COST", "money:EUR"), Some((5.0e6, 5.0e6)));
    assert_eq!(total("COST", "money:USD"), Some((2.0e6, 2.0e6)), "dollars are not added to euros");
    assert_eq!(total("RESCUE", "people"), Some((3222.0, 3222.0)), "the 45 are part of the 3 222");
    assert_eq!(total("EMPLOY", "jobs"), Some((8000.0, 10000.0)), "a range sums as a range");
    assert!(summary.totals.iter().all(|t| t.event != "OTHER"), "no OTHER total");
    let not_summed: Vec<(&str, &str)> = summary.not_summed.iter().map(|n| (n.event.as_str(), n.reason)).collect();
    assert!(not_summed.contains(&("OTHER", "OTHER event")));
    assert!(not_summed.contains(&("KILL", "no unit class")), "goals are not people");
    assert!(not_summed.contains(&("RESCUE", "part of another figure")));
    let by_month = summary.facts_by_event_month.iter().find(|t| t.event == "ARREST").unwrap();
    assert_eq!((by_month.month.clone().flatten().as_deref(), by_month.month_from), (Some("2024-11"), Some("article")));
}

#[test]
fn every_fact_row_carries_its_evidence() {
    let (dir, _) = summarise(&[article("a", &[("ARREST", 2571.0, None, "personne", false)])]);
    let facts = std::fs::read_to_string(dir.path().join("facts.csv")).unwrap();
    let mut lines = facts.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let field = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(field("sentence_text"), "2571 personne. ");
    assert_eq!(field("quantity_text"), "2571");
    assert_eq!(field("title"), "Title of a");
    assert_eq!(field("url"), "https://example.org/a");
    assert_eq!(field("article_date"), "2024-11-06");
    assert_eq!(field("unit_class"), "people");
    let articles = std::fs::read_to_string(dir.path().join("articles.csv")).unwrap();
    assert!(articles.contains("2571 personne."), "the articles table holds the text");
}

#[test]
fn a_long_sentence_is_cut_around_its_figure_so_the_table_stays_linear() {
    let filler = "mot ".repeat(2000);
    let mut a = article("long", &[("ARREST", 12.0, None, "personne", false)]);
    let shift = filler.chars().count();
    a.text = format!("{filler}{}", a.text);
    let record = serde_json::to_value(&a.record).unwrap().to_string();
    let mut record: serde_json::Value = serde_json::from_str(&record).unwrap();
    for q in record["quantities"].as_array_mut().unwrap() {
        q["start"] = (q["start"].as_u64().unwrap() as usize + shift).into();
        q["end"] = (q["end"].as_u64().unwrap() as usize + shift).into();
    }
    for f in record["facts"].as_array_mut().unwrap() {
        f["quantity"]["start"] = (f["quantity"]["start"].as_u64().unwrap() as usize + shift).into();
        f["quantity"]["end"] = (f["quantity"]["end"].as_u64().unwrap() as usize + shift).into();
    }
    a.record = serde_json::from_value(record).unwrap();
    a.sentences = vec![0..a.text.chars().count()];
    let (dir, _) = summarise(&[a]);
    let facts = std::fs::read_to_string(dir.path().join("facts.csv")).unwrap();
    let row = facts.lines().nth(1).unwrap();
    let evidence = row.split(',').find(|f| f.contains("12 personne")).expect("the figure is in its evidence");
    assert!(evidence.starts_with('…') && evidence.chars().count() <= recense_aggregate::MAX_EVIDENCE_CHARS + 2, "{}", evidence.len());
}

/// The README documents every table's columns, in order, as
/// "- `table`: `column`, `column`, …" lines under "### Column reference".
#[test]
fn the_readme_column_reference_is_the_schema() {
    let readme = include_str!("../../../README.md");
    let section = readme.split("### Column reference").nth(1).expect("a column reference in the README");
    for table in TABLES {
        let prefix = format!("- `{}`: ", table.name);
        let line = section.lines().find(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("no README line for {}", table.name));
        let documented: Vec<&str> = line[prefix.len()..].split(", ").map(|c| c.split('`').nth(1).unwrap_or(c)).collect();
        let actual: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        assert_eq!(documented, actual, "README columns of {}", table.name);
    }
}

#[test]
fn in_memory_batches_equal_the_parquet_tables() {
    use arrow_array::RecordBatch;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    use recense_aggregate::{rows, table};
    let articles = [
        article("a", &[("ARREST", 2571.0, None, "personne", false), ("RESCUE", 14.0, Some(15.0), "mineur", true)]),
        article("b", &[("COST", 3.5e9, None, "EUR", false)]),
    ];
    let (dir, _) = summarise(&articles);
    let read = |name: &str| -> RecordBatch {
        let file = std::fs::File::open(dir.path().join(format!("{name}.parquet"))).unwrap();
        let batches: Vec<RecordBatch> = ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap().map(Result::unwrap).collect();
        arrow_select::concat::concat_batches(&batches[0].schema(), &batches).unwrap()
    };
    let by_name = |name: &str| *TABLES.iter().find(|t| t.name == name).unwrap();
    let facts = table::record_batch(by_name("facts"), articles.iter().flat_map(rows::fact_rows).collect()).unwrap();
    let quantities = table::record_batch(by_name("quantities"), articles.iter().flat_map(rows::quantity_rows).collect()).unwrap();
    let listed = table::record_batch(by_name("articles"), articles.iter().map(rows::article_row).collect()).unwrap();
    assert_eq!(facts.num_rows(), 3);
    assert_eq!(facts, read("facts"));
    assert_eq!(quantities, read("quantities"));
    assert_eq!(listed, read("articles"));
    // a row that is not the table's is an error, not a wrong column
    assert!(table::record_batch(by_name("facts"), articles.iter().flat_map(rows::quantity_rows).collect()).is_err());
}
