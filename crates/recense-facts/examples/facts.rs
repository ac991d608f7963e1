//! Prints the facts of a text file (places: none; dates against an optional
//! YYYY-MM-DD second argument): `cargo run -p recense-facts --example facts FILE [DATE]`.
use recense_facts::FactFinder;
use recense_numbers::Recognizer;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("a readable text file");
    let date = args.get(2).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let tokens = recense_text::tokenize(&text);
    let sentences = recense_text::split_sentences(&text, &tokens);
    let quantities = Recognizer::new().extract(&text, date);
    for f in FactFinder::new().facts(&text, &tokens, &sentences, &quantities, &[], date) {
        let q = &quantities[f.quantity];
        println!("{:12} {:?} {:?} {:?}  {}", f.event.as_str(), q.kind, q.unit, f.date, &text[q.start..q.end]);
    }
}
