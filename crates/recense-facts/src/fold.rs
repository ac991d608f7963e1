//! The one fold of place names, shared with the build script that indexes
//! `models/places/cities.tsv` (so the index and the lookups agree).

/// Lower case, accents off, apostrophes/hyphens as spaces, leading article off.
pub fn fold(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\'' | '’' | '-' | '‐' | '‑' | '–' | ' ' | '\u{a0}' | '\u{202f}' | '\t' => s.push(' '),
            '\u{ad}' => {}
            _ => {
                for l in c.to_lowercase() {
                    s.push(strip_accent(l));
                }
            }
        }
    }
    let mut words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0], "l" | "le" | "la" | "les" | "au" | "aux" | "en" | "du" | "des") {
        words.remove(0);
    }
    words.join(" ")
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ÿ' | 'ý' => 'y',
        'ñ' => 'n',
        _ => c,
    }
}
