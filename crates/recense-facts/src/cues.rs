//! The cue tables of `models/facts/` (built into the binary): which words say
//! what a count or amount measures, and the word classes the rules use.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::Event;

static CUES: &str = include_str!("../../../models/facts/cues.tsv");
static WORDS: &str = include_str!("../../../models/facts/words.tsv");
static UNLEARNT_CUES: &str = include_str!("../../../models/facts/cues-unlearnt.tsv");

/// The syntactic position a cue needs to speak for a quantity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Verb,
    /// A noun governing the quantity through this preposition ("de", "avec").
    Noun(String),
    Counted,
    Context,
    Anaphor,
    NumberOf,
    /// A verb whose complement with this preposition holds the quantity.
    VerbPrep(String),
}

/// Which quantities a cue applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    Count,
    Money,
    Measure,
}

#[derive(Clone, Debug)]
pub struct Cue {
    pub event: Option<Event>,
    pub applies: Vec<Class>,
}

/// Cues by key (lemma or phrase), with their roles.
pub struct Cues {
    map: HashMap<String, Vec<u32>>,
    list: Vec<(Role, Cue)>,
    /// Multi-word cue keys, first word → whole phrases (space-separated).
    pub phrases: HashMap<String, Vec<String>>,
    words: HashMap<String, Vec<Vec<String>>>,
    sets: HashMap<String, HashSet<String>>,
    /// word → bits of the classes of [`CLASSES`] it is in
    bits: HashMap<String, u16>,
}

/// The word classes of `models/facts/words.tsv` kept as bits per word.
pub const CLASSES: [&str; 12] = [
    "boundary",
    "skip-left",
    "aux",
    "prenominal",
    "link",
    "locative",
    "destination",
    "description",
    "not-count",
    "not-count-before",
    "stop-right",
    "function",
];

fn parse_role(s: &str) -> Option<Role> {
    Some(match s {
        "verb" => Role::Verb,
        "counted" => Role::Counted,
        "context" => Role::Context,
        "anaphor" => Role::Anaphor,
        "number-of" => Role::NumberOf,
        _ => {
            if let Some(p) = s.strip_prefix("noun-") {
                // "noun-of" is the "de" complement
                Role::Noun(if p == "of" { "de".to_string() } else { p.to_string() })
            } else if let Some(p) = s.strip_prefix("verb-") {
                Role::VerbPrep(p.to_string())
            } else {
                return None;
            }
        }
    })
}

/// The classes a cue names, else its event's: what happens to people
/// happens to counts ("détient 53 000 euros" is no arrest), the rest to
/// counts and amounts.
fn parse_classes(s: Option<&str>, event: Option<Event>) -> Result<Vec<Class>, String> {
    let of_people = matches!(
        event,
        Some(Event::Arrest | Event::Rescue | Event::Kill | Event::Wound | Event::Missing | Event::Kidnap | Event::Displace | Event::Protest)
    );
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None if of_people => Ok(vec![Class::Count]),
        None => Ok(vec![Class::Count, Class::Money]),
        Some(list) => list
            .split(',')
            .map(|c| match c.trim() {
                "count" => Ok(Class::Count),
                "money" => Ok(Class::Money),
                "measure" => Ok(Class::Measure),
                other => Err(format!("unknown quantity class {other:?}")),
            })
            .collect(),
    }
}

impl Cues {
    pub fn load() -> Cues {
        Cues::parse(CUES, WORDS).expect("models/facts/cues.tsv is valid")
    }

    /// The cues of `cues.tsv` and, after them, those written since the
    /// shipped event model was trained (`cues-unlearnt.tsv`, same format):
    /// the rules read with these name what the model leaves as OTHER, and
    /// are no features of it (`FactFinder::decide_events`).
    pub(crate) fn load_with_unlearnt() -> Cues {
        let mut cues = Cues::load();
        cues.add(UNLEARNT_CUES, "cues-unlearnt.tsv").expect("models/facts/cues-unlearnt.tsv is valid");
        cues
    }

    /// Reads the cue and word tables. A line with too few columns, an
    /// unknown role, event or quantity class is an error naming its line.
    pub fn parse(cues: &str, words: &str) -> Result<Cues, String> {
        let mut out = Cues::words(words);
        out.add(cues, "cues.tsv")?;
        Ok(out)
    }

