//! The seed article of the annotation contract: every required fact with its
//! event, and location and country on the located ones. Places are the gold
//! LOC entities, as the pipeline would pass its own.

use recense_facts::{FactFinder, Place};
use recense_numbers::Recognizer;

fn byte_of(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

#[test]
fn seed_facts() {
    let text = include_str!("data/interpol-liberterra-ii.txt");
    let gold: serde_json::Value = serde_json::from_str(include_str!("data/interpol-liberterra-ii.gold.jsonl")).unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2024, 11, 6);
    let tokens = recense_text::tokenize(text);
    let sentences = recense_text::split_sentences(text, &tokens);
    let quantities = Recognizer::new().extract(text, date);
    let places: Vec<Place> = gold["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["label"] == "LOC")
        .map(|e| {
            let (cs, ce) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
            Place { start: byte_of(text, cs), end: byte_of(text, ce), cp_start: cs, cp_end: ce }
        })
        .collect();
    let facts = FactFinder::new().facts(text, &tokens, &sentences, &quantities, &places, date);
    let mut required = 0;
    for g in gold["facts"].as_array().unwrap() {
        if g["optional"] == true {
            continue;
        }
        required += 1;
        let (gs, ge) = (g["quantity"]["start"].as_u64().unwrap() as usize, g["quantity"]["end"].as_u64().unwrap() as usize);
        let f = facts
            .iter()
            .find(|f| {
                let q = &quantities[f.quantity];
                q.cp_start < ge && gs < q.cp_end
            })
            .unwrap_or_else(|| panic!("no fact at {gs}..{ge} ({})", g["value"]));
        assert_eq!(f.event.as_str(), g["event"].as_str().unwrap(), "event at {gs}..{ge}");
        assert_eq!(f.location.as_ref().map(|l| l.name.as_str()), g["location"].as_str(), "location at {gs}..{ge}");
        assert_eq!(f.country.as_deref(), g["country"].as_str(), "country at {gs}..{ge}");
    }
    assert_eq!(required, 14);
    // nothing beyond the gold's facts (optional ones included)
    assert!(facts.len() <= gold["facts"].as_array().unwrap().len());
}
