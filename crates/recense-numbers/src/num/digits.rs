//! Numbers in digits: "2 571", "3,5", "10.000", "1e10", "1er", "3/4",
//! "1,5 million", "2 M€", "1 sur 3", vulgar fractions, Roman ordinals.

use super::*;

fn digits_str<'a>(t: &'a Toks, i: usize) -> &'a str {
    t.raw(i)
}

const ORD_SUFFIX: &[&str] = &["er", "ere", "re", "e", "eme", "ieme", "nd", "nde", "es", "emes", "iemes", "ers", "eres", "res", "nds", "ndes", "me"];

pub fn is_ord_suffix(s: &str) -> bool {
    ORD_SUFFIX.contains(&s)
}

/// "(a/b)" or "(a/b dont …)": a tally of successes out of attempts, where
/// the number starts at `i` and its slash is at `j`.
pub(crate) fn is_tally(t: &Toks, i: usize, j: usize) -> bool {
    i > 0 && t.n(i - 1) == "(" && matches!(t.n(j + 2), ")" | "dont")
}

/// Number in digits starting at token i (i is Digits, or "," before digits).
pub fn parse_digits(t: &Toks, tb: &Tables, i: usize) -> Option<Num> {
    let (digits, j, plain, decimal) = digit_run(t, i)?;
    let v: f64 = digits.parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    let mut n = Num::new(i, j, v);
    n.decimal = decimal;
    if let Some(done) = with_exponent(t, &n, j, v) {
        return done;
    }
    if plain {
        if let Some(done) = ordinal_or_fraction(t, &n, i, j, v) {
            return done;
        }
    }
    if let Some(done) = scaled(t, tb, &n, j, v) {
        return done;
    }
    n.plain = plain;
    if plain {
        one_in(t, tb, &mut n, j, v);
    }
    Some(n)
}

/// The digits from token i as Rust parses them ("2 571" → "2571", "3,5" →
/// "3.5", ",5" → "0.5"), the token after them, and whether they were one
/// plain token and had a decimal part.
fn digit_run(t: &Toks, i: usize) -> Option<(String, usize, bool, bool)> {
    if t.n(i) == "," && t.is_digits(i + 1) && t.adj(i + 1) && !(t.is_digits(i.wrapping_sub(1)) && t.adj(i)) {
        return Some((format!("0.{}", digits_str(t, i + 1)), i + 2, false, true));
    }
    if !t.is_digits(i) {
        return None;
    }
    let first = digits_str(t, i);
    let mut s = first.to_string();
    let mut j = i + 1;
    let mut plain = true;
    if first.len() <= 3 {
        if let Some((groups, end)) = thousands_groups(t, j) {
            s.push_str(&groups);
            j = end;
            plain = false;
        }
    }
    match decimal_part(t, j) {
        Some((decimals, end)) => {
            s.push('.');
            s.push_str(decimals);
            Some((s, end, false, true))
        }
        None => Some((s, j, plain, false)),
    }
}

/// Groups of three digits from token j: "2 571 000" (single spaces) or
/// "3.000.000" (dots, not a date's "10.10.2010"); the digits and the token
/// after them.
fn thousands_groups(t: &Toks, j: usize) -> Option<(String, usize)> {
    let mut k = j;
    let mut spaced = String::new();
    while t.is_digits(k) && t.raw(k).len() == 3 && t.single_space(k) {
        spaced.push_str(t.raw(k));
        k += 1;
    }
    if !spaced.is_empty() {
        return Some((spaced, k));
    }
    let mut dotted = String::new();
    while t.n(k) == "." && t.adj(k) && t.is_digits(k + 1) && t.adj(k + 1) && t.raw(k + 1).len() == 3 {
        dotted.push_str(t.raw(k + 1));
        k += 2;
    }
    let more_dots = t.n(k) == "." && t.adj(k) && t.is_digits(k + 1) && t.adj(k + 1);
    (!dotted.is_empty() && !more_dots).then_some((dotted, k))
}

