//! How recense compares French words and names, written once: lower case,
//! accents and ligatures off ("Œuvre" → "oeuvre"), typographic apostrophes,
//! dashes and spaces made plain. The number recogniser folds its tokens and
//! tables with it, the place gazetteer its keys, the entity index its keys.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Pushes the fold of `c` onto `out` (one or two characters, or none for a
/// lone combining mark).
pub fn push_folded(c: char, out: &mut String) {
    match c {
        '’' | 'ʼ' => out.push('\''),
        '‐' | '‑' | '–' | '—' | '−' => out.push('-'),
        '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for lower in c.to_lowercase() {
                push_unaccented(lower, out);
            }
        }
    }
}

/// The fold of a whole string.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// French letters by table (the common case, no allocation); any other
/// accented letter by its canonical decomposition, marks dropped.
fn push_unaccented(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' | 'ý' => 'y',
        'ñ' => 'n',
        'œ' => return out.push_str("oe"),
        'æ' => return out.push_str("ae"),
        c => {
            decompose_canonical(c, |part| {
                if !is_combining_mark(part) {
                    out.push(part);
                }
            });
            return;
        }
    };
    out.push(plain);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_ligatures_and_typography_are_folded() {
        assert_eq!(fold("Équateur"), "equateur");
        assert_eq!(fold("Œuvre CÆSAR"), "oeuvre caesar");
        assert_eq!(fold("l’Argentine"), "l'argentine");
        assert_eq!(fold("Saint–Denis"), "saint-denis");
        assert_eq!(fold("2\u{202f}571"), "2 571");
        assert_eq!(fold("Łódź, Ștefan"), "łodz, stefan");
        assert_eq!(fold("quatre-vingt-dix"), "quatre-vingt-dix");
    }
}
