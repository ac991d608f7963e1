//! Scores predictions against gold by the contract's rules.
//!
//! - Entities: exact span and label; micro and per-label precision, recall
//!   and F1; the headline is micro-F1 over PER, LOC and ORG. Labels of both
//!   sides go through [`labels::canonical`] first.
//! - Quantities: a prediction matches a gold quantity when their spans
//!   overlap, one to one, greedily by largest overlap (see
//!   `matching::match_overlapping`); kind, value (with `value_max`), unit and
//!   approx accuracies are then taken over the matched pairs.
//! - Facts: a match needs overlapping quantity spans and equal values; the
//!   reported precision, recall and F1 are the contract's headline, whose
//!   matches also need the same event. Unit, location, country and date
//!   accuracies are over the value-matched pairs whose gold field is non-null.
//!
//! Optional gold items: a prediction matching one is neither right nor wrong,
//! and missing one costs nothing. A gold layer left out of a document is not
//! scored there, and predictions for it are ignored. A figure over nothing
//! (precision with no prediction, an accuracy with no pair) is `None`, which
//! serialises as `null`; F1 is 2·TP / (gold + predicted), which is 0 when one
//! side is empty and `None` only when both are.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::labels::{self, HEADLINE_LABELS};
use crate::matching::{match_overlapping, optional_values_equal, overlap, values_equal, Span};
use crate::read::GoldDoc;
use crate::record::{DocRecord, EntityRecord, FactRecord, QuantityRecord};

/// Every score of a set of predictions against gold. A layer that no gold
/// document has is `None`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub docs: DocCounts,
    pub entities: Option<EntityScores>,
    pub quantities: Option<QuantityScores>,
    pub facts: Option<FactScores>,
}

/// How gold and predicted documents paired up by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocCounts {
    pub gold: usize,
    pub pred: usize,
    /// Gold documents with no prediction: all their gold items are misses.
    pub missing_pred: usize,
    /// Predicted documents with no gold: ignored.
    pub unmatched_pred: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub p: Option<f64>,
    pub r: Option<f64>,
    pub f1: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelScores {
    #[serde(flatten)]
    pub prf: Prf,
    pub gold: usize,
    pub pred: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityScores {
    /// Over every label, predicted labels with no gold equivalent (MISC) included.
    pub micro: Prf,
    pub per_label: BTreeMap<String, LabelScores>,
    /// Micro-F1 over PER, LOC and ORG.
    pub headline_f1: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityScores {
    #[serde(flatten)]
    pub prf: Prf,
    pub gold: usize,
    pub pred: usize,
    pub kind_accuracy: Option<f64>,
    /// `value` and `value_max` both right.
    pub value_accuracy: Option<f64>,
    pub unit_accuracy: Option<f64>,
    pub approx_accuracy: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactScores {
    /// Matches need overlapping spans, equal values and the same event.
    #[serde(flatten)]
    pub prf: Prf,
    pub gold: usize,
    pub pred: usize,
    pub unit_accuracy: Option<f64>,
    pub location_accuracy: Option<f64>,
    pub country_accuracy: Option<f64>,
    pub date_accuracy: Option<f64>,
}

/// True positives, gold and predicted counts.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    tp: usize,
    gold: usize,
    pred: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.gold += other.gold;
        self.pred += other.pred;
    }

    fn prf(&self) -> Prf {
        let ratio = |num: usize, den: usize| (den > 0).then(|| num as f64 / den as f64);
        Prf {
            p: ratio(self.tp, self.pred),
            r: ratio(self.tp, self.gold),
            f1: ratio(2 * self.tp, self.gold + self.pred),
        }
    }
}

/// Right answers out of the items that had one to give.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn count(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    fn accuracy(&self) -> Option<f64> {
        (self.total > 0).then(|| self.right as f64 / self.total as f64)
    }
}

/// Scores predictions against gold, documents paired by `doc` id.
pub fn score(gold: &[GoldDoc], pred: &[DocRecord]) -> Report {
    let pred_by_id: HashMap<&str, &DocRecord> = pred
        .iter()
        .map(|record| (record.doc.as_str(), record))
        .collect();
    let gold_ids: HashSet<&str> = gold.iter().map(|doc| doc.record.doc.as_str()).collect();
    let docs = DocCounts {
        gold: gold.len(),
        pred: pred.len(),
        missing_pred: gold
            .iter()
            .filter(|doc| !pred_by_id.contains_key(doc.record.doc.as_str()))
            .count(),
        unmatched_pred: pred
            .iter()
            .filter(|record| !gold_ids.contains(record.doc.as_str()))
            .count(),
    };

    let mut entities = EntityTotals::default();
    let mut quantities = QuantityTotals::default();
    let mut facts = FactTotals::default();
    for doc in gold {
        let predicted = pred_by_id.get(doc.record.doc.as_str());
        if let Some(gold_entities) = &doc.record.entities {
            let pred_entities = predicted
                .and_then(|p| p.entities.as_deref())
                .unwrap_or_default();
            entities.add_doc(gold_entities, pred_entities);
        }
        if let Some(gold_quantities) = &doc.record.quantities {
            let pred_quantities = predicted
                .and_then(|p| p.quantities.as_deref())
                .unwrap_or_default();
            quantities.add_doc(gold_quantities, pred_quantities);
        }
        if let Some(gold_facts) = &doc.record.facts {
            let pred_facts = predicted
                .and_then(|p| p.facts.as_deref())
                .unwrap_or_default();
            facts.add_doc(gold_facts, pred_facts);
        }
    }
    Report {
        docs,
        entities: entities.scored.then(|| entities.scores()),
        quantities: quantities.scored.then(|| quantities.scores()),
        facts: facts.scored.then(|| facts.scores()),
    }
}

