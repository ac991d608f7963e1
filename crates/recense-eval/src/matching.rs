//! Matching of predicted to gold items by overlapping spans, shared by the
//! quantity and fact scores, and value equality, shared with the suites.

use serde_json::Value;

/// Relative tolerance for numeric values: JSON writers round floats differently.
const RELATIVE_TOLERANCE: f64 = 1e-9;

/// A span of code points, end exclusive.
pub(crate) type Span = (usize, usize);

/// Contract value equality: numbers equal within 1e-9 relative, anything
/// else (strings, null) equal as JSON.
pub(crate) fn values_equal(a: &Value, b: &Value) -> bool {
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
    /// Predictions paired with optional gold items: neither right nor wrong.
    pub excused: usize,
}

/// Pairs gold with predicted items whose spans overlap and that `accept`
/// allows, one to one, greedily by largest overlap (ties: earlier gold, then
/// earlier prediction). Required gold items are paired first, so an optional
/// item never takes a prediction a required one could have had; predictions
/// left over are then paired with optional items the same way.
pub(crate) fn match_overlapping(
    gold: &[(Span, bool)],
    pred: &[Span],
    accept: impl Fn(usize, usize) -> bool,
) -> Matching {
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut round = |optional: bool| {
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for (g, &(gold_span, is_optional)) in gold.iter().enumerate() {
            if is_optional != optional {
                continue;
            }
            for (p, &pred_span) in pred.iter().enumerate() {
                let shared = overlap(gold_span, pred_span);
                if shared > 0 && !pred_used[p] && accept(g, p) {
                    candidates.push((shared, g, p));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut pairs = Vec::new();
        for (_, g, p) in candidates {
            if !gold_used[g] && !pred_used[p] {
                gold_used[g] = true;
                pred_used[p] = true;
                pairs.push((g, p));
            }
        }
        pairs
    };
    let pairs = round(false);
    let excused = round(true).len();
    Matching { pairs, excused }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_are_equal_within_relative_tolerance() {
        assert!(values_equal(&json!(2571), &json!(2571.0)));
        assert!(values_equal(&json!(0.1 + 0.2), &json!(0.3)));
        assert!(!values_equal(&json!(2571), &json!(2572)));
        assert!(!values_equal(&json!("2024-10"), &json!("2024-11")));
        assert!(!values_equal(&json!(3), &json!("3")));
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
}
