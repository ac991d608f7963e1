use super::*;

fn rec() -> &'static Recognizer {
    use std::sync::OnceLock;
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(Recognizer::new)
}

fn d(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn one(text: &str) -> Quantity {
    let q = rec().extract(text, d("2024-11-06"));
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q.into_iter().next().unwrap()
}

#[test]
fn count_basic() {
    let q = one("Interpol a arrêté 2 571 personnes.");
    assert_eq!(q.kind, Kind::Count);
    assert_eq!(q.value, Value::Number(2571.0));
    assert_eq!(q.unit.as_deref(), Some("personne"));
}