/// A decimal part at token j: ",5" or ".5" glued (not a date's "10.10.2010"
/// nor a list "1,2,3"), or the decimal comma said, "2 virgule 5"; its
/// digits and the token after them.
fn decimal_part<'a>(t: &'a Toks, j: usize) -> Option<(&'a str, usize)> {
    if (t.n(j) == "," || t.n(j) == ".") && t.adj(j) && t.is_digits(j + 1) && t.adj(j + 1) {
        let date_like = t.n(j) == "." && t.n(j + 2) == "." && t.adj(j + 2) && t.is_digits(j + 3);
        let listed = t.n(j + 2) == "," && t.is_digits(j + 3) && t.adj(j + 3);
        return (!date_like && !listed).then_some((t.raw(j + 1), j + 2));
    }
    (t.n(j) == "virgule" && t.soft(j) && t.is_digits(j + 1) && t.soft(j + 1)).then_some((t.raw(j + 1), j + 2))
}

/// "1e10", "-12e-1", "1,1^23": `Some(result)` when an exponent follows.
fn with_exponent(t: &Toks, n: &Num, j: usize, v: f64) -> Option<Option<Num>> {
    let mut n = n.clone();
    let mut v = v;
    if t.is_word(j) && t.adj(j) && (t.raw(j) == "e" || t.raw(j) == "E") {
        let (neg, k) = if t.n(j + 1) == "-" && t.adj(j + 1) { (true, j + 2) } else { (false, j + 1) };
        if t.is_digits(k) && t.adj(k) && t.raw(k).len() <= 3 {
            let ex: i32 = t.raw(k).parse().ok()?;
            let ex = if neg { -ex } else { ex };
            v *= 10f64.powi(ex);
            if v.is_finite() {
                n.v = v;
                n.e = k + 1;
                n.plain = false;
                return Some(Some(n));
            }
            return Some(None);
        }
    }
    if t.n(j) == "^" && t.adj(j) {
        let mut k = j + 1;
        let mut neg = false;
        while t.n(k) == "-" && t.adj(k) {
            neg = !neg;
            k += 1;
        }
        if t.is_digits(k) && t.adj(k) && t.raw(k).len() <= 3 {
            let ex: i32 = t.raw(k).parse().ok()?;
            let ex = if neg { -ex } else { ex };
            let r = v.powi(ex);
            if r.is_finite() {
                n.v = r;
                n.e = k + 1;
                return Some(Some(n));
            }
        }
    }
    None
}

/// After a plain number: an ordinal suffix ("1er", "3ème", "12 ème"), a
/// fraction ("3/4") or a mixed number ("1 4/5"). `Some(result)` when one is there.
fn ordinal_or_fraction(t: &Toks, n: &Num, i: usize, j: usize, v: f64) -> Option<Option<Num>> {
    let mut n = n.clone();
    // ordinal suffix: 1er, 2e, 3ème, 500000eme, and spaced "12 ème", "5 e",
    // "1 er groupe" (the dates read "1 er janvier" before this is asked)
    // ("12 ème." at a sentence's end too: a mark may follow it)
    let spaced_suffix = t.soft(j) && matches!(t.n(j), "e" | "eme" | "er" | "re" | "ere") && (!t.adj(j + 1) || t.is_punct(j + 1));
    if t.is_word(j) && (t.adj(j) || spaced_suffix) && is_ord_suffix(t.n(j)) {
        // "2e" followed by a digit is handled above (exponent)
        n.e = j + 1;
        n.ord = true;
        return Some(Some(n));
    }
    // fraction a/b, mixed "1 4/5"; not a tally in parentheses, "(4/8)" or
    // "(9/17 dont 3 pen)": goals out of shots are two counts
    if t.n(j) == "/" && t.adj(j) && t.is_digits(j + 1) && t.adj(j + 1) && !(t.n(j + 2) == "/" && t.adj(j + 2)) && !is_tally(t, i, j) {
        let b: f64 = t.raw(j + 1).parse().ok()?;
        if b != 0.0 {
            n.v = v / b;
            n.e = j + 2;
            n.frac = true;
            return Some(Some(n));
        }
    }
    if t.is_digits(j) && !t.adj(j) && t.soft(j) && t.n(j + 1) == "/" && t.adj(j + 1) && t.is_digits(j + 2) && t.adj(j + 2) && (t.n(j + 3) != "/") {
        let a: f64 = t.raw(j).parse().ok()?;
        let b: f64 = t.raw(j + 2).parse().ok()?;
        if b != 0.0 && a < b {
            n.v = v + a / b;
            n.e = j + 3;
            n.frac = true;
            return Some(Some(n));
        }
    }
    None
}

