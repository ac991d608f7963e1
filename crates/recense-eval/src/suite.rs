//! Number suites (`shared/spec/ANNOTATIONS.md`, "Number suites"): peer test
//! cases converted to one format, each scored pass or fail.
//!
//! - `whole: true`: exactly one quantity must be found; its span must cover
//!   the text but for leading and trailing spaces and punctuation and leading
//!   prepositions and articles (à, au, aux, le, la, les, l', de, du, des, d',
//!   en, dans); its fields must equal the expected ones.
//! - `whole: false`: the predictions must match the required expected items
//!   one to one (overlapping spans, equal fields), and every prediction left
//!   over must overlap an optional item. The check is exact, not greedy: a
//!   maximum bipartite matching must cover the required items and another the
//!   predictions that overlap no optional item; by the Mendelsohn–Dulmage
//!   theorem one matching then covers both.
//!
//! Fields absent from an expected item are not compared; `number` and `count`
//! are one kind here, and then the unit is not compared. A case's kind, for
//! the per-kind rates, is the kind of its first required item, or `negative`
//! when it has none.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Deserializer, Serialize};
use crate::record::Value;
use walkdir::WalkDir;

use crate::matching::{overlap, values_equal, Span};
use crate::record::QuantityRecord;
use crate::EvalError;

/// One suite file; its name is the file stem.
#[derive(Debug, Clone, PartialEq)]
pub struct Suite {
    pub name: String,
    pub cases: Vec<SuiteCase>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuiteCase {
    pub id: String,
    pub text: String,
    pub whole: bool,
    /// Stands in for the article date when resolving relative dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<String>,
    pub expected: Vec<ExpectedQuantity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// An expected quantity. `None` means the field is absent and not compared;
/// `Some(None)` (or `Some(Value::Null)`) is an explicit null, which is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpectedQuantity {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub value: Option<Value>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub value_max: Option<Value>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub unit: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub approx: Option<Option<String>>,
    /// Need not be found; a prediction overlapping it is not left over.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
}

/// A field that is present, even as null, deserialises to `Some`.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

impl ExpectedQuantity {
    fn span(&self) -> Option<Span> {
        Some((self.start?, self.end?))
    }
}

/// Cases and passes, and their ratio (`None` over no case).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct PassRate {
    pub cases: usize,
    pub passed: usize,
    pub pass_rate: Option<f64>,
}

