//! French lemma lexicon (spaCy lookups data, MIT, ExplosionAI), embedded.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

static LEXICON_GZ: &[u8] = include_bytes!("../../../models/lexicon/fr_lemma_lookup.json.gz");

/// Word form → lemma lookup table (forms as written, lower case).
pub struct Lexicon {
    map: HashMap<String, String>,
}

impl Lexicon {
    /// Decompresses and parses the embedded table (about 0.1 s); prefer [`Lexicon::shared`].
    pub fn load() -> Lexicon {
        let mut json = String::new();
        let mut d = flate2::read::GzDecoder::new(LEXICON_GZ);
        if d.read_to_string(&mut json).is_err() {
            return Lexicon { map: HashMap::new() };
        }
        let raw: HashMap<String, serde_json::Value> = serde_json::from_str(&json).unwrap_or_default();
        let mut map = HashMap::with_capacity(raw.len());
        for (k, v) in raw {
            let lemma = match v {
                serde_json::Value::String(s) => s,
                serde_json::Value::Array(a) => match a.into_iter().next() {
                    Some(serde_json::Value::String(s)) => s,
                    _ => continue,
                },
                _ => continue,
            };
            map.insert(k, lemma);
        }
        Lexicon { map }
    }

    /// One lexicon for the whole process, loaded on first use.
    pub fn shared() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }

    /// Lemma of a form; the form is tried as given, then in lower case.
    pub fn lemma(&self, form: &str) -> Option<&str> {
        if let Some(l) = self.map.get(form) {
            return Some(l.as_str());
        }
        let low = form.to_lowercase();
        self.map.get(&low).map(|s| s.as_str())
    }

    /// Lemma of a form used as a noun (after a number): singular, lower case. The lookup
    /// table lemmatises participles and some nouns as verbs ("salariés" → "salarier",
    /// "étoiles" → "étoiler"); a noun only loses its plural, so a plural whose singular is
    /// itself a known form keeps that singular ("salarié", "étoile", "inconnue"); irregular
    /// plurals take the table's lemma ("journaux" → "journal"); an unknown regular plural
    /// loses its "s" ("exoplanètes" → "exoplanète").
    pub fn noun_lemma(&self, form: &str) -> String {
        let low = form.to_lowercase();
        if low.contains('œ') {
            // the table spells the ligature "oe" ("soeurs" → "soeur")
            return self.noun_lemma(&low.replace('œ', "oe")).replace("oe", "œ");
        }
        let lem = self.map.get(&low);
        if lem.map(|l| *l == low).unwrap_or(false) {
            return low;
        }
        if let Some(sg) = low.strip_suffix('s').or_else(|| low.strip_suffix('x')) {
            if self.map.contains_key(sg) {
                return sg.to_string();
            }
        }
        if let Some(l) = lem {
            return l.clone();
        }
        // unknown regular plurals (invariable nouns in -s such as "pays", "bras", "corps" stay)
        const REGULAR: &[&str] = &["es", "ers", "ants", "ents", "ons", "ins", "eurs", "iques", "ets", "ats"];
        if REGULAR.iter().any(|e| low.ends_with(e)) && low.chars().count() >= 5 {
            return low[..low.len() - 1].to_string();
        }
        low
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}
