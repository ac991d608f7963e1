//! Tables of the recogniser, read from the data files of `models/numbers/`
//! (embedded at compile time).

use crate::tok::{norm_str, Toks};
use std::collections::{HashMap, HashSet};

pub const NUMBER_WORDS: &str = include_str!("../../../models/numbers/number_words.tsv");
pub const QUALIFIERS: &str = include_str!("../../../models/numbers/qualifiers.tsv");
pub const MONTHS: &str = include_str!("../../../models/numbers/months.tsv");
pub const WEEKDAYS: &str = include_str!("../../../models/numbers/weekdays.tsv");
pub const UNITS: &str = include_str!("../../../models/numbers/units.tsv");
pub const RELATIVE_DATES: &str = include_str!("../../../models/numbers/relative_dates.tsv");
pub const NON_QUANTITY: &str = include_str!("../../../models/numbers/non_quantity.tsv");
pub const COUNT_WORDS: &str = include_str!("../../../models/numbers/count_words.tsv");
pub const TENSE: &str = include_str!("../../../models/numbers/tense.tsv");
pub const SPORT: &str = include_str!("../../../models/numbers/sport.tsv");
pub const CFA_ZONES: &str = include_str!("../../../models/numbers/cfa_zones.tsv");

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
        PhraseSet { map: HashMap::new() }
    }

    pub fn insert(&mut self, phrase: &str, val: T) {
        let t = Toks::new(phrase);
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
    pub count_skip: HashSet<String>,
    pub count_stop: HashSet<String>,
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
}

impl Tables {
    pub fn load() -> Tables {
        let mut words = HashMap::new();
        for r in rows(NUMBER_WORDS) {
            if r.len() < 3 {
                continue;
            }
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
                _ => continue,
            };
            let v: f64 = r[2].parse().unwrap_or(0.0);
            words.insert(norm_str(r[0]), (ty, v));
        }
        let mut qualifiers = PhraseSet::new();
        for r in rows(QUALIFIERS) {
            if r.len() >= 2 {
                qualifiers.insert(r[0], r[1].to_string());
            }
        }
        let mut months = HashMap::new();
        for r in rows(MONTHS) {
            if r.len() >= 2 {
                let f = r.get(2).copied().unwrap_or("");
                months.insert(norm_str(r[0]), (r[1].parse().unwrap_or(1), f == "abbr", f == "amb"));
            }
        }
        let mut weekdays = HashMap::new();
        for r in rows(WEEKDAYS) {
            if r.len() >= 2 {
                let f = r.get(2).copied().unwrap_or("");
                weekdays.insert(norm_str(r[0]), (r[1].parse().unwrap_or(1), f == "abbr"));
            }
        }
        let mut units = PhraseSet::new();
        for r in rows(UNITS) {
            if r.len() < 3 {
                continue;
            }
            let f = r.get(3).copied().unwrap_or("");
            units.insert(
                r[0],
                UnitDef {
                    kind: r[1].to_string(),
                    unit: r[2].to_string(),
                    cs: f.contains("cs"),
                    prefix: f.contains("prefix"),
                    adj: f == "adj",
                    ambw: f == "ambw",
                    nolone: f.contains("nolone"),
                    raw: r[0].chars().filter(|c| !c.is_whitespace()).collect(),
                },
            );
        }
        let mut relative = PhraseSet::new();
        for r in rows(RELATIVE_DATES) {
            if r.len() >= 2 {
                relative.insert(r[0], r[1].to_string());
            }
        }
        let mut nq_before = PhraseSet::new();
        let mut nq_after = PhraseSet::new();
        for r in rows(NON_QUANTITY) {
            if r.len() >= 2 {
                match r[0] {
                    "before" => nq_before.insert(r[1], ()),
                    "after" => nq_after.insert(r[1], ()),
                    _ => {}
                }
            }
        }
        let mut count_skip = HashSet::new();
        let mut count_stop = HashSet::new();
        let mut person = HashSet::new();
        let mut unit_skip = HashSet::new();
        for r in rows(COUNT_WORDS) {
            if r.len() >= 2 {
                match r[0] {
                    "person" => {
                        person.insert(norm_str(r[1]));
                    }
                    "unitskip" => {
                        unit_skip.insert(norm_str(r[1]));
                    }
                    "skip" => {
                        count_skip.insert(norm_str(r[1]));
                    }
                    "stop" => {
                        count_stop.insert(norm_str(r[1]));
                    }
                    _ => {}
                }
            }
        }
        let mut past_cues = HashSet::new();
        let mut future_cues = HashSet::new();
        for r in rows(TENSE) {
            if r.len() >= 2 {
                match r[0] {
                    "past" => {
                        past_cues.insert(norm_str(r[1]));
                    }
                    "future" => {
                        future_cues.insert(norm_str(r[1]));
                    }
                    _ => {}
                }
            }
        }
        let mut cfa_zones = PhraseSet::new();
        for r in rows(CFA_ZONES) {
            if r.len() >= 2 {
                cfa_zones.insert(r[1], r[0].to_string());
            }
        }
        let sport = rows(SPORT).filter_map(|r| r.first().map(|w| norm_str(w))).collect();
        Tables {
            cfa_zones,
            sport,
            words,
            qualifiers,
            months,
            weekdays,
            units,
            relative,
            nq_before,
            nq_after,
            count_skip,
            count_stop,
            person,
            unit_skip,
            past_cues,
            future_cues,
        }
    }
}
