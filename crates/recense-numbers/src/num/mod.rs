//! Numbers in words (this module) and in digits (`digits`, every French
//! typography); `parse_num` tries both, with a sign.

mod digits;

pub(crate) use digits::is_tally;
pub use digits::{is_ord_suffix, parse_digits, roman_numeral, roman_ordinal, vulgar};

use crate::data::{Tables, WordType};
use crate::tok::{Toks, TK};

#[derive(Clone, Debug, Default)]
pub struct Num {
    pub s: usize,
    pub e: usize,
    pub v: f64,
    pub ord: bool,
    pub word: bool,
    pub frac: bool,
    /// approximate collective ("une dizaine", "des milliers")
    pub collective: bool,
    /// "une douzaine", "trois douzaines": a collective that is exact, but
    /// takes its noun through "de" as the others do
    pub dozen: bool,
    /// a scale word or suffix ("millions", "k", "M")
    pub scaled: bool,
    /// one digit token, no separator, decimal, sign or scale
    pub plain: bool,
    /// "un"/"une" alone
    pub lone_un: bool,
    /// "neuf" alone (also an adjective)
    pub lone_neuf: bool,
    /// bare fraction word ("demi", "quart"): only valid before a unit
    pub bare_denom: bool,
    pub signed: bool,
    /// written with a decimal separator
    pub decimal: bool,
    /// the last atom was a Big scale word (for "et demi" after "milliard")
    pub last_scale: f64,
}

/// A whole number from 0 to 9: glued to a capital it names something ("la
/// 4G", "en 3D") rather than scales it (`digits::scaled`,
/// `units::is_a_dimension_or_network_name`).
pub(crate) fn is_lone_digit(v: f64) -> bool {
    v.fract() == 0.0 && (0.0..=9.0).contains(&v)
}

#[derive(Clone, Copy, Debug)]
struct Atom {
    ty: WordType,
    v: f64,
    tok: usize,
    plural_ord: bool,
    et: bool,
}

fn ord_base(v: f64) -> WordType {
    if v <= 16.0 {
        WordType::Unit
    } else if v < 100.0 {
        WordType::Ten
    } else if v == 100.0 {
        WordType::Hundred
    } else if v == 1000.0 {
        WordType::Thousand
    } else {
        WordType::Big
    }
}

/// Cardinal grammar over atoms; returns (value, atoms consumed, last atom was a Big scale).
fn card(a: &[Atom]) -> Option<(f64, usize, f64)> {
    let mut k = 0;
    let mut total = 0.0;
    let mut any = false;
    let mut last_scale = 0.0;
    loop {
        let (x, k2) = match lt1e6(a, k) {
            Some((x, k2)) => (Some(x), k2),
            None => (None, k),
        };
        if k2 < a.len() && a[k2].ty == WordType::Big && !a[k2].et {
            let x = x?;
            total += x * a[k2].v;
            k = k2 + 1;
            any = true;
            last_scale = a[k2].v;
            continue;
        }
        if let Some(x) = x {
            total += x;
            k = k2;
            any = true;
            last_scale = 0.0;
        }
        break;
    }
    if any {
        Some((total, k, last_scale))
    } else {
        None
    }
}

fn is(a: &[Atom], k: usize, ty: WordType) -> bool {
    k < a.len() && a[k].ty == ty && !a[k].et
}

fn lt1e6(a: &[Atom], k: usize) -> Option<(f64, usize)> {
    let (x, k2) = match lt1000(a, k) {
        Some((x, k2)) => (Some(x), k2),
        None => (None, k),
    };
    if is(a, k2, WordType::Thousand) {
        let v = x.unwrap_or(1.0) * 1000.0;
        let k3 = k2 + 1;
        if let Some((y, k4)) = lt1000(a, k3) {
            return Some((v + y, k4));
        }
        return Some((v, k3));
    }
    x.map(|x| (x, k2))
}

