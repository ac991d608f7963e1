//! Label and span rules from the annotation contract, applied after any backend.
//!
//! The training data and the contract disagree in two places the tagger
//! cannot learn: WiNER does not annotate named operations, which the
//! contract calls EVENT ("opération … baptisée Liberterra II"), and a
//! country's name can come out as a person ("Costa Rica") where the
//! contract's LOC is certain. A third rule keeps a region's compass
//! qualifier in its name ("Afrique de l'Ouest", "Asie centrale"), as the
//! training data does 54 times in 55, where the tagger sometimes stops at
//! the continent. These rules relabel or widen entities the backend found;
//! they never add or remove one.

use recense_text::Token;

use crate::gazetteer::countries;
use crate::{Entity, Label};

/// Words that introduce an operation's name, lower case.
const NAMING_WORDS: [&str; 9] = ["opération", "baptisée", "baptisé", "nommée", "nommé", "dénommée", "dénommé", "dite", "surnommée"];
/// How many tokens back "opération" may stand from the name it introduces
/// ("opération d’envergure baptisée Liberterra II": four).
const OPERATION_REACH: usize = 5;

pub fn relabel(text: &str, tokens: &[Token], entities: &mut [Entity]) {
    for entity in entities.iter_mut() {
        let first = tokens.partition_point(|t| t.start < entity.start);
        let last = tokens.partition_point(|t| t.end <= entity.end);
        if first >= last {
            continue;
        }
        let words: Vec<&str> = tokens[first..last].iter().map(|t| t.text(text)).collect();
        if is_country(&words) {
            entity.label = Label::Loc;
        } else if names_an_operation(text, &tokens[first.saturating_sub(OPERATION_REACH)..first]) {
            entity.label = Label::Event;
        }
    }
}

/// Qualifiers that name a part of the place before them, as written after it.
const COMPASS_QUALIFIERS: [&str; 16] = [
    "de l'Ouest",
    "de l'Est",
    "du Nord-Ouest",
    "du Nord-Est",
    "du Sud-Ouest",
    "du Sud-Est",
    "du Nord",
    "du Sud",
    "centrale",
    "australe",
    "occidentale",
    "orientale",
    "méridionale",
    "septentrionale",
    "subsaharienne",
    "équatoriale",
];

/// Widens a place over the compass qualifier right after it ("Afrique" in
/// "Afrique de l'Ouest"), unless another entity starts there.
pub fn widen_places(text: &str, entities: &mut [Entity]) {
    let starts: Vec<usize> = entities.iter().map(|e| e.start).collect();
    for entity in entities.iter_mut().filter(|e| e.label == Label::Loc) {
        let after = &text[entity.end..];
        let Some(rest) = after.strip_prefix(' ') else { continue };
        let rest_normalised = rest.get(..rest.len().min(24)).unwrap_or(rest).replace('’', "'");
        let Some(q) = COMPASS_QUALIFIERS.iter().find(|q| rest_normalised.starts_with(*q)) else { continue };
        // the qualifier as written (a curly apostrophe is three bytes, not one)
        let q_chars = q.chars().count();
        let q_bytes: usize = rest.chars().take(q_chars).map(char::len_utf8).sum();
        let whole_word = rest[q_bytes..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if !whole_word || starts.contains(&(entity.end + 1)) {
            continue;
        }
        entity.end += 1 + q_bytes;
        entity.cp_end += 1 + q_chars;
    }
}

fn is_country(words: &[&str]) -> bool {
    countries().matches(words).first().is_some_and(|names| names.iter().any(|&(_, first, len)| first && len == words.len()))
}

/// The name follows a naming word, and "opération" opens the phrase.
fn names_an_operation(text: &str, before: &[Token]) -> bool {
    let lower: Vec<String> = before.iter().map(|t| t.text(text).to_lowercase()).collect();
    let named = lower.last().is_some_and(|w| NAMING_WORDS.contains(&w.as_str()));
    named && lower.iter().any(|w| w == "opération" || w == "opérations")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(text: &str, name: &str, label: Label) -> Vec<Entity> {
        let tokens = recense_text::tokenize(text);
        let start = text.find(name).unwrap();
        let cp = text[..start].chars().count();
        let mut entities = vec![Entity { start, end: start + name.len(), cp_start: cp, cp_end: cp + name.chars().count(), label, confidence: None }];
        relabel(text, &tokens, &mut entities);
        entities
    }

    #[test]
    fn a_place_keeps_its_compass_qualifier() {
        let widened = |text: &str, name: &str, label: Label| {
            let mut entities = tagged(text, name, label);
            widen_places(text, &mut entities);
            text[entities[0].start..entities[0].end].to_string()
        };
        assert_eq!(widened("en Afrique de l’Ouest depuis", "Afrique", Label::Loc), "Afrique de l’Ouest");
        assert_eq!(widened("en Asie centrale.", "Asie", Label::Loc), "Asie centrale");
        // not a place, or not the whole word: left alone
        assert_eq!(widened("la Banque centrale", "Banque", Label::Org), "Banque");
        assert_eq!(widened("la Corée du Nordiste", "Corée", Label::Loc), "Corée");
    }

    #[test]
    fn countries_are_places_and_named_operations_events() {
        assert_eq!(tagged("Au Costa Rica, une femme a été arrêtée.", "Costa Rica", Label::Per)[0].label, Label::Loc);
        assert_eq!(tagged("une opération d’envergure baptisée Liberterra II, visant", "Liberterra II", Label::Per)[0].label, Label::Event);
        assert_eq!(tagged("la première opération Liberterra en 2021", "Liberterra", Label::Org)[0].label, Label::Event);
        // Not a country on its own, not after a naming word: left alone.
        assert_eq!(tagged("le président du Costa Rica Club", "Costa Rica Club", Label::Org)[0].label, Label::Org);
        assert_eq!(tagged("selon Jean Dupont, à Paris", "Jean Dupont", Label::Per)[0].label, Label::Per);
    }
}
