//! The seed article: every non-optional gold quantity found with the right kind,
//! value, unit and approx; "Liberterra II" is not a quantity.
use chrono::NaiveDate;
use recense_numbers::{Recognizer, Value};
use serde_json::Value as J;

#[test]
fn seed_article() {
    let text = include_str!("data/interpol-liberterra-ii.txt");
    let gold: J = serde_json::from_str(include_str!("data/interpol-liberterra-ii.gold.jsonl").lines().next().unwrap()).unwrap();
    let r = Recognizer::new();
    let q = r.extract(text, NaiveDate::from_ymd_opt(2024, 11, 6));
    let mut missing = Vec::new();
    for g in gold["quantities"].as_array().unwrap() {
        if g.get("optional").and_then(|o| o.as_bool()).unwrap_or(false) {
            continue;
        }
        let (s, e) = (g["start"].as_u64().unwrap() as usize, g["end"].as_u64().unwrap() as usize);
        let hit = q.iter().find(|p| p.cp_start < e && s < p.cp_end);
        let ok = match hit {
            Some(p) => {
                let v_ok = match (&g["value"], &p.value) {
                    (J::Number(n), Value::Number(x)) => (n.as_f64().unwrap() - x).abs() < 1e-9,
                    (J::String(a), Value::Text(b)) => a == b,
                    _ => false,
                };
                p.cp_start == s && p.cp_end == e && p.kind.as_str() == g["kind"].as_str().unwrap() && v_ok
                    && p.unit.as_deref() == g["unit"].as_str() && p.approx.as_str() == g["approx"].as_str().unwrap()
            }
            None => false,
        };
        if !ok {
            missing.push(format!("{} -> {:?}", g, hit));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // "Liberterra II" is not a quantity
    for p in &q {
        assert!(!text[p.start..p.end].contains("II"), "{:?}", p);
        assert!(!(p.cp_start < 102 && 89 < p.cp_end), "Liberterra II: {:?}", p);
    }
}
