//! Entity labels of other annotation schemes mapped onto the contract's
//! PER, LOC, ORG, EVENT and PRODUCT, so that WiNER, HIPE and spaCy-style
//! predictions are scored on one scale.
//!
//! Labels with no contract equivalent — spaCy's `MISC`, `NORP`, `LAW`, … —
//! are kept as labels of their own (upper-cased): they never match gold, so
//! they count as false positives in the all-labels micro score and get their
//! own per-label row, but they cannot touch the PER/LOC/ORG headline.

/// The labels of the headline figure: the ones every peer tagger shares.
pub const HEADLINE_LABELS: [&str; 3] = ["PER", "LOC", "ORG"];

/// The contract label for `label`, or `None` when it names a date, time or
/// other quantity, which the contract scores as quantities, not entities.
///
/// Case-insensitive; covers WiNER (Person, Location, …, Date, Hour), HIPE
/// coarse types (pers, loc, org, prod, HumanProd, time, date), spaCy French
/// (PER, LOC, ORG, MISC) and spaCy/OntoNotes English (PERSON, GPE, FAC,
/// WORK_OF_ART, DATE, CARDINAL, …).
pub fn canonical(label: &str) -> Option<String> {
    let upper = label.trim().to_uppercase();
    let mapped = match upper.as_str() {
        "PER" | "PERS" | "PERSON" => "PER",
        "LOC" | "LOCATION" | "GPE" | "FAC" => "LOC",
        "ORG" | "ORGANIZATION" | "ORGANISATION" => "ORG",
        "EVENT" => "EVENT",
        "PRODUCT" | "PROD" | "HUMANPROD" | "WORK_OF_ART" => "PRODUCT",
        "DATE" | "HOUR" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL" | "CARDINAL" => {
            return None
        }
        _ => return Some(upper),
    };
    Some(mapped.to_string())
}

/// The contract label of a gold label, `Ok(None)` for a date or time (a
/// quantity in the contract). Gold is read strictly: a label outside the
/// contract ("MISC", a typo) is an error, where in predictions it is only a
/// label that matches nothing.
pub fn gold_label(label: &str) -> Result<Option<String>, String> {
    match canonical(label) {
        Some(mapped) if !recense_contract::LABELS.contains(&mapped.as_str()) => Err(format!(
            "label {label:?} is not in the contract ({}; dates and times are quantities)",
            recense_contract::LABELS.join(", ")
        )),
        other => Ok(other),
    }
}

/// A BIO tag ("B-PER", "I-pers", "O", a bare "LOC") whose type is a gold label.
pub fn check_bio_tag(tag: &str) -> Result<(), String> {
    let kind = ["B-", "I-", "E-", "S-"].iter().find_map(|p| tag.strip_prefix(p)).unwrap_or(tag);
    match kind {
        "O" | "_" | "" => Ok(()),
        kind => gold_label(kind).map(|_| ()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_labels_outside_the_contract_are_errors() {
        assert_eq!(gold_label("Person"), Ok(Some("PER".into())));
        assert_eq!(gold_label("Hour"), Ok(None));
        assert!(gold_label("MISC").unwrap_err().contains("\"MISC\""));
        assert!(gold_label("Misc").is_err());
        assert!(check_bio_tag("B-pers").is_ok() && check_bio_tag("O").is_ok() && check_bio_tag("I-time").is_ok());
        assert!(check_bio_tag("B-MISC").is_err());
    }

    #[test]
    fn winer_labels_map_to_the_contract() {
        assert_eq!(canonical("Person").as_deref(), Some("PER"));
        assert_eq!(canonical("Location").as_deref(), Some("LOC"));
        assert_eq!(canonical("Organization").as_deref(), Some("ORG"));
        assert_eq!(canonical("Event").as_deref(), Some("EVENT"));
        assert_eq!(canonical("Product").as_deref(), Some("PRODUCT"));
        assert_eq!(canonical("Date"), None);
        assert_eq!(canonical("Hour"), None);
    }

    #[test]
    fn hipe_and_spacy_labels_map_to_the_contract() {
        assert_eq!(canonical("pers").as_deref(), Some("PER"));
        assert_eq!(canonical("HumanProd").as_deref(), Some("PRODUCT"));
        assert_eq!(canonical("time"), None);
        assert_eq!(canonical("GPE").as_deref(), Some("LOC"));
        assert_eq!(canonical("PERSON").as_deref(), Some("PER"));
        assert_eq!(canonical("CARDINAL"), None);
    }

    #[test]
    fn misc_stays_a_label_of_its_own() {
        assert_eq!(canonical("MISC").as_deref(), Some("MISC"));
        assert_eq!(canonical("norp").as_deref(), Some("NORP"));
        assert!(!HEADLINE_LABELS.contains(&"MISC"));
    }
}
