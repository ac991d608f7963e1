//! recense-facts: numeric facts. For every count and amount of an article (and
//! every measure of seized or stolen goods), what it measures in the world —
//! one of the 21 event codes of `shared/spec/ANNOTATIONS.md` — where that
//! happened, with its ISO 3166-1 country, and when.
//!
//! The stage reads what the earlier ones found: tokens and sentences
//! (`recense-text`), quantities (`recense-numbers`) and places, given as plain
//! spans (the pipeline builds them from its LOC entities). Which words say what
//! a figure counts lives in data: `models/facts/cues.tsv` (lemma → event, with
//! the syntactic role the cue needs), `words.tsv` (word classes the rules
//! use), `lexicon.tsv` (words that evoke an event) and `clusters.tsv`; an
//! event model (`models/facts/events.bin`, `recense train-facts`) weighs the
//! rules' answers with those words where the count's own words name no event.
//! Lemmas come from the French lemma lexicon of `recense-numbers`; places and
//! countries from `models/places/` (iso-codes, CLDR, GeoNames).
//!
//! ```
//! use recense_facts::{FactFinder, Event};
//! use recense_numbers::Recognizer;
//! let text = "En Argentine, 14 mineurs ont été libérés.";
//! let tokens = recense_text::tokenize(text);
//! let sentences = recense_text::split_sentences(text, &tokens);
//! let quantities = Recognizer::new().extract(text, None);
//! let places = [recense_facts::Place { start: 3, end: 12, cp_start: 3, cp_end: 12 }];
//! let facts = FactFinder::new().facts(text, &tokens, &sentences, &quantities, &places, None);
//! assert_eq!(facts[0].event, Event::Rescue);
//! assert_eq!(facts[0].location.as_ref().unwrap().name, "Argentine");
//! assert_eq!(facts[0].country.as_deref(), Some("AR"));
//! ```

mod clusters;
mod context;
mod cues;
mod dates;
mod features;
mod model;
mod places;
mod rules;

use chrono::NaiveDate;
use recense_numbers::{Lexicon, Quantity};
use recense_text::{Sentence, Token};

use clusters::Clusters;
use context::{Cand, Doc};
use cues::EventWords;
use rules::RuleEvidence;
pub use cues::{Class, Cue, Cues, Role, CLASSES};
pub use recense_places::{fold, Gazetteer, Known};
pub use features::rules_prior;
pub use model::{EventModel, TrainingExample};
pub use places::{after_a_place_preposition, countries_ending_names, places_the_entities_missed};

pub use recense_contract::Event;

/// A place named in the text (from the pipeline's LOC entities).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// byte offsets into the text, end exclusive
    pub start: usize,
    pub end: usize,
    /// code-point offsets, end exclusive
    pub cp_start: usize,
    pub cp_end: usize,
}

/// Where a fact happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The place as written ("Argentine"); for a description ("dans la
    /// capitale espagnole") the name the article gave it before ("Madrid").
    pub name: String,
    /// Index into the `places` given to [`FactFinder::facts`].
    pub place: usize,
}

/// What a count or amount measures.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Index into the `quantities` given to [`FactFinder::facts`].
    pub quantity: usize,
    pub event: Event,
    pub location: Option<Location>,
    /// ISO 3166-1 alpha-2 code of the location's country.
    pub country: Option<String>,
    /// ISO 8601 at its grain.
    pub date: Option<String>,
    /// How sure the event model is of the event, in [0, 1]; `None` when the
    /// count's own words decided it (or no model ran).
    pub confidence: Option<f32>,
    /// Index into the quantities of the figure this one is a part of
    /// ("3 222 victimes, dont 45 enfants": 45 is part of 3 222).
    pub part_of: Option<usize>,
}

/// Finds the facts of an article. Build once (it loads the cue tables and
/// the event model) and share it across threads.
pub struct FactFinder {
    cues: Cues,
    gaz: &'static Gazetteer,
    lex: &'static Lexicon,
    clusters: Clusters,
    event_words: EventWords,
    /// `cues` and the cues written after the shipped event model (no features)
    cues_with_unlearnt: Cues,
    model: EventModel,
}

impl Default for FactFinder {
    fn default() -> Self {
        FactFinder::new()
    }
}

impl FactFinder {
    /// The finder with the shipped cue tables, gazetteer and event model.
    pub fn new() -> FactFinder {
        FactFinder::with_model(EventModel::shipped())
    }

    /// The finder with another event model (`recense train-facts` makes them).
    pub fn with_model(model: EventModel) -> FactFinder {
        FactFinder { cues: Cues::load(), gaz: Gazetteer::shared(), lex: Lexicon::shared(), clusters: Clusters::load(), event_words: EventWords::load(), cues_with_unlearnt: Cues::load_with_unlearnt(), model }
    }

    /// The finder with other cue tables (same formats as `models/facts/`) and
    /// no event model: the cue rules decide alone (nothing is unlearnt). A
    /// bad table is an error naming its line.
    pub fn with_cues(cues: &str, words: &str) -> Result<FactFinder, String> {
        Ok(FactFinder {
            cues: Cues::parse(cues, words)?,
            gaz: Gazetteer::shared(),
            lex: Lexicon::shared(),
            clusters: Clusters::load(),
            event_words: EventWords::load(),
            cues_with_unlearnt: Cues::parse(cues, words)?,
            model: EventModel::empty(),
        })
    }