    /// Adds the cues of one table (`file` names it in errors); a cue's id
    /// is its place in the order the tables were read.
    fn add(&mut self, cues: &str, file: &str) -> Result<(), String> {
        for (n, line) in cues.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let at = |what: String| format!("{file} line {}: {what}", n + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                return Err(at(format!("{} columns, want lemma, role, event", cols.len())));
            }
            let role = parse_role(cols[1].trim()).ok_or_else(|| at(format!("unknown role {:?}", cols[1])))?;
            let event = match cols[2].trim() {
                "-" => None,
                code => Some(Event::parse(code).ok_or_else(|| at(format!("unknown event {code:?}")))?),
            };
            let applies = parse_classes(cols.get(3).copied(), event).map_err(at)?;
            let lemma = cols[0].trim().to_lowercase();
            if lemma.contains(' ') {
                let first = lemma.split(' ').next().unwrap_or_default().to_string();
                let list = self.phrases.entry(first).or_default();
                if !list.contains(&lemma) {
                    list.push(lemma.clone());
                }
            }
            self.map.entry(lemma).or_default().push(self.list.len() as u32);
            self.list.push((role, Cue { event, applies }));
        }
        Ok(())
    }

    /// The word classes of `words.tsv`, no cues yet.
    fn words(words: &str) -> Cues {
        let mut words_map: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        let mut sets: HashMap<String, HashSet<String>> = HashMap::default();
        for line in words.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let Some(class) = cols.next() else { continue };
            for w in cols {
                let w = w.trim().replace('’', "'").to_lowercase();
                if w.is_empty() {
                    continue;
                }
                let toks: Vec<String> = w.split(' ').map(str::to_string).collect();
                if toks.len() == 1 {
                    sets.entry(class.to_string()).or_default().insert(w.clone());
                }
                words_map.entry(class.to_string()).or_default().push(toks);
            }
        }
        let mut bits: HashMap<String, u16> = HashMap::default();
        for (b, class) in CLASSES.iter().enumerate() {
            for w in sets.get(*class).into_iter().flatten() {
                *bits.entry(w.clone()).or_default() |= 1 << b;
            }
        }
        Cues { map: HashMap::default(), list: Vec::new(), phrases: HashMap::default(), words: words_map, sets, bits }
    }

    /// The cue for this key and role that applies to the class, if any.
    /// `Some(None)` is a cue without an event of its own (anaphors).
    pub fn get(&self, key: &str, role: &Role, class: Class) -> Option<Option<Event>> {
        let ids = self.map.get(key)?;
        ids.iter().map(|&i| &self.list[i as usize]).find(|(r, c)| r == role && c.applies.contains(&class)).map(|(_, c)| c.event)
    }

    /// The ids of every cue of a key (see [`Cues::cue`]).
    pub fn ids(&self, key: &str) -> &[u32] {
        self.map.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A cue by id: its role and what it says.
    pub fn cue(&self, id: u32) -> &(Role, Cue) {
        &self.list[id as usize]
    }

    /// Whether the single word is in the class of `words.tsv`.
    pub fn is(&self, class: &str, word: &str) -> bool {
        self.sets.get(class).is_some_and(|s| s.contains(word))
    }

    /// The class bits of a word (see [`CLASSES`]).
    pub fn bits(&self, word: &str) -> u16 {
        self.bits.get(word).copied().unwrap_or(0)
    }

    /// The phrases (token lists) of a class, multi-word ones included.
    pub fn phrases_of(&self, class: &str) -> &[Vec<String>] {
        self.words.get(class).map(Vec::as_slice).unwrap_or(&[])
    }
}

static EVENT_WORDS: &str = include_str!("../../../models/facts/lexicon.tsv");

/// Words with the events they name, one table a file: the words that evoke
/// events with no syntactic role (`models/facts/lexicon.tsv`), evidence for
/// the event model near a quantity, in its clause or as its counted noun.
pub(crate) struct EventWords {
    map: HashMap<String, Vec<Event>>,
}

impl EventWords {
    pub(crate) fn load() -> EventWords {
        EventWords::parse(EVENT_WORDS, "lexicon.tsv").expect("models/facts/lexicon.tsv is valid")
    }

    /// Reads a table named `file`; an unknown event code is an error naming
    /// its line.
    pub(crate) fn parse(tsv: &str, file: &str) -> Result<EventWords, String> {
        let mut map: HashMap<String, Vec<Event>> = HashMap::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (code, words) = line.split_once('\t').ok_or_else(|| format!("{file} line {}: no tab", n + 1))?;
            let event = Event::parse(code).ok_or_else(|| format!("{file} line {}: unknown event {code:?}", n + 1))?;
            for word in words.split_whitespace() {
                let events = map.entry(word.to_string()).or_default();
                if !events.contains(&event) {
                    events.push(event);
                }
            }
        }
        Ok(EventWords { map })
    }

    /// The events a word (lemma or lower-case form) evokes.
    pub(crate) fn of(&self, word: &str) -> &[Event] {
        self.map.get(word).map_or(&[], Vec::as_slice)
    }
}
