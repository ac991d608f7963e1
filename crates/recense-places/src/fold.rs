//! The one fold of place names, shared with the build script that indexes
//! `models/places/cities.tsv` (so the index and the lookups agree).

/// The contract's fold (lower case, accents and ligatures off), then
/// apostrophes and hyphens as spaces and a leading article off:
/// "L’Île-Rousse" → "ile rousse".
pub fn fold(name: &str) -> String {
    let folded = recense_contract::fold::fold(&name.replace('\u{ad}', ""));
    let mut words: Vec<&str> = folded.split(|c: char| c == '\'' || c == '-' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    if words.len() > 1 && matches!(words[0], "l" | "le" | "la" | "les" | "au" | "aux" | "en" | "du" | "des") {
        words.remove(0);
    }
    words.join(" ")
}