fn lt1000(a: &[Atom], k: usize) -> Option<(f64, usize)> {
    let (x, k2) = match lt100(a, k) {
        Some((x, k2)) => (Some(x), k2),
        None => (None, k),
    };
    if is(a, k2, WordType::Hundred) {
        if let Some(x) = x {
            if x < 1.0 {
                return Some((x, k2));
            }
        }
        let v = x.unwrap_or(1.0) * 100.0;
        let k3 = k2 + 1;
        if let Some((y, k4)) = lt100(a, k3) {
            return Some((v + y, k4));
        }
        return Some((v, k3));
    }
    x.map(|x| (x, k2))
}

fn unit_at(a: &[Atom], k: usize) -> Option<f64> {
    if is(a, k, WordType::Unit) {
        Some(a[k].v)
    } else {
        None
    }
}

/// 1..19 after a ten (also "dix-sept" forms), for soixante/quatre-vingt: 1..19, else 1..9.
fn after_ten(a: &[Atom], k: usize, teen_ok: bool) -> Option<(f64, usize)> {
    let u = unit_at(a, k)?;
    if u == 10.0 {
        if let Some(u2) = unit_at(a, k + 1) {
            if (7.0..=9.0).contains(&u2) && teen_ok {
                return Some((10.0 + u2, k + 2));
            }
        }
        if teen_ok {
            return Some((10.0, k + 1));
        }
        return None;
    }
    if u >= 1.0 && (u <= 9.0 || (teen_ok && u <= 16.0)) {
        return Some((u, k + 1));
    }
    None
}

fn lt100(a: &[Atom], k: usize) -> Option<(f64, usize)> {
    if k >= a.len() || a[k].et {
        return None;
    }
    match a[k].ty {
        WordType::Unit => {
            let u = a[k].v;
            if u == 4.0 && is(a, k + 1, WordType::Ten) && a[k + 1].v == 20.0 {
                let k2 = k + 2;
                if let Some((y, k3)) = after_ten(a, k2, true) {
                    return Some((80.0 + y, k3));
                }
                // "quatre-vingt et un" (rare)
                if k2 + 1 < a.len() && a[k2].et && unit_at(a, k2 + 1) == Some(1.0) {
                    return Some((81.0, k2 + 2));
                }
                return Some((80.0, k2));
            }
            if u == 10.0 {
                if let Some(u2) = unit_at(a, k + 1) {
                    if (7.0..=9.0).contains(&u2) {
                        return Some((10.0 + u2, k + 2));
                    }
                }
            }
            Some((u, k + 1))
        }
        WordType::Ten => {
            let t = a[k].v;
            let k2 = k + 1;
            let teen = t == 60.0;
            if k2 + 1 < a.len() && a[k2].et {
                if let Some(u) = unit_at(a, k2 + 1) {
                    if u == 1.0 || (teen && u == 11.0) {
                        return Some((t + u, k2 + 2));
                    }
                }
            }
            if let Some((y, k3)) = after_ten(a, k2, teen) {
                return Some((t + y, k3));
            }
            Some((t, k2))
        }
        _ => None,
    }
}

impl Num {
    fn new(s: usize, e: usize, v: f64) -> Num {
        Num { s, e, v, ..Default::default() }
    }
}

pub fn word_info(tb: &Tables, w: &str) -> Option<(WordType, f64)> {
    match tb.words.get(w) {
        Some(x) => Some(*x),
        None if w.ends_with("iemes") => match tb.words.get(&w[..w.len() - 1]) {
            Some(&(WordType::Ord, v)) => Some((WordType::Ord, v)),
            _ => None,
        },
        None => None,
    }
}

/// Fraction words after "et": "demi(e)", "quart", "trois quarts", "deux tiers".
fn et_fraction(t: &Toks, tb: &Tables, k: usize) -> Option<(f64, usize)> {
    // k = token after "et"
    let w = t.n(k);
    if let Some((WordType::Denom, d)) = word_info(tb, w) {
        if w.starts_with("demi") || w == "quart" {
            return Some((1.0 / d, k + 1));
        }
    }
    let (a, k2) = unit_word(t, tb, k)?;
    if let Some((WordType::Denom, d)) = word_info(tb, t.n(k2)) {
        if hy_or_space(t, k2) {
            return Some((a / d, k2 + 1));
        }
    }
    None
}

