//! An article's text cut into pieces, each carrying the marks (entity,
//! quantity, fact) that cover it: what the article view's template draws.
//!
//! Marks may nest or cross (a date inside an entity, say), so the text is cut
//! at every mark boundary and each piece lists every mark over it. A mark's
//! label is drawn once, on its last piece (`ends`). Offsets are code points,
//! as in the contract.

use std::collections::HashMap;

use recense_contract::record::DocRecord;
use serde::Serialize;

/// One stretch of text with the same marks over all of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Piece {
    pub text: String,
    /// The entity label over this piece (PER, LOC, …), if any.
    pub entity: Option<String>,
    /// The piece ends its entity: the label is drawn after it.
    pub entity_ends: bool,
    /// What hovering the entity shows: its label, and the NER's confidence.
    pub entity_hover: Option<String>,
    /// The quantity over this piece: "kind · value unit · approx", for hover.
    pub quantity: Option<String>,
    /// The piece ends its quantity.
    pub quantity_ends: bool,
    /// The event of the fact whose quantity covers this piece, if any.
    pub event: Option<String>,
}

/// A span of the text and what it marks.
struct Mark {
    start: usize,
    end: usize,
    what: MarkKind,
}

enum MarkKind {
    Entity { label: String, hover: String },
    Quantity { hover: String, event: Option<String> },
}

/// The marks of one article, gathered from a contract record or from the
/// extract's tables.
#[derive(Default)]
pub struct Marks {
    marks: Vec<Mark>,
}

impl Marks {
    /// An entity; `confidence` is the NER backend's, when it gives one.
    pub fn entity(&mut self, start: usize, end: usize, label: &str, confidence: Option<f64>) {
        let hover = match confidence {
            Some(c) => format!("{label} · confidence {c:.2}"),
            None => label.to_string(),
        };
        self.marks.push(Mark { start, end, what: MarkKind::Entity { label: label.to_string(), hover } });
    }

    /// A quantity; `event` is that of the fact it is the figure of, if any.
    pub fn quantity(&mut self, start: usize, end: usize, hover: String, event: Option<String>) {
        self.marks.push(Mark { start, end, what: MarkKind::Quantity { hover, event } });
    }

    /// The marks of a contract record (what `recense annotate` prints).
    pub fn from_record(record: &DocRecord) -> Marks {
        let mut marks = Marks::default();
        for entity in record.entities.iter().flatten() {
            marks.entity(entity.start, entity.end, &entity.label, entity.confidence);
        }
        let events: HashMap<(usize, usize), &str> =
            record.facts.iter().flatten().map(|f| ((f.quantity.start, f.quantity.end), f.event.as_str())).collect();
        for q in record.quantities.iter().flatten() {
            let value = match serde_json::to_value(&q.value) {
                Ok(serde_json::Value::String(s)) => s,
                Ok(other) => other.to_string(),
                Err(_) => String::new(),
            };
            let hover = quantity_hover(&q.kind, &value, q.unit.as_deref(), q.approx.as_deref());
            let event = events.get(&(q.start, q.end)).map(|e| e.to_string());
            marks.quantity(q.start, q.end, hover, event);
        }
        marks
    }

