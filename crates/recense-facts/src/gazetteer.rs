//! Place names → ISO 3166-1 alpha-2 country codes, from maintained data only:
//! `models/places/countries-fr.tsv` (French country names, Debian iso-codes) and
//! `models/places/places-fr.tsv` (ISO 3166-2 subdivisions and IANA time-zone
//! cities, each in exactly one country). Both are built into the binary.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

static COUNTRIES: &str = include_str!("../../../models/places/countries-fr.tsv");
static PLACES: &str = include_str!("../../../models/places/places-fr.tsv");

/// What a name is, in the gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Known {
    Country(String),
    /// A region or city of that country.
    Within(String),
}

/// Name → country lookup. Names are compared in lower case, with accents,
/// apostrophes, hyphens and a leading article folded away ("l’Argentine",
/// "les États-Unis", "Taiwan" for "Taïwan").
pub struct Gazetteer {
    countries: HashMap<String, Option<String>>,
    places: HashMap<String, Option<String>>,
}

impl Gazetteer {
    fn load() -> Gazetteer {
        Gazetteer { countries: read(COUNTRIES), places: read(PLACES) }
    }

    /// One gazetteer for the process, read on first use.
    pub fn shared() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Gazetteer::load)
    }

    /// The name as a country, or a place within one; `None` when unknown or
    /// when the data puts the name in several countries.
    pub fn lookup(&self, name: &str) -> Option<Known> {
        let key = fold(name);
        if key.is_empty() {
            return None;
        }
        if let Some(cc) = self.countries.get(&key) {
            return cc.clone().map(Known::Country);
        }
        if let Some(cc) = self.places.get(&key) {
            return cc.clone().map(Known::Within);
        }
        None
    }

    /// The country code of a place name. A name the data does not know but
    /// whose leading words it does ("Madrid Arena") is placed by them.
    pub fn country(&self, name: &str) -> Option<String> {
        match self.lookup(name) {
            Some(Known::Country(c)) | Some(Known::Within(c)) => return Some(c),
            None => {}
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        for n in (1..words.len()).rev() {
            let head = words[..n].join(" ");
            // a bare "Nouvelle" or "Saint" says nothing
            if head.chars().count() < 4 {
                continue;
            }
            if let Some(Known::Country(c)) | Some(Known::Within(c)) = self.lookup(&head) {
                return Some(c);
            }
        }
        None
    }

    /// Whether the name is a country (not a region or city).
    pub fn is_country(&self, name: &str) -> bool {
        matches!(self.lookup(name), Some(Known::Country(_)))
    }
}

fn read(tsv: &str) -> HashMap<String, Option<String>> {
    let mut out: HashMap<String, Option<String>> = HashMap::default();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let Some(cc) = cols.next() else { continue };
        for name in cols {
            let key = fold(name);
            if key.is_empty() {
                continue;
            }
            match out.get(&key) {
                // the same name for two codes ("Corée"): ambiguous
                Some(Some(other)) if other != cc => {
                    out.insert(key, None);
                }
                Some(_) => {}
                None => {
                    out.insert(key, Some(cc.to_string()));
                }
            }
        }
    }
    out
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_with_articles_and_elision() {
        let g = Gazetteer::shared();
        assert_eq!(g.country("Argentine").as_deref(), Some("AR"));
        assert_eq!(g.country("l’Argentine").as_deref(), Some("AR"));
        assert_eq!(g.country("les États-Unis").as_deref(), Some("US"));
        assert_eq!(g.country("aux États-Unis").as_deref(), Some("US"));
        assert_eq!(g.country("Brésil").as_deref(), Some("BR"));
        assert_eq!(g.country("Royaume-Uni").as_deref(), Some("GB"));
        assert_eq!(g.country("Costa Rica").as_deref(), Some("CR"));
        assert_eq!(g.country("Taiwan").as_deref(), Some("TW"));
        assert!(g.is_country("Serbie"));
    }

    #[test]
    fn regions_and_cities() {
        let g = Gazetteer::shared();
        assert_eq!(g.country("Fukushima").as_deref(), Some("JP"));
        assert_eq!(g.country("Bamako").as_deref(), Some("ML"));
        assert_eq!(g.country("Madrid").as_deref(), Some("ES"));
        assert_eq!(g.country("Madrid Arena").as_deref(), Some("ES"));
        assert!(!g.is_country("Madrid"));
    }

    #[test]
    fn multi_country_regions_have_none() {
        let g = Gazetteer::shared();
        assert_eq!(g.country("Asie du Sud-Est"), None);
        assert_eq!(g.country("Amérique latine"), None);
        assert_eq!(g.country("Corée"), None);
        assert_eq!(g.country(""), None);
    }
}