fn unit_word(t: &Toks, tb: &Tables, k: usize) -> Option<(f64, usize)> {
    match word_info(tb, t.n(k)) {
        Some((WordType::Unit, v)) => Some((v, k + 1)),
        _ => None,
    }
}

fn hy_or_space(t: &Toks, k: usize) -> bool {
    t.soft(k)
}

/// Is the token at k a joining hyphen between two words ("vingt-deux")?
fn join_hyphen(t: &Toks, k: usize) -> bool {
    t.n(k) == "-" && t.adj(k) && t.adj(k + 1) && t.is_word(k + 1)
}

/// The longest number written in words, in words: "sept cent
/// quatre-vingt-dix-neuf milliards neuf cent …" stays well under it. The
/// bound keeps a run of number words ("mille mille …") linear: each start
/// reads at most this many.
const MAX_NUMBER_WORDS: usize = 40;

pub fn parse_words(t: &Toks, tb: &Tables, i: usize) -> Option<Num> {
    word_info(tb, t.n(i))?;
    let mut atoms = number_words(t, tb, i);
    if atoms.is_empty() {
        return None;
    }
    if let Some(done) = ordinal_or_fraction_words(t, i, &mut atoms) {
        return done;
    }
    if let Some(n) = the_million(t, tb, i, &atoms) {
        return Some(n);
    }
    let (x, c, last_scale) = card(&atoms)?;
    let mut n = Num::new(i, atoms[c - 1].tok + 1, x);
    n.word = true;
    n.last_scale = last_scale;
    n.scaled = last_scale > 0.0;
    if c == 1 && atoms[0].ty == WordType::Unit {
        let w = t.n(i);
        if w == "un" || w == "une" {
            n.lone_un = true;
        }
        if w == "neuf" {
            n.lone_neuf = true;
        }
    }
    Some(words_tail(t, tb, n, last_scale))
}

/// "le million de signatures", "franchir le cap du milliard de dollars":
/// a scale word alone after the definite article and before "de" is one of
/// it (the plural, "des millions de clics", is no figure; nor a rate's "per
/// million": "1 500 morts au million d'habitants", "3 dollars le million de
/// BTU").
fn the_million(t: &Toks, tb: &Tables, i: usize, atoms: &[Atom]) -> Option<Num> {
    let [scale] = atoms else { return None };
    let rate = i > 1 && (t.is_digits(i - 2) || tb.units.contains_first(t.n(i - 2)));
    let definite = i > 0 && matches!(t.n(i - 1), "le" | "du") && !rate;
    let singular = matches!(t.n(i), "million" | "milliard");
    if !(scale.ty == WordType::Big && definite && singular && matches!(t.n(i + 1), "de" | "d'")) {
        return None;
    }
    let mut n = Num::new(i, i + 1, scale.v);
    n.word = true;
    n.scaled = true;
    n.last_scale = scale.v;
    Some(n)
}

/// The number words from token i, at most `MAX_NUMBER_WORDS` (a repeated
/// scale word, an ordinal or a denominator ends them).
fn number_words(t: &Toks, tb: &Tables, i: usize) -> Vec<Atom> {
    let mut atoms: Vec<Atom> = Vec::new();
    let mut k = i;
    while atoms.len() < MAX_NUMBER_WORDS {
        let w = t.n(k);
        let info = if t.is_word(k) { word_info(tb, w) } else { None };
        match info {
            // a scale word repeated ("mille mille") ends the number: no
            // French number says one scale twice in a row
            Some((ty, v)) if matches!(ty, WordType::Thousand | WordType::Big) && atoms.last().is_some_and(|a| a.ty == ty && a.v == v) => break,
            Some((ty, v)) if ty != WordType::Collective => {
                let plural_ord = ty == WordType::Ord && w.ends_with('s');
                let ty2 = if ty == WordType::Ord { WordType::Ord } else { ty };
                atoms.push(Atom { ty: ty2, v, tok: k, plural_ord, et: false });
                k += 1;
                if matches!(ty, WordType::Ord | WordType::OrdOnly | WordType::Denom) {
                    break;
                }
            }
            _ => {
                if w == "et" && !atoms.is_empty() && t.soft(k) {
                    // "vingt et un", "soixante et onze", "vingt et unième", "vingt-et-un"
                    let hy = join_hyphen(t, k + 1);
                    let nx = word_info(tb, t.n(if hy { k + 2 } else { k + 1 }));
                    let ok = match nx {
                        Some((WordType::Unit, v)) => v == 1.0 || v == 11.0,
                        Some((WordType::Ord, v)) => v == 1.0 || v == 11.0,
                        _ => false,
                    };
                    if ok && atoms.last().map(|a| a.ty == WordType::Ten).unwrap_or(false) {
                        atoms.push(Atom { ty: WordType::Unit, v: 0.0, tok: k, plural_ord: false, et: true });
                        k += if hy { 2 } else { 1 };
                        continue;
                    }
                }
                break;
            }
        }
        // separator: whitespace or joining hyphen
        if join_hyphen(t, k) {
            k += 1;
        } else if !t.soft(k) || t.adj(k) && t.is_word(k) {
            break;
        }
    }
    atoms
}

