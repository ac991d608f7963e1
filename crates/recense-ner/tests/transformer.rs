//! The transformer backend against the Python reference: the tiny random
//! CamemBERT in tests/fixtures/tiny-camembert-ner and its expected.json.
#![cfg(feature = "transformer")]

use std::fs;
use std::path::{Path, PathBuf};

use recense_ner::label::Tag;
use recense_ner::transformer::{segments, windows};
use recense_ner::{Entity, EntityTagger, TransformerOptions, TransformerTagger};
use serde_json::Value;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tiny-camembert-ner")
}

struct Case {
    text: String,
    input_ids: Vec<u32>,
    logits: Vec<Vec<f32>>,
    labels: Vec<String>,
}

fn cases() -> Vec<Case> {
    let expected: Value = serde_json::from_str(&fs::read_to_string(fixture().join("expected.json")).unwrap()).unwrap();
    expected["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            text: c["text"].as_str().unwrap().to_string(),
            input_ids: c["input_ids"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as u32).collect(),
            logits: c["logits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| row.as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect())
                .collect(),
            labels: c["labels"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect(),
        })
        .collect()
}

fn tagger() -> TransformerTagger {
    TransformerTagger::load(&fixture()).unwrap()
}

fn max_diff(a: &[Vec<f32>], b: &[Vec<f32>]) -> f32 {
    assert_eq!(a.len(), b.len(), "positions");
    a.iter()
        .zip(b)
        .flat_map(|(x, y)| {
            assert_eq!(x.len(), y.len(), "classes");
            x.iter().zip(y).map(|(p, q)| (p - q).abs())
        })
        .fold(0.0, f32::max)
}

fn argmax(row: &[f32]) -> usize {
    (0..row.len()).fold(0, |best, i| if row[i] > row[best] { i } else { best })
}

#[test]
fn labels_come_from_id2label() {
    let t = tagger();
    let expected: Value = serde_json::from_str(&fs::read_to_string(fixture().join("expected.json")).unwrap()).unwrap();
    let names: Vec<&str> = expected["labels"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(t.labels(), names);
    assert_eq!(t.window(), 256, "258 positions less the padding offset");
}

#[test]
fn input_ids_equal_the_reference() {
    let t = tagger();
    for case in cases() {
        assert_eq!(t.encode_text(&case.text).unwrap(), case.input_ids, "{}", case.text);
    }
}

#[test]
fn logits_within_1e4_of_the_reference_for_every_position() {
    let t = tagger();
    for case in cases() {
        let got = t.logits(std::slice::from_ref(&case.input_ids)).unwrap().remove(0);
        let diff = max_diff(&got, &case.logits);
        assert!(diff < 1e-4, "{}: max |Δ| = {diff}", case.text);
    }
}

#[test]
fn padded_batch_equals_single_runs() {
    let t = tagger();
    let cases = cases();
    let batch: Vec<Vec<u32>> = cases.iter().map(|c| c.input_ids.clone()).collect();
    let together = t.logits(&batch).unwrap();
    for (case, got) in cases.iter().zip(&together) {
        let alone = t.logits(std::slice::from_ref(&case.input_ids)).unwrap().remove(0);
        let diff = max_diff(got, &alone);
        assert!(diff < 1e-5, "{}: batch vs single max |Δ| = {diff}", case.text);
        assert!(max_diff(got, &case.logits) < 1e-4, "{}", case.text);
    }
}

#[test]
fn argmax_labels_equal_the_reference_where_they_are_not_a_tie() {
    let t = tagger();
    for case in cases() {
        let got = t.logits(std::slice::from_ref(&case.input_ids)).unwrap().remove(0);
        for (i, (row, label)) in got.iter().zip(&case.labels).enumerate() {
            let want = t.labels().iter().position(|l| l == label).unwrap();
            let gap = case.logits[i][argmax(&case.logits[i])]
                - case.logits[i]
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != want)
                    .map(|(_, v)| *v)
                    .fold(f32::MIN, f32::max);
            if gap > 2e-4 {
                assert_eq!(t.labels()[argmax(row)], *label, "{} position {i}", case.text);
            }
        }
    }
}

/// Entities by hand from per-word tags, sentence by sentence: a span opens
/// at B-X, or at I-X that does not continue X, and runs over I-X.
fn entities_by_hand(tokens: &[recense_text::Token], sentences: &[recense_text::Sentence], tags: &[Tag]) -> Vec<Entity> {
    let mut out = Vec::new();
    for s in sentences {
        let mut open: Option<(usize, recense_ner::Label)> = None;
        let close = |open: Option<(usize, recense_ner::Label)>, end: usize, out: &mut Vec<Entity>| {
            if let Some((start, label)) = open {
                let (a, b) = (&tokens[start], &tokens[end - 1]);
                out.push(Entity { start: a.start, end: b.end, cp_start: a.cp_start, cp_end: b.cp_end, label, confidence: None });
            }
        };
        for i in s.tokens.clone() {
            let tag = tags[i];
            match tag.label() {
                Some(label) if tag.is_inside() && open.map(|(_, l)| l) == Some(label) => {}
                Some(label) => {
                    close(open, i, &mut out);
                    open = Some((i, label));
                }
                None => {
                    close(open, i, &mut out);
                    open = None;
                }
            }
        }
        close(open, s.tokens.end, &mut out);
    }
    out
}

#[test]
fn entities_follow_the_first_sub_token_argmax() {
    let t = tagger();
    for case in cases() {
        let tokens = recense_text::tokenize(&case.text);
        let sentences = recense_text::split_sentences(&case.text, &tokens);
        let words: Vec<&str> = tokens.iter().map(|tok| tok.text(&case.text)).collect();
        let (ids, first) = t.encode_words(&words).unwrap();
        let logits = t.logits(std::slice::from_ref(&ids)).unwrap().remove(0);
        let classes: Vec<Option<usize>> = first.iter().map(|p| p.map(|p| argmax(&logits[p]))).collect();
        assert!(classes.iter().all(Option::is_some), "every word has a sub-token");
        let ranges: Vec<_> = sentences.iter().map(|s| s.tokens.clone()).collect();
        assert_eq!(t.word_classes(&words, &ranges).unwrap(), classes, "{}", case.text);
        let tags: Vec<Tag> = classes.iter().map(|c| t.tag_of(c.unwrap())).collect();
        let want = entities_by_hand(&tokens, &sentences, &tags);
        let got = t.entities(&case.text, &tokens, &sentences).unwrap();
        assert_eq!(got, want, "{}", case.text);
        for e in &got {
            assert_eq!(case.text[e.start..e.end].chars().count(), e.cp_end - e.cp_start);
        }
    }
}

#[test]
fn long_documents_run_in_overlapping_windows() {
    let t = TransformerTagger::load_with(&fixture(), TransformerOptions { window: Some(64), batch_size: 3 }).unwrap();
    assert_eq!(t.window(), 64);
    let text: String = cases().iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" ").repeat(3);
    let tokens = recense_text::tokenize(&text);
    let sentences = recense_text::split_sentences(&text, &tokens);
    let words: Vec<&str> = tokens.iter().map(|tok| tok.text(&text)).collect();
    let ranges: Vec<_> = sentences.iter().map(|s| s.tokens.clone()).collect();

    // The plan: several windows, within the limit, overlapping.
    let counts = t.piece_counts(&words).unwrap();
    let segs = segments(&counts, &ranges, 62);
    let wins = windows(&counts, &segs, 62, 62 / 4);
    assert!(wins.len() > 3, "{} windows", wins.len());
    assert!(wins.windows(2).any(|p| p[1].words.start < p[0].words.end), "some windows overlap");

    // Every word gets a class; entities are sorted, disjoint, inside sentences.
    let classes = t.word_classes(&words, &ranges).unwrap();
    assert!(classes.iter().all(Option::is_some));
    let got = t.entities(&text, &tokens, &sentences).unwrap();
    for pair in got.windows(2) {
        assert!(pair[0].end <= pair[1].start);
    }
    for e in &got {
        assert!(sentences.iter().any(|s| s.bytes.start <= e.start && e.end <= s.bytes.end));
        assert_eq!(text[e.start..e.end].chars().count(), e.cp_end - e.cp_start);
    }
    let tags: Vec<Tag> = classes.iter().map(|c| t.tag_of(c.unwrap())).collect();
    assert_eq!(got, entities_by_hand(&tokens, &sentences, &tags));

    // A window as large as the document gives one window and the same
    // classes as a plain run.
    let whole = tagger();
    let (ids, first) = whole.encode_words(&words[..40]).unwrap();
    let logits = whole.logits(&[ids]).unwrap().remove(0);
    let plain: Vec<Option<usize>> = first.iter().map(|p| p.map(|p| argmax(&logits[p]))).collect();
    let one_sentence = 0..40;
    assert_eq!(whole.word_classes(&words[..40], std::slice::from_ref(&one_sentence)).unwrap(), plain);
}

