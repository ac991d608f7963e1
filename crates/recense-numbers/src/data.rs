//! Tables of the recogniser, read from the data files of `models/numbers/`
//! (embedded at compile time).

use recense_contract::fold::fold;

use crate::tok::Toks;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub const NUMBER_WORDS: &str = include_str!("../../../models/numbers/number_words.tsv");
pub const QUALIFIERS: &str = include_str!("../../../models/numbers/qualifiers.tsv");
pub const WEEKDAYS: &str = include_str!("../../../models/numbers/weekdays.tsv");
pub const UNITS: &str = include_str!("../../../models/numbers/units.tsv");
pub const RELATIVE_DATES: &str = include_str!("../../../models/numbers/relative_dates.tsv");
pub const NON_QUANTITY: &str = include_str!("../../../models/numbers/non_quantity.tsv");
pub const COUNT_WORDS: &str = include_str!("../../../models/numbers/count_words.tsv");
pub const TENSE: &str = include_str!("../../../models/numbers/tense.tsv");
pub const SPORT: &str = include_str!("../../../models/numbers/sport.tsv");
pub const CFA_ZONES: &str = include_str!("../../../models/numbers/cfa_zones.tsv");
pub const AGES: &str = include_str!("../../../models/numbers/ages.tsv");

/// Lines of a TSV data file, comments and blank lines left out.
pub fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|f| f.trim_end_matches('\r')).collect())
}

/// Multi-token phrases keyed by their first normalised token; longest match first.
pub struct PhraseSet<T> {
    map: HashMap<String, Vec<(Vec<String>, String, T)>>,
}

impl<T> PhraseSet<T> {
    pub fn new() -> Self {
        PhraseSet { map: HashMap::default() }
    }

    pub fn insert(&mut self, phrase: &str, val: T) {
        let t = Toks::of_phrase(phrase);
        let toks: Vec<String> = (0..t.len()).map(|i| t.n(i).to_string()).collect();
        if toks.is_empty() {
            return;
        }
        let raw: String = phrase.chars().filter(|c| !c.is_whitespace()).collect();
        let e = self.map.entry(toks[0].clone()).or_default();
        e.push((toks, raw, val));
        e.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
    }

    /// Longest phrase starting at token i: (end token exclusive, value).
    /// Tokens of a phrase must be on one line.
    pub fn longest(&self, t: &Toks, i: usize) -> Option<(usize, &T)> {
        self.longest_where(t, i, |_, _| true)
    }

    pub fn longest_where(
        &self,
        t: &Toks,
        i: usize,
        ok: impl Fn(&str, &T) -> bool,
    ) -> Option<(usize, &T)> {
        let cands = self.map.get(t.n(i))?;
        'c: for (toks, raw, v) in cands {
            if i + toks.len() > t.len() {
                continue;
            }
            for (k, tk) in toks.iter().enumerate().skip(1) {
                if t.n(i + k) != tk || !t.soft(i + k) {
                    continue 'c;
                }
            }
            let e = i + toks.len();
            let got: String = t.text[t.v[i].s..t.v[e - 1].e].chars().filter(|c| !c.is_whitespace()).collect();
            if !ok(&got, v) || !ok_raw(raw, &got, v) {
                continue;
            }
            return Some((e, v));
        }
        None
    }

    pub fn contains_first(&self, s: &str) -> bool {
        self.map.contains_key(s)
    }
}