/// Number words ending in an ordinal or a denominator: "troisième",
/// "vingt et unième", "trois quarts", "deux tiers". `Some(result)` when
/// they make one; otherwise the ending word is dropped from `atoms`.
fn ordinal_or_fraction_words(t: &Toks, i: usize, atoms: &mut Vec<Atom>) -> Option<Option<Num>> {
    let last = atoms.len() - 1;
    let made = match atoms[last].ty {
        WordType::OrdOnly => (last == 0).then(|| word_ordinal(i, i + 1, atoms[0].v)),
        WordType::Denom => denominator_words(i, atoms),
        WordType::Ord => ordinal_words(t, i, atoms),
        _ => return None,
    };
    if made.is_none() {
        atoms.truncate(last);
    }
    made.map(Some)
}

/// An ordinal in words from token `s` to `e`.
fn word_ordinal(s: usize, e: usize, v: f64) -> Num {
    let mut n = Num::new(s, e, v);
    n.ord = true;
    n.word = true;
    n
}

/// A fraction in words from token `s` to `e`.
fn word_fraction(s: usize, e: usize, v: f64) -> Num {
    let mut n = Num::new(s, e, v);
    n.word = true;
    n.frac = true;
    n
}

/// Words ending in a denominator: "quart" alone (a bare denominator),
/// "trois quarts", "deux tiers".
fn denominator_words(i: usize, atoms: &[Atom]) -> Option<Num> {
    let last = atoms.len() - 1;
    let d = atoms[last].v;
    if last == 0 {
        let mut n = word_fraction(i, i + 1, 1.0 / d);
        n.bare_denom = true;
        return Some(n);
    }
    let pre = &atoms[..last];
    let (x, c, _) = card(pre)?;
    (c == pre.len()).then(|| word_fraction(i, atoms[last].tok + 1, x / d))
}

/// Words ending in an ordinal: the ordinal of them all ("vingt et
/// unième", not "un millième" nor a plural "les dixièmes"), else a
/// numerator before an ordinal denominator ("trois centièmes", not "un
/// dixième de seconde" before a noun, nor "un deuxième").
fn ordinal_words(t: &Toks, i: usize, atoms: &[Atom]) -> Option<Num> {
    let last = atoms.len() - 1;
    if last == 0 {
        return Some(word_ordinal(i, i + 1, atoms[0].v));
    }
    // the ordinal atom as its base
    let mut base = atoms.to_vec();
    base[last].ty = ord_base(atoms[last].v);
    let plural = atoms[last].plural_ord;
    let end = atoms[last].tok + 1;
    let un_scale =
        last == 1 && atoms[0].ty == WordType::Unit && atoms[0].v == 1.0 && matches!(base[last].ty, WordType::Big | WordType::Thousand | WordType::Hundred);
    if let Some((x, c, _)) = card(&base) {
        if c == base.len() && !plural && !un_scale {
            return Some(word_ordinal(i, end, x));
        }
    }
    let noun_after = t.is_word(end) && t.soft(end) && !matches!(t.n(end), "de" | "d'" | "des" | "du" | "et" | "ou");
    // a hyphen joins one number: "soixante-deuxièmes" is no 60/2
    let hyphen_before = |k: usize| atoms[k].tok > 0 && t.n(atoms[k].tok - 1) == "-";
    for k in (1..=last).rev().filter(|&k| !hyphen_before(k)) {
        let den = if k == last && matches!(base[k].ty, WordType::Big | WordType::Thousand | WordType::Hundred) {
            Some((base[k].v, 1, 0.0))
        } else {
            card(&base[k..])
        };
        if let (Some((nu, c1, _)), Some((de, c2, _))) = (card(&base[..k]), den) {
            if nu == 1.0 && noun_after && !plural {
                return None;
            }
            // halves are "demi", never "deuxième": "un deuxième et un troisième tour"
            if c1 == k && c2 == base.len() - k && de > 2.0 {
                return Some(word_fraction(i, end, nu / de));
            }
        }
    }
    None
}