/// A copy of the fixture in a fresh temporary folder, changed by `edit`.
fn broken_copy(name: &str, edit: impl FnOnce(&Path)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("recense-transformer-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for file in ["config.json", "model.safetensors", "tokenizer.json"] {
        fs::copy(fixture().join(file), dir.join(file)).unwrap();
    }
    edit(&dir);
    dir
}

fn load_error(dir: &Path) -> String {
    let message = match TransformerTagger::load(dir) {
        Ok(_) => panic!("{} loaded", dir.display()),
        Err(e) => e.to_string(),
    };
    let _ = fs::remove_dir_all(dir);
    message
}

fn edit_config(dir: &Path, from: &str, to: &str) {
    let path = dir.join("config.json");
    let config = fs::read_to_string(&path).unwrap();
    assert!(config.contains(from));
    fs::write(&path, config.replace(from, to)).unwrap();
}

#[test]
fn clear_errors_name_the_file() {
    let e = load_error(&broken_copy("no-tokenizer", |d| fs::remove_file(d.join("tokenizer.json")).unwrap()));
    assert!(e.contains("tokenizer.json"), "{e}");

    let e = load_error(&broken_copy("no-weights", |d| fs::remove_file(d.join("model.safetensors")).unwrap()));
    assert!(e.contains("model.safetensors") && e.contains("pytorch_model.bin"), "{e}");

    let e = load_error(&broken_copy("no-config", |d| fs::remove_file(d.join("config.json")).unwrap()));
    assert!(e.contains("config.json"), "{e}");

    let e = load_error(&broken_copy("gpt2", |d| {
        edit_config(d, "CamembertForTokenClassification", "GPT2ForTokenClassification")
    }));
    assert!(e.contains("config.json") && e.contains("unsupported architecture GPT2ForTokenClassification"), "{e}");

    let e = load_error(&broken_copy("vocab", |d| edit_config(d, "\"vocab_size\": 2000", "\"vocab_size\": 1000")));
    assert!(e.contains("tokenizer.json") && e.contains("does not match the model"), "{e}");

    let e = load_error(&broken_copy("shape", |d| edit_config(d, "\"vocab_size\": 2000", "\"vocab_size\": 2001")));
    assert!(e.contains("model.safetensors"), "{e}");
}

