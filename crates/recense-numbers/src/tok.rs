//! The recogniser's atoms: the text's tokens (recense-text) split into
//! runs of letters, runs of digits and single punctuation characters, with
//! byte offsets and their folded form (`recense_contract::fold`).

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

pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}' || c == '\u{feff}'
}

impl<'a> Toks<'a> {
    /// The atoms of the number grammar, from the text's tokens
    /// (`recense_text::tokenize`): each token is split into runs of digits,
    /// runs of letters (an elided word keeps its apostrophe) and single
    /// marks ("2 571" → "2" "571", "14h30" → "14" "h" "30"); what the
    /// tokenizer left between tokens is read the same way, so nothing it
    /// skipped as invisible is lost. The text's tokens decide where words
    /// end; this only splits them.
    pub fn from_tokens(text: &'a str, tokens: &[recense_text::Token]) -> Toks<'a> {
        let mut toks = Toks { text, v: Vec::with_capacity(tokens.len() * 2 + 4), norm: String::with_capacity(text.len() + 16) };
        let mut at = 0;
        for token in tokens {
            at = toks.split(at, token.start);
            at = toks.split(at.max(token.start), token.end);
        }
        toks.split(at, text.len());
        toks
    }

    /// The atoms of a table's phrase, read whole: a phrase is no article
    /// text, and an elided word may end it ("plus d'").
    pub fn of_phrase(phrase: &'a str) -> Toks<'a> {
        let mut toks = Toks { text: phrase, v: Vec::new(), norm: String::new() };
        toks.split(0, phrase.len());
        toks
    }

    /// Splits `text[from..to]` into atoms; returns where it stopped: past
    /// `to` when a run of letters ending there took the apostrophe after it
    /// ("d' années", where the tokenizer sees no elision).
    fn split(&mut self, from: usize, to: usize) -> usize {
        let text = self.text;
        let b = text.as_bytes();
        let mut i = from;
        while i < to {
            let c = text[i..].chars().next().unwrap();
            let cl = c.len_utf8();
            if is_space(c) {
                i += cl;
                continue;
            }
            let start = i;
            let ns = self.norm.len() as u32;
            if c.is_ascii_digit() {
                while i < to && b[i].is_ascii_digit() {
                    i += 1;
                }
                self.norm.push_str(&text[start..i]);
                self.v.push(Tok { s: start, e: i, kind: TK::Digits, ns, ne: self.norm.len() as u32 });
                continue;
            }
            if c.is_alphabetic() || c == 'µ' {
                let mut elided = false;
                for ch in text[i..to].chars() {
                    if ch.is_alphabetic() || ch == 'µ' {
                        push_folded(ch, &mut self.norm);
                        i += ch.len_utf8();
                    } else if is_apos(ch) {
                        push_folded(ch, &mut self.norm);
                        i += ch.len_utf8();
                        elided = true;
                        break;
                    } else {
                        break;
                    }
                }
                if i == to && !elided {
                    if let Some(apostrophe) = text[to..].chars().next().filter(|&ch| is_apos(ch)) {
                        push_folded(apostrophe, &mut self.norm);
                        i += apostrophe.len_utf8();
                    }
                }
                self.v.push(Tok { s: start, e: i, kind: TK::Word, ns, ne: self.norm.len() as u32 });
                continue;
            }
            push_folded(c, &mut self.norm);
            i += cl;
            self.v.push(Tok { s: start, e: i, kind: TK::Punct, ns, ne: self.norm.len() as u32 });
        }
        i.max(to)
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

    /// A word written as a name's, a capital then lower case, longer than
    /// an abbreviation: "Heures" in "les 24 Heures du Mans", not "H" nor
    /// a headline's "HEURES".
    pub fn capitalised_word(&self, i: usize) -> bool {
        let mut chars = self.raw(i).chars();
        let (first, second) = (chars.next(), chars.next());
        first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase) && self.raw(i).chars().count() > 3
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The atoms of the whole text read at once, as if the tokenizer had no say.
    fn atoms_of_whole(text: &str) -> Vec<(usize, usize, TK, String)> {
        atoms(&Toks::of_phrase(text))
    }

    fn atoms(t: &Toks) -> Vec<(usize, usize, TK, String)> {
        (0..t.len()).map(|i| (t.v[i].s, t.v[i].e, t.v[i].kind, t.n(i).to_string())).collect()
    }

    #[test]
    fn tokens_are_split_into_digit_runs_letter_runs_and_marks() {
        let text = "Le 14h30, l’ONU a compté 2 571 personnes (A380) : aujourd'hui.";
        let t = Toks::from_tokens(text, &recense_text::tokenize(text));
        let forms: Vec<&str> = (0..t.len()).map(|i| t.n(i)).collect();
        assert_eq!(
            forms,
            ["le", "14", "h", "30", ",", "l'", "onu", "a", "compte", "2", "571", "personnes", "(", "a", "380", ")", ":", "aujourd'", "hui", "."]
        );
    }

    proptest! {
        /// The text's tokens never cut an atom: splitting them gives what
        /// reading the whole text at once would.
        #[test]
        fn splitting_the_tokens_gives_the_atoms_of_the_whole_text(text in "[a-zA-Zéè0-9 '’\\-,.:;()/%€$h\n\u{a0}\u{202f}\u{ad}\u{200b}«»]{0,60}") {
            let t = Toks::from_tokens(&text, &recense_text::tokenize(&text));
            prop_assert_eq!(atoms(&t), atoms_of_whole(&text));
        }
    }
}
