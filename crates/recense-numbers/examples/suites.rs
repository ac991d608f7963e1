//! Scores the converted number suites (shared/data/numbers/suites/*.jsonl) with the
//! spec's whole / sentence rules, approximately (the official figures come from
//! `recense evaluate --suite`). Usage: cargo run --release -p recense-numbers --example suites [-- DIR] [-v]
use recense_numbers::{Kind, Quantity, Recognizer, Value};
use serde_json::Value as J;

const SKIP_WORDS: &[&str] = &["à", "au", "aux", "le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "en", "dans", "a"];

fn cps(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn kind_ok(exp: &str, got: Kind) -> bool {
    let g = got.as_str();
    exp == g || (matches!(exp, "number" | "count") && matches!(g, "number" | "count"))
}

fn val_eq(e: &J, g: &Value) -> bool {
    match (e, g) {
        (J::Number(n), Value::Number(x)) => {
            let n = n.as_f64().unwrap();
            (n - x).abs() <= 1e-9 * n.abs().max(x.abs()).max(1e-300) || n == *x
        }
        (J::String(s), Value::Text(t)) => s == t,
        _ => false,
    }
}

fn fields_ok(e: &J, q: &Quantity) -> bool {
    if let Some(k) = e.get("kind").and_then(|k| k.as_str()) {
        if !kind_ok(k, q.kind) {
            return false;
        }
        if let Some(v) = e.get("value") {
            if !val_eq(v, &q.value) {
                return false;
            }
        }
        if let Some(u) = e.get("unit") {
            let count = k == "count" || q.kind == Kind::Count;
            if !count || k != "number" {
                let gu = q.unit.as_deref();
                let ok = match u {
                    J::Null => gu.is_none(),
                    J::String(s) => (k == "number" && q.kind == Kind::Count) || gu == Some(s.as_str()),
                    _ => false,
                };
                if !ok {
                    return false;
                }
            }
        }
        if let Some(a) = e.get("approx").and_then(|a| a.as_str()) {
            if a != q.approx.as_str() {
                return false;
            }
        }
        if let Some(vm) = e.get("value_max") {
            match &q.value_max {
                Some(g) => {
                    if !val_eq(vm, g) {
                        return false;
                    }
                }
                None => return false,
            }
        }
    }
    true
}

fn strip_cover(text: &[char], s: usize, e: usize) -> bool {
    // predicted span [s,e) must cover the text except leading/trailing spaces+punct and leading prepositions
    let is_sp = |c: char| c.is_whitespace() || c.is_ascii_punctuation() && c != '$' && c != '%' && c != '\'' && c != '"' || c == '!' || c == '?' || c == '.';
    let mut a = 0;
    let mut b = text.len();
    while a < b && is_sp(text[a]) {
        a += 1;
    }
    while b > a && is_sp(text[b - 1]) {
        b -= 1;
    }
    if s <= a && e >= b {
        return true;
    }
    if e < b {
        // allow trailing "." etc.
        let tail: String = text[e..b].iter().collect();
        if !tail.chars().all(|c| !c.is_alphanumeric()) {
            return false;
        }
    }
    // leading prepositions
    let head: String = text[a..s.max(a)].iter().collect();
    let mut h = head.trim().to_string();
    loop {
        if h.is_empty() {
            return true;
        }
        let mut changed = false;
        for w in SKIP_WORDS {
            let lw = h.to_lowercase();
            if lw.starts_with(w) {
                let rest = &h[w.len()..];
                if w.ends_with('\'') || w.ends_with('’') || rest.is_empty() || rest.starts_with(' ') {
                    h = rest.trim().to_string();
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            return false;
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.iter().skip(1).find(|a| !a.starts_with('-')).cloned().unwrap_or("/work/shared/data/numbers/suites".into());
    let verbose = args.iter().any(|a| a == "-v");
    let only = args.iter().find(|a| a.starts_with("--only=")).map(|a| a[7..].to_string());
    let r = Recognizer::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().map(|x| x == "jsonl").unwrap_or(false)).collect();
    files.sort();
    let (mut nd_p, mut nd_n, mut d_p, mut d_n) = (0, 0, 0, 0);
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if let Some(o) = &only {
            if !name.contains(o.as_str()) {
                continue;
            }
        }
        let src = std::fs::read_to_string(&f).unwrap();
        let (mut pass, mut n) = (0, 0);
        for line in src.lines() {
            if line.trim().is_empty() {
                continue;
            }
            let c: J = serde_json::from_str(line).unwrap();
            let text = c["text"].as_str().unwrap();
            let reference = c.get("reference_date").and_then(|v| v.as_str());
            let q = r.extract_as_of(text, Some(reference.filter(|r| recense_text::parse_iso_date(r).is_some()).unwrap_or("2013-02-12")));
            let exp = c["expected"].as_array().unwrap();
            let ok = if c["whole"].as_bool().unwrap_or(false) {
                q.len() == 1 && strip_cover(&cps(text), q[0].cp_start, q[0].cp_end) && fields_ok(&exp[0], &q[0])
            } else {
                let mut used = vec![false; q.len()];
                let mut good = true;
                for e in exp {
                    let (s, en) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
                    let opt = e.get("optional").and_then(|o| o.as_bool()).unwrap_or(false);
                    let mut found = false;
                    for (k, p) in q.iter().enumerate() {
                        if !used[k] && p.cp_start < en && s < p.cp_end {
                            if opt || fields_ok(e, p) {
                                used[k] = true;
                                found = true;
                                break;
                            }
                        }
                    }
                    if !found && !opt {
                        good = false;
                    }
                }
                good && used.iter().all(|u| *u)
            };
            n += 1;
            if ok {
                pass += 1;
            } else if verbose {
                let got: Vec<String> = q.iter().map(|x| format!("[{}]{} {:?} {:?} {} max={:?}", &text[x.start..x.end], x.kind.as_str(), x.value, x.unit, x.approx.as_str(), x.value_max)).collect();
                let ex: Vec<String> = exp.iter().map(|e| {
                    let mut e2 = e.clone();
                    if let (Some(s), Some(en)) = (e.get("start").and_then(|v| v.as_u64()), e.get("end").and_then(|v| v.as_u64())) {
                        let cs = cps(text);
                        e2["s"] = J::String(cs[s as usize..en as usize].iter().collect());
                        e2.as_object_mut().unwrap().remove("start");
                        e2.as_object_mut().unwrap().remove("end");
                    }
                    e2.to_string()
                }).collect();
                println!("FAIL {} | {} | exp {} | got {}", c["id"].as_str().unwrap(), text.replace('\n', " "), ex.join(" "), got.join(" ; "));
            }
        }
        let is_date = name.contains("duckling-time") || name.contains("rt-datetime");
        if is_date {
            d_p += pass;
            d_n += n;
        } else {
            nd_p += pass;
            nd_n += n;
        }
        println!("{:28} {:4}/{:4} {:5.1}%", name, pass, n, 100.0 * pass as f64 / n.max(1) as f64);
    }
    println!("non-date total {}/{} {:.1}%", nd_p, nd_n, 100.0 * nd_p as f64 / nd_n.max(1) as f64);
    println!("date total     {}/{} {:.1}%", d_p, d_n, 100.0 * d_p as f64 / d_n.max(1) as f64);
}
