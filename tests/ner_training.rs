//! The NER trainer learns: on a committed slice of WiNER, an untrained
//! tagger finds nothing, and a few epochs of training fit the slice.

use std::path::Path;

use recense_eval::read::read_gold;
use recense_ner::train::{evaluate, train, TrainConfig, TrainingDoc};

fn slice() -> Vec<TrainingDoc> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/winer-slice");
    recense::training_docs(read_gold(&dir).expect("the slice reads"))
}

fn config(epochs: usize) -> TrainConfig {
    TrainConfig { epochs, seed: 7, clusters: None, two_pass: true }
}

#[test]
fn training_fits_the_slice() {
    let docs = slice();
    assert_eq!(docs.len(), 40);
    assert!(docs.iter().map(|d| d.entities.len()).sum::<usize>() > 300);

    let untrained = train(&docs, &[], config(0), |_| {});
    let before = evaluate(&untrained, &docs);
    assert!(before.f1 <= 0.2, "untrained F1 {}", before.f1);

    let mut epochs_seen = 0;
    let trained = train(&docs, &[], config(8), |_| epochs_seen += 1);
    assert_eq!(epochs_seen, 16, "8 epochs in each of the two passes");
    let after = evaluate(&trained, &docs);
    assert!(after.f1 >= 0.9, "trained F1 {}", after.f1);
}

#[test]
fn training_is_deterministic_and_models_round_trip() {
    let docs = slice();
    let (a, b) = (train(&docs[..20], &[], config(3), |_| {}), train(&docs[..20], &[], config(3), |_| {}));
    let dir = std::env::temp_dir().join(format!("recense-ner-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (pa, pb) = (dir.join("a.bin"), dir.join("b.bin"));
    a.save(&pa).unwrap();
    b.save(&pb).unwrap();
    assert_eq!(std::fs::read(&pa).unwrap(), std::fs::read(&pb).unwrap(), "same seed, same bytes");
    let loaded = recense_ner::PerceptronTagger::load(&pa).unwrap();
    assert_eq!(evaluate(&loaded, &docs[20..]), evaluate(&a, &docs[20..]));
    std::fs::remove_dir_all(&dir).unwrap();
}