/// A scale suffix or word after the digits ("3 k", "2 M€", "1,5 million",
/// "2 millions et demi"). `Some(result)` when one is there.
fn scaled(t: &Toks, tb: &Tables, n: &Num, j: usize, v: f64) -> Option<Option<Num>> {
    let mut n = n.clone();
    let raw = t.raw(j);
    let next_cur = |k: usize| matches!(t.n(k), "€" | "$" | "£" | "¥") || t.n(k) == "d'" || t.n(k) == "de";
    let mut mult = 0.0;
    let mut e2 = j + 1;
    if t.is_word(j) && t.soft(j) {
        match raw {
            "k" | "K" if t.adj(j) || !t.is_word(j + 1) => mult = 1e3,
            "M" if t.adj(j) || next_cur(j + 1) => mult = 1e6,
            // ",0012G", "2 G€"; a lone digit's "4G" is a network's name
            // (`units::is_a_dimension_or_network_name`)
            "G" if (t.adj(j) && !is_lone_digit(v)) || matches!(t.n(j + 1), "€" | "$" | "£" | "¥") => mult = 1e9,
            "Md" | "Mds" | "Mrd" | "Mrds" | "md" | "mds" | "Gd" => mult = 1e9,
            "Mio" | "mio" => mult = 1e6,
            _ => {}
        }
        if mult == 0.0 {
            let w = t.n(j);
            match word_info(tb, w) {
                Some((WordType::Big, m)) => mult = m,
                Some((WordType::Thousand, m)) if w == "mille" => mult = m,
                Some((WordType::Collective, m)) if w.starts_with("douzaine") => mult = m,
                _ => {}
            }
        }
        if t.n(j) == "." && mult > 0.0 {
            e2 = j + 1;
        }
    }
    if mult > 0.0 {
        n.v = v * mult;
        n.e = e2;
        n.scaled = true;
        n.last_scale = mult;
        n.plain = false;
        if !n.v.is_finite() {
            return Some(None);
        }
        // "1,5 million et demi" not handled; "2 millions et demi"
        if t.n(e2) == "et" && t.soft(e2) {
            if let Some((f, e3)) = et_fraction(t, tb, e2 + 1) {
                if mult >= 1e6 {
                    n.v += f * mult;
                    n.e = e3;
                }
            }
        }
        return Some(Some(n));
    }
    None
}

/// "1 sur 3": one in so many, a fraction.
fn one_in(t: &Toks, tb: &Tables, n: &mut Num, j: usize, v: f64) {
    // "1 sur 3"
    if v == 1.0 && t.n(j) == "sur" && t.soft(j) {
        let d = if t.is_digits(j + 1) { t.digit_val(j + 1).map(|x| (x as f64, j + 2)) } else { parse_words(t, tb, j + 1).filter(|m| !m.ord && !m.frac).map(|m| (m.v, m.e)) };
        if let Some((d, e3)) = d {
            if d > 1.0 && !(t.is_word(e3) && t.soft(e3) && !t.first_upper(e3)) {
                n.v = 1.0 / d;
                n.e = e3;
                n.frac = true;
                n.plain = false;
            }
        }
    }
}

/// Unicode vulgar fractions.
pub fn vulgar(c: &str) -> Option<f64> {
    Some(match c {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

/// A word written as a roman numeral, alone or with its ordinal suffix
/// ("XIV", "XIXe", "Ier"): the numeral and the suffix ("" when none).
pub fn roman_numeral(raw: &str) -> Option<(&str, &str)> {
    let suffix = raw.trim_start_matches(['I', 'V', 'X', 'L', 'C', 'D', 'M']);
    let numeral = &raw[..raw.len() - suffix.len()];
    let suffixed = matches!(suffix, "" | "e" | "er" | "ème" | "eme" | "ᵉ" | "re" | "ère");
    (!numeral.is_empty() && suffixed).then_some((numeral, suffix))
}

/// Roman numeral with an ordinal suffix as one word ("XIXe", "IIIe", "Ier").
pub fn roman_ordinal(raw: &str) -> Option<f64> {
    let (num, _) = roman_numeral(raw).filter(|(_, suffix)| !suffix.is_empty())?;
    if num.len() == 1 && !matches!(num, "I" | "V" | "X") {
        return None;
    }
    let val = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
    let cs: Vec<i64> = num.chars().map(val).collect();
    let mut tot = 0i64;
    for k in 0..cs.len() {
        if k + 1 < cs.len() && cs[k] < cs[k + 1] {
            tot -= cs[k];
        } else {
            tot += cs[k];
        }
    }
    if tot <= 0 || tot > 3999 {
        return None;
    }
    Some(tot as f64)
}
