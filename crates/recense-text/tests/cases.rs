//! Table-driven tokenisation and sentence cases from `cases.tsv`.

use recense_text::{split_sentences, tokenize};

/// Expands the `\n` and `\u{XXXX}` escapes of the case file.
fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut rest = field;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at..];
        if let Some(after) = escape.strip_prefix("\\n") {
            out.push('\n');
            rest = after;
        } else if let Some(after) = escape.strip_prefix("\\u{") {
            let close = after.find('}').expect("unclosed \\u{ escape");
            let code = u32::from_str_radix(&after[..close], 16).expect("hex code point");
            out.push(char::from_u32(code).expect("valid code point"));
            rest = &after[close + 1..];
        } else {
            panic!("unknown escape in {field:?}");
        }
    }
    out.push_str(rest);
    out
}

fn split_expected(field: &str, separator: &str) -> Vec<String> {
    field
        .split(separator)
        .map(|part| unescape(part.trim()))
        .collect()
}

/// Runs one case; returns what came out when it differs from the expectation.
fn run_case(kind: &str, input: &str, expected: &str) -> Option<String> {
    let tokens = tokenize(input);
    let actual: Vec<String> = match kind {
        "tokens" => tokens.iter().map(|t| t.text(input).to_owned()).collect(),
        "kinds" => tokens.iter().map(|t| format!("{:?}", t.kind)).collect(),
        "sentences" => split_sentences(input, &tokens)
            .iter()
            .map(|s| s.text(input).to_owned())
            .collect(),
        other => panic!("unknown case kind {other:?}"),
    };
    let expected = match kind {
        "tokens" => split_expected(expected, " | "),
        "kinds" => expected.split_whitespace().map(str::to_owned).collect(),
        _ => split_expected(expected, " || "),
    };
    (actual != expected).then(|| format!("expected {expected:?}\n     got {actual:?}"))
}

#[test]
fn cases_from_the_corpus() {
    let table = include_str!("cases.tsv");
    let mut count = 0;
    let mut failures = Vec::new();
    for (index, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [kind, input, expected] = fields[..] else {
            panic!(
                "cases.tsv:{}: expected 3 tab-separated fields, got {}",
                index + 1,
                fields.len()
            );
        };
        count += 1;
        if let Some(diff) = run_case(kind, &unescape(input), expected) {
            failures.push(format!(
                "cases.tsv:{} {kind} {input:?}\n     {diff}",
                index + 1
            ));
        }
    }
    assert!(count >= 100, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
