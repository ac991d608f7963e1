//! Prints the quantities of a text file: cargo run -p recense-numbers --example show -- FILE [YYYY-MM-DD]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("file");
    let d = args.get(2).and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let r = recense_numbers::Recognizer::new();
    for q in r.extract(&text, d) {
        println!("{:5}-{:5} {:28} {:9} {:?} {:?} {} {:?}", q.cp_start, q.cp_end, format!("[{}]", &text[q.start..q.end].replace('\n', " ")), q.kind.as_str(), q.value, q.unit, q.approx.as_str(), q.value_max);
    }
}
