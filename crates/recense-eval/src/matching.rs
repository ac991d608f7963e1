//! Matching of predicted to gold items by overlapping spans, shared by the
//! quantity and fact scores, and value equality, shared with the suites.

use crate::record::Value;

/// Relative tolerance for numeric values: JSON writers round floats differently.
const RELATIVE_TOLERANCE: f64 = 1e-9;

/// A span of code points, end exclusive.
pub(crate) type Span = (usize, usize);

/// Contract value equality: numbers equal within 1e-9 relative, anything
/// else (strings, null) equal as JSON.
pub fn values_equal(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y || (x - y).abs() <= RELATIVE_TOLERANCE * x.abs().max(y.abs()),
        _ => a == b,
    }
}

/// Optional values are equal when both are absent or both present and equal.
pub(crate) fn optional_values_equal(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => values_equal(x, y),
        (None, None) => true,
        _ => false,
    }
}

/// Number of code points two spans share (0 when they only touch).
pub(crate) fn overlap(a: Span, b: Span) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// One-to-one pairing of gold and predicted items by overlapping spans.
pub(crate) struct Matching {
    /// (gold index, pred index) pairs with required gold items.
    pub pairs: Vec<(usize, usize)>,
    /// Predictions left unpaired that overlap an optional gold item: neither
    /// right nor wrong, whatever their fields.
    pub excused: usize,
}

/// Pairs required gold items with predicted items whose spans overlap and
/// that `accept` allows, one to one, greedily by largest overlap (ties:
/// earlier gold, then earlier prediction). Then every prediction left over
/// that overlaps an optional gold item is excused (the spec: "a prediction
/// that overlaps it is neither right nor wrong, whatever its fields").
pub(crate) fn match_overlapping(
    gold: &[(Span, bool)],
    pred: &[Span],
    accept: impl Fn(usize, usize) -> bool,
) -> Matching {
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (g, &(gold_span, optional)) in gold.iter().enumerate() {
        if optional {
            continue;
        }
        for (p, &pred_span) in pred.iter().enumerate() {
            let shared = overlap(gold_span, pred_span);
            if shared > 0 && accept(g, p) {
                candidates.push((shared, g, p));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        if !gold_used[g] && !pred_used[p] {
            gold_used[g] = true;
            pred_used[p] = true;
            pairs.push((g, p));
        }
    }
    let excused = pred
        .iter()
        .enumerate()
        .filter(|&(p, &span)| !pred_used[p] && gold.iter().any(|&(g, optional)| optional && overlap(g, span) > 0))
        .count();
    Matching { pairs, excused }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_are_equal_within_relative_tolerance() {
        let v = |json: serde_json::Value| -> Value { serde_json::from_value(json).unwrap() };
        assert!(values_equal(&v(json!(2571)), &v(json!(2571.0))));
        assert!(values_equal(&v(json!(0.1 + 0.2)), &v(json!(0.3))));
        assert!(!values_equal(&v(json!(2571)), &v(json!(2572))));
        assert!(!values_equal(&v(json!("2024-10")), &v(json!("2024-11"))));
        assert!(!values_equal(&v(json!(3)), &v(json!("3"))));
    }

    #[test]
    fn touching_spans_do_not_overlap() {
        assert_eq!(overlap((0, 5), (5, 9)), 0);
        assert_eq!(overlap((0, 5), (3, 9)), 2);
    }

    #[test]
    fn greedy_matching_prefers_the_largest_overlap_and_is_one_to_one() {
        let gold = [((0, 10), false), ((10, 20), false)];
        let pred = [(8, 12), (0, 9)];
        let matching = match_overlapping(&gold, &pred, |_, _| true);
        let mut pairs = matching.pairs;
        pairs.sort();
        assert_eq!(pairs, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn required_gold_is_paired_before_optional_gold() {
        let gold = [((0, 3), false), ((2, 10), true)];
        let pred = [(1, 9)];
        let matching = match_overlapping(&gold, &pred, |_, _| true);
        assert_eq!(matching.pairs, vec![(0, 0)]);
        assert_eq!(matching.excused, 0);
    }

    #[test]
    fn a_prediction_overlapping_optional_gold_is_excused_whatever_its_fields() {
        let gold = [((0, 3), false), ((10, 14), true)];
        let pred = [(0, 3), (11, 12), (12, 16), (20, 22)];
        // the prediction on the optional item is refused by `accept` (wrong event, say)
        let matching = match_overlapping(&gold, &pred, |_, p| p == 0);
        assert_eq!(matching.pairs, vec![(0, 0)]);
        assert_eq!(matching.excused, 2);
    }
}