/// BERT's wiring (weight names, masks, no position offset) runs end to end
/// on random weights; there is no BERT reference to compare logits with.
#[test]
fn a_bert_model_runs() {
    let config = r#"{"architectures": ["BertForTokenClassification"], "vocab_size": 2000, "hidden_size": 32,
        "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 64, "hidden_act": "gelu",
        "max_position_embeddings": 64, "type_vocab_size": 2, "pad_token_id": 1,
        "id2label": {"0": "O", "1": "B-PER", "2": "I-PER", "3": "B-MISC", "4": "I-MISC"}}"#;
    let t =
        TransformerTagger::random(config, &fixture().join("tokenizer.json"), TransformerOptions::default()).unwrap();
    assert_eq!(t.window(), 64, "BERT positions start at 0");
    let cases = cases();
    let batch: Vec<Vec<u32>> = cases.iter().map(|c| c.input_ids.clone()).collect();
    let together = t.logits(&batch).unwrap();
    for (ids, got) in batch.iter().zip(&together) {
        assert_eq!(got.len(), ids.len());
        assert_eq!(got[0].len(), 5);
        let alone = t.logits(std::slice::from_ref(ids)).unwrap().remove(0);
        assert!(max_diff(got, &alone) < 1e-5);
    }
    let text = &cases[0].text;
    let tokens = recense_text::tokenize(text);
    let sentences = recense_text::split_sentences(text, &tokens);
    for e in t.entities(text, &tokens, &sentences).unwrap() {
        assert_eq!(e.label, recense_ner::Label::Per, "MISC is dropped");
    }
}

/// A tokenizer.json that asks for truncation and padding does not cut
/// documents: recense windows and pads them itself.
#[test]
fn the_tokenizers_own_truncation_and_padding_are_ignored() {
    let dir = broken_copy("truncation", |d| {
        let path = d.join("tokenizer.json");
        let mut tokenizer: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        tokenizer["truncation"] =
            serde_json::json!({"direction": "Right", "max_length": 8, "strategy": "LongestFirst", "stride": 0});
        tokenizer["padding"] = serde_json::json!({"strategy": {"Fixed": 300}, "direction": "Right", "pad_to_multiple_of": null,
            "pad_id": 1, "pad_type_id": 0, "pad_token": "<pad>"});
        fs::write(&path, tokenizer.to_string()).unwrap();
    });
    let t = TransformerTagger::load(&dir).unwrap();
    let _ = fs::remove_dir_all(&dir);
    let case = &cases()[0];
    assert_eq!(t.encode_text(&case.text).unwrap(), case.input_ids);
    let tokens = recense_text::tokenize(&case.text);
    let words: Vec<&str> = tokens.iter().map(|tok| tok.text(&case.text)).collect();
    let all = 0..words.len();
    assert!(t.word_classes(&words, std::slice::from_ref(&all)).unwrap().iter().all(Option::is_some));
}