/// "de milliers", "de millions" at `k`, after a collective: the scale that
/// multiplies it again ("une centaine de milliers", "plusieurs dizaines de
/// millions"), and the token after it.
pub(crate) fn scaled_again(t: &Toks, tb: &Tables, k: usize) -> Option<(f64, usize)> {
    if t.n(k) != "de" || !t.soft(k) || !t.soft(k + 1) {
        return None;
    }
    match word_info(tb, t.n(k + 1)) {
        Some((WordType::Big, sv) | (WordType::Collective, sv @ 1000.0)) => Some((sv, k + 2)),
        _ => None,
    }
}

/// What may follow a number in words: a collective ("une dizaine"), "et
/// demi", "virgule cinquante", "un sur trois".
fn words_tail(t: &Toks, tb: &Tables, n: Num, last_scale: f64) -> Num {
    let e = n.e;
    if !t.soft(e) {
        return n;
    }
    match t.n(e) {
        "et" => et_fraction(t, tb, e + 1).map(|(f, end)| {
            // "et demi", "et trois quarts"
            let mul = if last_scale > 0.0 { last_scale } else { 1.0 };
            Num { v: n.v + f * mul, e: end, frac: true, lone_un: false, ..n.clone() }
        }),
        "virgule" => decimals_in_words(t, tb, &n),
        "sur" if n.v == 1.0 => one_in_words(t, tb, &n),
        w => match word_info(tb, w) {
            Some((WordType::Collective, cv)) => Some(times_collective(t, tb, &n, cv)),
            _ => None,
        },
    }
    .unwrap_or(n)
}

/// "une dizaine", "trois douzaines", "une centaine de milliers".
fn times_collective(t: &Toks, tb: &Tables, n: &Num, cv: f64) -> Num {
    let mut n = Num { v: n.v * cv, collective: cv != 12.0, dozen: cv == 12.0, e: n.e + 1, lone_un: false, lone_neuf: false, ..n.clone() };
    if let Some((scale, end)) = scaled_again(t, tb, n.e) {
        n.v *= scale;
        n.e = end;
    }
    n
}

/// "deux cent virgule cinquante deux"; "trois virgule deux milliards": the
/// scale after the decimals scales it all.
fn decimals_in_words(t: &Toks, tb: &Tables, n: &Num) -> Option<Num> {
    let e = n.e;
    let m = parse_words(t, tb, e + 1).filter(|m| !m.ord && !m.frac && m.v >= 0.0 && m.v.fract() == 0.0 && m.v < 1e15)?;
    let (decimals, scale) = match word_info(tb, t.n(m.e - 1)) {
        Some((WordType::Big | WordType::Thousand, sv)) if m.e - 1 > e + 1 && (m.v / sv).fract() == 0.0 => (m.v / sv, sv),
        _ => (m.v, 1.0),
    };
    let v: f64 = format!("{}.{}", n.v as u64, decimals as u64).parse().ok()?;
    Some(Num { v: v * scale, scaled: scale > 1.0, e: m.e, decimal: true, lone_un: false, lone_neuf: false, ..n.clone() })
}

