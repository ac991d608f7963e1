//! Canonical forms of entity mentions, so that "d’Interpol", "Interpol" and
//! "INTERPOL" count as one entity.

/// Articles and elided words that may open a mention but are not the name.
const LEADING: [&str; 7] = ["l'", "d'", "le ", "la ", "les ", "du ", "des "];

/// The mention without a leading article or elided word, apostrophes
/// normalised: "d’Interpol" → "Interpol", "l’Argentine" → "Argentine".
pub fn display_form(mention: &str) -> String {
    let text = mention.trim().replace('’', "'");
    let mut rest = text.as_str();
    loop {
        let lower = rest.to_lowercase();
        match LEADING.iter().find(|p| lower.starts_with(*p) && rest.len() > p.len()) {
            Some(p) => rest = &rest[p.len()..],
            None => break,
        }
    }
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key mentions are grouped by: the display form folded as the
/// contract folds names (lower case, accents and ligatures off: "Équateur"
/// and "Equateur" are one).
pub fn key(mention: &str) -> String {
    recense_contract::fold::fold(&display_form(mention))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_elision_articles_case_and_diacritics() {
        assert_eq!(display_form("d’Interpol"), "Interpol");
        assert_eq!(display_form("l'Argentine"), "Argentine");
        assert_eq!(display_form("Les  États-Unis"), "États-Unis");
        assert_eq!(key("d’INTERPOL"), key("Interpol"));
        assert_eq!(key("Équateur"), "equateur");
        assert_eq!(display_form("La"), "La", "a bare article is left alone");
        assert_ne!(key("Costa Rica"), key("Rica"));
    }
}