    /// Cuts `text` into pieces by these marks. Marks past the text are
    /// clipped to it; empty ones are dropped.
    pub fn pieces(mut self, text: &str) -> Vec<Piece> {
        let chars: Vec<char> = text.chars().collect();
        for mark in &mut self.marks {
            mark.end = mark.end.min(chars.len());
        }
        self.marks.retain(|m| m.start < m.end);
        self.marks.sort_by_key(|m| m.start);
        let marks = &self.marks;
        let mut cuts: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).collect();
        cuts.extend([0, chars.len()]);
        cuts.sort_unstable();
        cuts.dedup();
        // A sweep: the marks over the current piece are those started and
        // not yet ended; entities do not overlap one another, nor
        // quantities, so this set stays small and the cut is linear.
        let mut next_mark = 0;
        let mut open: Vec<&Mark> = Vec::new();
        let mut pieces = Vec::with_capacity(cuts.len());
        for w in cuts.windows(2) {
            let (start, end) = (w[0], w[1]);
            open.retain(|m| m.end > start);
            while next_mark < marks.len() && marks[next_mark].start <= start {
                open.push(&marks[next_mark]);
                next_mark += 1;
            }
            let mut piece = Piece {
                text: chars[start..end].iter().collect(),
                entity: None,
                entity_ends: false,
                entity_hover: None,
                quantity: None,
                quantity_ends: false,
                event: None,
            };
            for mark in &open {
                match &mark.what {
                    MarkKind::Entity { label, hover } => {
                        piece.entity = Some(label.clone());
                        piece.entity_ends = mark.end == end;
                        piece.entity_hover = Some(hover.clone());
                    }
                    MarkKind::Quantity { hover, event } => {
                        piece.quantity = Some(hover.clone());
                        piece.quantity_ends = mark.end == end;
                        piece.event = event.clone();
                    }
                }
            }
            pieces.push(piece);
        }
        pieces
    }
}

/// What hovering a quantity shows: "count · 2571 personne · exact".
pub fn quantity_hover(kind: &str, value: &str, unit: Option<&str>, approx: Option<&str>) -> String {
    let value = match unit {
        Some(unit) => format!("{value} {unit}"),
        None => value.to_string(),
    };
    [Some(kind), Some(value.as_str()), approx].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str) -> DocRecord {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_nested_mark_splits_its_host_and_the_label_goes_on_the_last_piece() {
        let text = "Le 6 novembre à Paris.";
        let doc = record(
            r#"{"doc":"d","entities":[{"start":3,"end":21,"label":"EVENT","text":"6 novembre à Paris"}],
                "quantities":[{"start":3,"end":13,"text":"6 novembre","kind":"date","value":"2024-11-06"}]}"#,
        );
        let pieces = Marks::from_record(&doc).pieces(text);
        let texts: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Le ", "6 novembre", " à Paris", "."]);
        assert_eq!(pieces[1].entity.as_deref(), Some("EVENT"));
        assert!(!pieces[1].entity_ends && pieces[2].entity_ends);
        assert_eq!(pieces[1].quantity.as_deref(), Some("date · 2024-11-06"));
        assert!(pieces[1].quantity_ends);
        assert_eq!(pieces.iter().map(|p| p.text.as_str()).collect::<String>(), text);
    }

    #[test]
    fn a_fact_puts_its_event_on_its_quantity() {
        let text = "2 571 personnes arrêtées";
        let doc = record(
            r#"{"doc":"d","quantities":[{"start":0,"end":5,"text":"2 571","kind":"count","value":2571,"unit":"personne","approx":"exact"}],
                "facts":[{"event":"ARREST","value":2571,"unit":"personne","quantity":{"start":0,"end":5}}]}"#,
        );
        let pieces = Marks::from_record(&doc).pieces(text);
        assert_eq!(pieces[0].text, "2 571");
        assert_eq!(pieces[0].event.as_deref(), Some("ARREST"));
        assert_eq!(pieces[0].quantity.as_deref(), Some("count · 2571 personne · exact"));
        assert_eq!(pieces[1].event, None);
    }

    #[test]
    fn offsets_are_code_points_and_marks_past_the_end_are_clipped() {
        let text = "Évry, Zürich";
        let doc = record(
            r#"{"doc":"d","entities":[{"start":6,"end":12,"label":"LOC","text":"Zürich"},
                                     {"start":0,"end":4,"label":"LOC","text":"Évry"},
                                     {"start":40,"end":44,"label":"LOC","text":"gone"}]}"#,
        );
        let pieces = Marks::from_record(&doc).pieces(text);
        let marked: Vec<&str> = pieces.iter().filter(|p| p.entity.is_some()).map(|p| p.text.as_str()).collect();
        assert_eq!(marked, ["Évry", "Zürich"]);
    }
}