fn ok_raw<T>(_raw: &str, _got: &str, _v: &T) -> bool {
    true
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WordType {
    Unit,
    Ten,
    Hundred,
    Thousand,
    Big,
    Ord,
    OrdOnly,
    Denom,
    Collective,
}

#[derive(Clone, Debug)]
pub struct UnitDef {
    pub kind: String,
    pub unit: String,
    pub cs: bool,
    pub prefix: bool,
    pub adj: bool,
    pub ambw: bool,
    /// not after the article "un"/"une"
    pub nolone: bool,
    pub raw: String,
}

pub struct Tables {
    pub words: HashMap<String, (WordType, f64)>,
    pub qualifiers: PhraseSet<String>,
    pub months: HashMap<String, (u32, bool, bool)>,
    pub weekdays: HashMap<String, (u32, bool)>,
    pub units: PhraseSet<UnitDef>,
    pub relative: PhraseSet<String>,
    pub nq_before: PhraseSet<()>,
    pub nq_after: PhraseSet<()>,
    /// as `nq_before`, but a year after them is one ("la saison 2016")
    pub nq_before_but_year: PhraseSet<()>,
    /// phrases after "n° 1" that make it a rank ("mondiale", "du classement")
    pub rank_after: PhraseSet<()>,
    pub count_skip: HashSet<String>,
    pub count_stop: HashSet<String>,
    /// "multiplié" in "multiplié par trois": the number after "par" is a factor
    pub factor_verbs: HashSet<String>,
    /// nouns of people: "un homme de 60 ans" is an age
    pub person: HashSet<String>,
    /// adjectives between a number and its measure unit ("les 1 000 derniers milles")
    pub unit_skip: HashSet<String>,
    /// words placing a text in a franc CFA zone: "XAF" or "XOF"
    pub cfa_zones: PhraseSet<String>,
    /// words of a sentence that make "2-1" a sport score
    pub sport: HashSet<String>,
    pub past_cues: HashSet<String>,
    pub future_cues: HashSet<String>,
    /// "a", "ont": past cues when a participle follows, not a `present_after` word
    pub past_aux: HashSet<String>,
    pub present_after: HashSet<String>,
    pub ages: AgeWords,
}

/// `ages.tsv`: the words that tell a person's age ("il avait 26 ans") from
/// a length of time ("une peine de 10 ans").
pub struct AgeWords {
    pub verbs: HashSet<String>,
    /// passed over on the way back to a verb: "a seulement 12 ans"
    pub skip: HashSet<String>,
    pub death: HashSet<String>,
    pub possessives: HashSet<String>,
    pub term_setters: HashSet<String>,
    pub duration_nouns: HashSet<String>,
}

impl Tables {
    pub fn load() -> Tables {
        let [nq_before, nq_after, rank_after, nq_before_but_year] =
            tagged_phrases("non_quantity", NON_QUANTITY, ["before", "after", "rank-after", "before-but-year"]);
        let [person, unit_skip, count_skip, count_stop, factor_verbs] =
            tagged_words("count_words", COUNT_WORDS, ["person", "unitskip", "skip", "stop", "factor"]);
        let [past_cues, future_cues, past_aux, present_after] =
            tagged_words("tense", TENSE, ["past", "future", "aux", "present-after"]);
        let [verbs, skip, death, possessives, term_setters, duration_nouns] =
            tagged_words("ages", AGES, ["verb", "skip", "death", "possessive", "term-setter", "duration-noun"]);
        Tables {
            cfa_zones: rows(CFA_ZONES).filter(|r| r.len() >= 2).fold(PhraseSet::new(), |mut set, r| {
                set.insert(r[1], r[0].to_string());
                set
            }),
            sport: rows(SPORT).filter_map(|r| r.first().map(|w| fold(w))).collect(),
            words: number_words(),
            qualifiers: phrase_values(QUALIFIERS),
            months: recense_text::month_names().iter().map(|m| (m.name.clone(), (m.number, m.abbreviation, m.ambiguous))).collect(),
            weekdays: rows(WEEKDAYS)
                .filter(|r| r.len() >= 2)
                .map(|r| (fold(r[0]), (r[1].parse().unwrap_or(1), r.get(2).copied() == Some("abbr"))))
                .collect(),
            units: units(),
            relative: phrase_values(RELATIVE_DATES),
            nq_before,
            nq_after,
            rank_after,
            nq_before_but_year,
            count_skip,
            count_stop,
            factor_verbs,
            person,
            unit_skip,
            past_cues,
            future_cues,
            past_aux,
            present_after,
            ages: AgeWords { verbs, skip, death, possessives, term_setters, duration_nouns },
        }
    }
}

/// `number_words.tsv`: word, type, value. An unknown type is a bug in the
/// built-in table, caught by every test.
fn number_words() -> HashMap<String, (WordType, f64)> {
    rows(NUMBER_WORDS)
        .filter(|r| r.len() >= 3)
        .map(|r| {
            let ty = match r[1] {
                "unit" => WordType::Unit,
                "ten" => WordType::Ten,
                "hundred" => WordType::Hundred,
                "thousand" => WordType::Thousand,
                "big" => WordType::Big,
                "ord" => WordType::Ord,
                "ordonly" => WordType::OrdOnly,
                "denom" => WordType::Denom,
                "collective" => WordType::Collective,
                other => panic!("number_words.tsv: unknown word type {other:?} for {:?}", r[0]),
            };
            (fold(r[0]), (ty, r[2].parse().unwrap_or(0.0)))
        })
        .collect()
}

/// A phrase table whose second column is the phrase's value.
fn phrase_values(src: &str) -> PhraseSet<String> {
    let mut set = PhraseSet::new();
    for r in rows(src).filter(|r| r.len() >= 2) {
        set.insert(r[0], r[1].to_string());
    }
    set
}

/// `units.tsv`: phrase, kind, unit, flags.
fn units() -> PhraseSet<UnitDef> {
    let mut units = PhraseSet::new();
    for r in rows(UNITS).filter(|r| r.len() >= 3) {
        let flags = r.get(3).copied().unwrap_or("");
        units.insert(
            r[0],
            UnitDef {
                kind: r[1].to_string(),
                unit: r[2].to_string(),
                cs: flags.contains("cs"),
                prefix: flags.contains("prefix"),
                adj: flags == "adj",
                ambw: flags == "ambw",
                nolone: flags.contains("nolone"),
                raw: r[0].chars().filter(|c| !c.is_whitespace()).collect(),
            },
        );
    }
    units
}

/// A table of (tag, phrase) rows, one phrase set per tag in `tags` order;
/// an unknown tag is a bug in the built-in table.
fn tagged_phrases<const N: usize>(table: &str, src: &str, tags: [&str; N]) -> [PhraseSet<()>; N] {
    let mut sets = std::array::from_fn(|_| PhraseSet::new());
    for r in rows(src).filter(|r| r.len() >= 2) {
        sets[tag_index(table, &tags, r[0])].insert(r[1], ());
    }
    sets
}

/// A table of (tag, word) rows, one folded word set per tag in `tags` order.
fn tagged_words<const N: usize>(table: &str, src: &str, tags: [&str; N]) -> [HashSet<String>; N] {
    let mut sets = std::array::from_fn(|_| HashSet::default());
    for r in rows(src).filter(|r| r.len() >= 2) {
        sets[tag_index(table, &tags, r[0])].insert(fold(r[1]));
    }
    sets
}

fn tag_index(table: &str, tags: &[&str], tag: &str) -> usize {
    tags.iter().position(|t| *t == tag).unwrap_or_else(|| panic!("{table}.tsv: unknown tag {tag:?}"))
}