impl PassRate {
    fn count(&mut self, passed: bool) {
        self.cases += 1;
        self.passed += usize::from(passed);
        self.pass_rate = Some(self.passed as f64 / self.cases as f64);
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SuiteScore {
    #[serde(flatten)]
    pub total: PassRate,
    pub per_kind: BTreeMap<String, PassRate>,
}

/// A failing case with what the extractor returned and why it failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseFailure {
    pub suite: String,
    pub id: String,
    pub text: String,
    pub whole: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<String>,
    pub expected: Vec<ExpectedQuantity>,
    pub predicted: Vec<QuantityRecord>,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SuiteReport {
    pub suites: BTreeMap<String, SuiteScore>,
    pub overall: PassRate,
    #[serde(skip)]
    failures: Vec<CaseFailure>,
}

impl SuiteReport {
    /// Every failing case, suite by suite in name order, cases in file order.
    pub fn failures(&self) -> &[CaseFailure] {
        &self.failures
    }

    /// Writes the failures as JSON Lines.
    pub fn write_failures(&self, out: &mut dyn Write) -> io::Result<()> {
        for failure in &self.failures {
            serde_json::to_writer(&mut *out, failure)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Pass rates as a plain-text table, per kind under suites with several.
    pub fn to_table(&self) -> String {
        let rate = |rate: Option<f64>| rate.map_or_else(|| "-".to_string(), |r| format!("{r:.3}"));
        let mut out = format!(
            "{:<28} {:>6} {:>6} {:>6}\n",
            "suite", "cases", "passed", "rate"
        );
        for (name, score) in &self.suites {
            let total = score.total;
            let _ = writeln!(
                out,
                "{name:<28} {:>6} {:>6} {:>6}",
                total.cases,
                total.passed,
                rate(total.pass_rate)
            );
            if score.per_kind.len() > 1 {
                for (kind, by_kind) in &score.per_kind {
                    let label = format!("  {kind}");
                    let _ = writeln!(
                        out,
                        "{label:<28} {:>6} {:>6} {:>6}",
                        by_kind.cases,
                        by_kind.passed,
                        rate(by_kind.pass_rate)
                    );
                }
            }
        }
        let overall = self.overall;
        let _ = writeln!(
            out,
            "{:<28} {:>6} {:>6} {:>6}",
            "overall",
            overall.cases,
            overall.passed,
            rate(overall.pass_rate)
        );
        out
    }
}

/// Reads suites from `.jsonl` files and folders of them (walked recursively,
/// in name order). Suite names (file stems) must be unique.
pub fn read_suites(paths: &[PathBuf]) -> Result<Vec<Suite>, EvalError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            for entry in WalkDir::new(path).sort_by_file_name() {
                let entry = entry.map_err(|err| {
                    EvalError::new(path, format!("cannot walk the folder: {err}"))
                })?;
                if entry.file_type().is_file()
                    && entry.path().extension().is_some_and(|ext| ext == "jsonl")
                {
                    files.push(entry.into_path());
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut suites = Vec::new();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for file in files {
        let suite = read_suite(&file)?;
        if let Some(first) = seen.insert(suite.name.clone(), file.clone()) {
            return Err(EvalError::new(
                &file,
                format!("suite {} already read from {}", suite.name, first.display()),
            ));
        }
        suites.push(suite);
    }
    Ok(suites)
}

fn read_suite(path: &Path) -> Result<Suite, EvalError> {
    let content = fs::read_to_string(path).map_err(|err| EvalError::io(path, &err))?;
    let mut cases = Vec::new();
    for (index, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: SuiteCase = serde_json::from_str(line)
            .map_err(|err| EvalError::line(path, index + 1, format!("not a suite case: {err}")))?;
        check_case(&case).map_err(|message| {
            EvalError::line(path, index + 1, format!("case {}: {message}", case.id))
        })?;
        cases.push(case);
    }
    let name = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Suite { name, cases })
}

/// The case is one the rules can judge: required items have a kind and a
/// value, a whole case has exactly one item, sentence items have spans in the text.
fn check_case(case: &SuiteCase) -> Result<(), String> {
    let length = case.text.chars().count();
    for item in &case.expected {
        if !item.optional && (item.kind.is_none() || item.value.is_none()) {
            return Err("a required expected item needs a kind and a value".into());
        }
        if !case.whole {
            match item.span() {
                Some((start, end)) if start < end && end <= length => {}
                Some((start, end)) => {
                    return Err(format!("span {start}..{end} is empty or outside the text"))
                }
                None => {
                    return Err("an expected item of a sentence case needs start and end".into())
                }
            }
        }
    }
    if case.whole && (case.expected.len() != 1 || case.expected[0].optional) {
        return Err("a whole case needs exactly one required expected item".into());
    }
    Ok(())
}

/// Runs `extract` (text, reference date → quantities) over every case, in
/// parallel, and scores the suites.
pub fn score_suites(
    suites: &[Suite],
    extract: &(dyn Fn(&str, Option<&str>) -> Vec<QuantityRecord> + Sync),
) -> SuiteReport {
    let cases: Vec<(&Suite, &SuiteCase)> = suites
        .iter()
        .flat_map(|suite| suite.cases.iter().map(move |case| (suite, case)))
        .collect();
    let outcomes: Vec<(Option<CaseFailure>, &Suite, &SuiteCase)> = cases
        .into_par_iter()
        .map(|(suite, case)| {
            let predicted = extract(&case.text, case.reference_date.as_deref());
            let failure = judge(case, &predicted).err().map(|reason| CaseFailure {
                suite: suite.name.clone(),
                id: case.id.clone(),
                text: case.text.clone(),
                whole: case.whole,
                reference_date: case.reference_date.clone(),
                expected: case.expected.clone(),
                predicted,
                reason,
            });
            (failure, suite, case)
        })
        .collect();
    let mut report = SuiteReport::default();
    for suite in suites {
        report.suites.entry(suite.name.clone()).or_default();
    }
    for (failure, suite, case) in outcomes {
        let passed = failure.is_none();
        let score = report.suites.entry(suite.name.clone()).or_default();
        score.total.count(passed);
        score
            .per_kind
            .entry(case_kind(case))
            .or_default()
            .count(passed);
        report.overall.count(passed);
        report.failures.extend(failure);
    }
    report
}

/// The kind of the case's first required item, or "negative".
fn case_kind(case: &SuiteCase) -> String {
    case.expected
        .iter()
        .find(|item| !item.optional)
        .and_then(|item| item.kind.clone())
        .unwrap_or_else(|| "negative".to_string())
}

/// `Ok` when the case passes, else why not.
fn judge(case: &SuiteCase, predicted: &[QuantityRecord]) -> Result<(), String> {
    if case.whole {
        judge_whole(case, predicted)
    } else {
        judge_sentence(case, predicted)
    }
}

fn judge_whole(case: &SuiteCase, predicted: &[QuantityRecord]) -> Result<(), String> {
    let expected = &case.expected[0];
    let [found] = predicted else {
        return Err(format!(
            "{} quantities found, expected exactly one",
            predicted.len()
        ));
    };
    let chars: Vec<char> = case.text.chars().collect();
    if found.start > found.end || found.end > chars.len() {
        return Err(format!(
            "span {}..{} lies outside the text",
            found.start, found.end
        ));
    }
    let left_out = |range: &[char]| range.iter().collect::<String>();
    if !is_ignorable_prefix(&chars[..found.start]) {
        return Err(format!(
            "span {}..{} leaves out {:?} at the start",
            found.start,
            found.end,
            left_out(&chars[..found.start])
        ));
    }
    if !chars[found.end..]
        .iter()
        .all(|&c| is_space_or_punctuation(c))
    {
        return Err(format!(
            "span {}..{} leaves out {:?} at the end",
            found.start,
            found.end,
            left_out(&chars[found.end..])
        ));
    }
    fields_match(expected, found)
}

fn judge_sentence(case: &SuiteCase, predicted: &[QuantityRecord]) -> Result<(), String> {
    let required: Vec<&ExpectedQuantity> =
        case.expected.iter().filter(|item| !item.optional).collect();
    let optional: Vec<Span> = case
        .expected
        .iter()
        .filter(|item| item.optional)
        .filter_map(ExpectedQuantity::span)
        .collect();
    let spans_overlap = |item: &ExpectedQuantity, found: &QuantityRecord| {
        item.span()
            .is_some_and(|span| overlap(span, (found.start, found.end)) > 0)
    };
    // edges[i]: the predictions that match required item i.
    let edges: Vec<Vec<usize>> = required
        .iter()
        .map(|item| {
            (0..predicted.len())
                .filter(|&p| {
                    spans_overlap(item, &predicted[p]) && fields_match(item, &predicted[p]).is_ok()
                })
                .collect()
        })
        .collect();
    if let Some(missed) = first_unmatched(&edges, predicted.len()) {
        let item = required[missed];
        let (start, end) = item.span().expect("checked when the suite was read");
        let written: String = case.text.chars().skip(start).take(end - start).collect();
        let why = predicted
            .iter()
            .find(|found| spans_overlap(item, found))
            .map_or_else(
                || "not found".to_string(),
                |found| fields_match(item, found).unwrap_err(),
            );
        return Err(format!("expected {written:?} at {start}..{end}: {why}"));
    }
    // The predictions that overlap no optional item must be matched too.
    let unexcused: Vec<usize> = (0..predicted.len())
        .filter(|&p| {
            !optional
                .iter()
                .any(|&span| overlap(span, (predicted[p].start, predicted[p].end)) > 0)
        })
        .collect();
    let reverse: Vec<Vec<usize>> = unexcused
        .iter()
        .map(|&p| {
            (0..required.len())
                .filter(|&i| edges[i].contains(&p))
                .collect()
        })
        .collect();
    if let Some(extra) = first_unmatched(&reverse, required.len()) {
        let found = &predicted[unexcused[extra]];
        return Err(format!(
            "{:?} at {}..{} found but not expected",
            found.text, found.start, found.end
        ));
    }
    Ok(())
}

/// A left vertex that a maximum matching of the bipartite graph `edges`
/// (left vertex → right vertices) leaves unmatched, if any (Kuhn's algorithm).
fn first_unmatched(edges: &[Vec<usize>], right: usize) -> Option<usize> {
    fn augment(
        left: usize,
        edges: &[Vec<usize>],
        owner: &mut [Option<usize>],
        visited: &mut [bool],
    ) -> bool {
        for &r in &edges[left] {
            if visited[r] {
                continue;
            }
            visited[r] = true;
            if owner[r].map_or(true, |other| augment(other, edges, owner, visited)) {
                owner[r] = Some(left);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; right];
    (0..edges.len()).find(|&left| !augment(left, edges, &mut owner, &mut vec![false; right]))
}

/// Cardinals: one kind in suites.
fn is_cardinal(kind: &str) -> bool {
    kind == "number" || kind == "count"
}

/// Compares the fields the expected item has; `Err` names the first that differs.
fn fields_match(expected: &ExpectedQuantity, found: &QuantityRecord) -> Result<(), String> {
    let cardinal = expected.kind.as_deref().is_some_and(is_cardinal);
    if let Some(kind) = &expected.kind {
        if *kind != found.kind && !(cardinal && is_cardinal(&found.kind)) {
            return Err(format!("kind {kind} expected, {} found", found.kind));
        }
    }
    if let Some(value) = &expected.value {
        if !values_equal(value, &found.value) {
            return Err(format!("value {value} expected, {} found", found.value));
        }
    }
    if let Some(value_max) = &expected.value_max {
        let right = match &found.value_max {
            Some(found_max) => values_equal(value_max, found_max),
            None => *value_max == Value::Null,
        };
        if !right {
            return Err(format!(
                "value_max {value_max} expected, {:?} found",
                found.value_max
            ));
        }
    }
    if let Some(unit) = &expected.unit {
        if !cardinal && *unit != found.unit {
            return Err(format!("unit {unit:?} expected, {:?} found", found.unit));
        }
    }
    if let Some(approx) = &expected.approx {
        if *approx != found.approx {
            return Err(format!(
                "approx {approx:?} expected, {:?} found",
                found.approx
            ));
        }
    }
    Ok(())
}

/// Leading prepositions and articles a whole-case span may leave out.
const LEADING_WORDS: [&str; 11] = [
    "à", "au", "aux", "le", "la", "les", "de", "du", "des", "en", "dans",
];
/// Elided article and preposition, written with an apostrophe: l', d'.
const ELIDED: [&str; 2] = ["l", "d"];

fn is_space_or_punctuation(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '…'
                | '"'
                | '\''
                | '’'
                | '«'
                | '»'
                | '“'
                | '”'
                | '('
                | ')'
                | '['
                | ']'
                | '-'
                | '–'
                | '—'
                | '¿'
                | '¡'
        )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether the text before a whole-case span holds only spaces, punctuation
/// and leading prepositions and articles.
fn is_ignorable_prefix(prefix: &[char]) -> bool {
    let mut rest = prefix;
    loop {
        while let [first, tail @ ..] = rest {
            if !is_space_or_punctuation(*first) {
                break;
            }
            rest = tail;
        }
        if rest.is_empty() {
            return true;
        }
        let word_length = rest.iter().take_while(|c| c.is_alphanumeric()).count();
        let word = rest[..word_length]
            .iter()
            .collect::<String>()
            .to_lowercase();
        let after = &rest[word_length..];
        if ELIDED.contains(&word.as_str()) && after.first().is_some_and(|&c| is_apostrophe(c)) {
            rest = &after[1..];
        } else if LEADING_WORDS.contains(&word.as_str()) {
            rest = after;
        } else {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A contract value from JSON.
    fn v(json: serde_json::Value) -> Value {
        serde_json::from_value(json).unwrap()
    }

    fn case(value: serde_json::Value) -> SuiteCase {
        let case: SuiteCase = serde_json::from_value(value).unwrap();
        check_case(&case).unwrap();
        case
    }

    fn found(start: usize, end: usize, kind: &str, value: serde_json::Value) -> QuantityRecord {
        QuantityRecord {
            start,
            end,
            text: String::new(),
            kind: kind.into(),
            value: v(value),
            value_max: None,
            unit: None,
            approx: None,
            optional: false,
        }
    }

    fn prefix_ok(prefix: &str) -> bool {
        is_ignorable_prefix(&prefix.chars().collect::<Vec<_>>())
    }

    #[test]
    fn leading_articles_prepositions_and_punctuation_may_be_left_out() {
        for prefix in [
            "",
            " ",
            "le ",
            "Le ",
            "à l'",
            "à l’",
            "dans les ",
            "« ",
            "du ",
            "d'",
            "en ",
        ] {
            assert!(prefix_ok(prefix), "{prefix:?}");
        }
        for prefix in ["vers ", "il y a ", "entre ", "l", "ledit "] {
            assert!(!prefix_ok(prefix), "{prefix:?}");
        }
    }

    #[test]
    fn a_whole_case_needs_one_quantity_covering_the_text() {
        let whole = case(json!({"id": "w", "text": "le 3 mars.", "whole": true,
            "expected": [{"kind": "date", "value": "2013-03-03"}]}));
        assert_eq!(
            judge(&whole, &[found(3, 9, "date", json!("2013-03-03"))]),
            Ok(())
        );
        assert_eq!(
            judge(&whole, &[found(0, 10, "date", json!("2013-03-03"))]),
            Ok(())
        );
        assert!(judge(&whole, &[found(3, 4, "date", json!("2013-03-03"))])
            .unwrap_err()
            .contains("at the end"));
        assert!(judge(&whole, &[found(3, 9, "date", json!("2013-03-04"))])
            .unwrap_err()
            .contains("value"));
        assert!(judge(&whole, &[]).is_err());
        let twice = [
            found(3, 4, "number", json!(3)),
            found(3, 9, "date", json!("2013-03-03")),
        ];
        assert!(judge(&whole, &twice).unwrap_err().contains("2 quantities"));
        assert!(judge(&whole, &[found(3, 12, "date", json!("2013-03-03"))])
            .unwrap_err()
            .contains("outside"));
    }

    #[test]
    fn number_and_count_are_one_kind_and_then_the_unit_is_not_compared() {
        let whole = case(json!({"id": "n", "text": "quatre", "whole": true,
            "expected": [{"kind": "number", "value": 4, "unit": null}]}));
        let mut count = found(0, 6, "count", json!(4.0));
        count.unit = Some("personne".into());
        assert_eq!(judge(&whole, &[count]), Ok(()));
        assert!(judge(&whole, &[found(0, 6, "ordinal", json!(4))])
            .unwrap_err()
            .contains("kind"));
    }

    #[test]
    fn present_fields_are_compared_and_absent_ones_are_not() {
        let whole = case(
            json!({"id": "r", "text": "entre 10 et 20 euros", "whole": true,
            "expected": [{"kind": "money", "value": 10, "unit": "EUR", "approx": "range", "value_max": 20}]}),
        );
        let mut range = found(0, 20, "money", json!(10));
        range.unit = Some("EUR".into());
        range.approx = Some("range".into());
        range.value_max = Some(v(json!(20)));
        assert_eq!(judge(&whole, std::slice::from_ref(&range)), Ok(()));
        let mut open = range.clone();
        open.value_max = None;
        assert!(judge(&whole, &[open]).unwrap_err().contains("value_max"));
        let mut dollars = range.clone();
        dollars.unit = Some("USD".into());
        assert!(judge(&whole, &[dollars]).unwrap_err().contains("unit"));

        let bare = case(json!({"id": "b", "text": "10 euros", "whole": true,
            "expected": [{"kind": "money", "value": 10}]}));
        range.end = 8;
        assert_eq!(
            judge(&bare, &[range]),
            Ok(()),
            "unit, approx and value_max are absent: not compared"
        );
    }

    #[test]
    fn sentence_cases_match_one_to_one_exactly_not_greedily() {
        // "cinq" (0..4) and "six" (5..8); one prediction spans both and could
        // match either, the other only overlaps "six": a greedy pass could give
        // the wide one to "six" and leave "cinq" unmatched.
        let sentence = case(
            json!({"id": "s", "text": "cinq six", "whole": false, "expected": [
                {"start": 0, "end": 4, "kind": "number", "value": 5},
                {"start": 5, "end": 8, "kind": "number", "value": 5}
            ]}),
        );
        let predicted = [
            found(5, 8, "number", json!(5)),
            found(0, 8, "number", json!(5)),
        ];
        assert_eq!(judge(&sentence, &predicted), Ok(()));
        assert!(judge(&sentence, &predicted[..1])
            .unwrap_err()
            .contains("\"cinq\" at 0..4: not found"));
    }

    #[test]
    fn left_over_predictions_fail_unless_they_overlap_an_optional_item() {
        let sentence = case(
            json!({"id": "o", "text": "5 ans en 1989 et 3 fois", "whole": false, "expected": [
                {"start": 0, "end": 5, "kind": "age", "value": 5, "unit": "year"},
                {"start": 9, "end": 13, "optional": true}
            ]}),
        );
        let mut age = found(0, 5, "age", json!(5));
        age.unit = Some("year".into());
        let year = found(9, 13, "date", json!("1989"));
        assert_eq!(judge(&sentence, &[age.clone(), year.clone()]), Ok(()));
        assert_eq!(
            judge(&sentence, std::slice::from_ref(&age)),
            Ok(()),
            "optional items need not be found"
        );
        let extra = found(17, 18, "number", json!(3));
        assert!(judge(&sentence, &[age.clone(), year, extra])
            .unwrap_err()
            .contains("found but not expected"));
        let negative =
            case(json!({"id": "neg", "text": "les jours", "whole": false, "expected": []}));
        assert_eq!(judge(&negative, &[]), Ok(()));
        assert!(judge(&negative, &[found(0, 3, "number", json!(1))]).is_err());
    }

    #[test]
    fn malformed_cases_are_refused() {
        let parse = |value: serde_json::Value| check_case(&serde_json::from_value(value).unwrap());
        assert!(parse(json!({"id": "a", "text": "3", "whole": false, "expected": [{"kind": "number", "value": 3}]})).is_err());
        assert!(parse(json!({"id": "b", "text": "3", "whole": true, "expected": []})).is_err());
        assert!(parse(json!({"id": "c", "text": "3", "whole": false, "expected": [{"start": 0, "end": 2, "kind": "number", "value": 3}]})).is_err());
        assert!(parse(
            json!({"id": "d", "text": "3", "whole": true, "expected": [{"kind": "number"}]})
        )
        .is_err());
    }
}