/// "un sur trois": one in so many, a fraction.
fn one_in_words(t: &Toks, tb: &Tables, n: &Num) -> Option<Num> {
    let k = n.e + 1;
    let (d, end) = if t.is_digits(k) {
        t.digit_val(k).map(|v| (v as f64, k + 1))
    } else {
        parse_words(t, tb, k).filter(|m| !m.ord && !m.frac).map(|m| (m.v, m.e))
    }?;
    (d > 1.0).then(|| Num { v: 1.0 / d, e: end, frac: true, lone_un: false, ..n.clone() })
}

/// Any number starting at token i (sign included).
pub fn parse_num(t: &Toks, tb: &Tables, i: usize) -> Option<Num> {
    let w = t.n(i);
    match t.kind(i)? {
        TK::Digits => parse_digits(t, tb, i),
        TK::Word if w == "moins" && t.soft(i + 1) && (t.is_digits(i + 1) || (t.is_word(i + 1) && word_info(tb, t.n(i + 1)).is_some())) => {
            minus_in_words(t, tb, i)
        }
        TK::Word => match roman_ordinal(t.raw(i)) {
            Some(v) => Some(Num { ord: true, ..Num::new(i, i + 1, v) }),
            None => roman_with_its_suffix_apart(t, i).or_else(|| parse_words(t, tb, i)),
        },
        TK::Punct if w == "-" && !(i > 0 && t.adj(i) && (t.is_word(i - 1) || t.is_digits(i - 1))) => minus_sign(t, tb, i),
        TK::Punct if w == "," => parse_digits(t, tb, i),
        TK::Punct => vulgar(t.raw(i)).map(|v| Num { frac: true, ..Num::new(i, i + 1, v) }),
    }
}

/// "la XXXI e édition", "le XXI e siècle": a roman numeral and its ordinal
/// suffix written apart, as the tokenised WiNER text has them.
fn roman_with_its_suffix_apart(t: &Toks, i: usize) -> Option<Num> {
    let suffix = t.raw(i + 1);
    let apart = t.soft(i + 1) && !t.adj(i + 1) && matches!(suffix, "e" | "ème" | "eme" | "er" | "re" | "ère");
    let (_, own_suffix) = roman_numeral(t.raw(i)).filter(|_| apart)?;
    if !own_suffix.is_empty() {
        return None;
    }
    let v = roman_ordinal(&format!("{}{suffix}", t.raw(i)))?;
    Some(Num { ord: true, ..Num::new(i, i + 2, v) })
}

/// The number after a sign or "moins" at i, negated.
fn negated(n: Num, i: usize) -> Option<Num> {
    (!n.ord).then_some(Num { v: -n.v, s: i, signed: true, plain: false, ..n })
}

/// "moins 12", "moins douze degrés" (not "au moins", "pas moins", "deux
/// moins un").
fn minus_in_words(t: &Toks, tb: &Tables, i: usize) -> Option<Num> {
    let before = if i > 0 { t.n(i - 1) } else { "" };
    let digits = t.is_digits(i + 1);
    if !digits && matches!(before, "au" | "pas" | "plus" | "de" | "du" | "a") {
        return parse_words(t, tb, i);
    }
    let prev_num = i > 0 && (t.is_digits(i - 1) || word_info(tb, before).is_some());
    if prev_num {
        return None;
    }
    negated(if digits { parse_digits(t, tb, i + 1)? } else { parse_words(t, tb, i + 1)? }, i)
}

/// "-12", "- 3,5": a minus sign, not a dash after a sentence end ("10
/// novembre 2012. - 19 des 20 skippers") nor a spaced en or em dash that
/// separates ("Abu Dhabi – 3-4 mars"): a sign is a hyphen or touches its
/// number.
fn minus_sign(t: &Toks, tb: &Tables, i: usize) -> Option<Num> {
    let prev_num = i > 0 && t.soft(i) && (t.is_digits(i - 1) || word_info(tb, t.n(i - 1)).is_some() || matches!(t.n(i - 1), "." | "!" | "?" | ":" | ";" | "»" | "\"") && !t.adj(i));
    let k = i + 1;
    let separator = matches!(t.raw(i), "–" | "—") && !t.adj(k);
    if prev_num || separator || !t.soft(k) || !(t.is_digits(k) || (t.n(k) == "," && t.is_digits(k + 1))) {
        return None;
    }
    negated(parse_digits(t, tb, k)?, i)
}
