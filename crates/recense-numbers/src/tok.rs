//! A small raw-text tokenizer for the recogniser: words, digit runs and single
//! punctuation characters, with byte offsets and their folded form
//! (`recense_contract::fold`).

use recense_contract::fold::push_folded;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TK {
    Word,
    Digits,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: TK,
    ns: u32,
    ne: u32,
}

pub struct Toks<'a> {
    pub text: &'a str,
    pub v: Vec<Tok>,
    norm: String,
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

#[allow(dead_code)]
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–' | '—' | '−')
}

pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}' || c == '\u{feff}'
}

impl<'a> Toks<'a> {
    pub fn new(text: &'a str) -> Toks<'a> {
        let mut v = Vec::with_capacity(text.len() / 4 + 4);
        let mut norm = String::with_capacity(text.len() + 16);
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = text[i..].chars().next().unwrap();
            let cl = c.len_utf8();
            if is_space(c) {
                i += cl;
                continue;
            }
            let start = i;
            let ns = norm.len() as u32;
            if c.is_ascii_digit() {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                norm.push_str(&text[start..i]);
                v.push(Tok { s: start, e: i, kind: TK::Digits, ns, ne: norm.len() as u32 });
                continue;
            }
            if c.is_alphabetic() || c == 'µ' {
                let mut j = i;
                let mut end_apos = false;
                for ch in text[i..].chars() {
                    if ch.is_alphabetic() || ch == 'µ' {
                        push_folded(ch, &mut norm);
                        j += ch.len_utf8();
                    } else if is_apos(ch) {
                        push_folded(ch, &mut norm);
                        j += ch.len_utf8();
                        end_apos = true;
                        break;
                    } else {
                        break;
                    }
                }
                let _ = end_apos;
                i = j;
                v.push(Tok { s: start, e: i, kind: TK::Word, ns, ne: norm.len() as u32 });
                continue;
            }
            push_folded(c, &mut norm);
            i += cl;
            v.push(Tok { s: start, e: i, kind: TK::Punct, ns, ne: norm.len() as u32 });
        }
        Toks { text, v, norm }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.v.len()
    }

    /// Normalised form of token i ("" when out of range).
    #[inline]
    pub fn n(&self, i: usize) -> &str {
        match self.v.get(i) {
            Some(t) => &self.norm[t.ns as usize..t.ne as usize],
            None => "",
        }
    }

    #[inline]
    pub fn raw(&self, i: usize) -> &str {
        match self.v.get(i) {
            Some(t) => &self.text[t.s..t.e],
            None => "",
        }
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TK> {
        self.v.get(i).map(|t| t.kind)
    }

    #[inline]
    pub fn is_digits(&self, i: usize) -> bool {
        self.kind(i) == Some(TK::Digits)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TK::Word)
    }

    #[inline]
    pub fn is_punct(&self, i: usize) -> bool {
        self.kind(i) == Some(TK::Punct)
    }

    /// Raw text between token i-1 and token i.
    #[inline]
    pub fn gap(&self, i: usize) -> &str {
        if i == 0 || i >= self.v.len() {
            return "";
        }
        &self.text[self.v[i - 1].e..self.v[i].s]
    }

    /// Token i touches token i-1 (no space between).
    #[inline]
    pub fn adj(&self, i: usize) -> bool {
        i > 0 && i < self.v.len() && self.v[i - 1].e == self.v[i].s
    }

    /// Gap before token i is whitespace without a line break (or nothing).
    #[inline]
    pub fn soft(&self, i: usize) -> bool {
        i > 0 && i < self.v.len() && !self.gap(i).contains('\n')
    }

    /// Gap before token i is exactly one space-like char (thousands separator).
    pub fn single_space(&self, i: usize) -> bool {
        let g = self.gap(i);
        let mut it = g.chars();
        matches!((it.next(), it.next()), (Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'), None))
    }

    pub fn first_upper(&self, i: usize) -> bool {
        self.raw(i).chars().next().map(|c| c.is_uppercase()).unwrap_or(false)
    }

    pub fn digit_val(&self, i: usize) -> Option<u64> {
        if !self.is_digits(i) {
            return None;
        }
        let r = self.raw(i);
        if r.len() > 18 {
            return None;
        }
        r.parse().ok()
    }

    #[allow(dead_code)]
    pub fn is(&self, i: usize, s: &str) -> bool {
        self.n(i) == s
    }
}