#[derive(Default)]
struct EntityTotals {
    scored: bool,
    per_label: BTreeMap<String, Counts>,
}

impl EntityTotals {
    /// Exact span and label, one to one; duplicates of one span count apart.
    /// A prediction left unmatched that overlaps an optional gold entity is
    /// neither right nor wrong, whatever its label.
    fn add_doc(&mut self, gold: &[EntityRecord], pred: &[EntityRecord]) {
        self.scored = true;
        let key = |entity: &EntityRecord| {
            labels::canonical(&entity.label).map(|label| (entity.start, entity.end, label))
        };
        let gold: Vec<_> = gold
            .iter()
            .filter_map(|e| Some((key(e)?, e.optional)))
            .collect();
        for ((_, _, label), optional) in &gold {
            if !optional {
                self.per_label.entry(label.clone()).or_default().gold += 1;
            }
        }
        let mut used = vec![false; gold.len()];
        for pred_key in pred.iter().filter_map(key) {
            let required = gold
                .iter()
                .enumerate()
                .position(|(index, (gold_key, optional))| !used[index] && !optional && *gold_key == pred_key);
            let right = match required {
                Some(index) => {
                    used[index] = true;
                    true
                }
                None => {
                    let span = (pred_key.0, pred_key.1);
                    if gold.iter().any(|((s, e, _), optional)| *optional && overlap((*s, *e), span) > 0) {
                        continue;
                    }
                    false
                }
            };
            let counts = self.per_label.entry(pred_key.2).or_default();
            counts.pred += 1;
            counts.tp += usize::from(right);
        }
    }

    fn scores(&self) -> EntityScores {
        let mut micro = Counts::default();
        let mut headline = Counts::default();
        for (label, counts) in &self.per_label {
            micro.add(*counts);
            if HEADLINE_LABELS.contains(&label.as_str()) {
                headline.add(*counts);
            }
        }
        let per_label = self
            .per_label
            .iter()
            .map(|(label, counts)| {
                (
                    label.clone(),
                    LabelScores {
                        prf: counts.prf(),
                        gold: counts.gold,
                        pred: counts.pred,
                    },
                )
            })
            .collect();
        EntityScores {
            micro: micro.prf(),
            per_label,
            headline_f1: headline.prf().f1,
        }
    }
}

#[derive(Default)]
struct QuantityTotals {
    scored: bool,
    counts: Counts,
    kind: Tally,
    value: Tally,
    unit: Tally,
    approx: Tally,
}

impl QuantityTotals {
    fn add_doc(&mut self, gold: &[QuantityRecord], pred: &[QuantityRecord]) {
        self.scored = true;
        let gold_spans: Vec<(Span, bool)> = gold
            .iter()
            .map(|q| ((q.start, q.end), q.optional))
            .collect();
        let pred_spans: Vec<Span> = pred.iter().map(|q| (q.start, q.end)).collect();
        let matching = match_overlapping(&gold_spans, &pred_spans, |_, _| true);
        self.counts.add(Counts {
            tp: matching.pairs.len(),
            gold: gold.iter().filter(|q| !q.optional).count(),
            pred: pred.len() - matching.excused,
        });
        for &(g, p) in &matching.pairs {
            let (gold, pred) = (&gold[g], &pred[p]);
            self.kind.count(gold.kind == pred.kind);
            self.value.count(
                values_equal(&gold.value, &pred.value)
                    && optional_values_equal(gold.value_max.as_ref(), pred.value_max.as_ref()),
            );
            self.unit.count(gold.unit == pred.unit);
            self.approx.count(gold.approx == pred.approx);
        }
    }

    fn scores(&self) -> QuantityScores {
        QuantityScores {
            prf: self.counts.prf(),
            gold: self.counts.gold,
            pred: self.counts.pred,
            kind_accuracy: self.kind.accuracy(),
            value_accuracy: self.value.accuracy(),
            unit_accuracy: self.unit.accuracy(),
            approx_accuracy: self.approx.accuracy(),
        }
    }
}

