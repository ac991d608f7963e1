//! French lemma lexicon (spaCy lookups data, MIT, ExplosionAI), embedded.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

static LEXICON_GZ: &[u8] = include_bytes!("../../../models/lexicon/fr_lemma_lookup.json.gz");

/// Word form → lemma lookup table (forms as written, lower case).
///
/// The decompressed JSON text (7 MB) is kept for the life of the process and
/// the table borrows its strings: a map of owned strings built through
/// `serde_json::Value` peaked at over 100 MB while loading.
pub struct Lexicon {
    map: HashMap<&'static str, &'static str>,
}

/// A form's lemma or lemmas, as the table writes them (the first is used).
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Lemmas<'a> {
    One(&'a str),
    Many(Vec<&'a str>),
}

impl Lexicon {
    /// Decompresses and parses the embedded table (about 0.1 s) once for the
    /// process; use [`Lexicon::shared`].
    fn load() -> Lexicon {
        let mut json = String::new();
        let mut d = flate2::read::GzDecoder::new(LEXICON_GZ);
        if d.read_to_string(&mut json).is_err() {
            return Lexicon { map: HashMap::new() };
        }
        let text: &'static str = Box::leak(json.into_boxed_str());
        let raw = parse_pairs(text).unwrap_or_default();
        let mut map = HashMap::with_capacity(raw.len());
        for (form, lemmas) in raw {
            let lemma = match lemmas {
                Lemmas::One(l) => l,
                Lemmas::Many(list) => match list.first() {
                    Some(l) => l,
                    None => continue,
                },
            };
            map.insert(form, lemma);
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
            return Some(l);
        }
        let low = form.to_lowercase();
        self.map.get(low.as_str()).copied()
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
        let lem = self.map.get(low.as_str());
        if lem.map(|l| *l == low).unwrap_or(false) {
            return low;
        }
        if let Some(sg) = low.strip_suffix('s').or_else(|| low.strip_suffix('x')) {
            if self.map.contains_key(sg) {
                return sg.to_string();
            }
        }
        if let Some(l) = lem {
            return l.to_string();
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

/// The table's (form, lemmas) pairs, borrowed from its text, in file order.
fn parse_pairs(text: &'static str) -> Option<Vec<(&'static str, Lemmas<'static>)>> {
    struct Pairs;
    impl<'de> serde::de::Visitor<'de> for Pairs {
        type Value = Vec<(&'de str, Lemmas<'de>)>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object of form → lemma(s)")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0));
            while let Some(pair) = map.next_entry()? {
                out.push(pair);
            }
            Ok(out)
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    serde::Deserializer::deserialize_map(&mut de, Pairs).ok()
}