    /// The place gazetteer the finder uses.
    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gaz
    }

    /// The facts of one article, in the order of their quantities: one per
    /// count and money quantity (and per bare number that counts something),
    /// and one per measure that was seized or stolen.
    pub fn facts(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        quantities: &[Quantity],
        places: &[Place],
        article_date: Option<NaiveDate>,
    ) -> Vec<Fact> {
        let doc = Doc::new(self, text, tokens, sentences, quantities, places);
        // 1. Candidates: counts, amounts, measures, bare numbers that count.
        let cands = doc.candidates();
        // 2. What the cue rules say each one measures (evidence, not verdict).
        let rules = doc.rule_events(&cands);
        // 3. The event model weighs that with the words around each one and
        //    what the article is about.
        let decided = self.decide_events(&doc, &cands, &rules);
        let events: Vec<Event> = decided.iter().map(|d| d.0).collect();
        // 4. Where: the place of its sentence, with its country.
        let named = doc.countries_named();
        let main_country = doc.main_country(&named);
        let headline_place = doc.headline_place(&named);
        // 5. When: its clause's date, else the same event's date elsewhere.
        let dates = doc.dates(&cands, &events, article_date);
        let mut out = Vec::with_capacity(cands.len());
        let mut own_places = Vec::with_capacity(cands.len());
        for (i, ((c, event), date)) in cands.iter().zip(events).zip(dates).enumerate() {
            // a count whose clause names no place is where the count it
            // continues was ("37 films à Deauville … mais seulement 14
            // [films]"); an event (not a mere figure) whose sentence names
            // none happened where the article's headline says
            let own = doc.location(c, &named).or_else(|| doc.antecedent(&cands, i).and_then(|j| own_places[j]));
            own_places.push(own);
            if c.class == Class::Measure && !matches!(event, Event::Seize | Event::Steal) {
                continue;
            }
            let place = own.or(headline_place.filter(|_| event != Event::Other)).filter(|_| !doc.worldwide(c));
            let location = place.map(|p| Location { name: doc.location_name(p), place: p });
            // a sea or a continent lies in no one country
            let own_country = location.as_ref().filter(|l| !self.gaz.spans_countries(&l.name));
            let country = own_country.and_then(|l| doc.country_of(l.place, &named).or_else(|| main_country.clone()));
            let part_of = doc.whole_of(&cands, i).map(|j| cands[j].q);
            out.push(Fact { quantity: c.q, event, location, country, date, confidence: decided[i].1, part_of });
        }
        out
    }

    /// Each candidate's event, and the model's confidence where the model
    /// decided it: the rules' own-words verdict stands; a measure is a fact
    /// only when seized or stolen, as the cues say (the model is trained on
    /// counts and amounts); the model weighs the rest. Then a part in a
    /// list after "dont" that nothing else speaks for does what its whole
    /// does, however that was decided, and a count listed beside another
    /// does what its neighbour did; what is still OTHER takes the event the
    /// count's own words name with the cues written after the model
    /// (`cues-unlearnt.tsv`).
    fn decide_events(&self, doc: &Doc, cands: &[Cand], rules: &[RuleEvidence]) -> Vec<(Event, Option<f32>)> {
        let topic = doc.topic();
        let mut decided: Vec<(Event, Option<f32>)> = cands
            .iter()
            .zip(rules)
            .map(|(c, r)| match r.own_words() {
                Some(event) => (event, None),
                None if c.class == Class::Measure => (r.verdict(), None),
                None => match self.model.predict_with_confidence(&doc.features(c, r, &topic)) {
                    Some((event, confidence)) => (event, Some(confidence)),
                    None => (r.verdict(), None),
                },
            })
            .collect();
        for i in 0..cands.len() {
            if rules[i].own_words().is_none() && cands[i].class != Class::Measure {
                if let Some(j) = doc.whole_of_a_list(cands, i).filter(|&j| decided[j].0 != Event::Other) {
                    decided[i] = decided[j];
                }
            }
        }
        // a count listed beside another that nothing else speaks for does
        // what its neighbour did: up the list, back to front, from the one
        // that alone stands near the list's predicate ("259 Palestiniens, 40
        // Israéliens, deux Américains … ont perdu la vie"), then down it,
        // from a predicate before the list ("Les victimes seraient trois
        // Kényans et trois Sud-Soudanais")
        let n = cands.len();
        let up = (0..n.saturating_sub(1)).rev().map(|i| (i, i + 1));
        let down = (1..n).map(|i| (i, i - 1));
        for (i, j) in up.chain(down) {
            let listed = doc.listed_before(&cands[i.min(j)], &cands[i.max(j)]);
            if listed && decided[i].0 == Event::Other && rules[i].own_words().is_none() && decided[j].0 != Event::Other {
                decided[i] = decided[j];
            }
        }
        // last, the cues written after the model name what the model and the
        // lists left as OTHER ("38 triathlètes"), and no more: "40 joueurs"
        // listed among the dead stays KILL
        if decided.iter().any(|d| d.0 == Event::Other) {
            let later = doc.with_unlearnt_cues().rule_events(cands);
            for (d, r) in decided.iter_mut().zip(later) {
                if let (Event::Other, Some(event)) = (d.0, r.own_words()) {
                    *d = (event, None);
                }
            }
        }
        decided
    }

    /// Training examples for the event model: the features of each
    /// candidate, with its quantity's index, for `recense train-facts`.
    pub fn examples(&self, text: &str, tokens: &[Token], sentences: &[Sentence], quantities: &[Quantity], places: &[Place]) -> Vec<(usize, Vec<u64>)> {
        let doc = Doc::new(self, text, tokens, sentences, quantities, places);
        let cands = doc.candidates();
        let rules = doc.rule_events(&cands);
        let topic = doc.topic();
        cands.iter().zip(&rules).map(|(c, r)| (c.q, doc.features(c, r, &topic))).collect()
    }
}
