//! French lemma lexicon (spaCy lookups data, MIT, ExplosionAI), embedded.

use std::cell::RefCell;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// Form → where its lemma lies in [`LEMMAS`] (offset << 16 | length), built by
/// build.rs from `models/lexicon/fr_lemma_lookup.json.gz`.
static FORMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lemma_forms.fst"));
static LEMMAS: &str = include_str!(concat!(env!("OUT_DIR"), "/lemmas.txt"));

/// How many forms a thread remembers the guessed lemmas of before it
/// starts afresh ([`Lexicon::lemma_or_verb_guess`]).
const RECENT_FORMS: usize = 1 << 14;

/// Word form → lemma lookup table (forms as written, lower case), read in
/// place from the binary: nothing is parsed or allocated at start-up.
pub struct Lexicon {
    forms: fst::Map<&'static [u8]>,
}

impl Lexicon {
    /// The lexicon over the embedded index (nothing to parse).
    fn load() -> Lexicon {
        Lexicon { forms: fst::Map::new(FORMS).expect("the lemma index built by build.rs is valid") }
    }

    /// One lexicon for the whole process.
    pub fn shared() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }

    /// The lemma of a form exactly as given.
    fn get(&self, form: &str) -> Option<&'static str> {
        let at = self.forms.get(form)?;
        let (start, len) = ((at >> 16) as usize, (at & 0xffff) as usize);
        LEMMAS.get(start..start + len)
    }

    /// Lemma of a form; the form is tried as given, then in lower case.
    pub fn lemma(&self, form: &str) -> Option<&'static str> {
        if let Some(l) = self.get(form) {
            return Some(l);
        }
        self.get(&form.to_lowercase())
    }

    /// [`Lexicon::lemma`], else a guess for a present-tense form the table
    /// lacks ("tue", "blesses"): the "-er" verb whose third person plural or
    /// participle it has ("tuent" → "tuer"). For reading verbs (the facts'
    /// cues), where a missed verb loses an event; not for telling a counted
    /// noun from a verb, where the guess would turn an unknown noun into one.
    ///
    /// Each thread remembers its recent answers: the facts stage asks for
    /// every word of a sentence with a figure, news repeats its words, and
    /// a form the table lacks costs up to a dozen lookups.
    pub fn lemma_or_verb_guess(&self, form: &str) -> Option<&'static str> {
        thread_local! {
            static RECENT: RefCell<FxHashMap<Box<str>, Option<&'static str>>> = RefCell::new(FxHashMap::default());
        }
        RECENT.with(|recent| {
            let mut recent = recent.borrow_mut();
            if let Some(&lemma) = recent.get(form) {
                return lemma;
            }
            let lemma = self.lemma(form).or_else(|| self.sibling_lemma(&form.to_lowercase()));
            if recent.len() >= RECENT_FORMS {
                recent.clear();
            }
            recent.insert(form.into(), lemma);
            lemma
        })
    }

    fn sibling_lemma(&self, low: &str) -> Option<&'static str> {
        let stem = ["ent", "ons", "es", "ez", "e"].iter().find_map(|ending| low.strip_suffix(ending))?;
        if stem.chars().count() < 2 {
            return None;
        }
        ["ent", "é", "ait"].iter().find_map(|sibling| {
            let lemma = self.get(&format!("{stem}{sibling}"))?;
            (lemma.strip_suffix("er") == Some(stem)).then_some(lemma)
        })
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
        let lem = self.get(&low);
        if lem == Some(low.as_str()) {
            return low;
        }
        if let Some(sg) = low.strip_suffix('s').or_else(|| low.strip_suffix('x')) {
            if self.get(sg).is_some() {
                return sg.to_string();
            }
        }
        // a plural the table reads as the verb of the same stem ("gendarmes" →
        // "gendarmer"): after a number it is the noun
        if let (Some(l), Some(sg)) = (lem, low.strip_suffix("es").map(|stem| format!("{stem}e"))) {
            if l.strip_suffix('r') == Some(sg.as_str()) {
                return sg;
            }
        }
        if let Some(l) = lem {
            return l.to_string();
        }
        // unknown regular plurals (invariable nouns in -s such as "pays", "bras", "corps" stay)
        const REGULAR: &[&str] = &["es", "és", "ers", "ans", "ants", "ents", "ons", "ins", "eurs", "iques", "ets", "ats"];
        if REGULAR.iter().any(|e| low.ends_with(e)) && low.chars().count() >= 5 {
            return low[..low.len() - 1].to_string();
        }
        low
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}