#[derive(Default)]
struct FactTotals {
    scored: bool,
    counts: Counts,
    unit: Tally,
    location: Tally,
    country: Tally,
    date: Tally,
}

impl FactTotals {
    fn add_doc(&mut self, gold: &[FactRecord], pred: &[FactRecord]) {
        self.scored = true;
        let gold_spans: Vec<(Span, bool)> = gold
            .iter()
            .map(|f| ((f.quantity.start, f.quantity.end), f.optional))
            .collect();
        let pred_spans: Vec<Span> = pred
            .iter()
            .map(|f| (f.quantity.start, f.quantity.end))
            .collect();
        let same_value = |g: usize, p: usize| values_equal(&gold[g].value, &pred[p].value);
        let with_event = match_overlapping(&gold_spans, &pred_spans, |g, p| {
            same_value(g, p) && gold[g].event == pred[p].event
        });
        self.counts.add(Counts {
            tp: with_event.pairs.len(),
            gold: gold.iter().filter(|f| !f.optional).count(),
            pred: pred.len() - with_event.excused,
        });
        for (g, p) in match_overlapping(&gold_spans, &pred_spans, same_value).pairs {
            let (gold, pred) = (&gold[g], &pred[p]);
            let fields = [
                (&mut self.unit, &gold.unit, &pred.unit),
                (&mut self.country, &gold.country, &pred.country),
                (&mut self.date, &gold.date, &pred.date),
            ];
            for (tally, gold_field, pred_field) in fields {
                if gold_field.is_some() {
                    tally.count(gold_field == pred_field);
                }
            }
            if let Some(gold_location) = &gold.location {
                let same = pred.location.as_deref().is_some_and(|p| same_place(gold_location, p));
                self.location.count(same);
            }
        }
    }

    fn scores(&self) -> FactScores {
        FactScores {
            prf: self.counts.prf(),
            gold: self.counts.gold,
            pred: self.counts.pred,
            unit_accuracy: self.unit.accuracy(),
            location_accuracy: self.location.accuracy(),
            country_accuracy: self.country.accuracy(),
            date_accuracy: self.date.accuracy(),
        }
    }
}

/// Locations compare after folding case and dropping a leading article or
/// preposition (the spec: "l'Argentine", "en Argentine" and "Argentine" are equal).
fn same_place(a: &str, b: &str) -> bool {
    recense_contract::fold_place(a) == recense_contract::fold_place(b)
}

/// A score to three decimals, or "-" when there was nothing to score.
fn figure(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

fn prf_row(out: &mut String, name: &str, prf: &Prf, gold: usize, pred: usize) {
    let _ = writeln!(
        out,
        "  {name:<22} {:>6} {:>6} {:>6} {gold:>7} {pred:>7}",
        figure(prf.p),
        figure(prf.r),
        figure(prf.f1)
    );
}

impl Report {
    /// The report as a plain-text table for a terminal.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let docs = &self.docs;
        let _ = writeln!(
            out,
            "documents: {} gold, {} predicted, {} gold without prediction, {} predictions without gold",
            docs.gold, docs.pred, docs.missing_pred, docs.unmatched_pred
        );
        let header = format!(
            "  {:<22} {:>6} {:>6} {:>6} {:>7} {:>7}",
            "", "P", "R", "F1", "gold", "pred"
        );
        if let Some(entities) = &self.entities {
            let _ = writeln!(out, "\nentities (exact span and label)\n{header}");
            for (label, scores) in &entities.per_label {
                prf_row(&mut out, label, &scores.prf, scores.gold, scores.pred);
            }
            let gold = entities.per_label.values().map(|s| s.gold).sum();
            let pred = entities.per_label.values().map(|s| s.pred).sum();
            prf_row(&mut out, "micro, all labels", &entities.micro, gold, pred);
            let _ = writeln!(
                out,
                "  headline micro-F1 over PER, LOC, ORG: {}",
                figure(entities.headline_f1)
            );
        }
        if let Some(q) = &self.quantities {
            let _ = writeln!(out, "\nquantities (overlapping spans)\n{header}");
            prf_row(&mut out, "detection", &q.prf, q.gold, q.pred);
            let _ = writeln!(
                out,
                "  on matched pairs: kind {}, value {}, unit {}, approx {}",
                figure(q.kind_accuracy),
                figure(q.value_accuracy),
                figure(q.unit_accuracy),
                figure(q.approx_accuracy)
            );
        }
        if let Some(f) = &self.facts {
            let _ = writeln!(
                out,
                "\nfacts (overlapping spans, equal values, same event)\n{header}"
            );
            prf_row(&mut out, "headline", &f.prf, f.gold, f.pred);
            let _ = writeln!(
                out,
                "  on value-matched pairs: unit {}, location {}, country {}, date {}",
                figure(f.unit_accuracy),
                figure(f.location_accuracy),
                figure(f.country_accuracy),
                figure(f.date_accuracy)
            );
        }
        out
    }
}
