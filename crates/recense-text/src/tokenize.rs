//! A hand-written tokenizer for French news text.
//!
//! It walks the text once, byte by byte with a fast path for ASCII, and
//! records both byte and code-point offsets so that later stages can slice
//! the `&str` cheaply and still report offsets in the annotation convention
//! (code points, end exclusive).

/// What a token is, as a cheap feature for later stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens and inner apostrophes
    /// ("Royaume-Uni", "aujourd'hui", "A380", "SLC-40").
    Word,
    /// An elided article, pronoun or conjunction with its apostrophe
    /// ("l’", "d'", "qu’", "jusqu'").
    Elision,
    /// A pronoun attached by a hyphen after a verb ("-t-il", "-elle").
    Clitic,
    /// Digits, with thousands groups and a decimal part ("2 571", "1,5").
    Number,
    /// A clock time written as one word ("14h30", "7h44").
    Time,
    /// An ordinal in digits or Roman numerals ("1er", "2e", "XIXe").
    Ordinal,
    /// An abbreviation or an initial, dot included ("M.", "J.-C.", "etc.", "n°").
    Abbrev,
    /// A web address ("https://…", "www.…").
    Url,
    /// An e-mail address.
    Email,
    /// Sentence and clause punctuation, quotes, brackets, dashes, ellipses.
    Punct,
    /// Any other non-alphanumeric character ("%", "€", "°", "/").
    Symbol,
}

/// One token: byte offsets for slicing, code-point offsets for annotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Code-point offset of the first character.
    pub cp_start: usize,
    /// Code-point offset just past the last character.
    pub cp_end: usize,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in the source it was produced from.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// Words that drop their vowel before another word and keep an apostrophe.
const ELIDED_WORDS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Pronouns that a hyphen attaches after a verb ("dit-elle", "allons-y").
const CLITIC_PRONOUNS: &[&str] = &[
    "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "le", "la", "les", "lui",
    "leur", "y", "en", "ce", "moi", "toi",
];

/// Abbreviations that keep their final dot, compared case-sensitively.
/// Single capital letters ("M.", initials such as "J.") are handled apart.
const ABBREVIATIONS: &[&str] = &[
    "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "St", "Ste", "Cie", "Sté",
    "etc", "cf", "Cf", "env", "vol", "av", "apr", "p", "ex", "art", "chap", "éd", "fig", "hab",
    "tél", "vs", "ibid", "op", "cit", "coll", "dir", "Jr", "bd", "janv", "févr", "fév", "avr",
    "juil", "sept", "oct", "nov", "déc",
];

/// Suffixes that turn a number into an ordinal ("1er", "2e", "3ème", "2nd").
const ORDINAL_SUFFIXES: &[&str] = &[
    "er", "re", "ère", "e", "ème", "es", "ers", "res", "èmes", "nd", "nde", "nds", "ndes",
];

/// Suffixes that turn a Roman numeral into an ordinal ("XIXe", "Ier").
const ROMAN_ORDINAL_SUFFIXES: &[&str] = &["e", "ème", "es"];

/// Splits French text into tokens, with byte and code-point offsets.
///
/// Rules worth knowing:
/// - Elision splits after the apostrophe (`’` or `'`) of a known elided word:
///   "d’Interpol" → "d’", "Interpol"; other inner apostrophes stay inside the
///   word ("aujourd'hui", "quelqu'un").
/// - Hyphens join ("Royaume-Uni", "quatre-vingt-dix", "Saint-Dizier") except
///   before a trailing clitic pronoun: "a-t-il" → "a", "-t-il";
///   "dit-elle" → "dit", "-elle". A pronoun-like part followed by more
///   hyphenated parts is part of a name ("Aix-en-Provence").
/// - Thousands grouping: digit groups separated by one space, U+00A0,
///   U+202F or a dot are joined only when the first group has 1–3 digits
///   and every following group has exactly 3 digits ("2 571", "24 000",
///   "1 234 567,89", "3.500"). A 4-digit first group is never grouped, so
///   "en 2021 2 571 personnes" gives "2021", "2 571"; "les 12 15 ans" stays
///   three tokens. A decimal part after `,` or `.` is kept ("12,5").
/// - Digit-led ranges with a hyphen ("2011-2012") are split; letter-led
///   identifiers keep it ("SLC-40").
/// - Abbreviations keep their dot ("M.", "Mme", "etc.", "av.", "J.-C.",
///   "n°"), and so do single capital initials ("J."), which means a
///   sentence ending in a lone capital letter keeps its dot on the letter.
/// - Ellipses ("...", "…") are one token; quotes, "%" and currency signs are
///   tokens of their own.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        // French prose runs five to six bytes a token and dense figures four:
        // reserving for four spares a long article the copy a doubling makes
        // (pages never written stay out of memory)
        tokens: Vec::with_capacity(text.len() / 4 + 1),
        cp_cursor: (0, 0),
    };
    scanner.run();
    scanner.tokens
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    tokens: Vec<Token>,
    /// The last (byte, code point) pair computed, so that code points are
    /// counted only once over the whole text.
    cp_cursor: (usize, usize),
}

impl Scanner<'_> {
    fn run(&mut self) {
        let mut i = 0;
        while i < self.bytes.len() {
            let (c, len) = self.char_at(i);
            if c.is_whitespace() || is_invisible(c) {
                i += len;
                continue;
            }
            i = if c.is_ascii_digit() {
                self.number(i)
            } else if is_word_char(c) {
                self.word(i)
            } else {
                self.punctuation(i, c, len)
            };
        }
    }

    /// Decodes the character at byte `i`, with a fast path for ASCII.
    #[inline]
    fn char_at(&self, i: usize) -> (char, usize) {
        let b = self.bytes[i];
        if b < 0x80 {
            (b as char, 1)
        } else {
            let c = self.text[i..].chars().next().expect("i is a char boundary");
            (c, c.len_utf8())
        }
    }

    #[inline]
    fn char_at_opt(&self, i: usize) -> Option<char> {
        (i < self.bytes.len()).then(|| self.char_at(i).0)
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        let (cursor_byte, cursor_cp) = self.cp_cursor;
        let cp_start = cursor_cp + count_chars(&self.bytes[cursor_byte..start]);
        let cp_end = cp_start + count_chars(&self.bytes[start..end]);
        self.cp_cursor = (end, cp_end);
        self.tokens.push(Token {
            start,
            end,
            cp_start,
            cp_end,
            kind,
        });
    }

    fn digits_end(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && self.bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// Byte length of a thousands separator at `i`, if there is one.
    fn group_separator_len(&self, i: usize) -> Option<usize> {
        match self.char_at_opt(i)? {
            ' ' | '.' => Some(1),
            '\u{A0}' => Some(2),
            '\u{202F}' => Some(3),
            _ => None,
        }
    }

    fn number(&mut self, start: usize) -> usize {
        let first_end = self.digits_end(start);
        let mut end = first_end;

        if first_end - start <= 3 {
            let mut separator = None;
            while let Some(sep_len) = self.group_separator_len(end) {
                let sep = self.bytes[end];
                if separator.is_some_and(|s| s != sep) {
                    break;
                }
                let group_end = self.digits_end(end + sep_len);
                if group_end - (end + sep_len) != 3 {
                    break;
                }
                separator = Some(sep);
                end = group_end;
            }
        }
        // Decimal part, or further dotted parts ("22.05.2012", "12.10").
        while end + 1 < self.bytes.len()
            && matches!(self.bytes[end], b',' | b'.')
            && self.bytes[end + 1].is_ascii_digit()
        {
            end = self.digits_end(end + 1);
        }

        if end == first_end {
            if let Some(time_end) = self.clock_time_end(first_end, start) {
                self.push(start, time_end, TokenKind::Time);
                return time_end;
            }
            let suffix_end = self.word_chars_end(first_end);
            if suffix_end > first_end {
                let suffix = &self.text[first_end..suffix_end];
                let kind = if ORDINAL_SUFFIXES.contains(&suffix) {
                    TokenKind::Ordinal
                } else {
                    TokenKind::Word
                };
                self.push(start, suffix_end, kind);
                return suffix_end;
            }
        }
        self.push(start, end, TokenKind::Number);
        end
    }

    /// End of "14h30" / "7h" when `h_at` holds the "h" after 1–2 digits.
    fn clock_time_end(&self, h_at: usize, start: usize) -> Option<usize> {
        if h_at - start > 2 || self.bytes.get(h_at) != Some(&b'h') {
            return None;
        }
        let minutes_end = self.digits_end(h_at + 1);
        let minutes = minutes_end - (h_at + 1);
        let closed = self
            .char_at_opt(minutes_end)
            .map_or(true, |c| !is_word_char(c));
        (closed && (minutes == 0 || minutes == 2)).then_some(minutes_end)
    }

    /// End of a run of letters and digits, without hyphens or apostrophes.
    fn word_chars_end(&self, mut i: usize) -> usize {
        while i < self.bytes.len() {
            let (c, len) = self.char_at(i);
            if !is_word_char(c) {
                break;
            }
            i += len;
        }
        i
    }

    fn word(&mut self, start: usize) -> usize {
        let mut end = self.word_chars_end(start);
        let first = &self.text[start..end];

        let url_scheme = ["http", "https", "www"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(first));
        if let Some(url_end) = url_scheme.then(|| self.url_end(start)).flatten() {
            self.push(start, url_end, TokenKind::Url);
            return url_end;
        }
        let may_be_email = matches!(
            self.bytes.get(end),
            Some(b'@' | b'.' | b'_' | b'-' | b'+' | b'%')
        );
        if let Some(email_end) = may_be_email.then(|| self.email_end(start)).flatten() {
            self.push(start, email_end, TokenKind::Email);
            return email_end;
        }
        if first == "J" && self.text[start..].starts_with("J.-C.") {
            self.push(start, start + 5, TokenKind::Abbrev);
            return start + 5;
        }

        if let Some(apostrophe_len) = self.joining_apostrophe(end) {
            if ELIDED_WORDS.iter().any(|e| e.eq_ignore_ascii_case(first)) {
                let elision_end = end + apostrophe_len;
                self.push(start, elision_end, TokenKind::Elision);
                return elision_end;
            }
        }
        if let Some(end) = self.abbreviation_end(start, end) {
            self.push(start, end, TokenKind::Abbrev);
            return end;
        }
        if is_roman_ordinal(first) {
            self.push(start, end, TokenKind::Ordinal);
            return end;
        }

        // Extend over inner hyphens and apostrophes until a clitic or a gap.
        loop {
            if let Some(apostrophe_len) = self.joining_apostrophe(end) {
                end = self.word_chars_end(end + apostrophe_len);
                continue;
            }
            let Some(hyphen_len) = self.joining_hyphen(end) else {
                break;
            };
            let part_start = end + hyphen_len;
            let part_end = self.word_chars_end(part_start);
            if let Some(clitic_end) = self.clitic_end(part_start, part_end) {
                self.push(start, end, TokenKind::Word);
                self.push(end, clitic_end, TokenKind::Clitic);
                return clitic_end;
            }
            end = part_end;
        }
        self.push(start, end, TokenKind::Word);
        end
    }

    /// Byte length of an apostrophe at `i` that has a letter right after it;
    /// the modifier letter and the acute accent stand in for it in names
    /// ("Cléac´h").
    fn joining_apostrophe(&self, i: usize) -> Option<usize> {
        let len = match self.char_at_opt(i)? {
            '\'' => 1,
            c @ ('’' | 'ʼ' | '´') => c.len_utf8(),
            _ => return None,
        };
        self.char_at_opt(i + len)
            .filter(|c| c.is_alphabetic())
            .map(|_| len)
    }

    /// Byte length of a hyphen at `i` that has a letter or digit right after it.
    fn joining_hyphen(&self, i: usize) -> Option<usize> {
        let len = match self.char_at_opt(i)? {
            '-' => 1,
            '\u{2010}' | '\u{2011}' => 3,
            _ => return None,
        };
        self.char_at_opt(i + len)
            .filter(|&c| is_word_char(c))
            .map(|_| len)
    }

    /// End of a clitic starting at the hyphen before `part_start`: the part is
    /// a pronoun that ends the hyphenated chain, or the euphonic "t" before one.
    fn clitic_end(&self, part_start: usize, part_end: usize) -> Option<usize> {
        let part = &self.text[part_start..part_end];
        if part == "t" {
            let hyphen_len = self.joining_hyphen(part_end)?;
            let pronoun_end = self.word_chars_end(part_end + hyphen_len);
            let pronoun = &self.text[part_end + hyphen_len..pronoun_end];
            let ends_chain = self.joining_hyphen(pronoun_end).is_none();
            return (ends_chain && ["il", "elle", "on", "ils", "elles"].contains(&pronoun))
                .then_some(pronoun_end);
        }
        let ends_chain =
            self.joining_hyphen(part_end).is_none() && self.joining_apostrophe(part_end).is_none();
        (ends_chain && CLITIC_PRONOUNS.contains(&part)).then_some(part_end)
    }

    /// End of an abbreviation whose letters are `start..word_end`, dot included.
    fn abbreviation_end(&self, start: usize, word_end: usize) -> Option<usize> {
        let word = &self.text[start..word_end];
        let next = self.char_at_opt(word_end);
        if (word == "n" || word == "N") && next == Some('°') {
            return Some(word_end + '°'.len_utf8());
        }
        if next != Some('.') {
            return None;
        }
        let mut chars = word.chars();
        let single_capital =
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
        if single_capital {
            // Initials and dotted acronyms: "J.", "U.S.A.".
            let mut end = word_end + 1;
            // Only ASCII capitals continue an acronym, so `end + 1` is a char boundary.
            while self.char_at_opt(end).is_some_and(|c| c.is_ascii_uppercase()) && self.char_at_opt(end + 1) == Some('.') {
                end += 2;
            }
            return Some(end);
        }
        ABBREVIATIONS.contains(&word).then_some(word_end + 1)
    }

    fn url_end(&self, start: usize) -> Option<usize> {
        let rest = &self.bytes[start..];
        let scheme = [&b"https://"[..], b"http://", b"www."]
            .into_iter()
            .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p))?;
        let mut end = start + scheme.len();
        while end < self.bytes.len() {
            let (c, len) = self.char_at(end);
            if c.is_whitespace() || matches!(c, '«' | '»' | '“' | '”' | '"' | '<' | '>') {
                break;
            }
            end += len;
        }
        // Trailing punctuation belongs to the sentence, not the address.
        while end > start + scheme.len()
            && matches!(
                self.bytes[end - 1],
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'\''
            )
        {
            end -= 1;
        }
        Some(end)
    }

    fn email_end(&self, start: usize) -> Option<usize> {
        let is_local =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
        let mut at = start;
        while at < self.bytes.len() && is_local(self.bytes[at]) {
            at += 1;
        }
        if self.bytes.get(at) != Some(&b'@') {
            return None;
        }
        let mut end = at + 1;
        while end < self.bytes.len()
            && (self.bytes[end].is_ascii_alphanumeric() || matches!(self.bytes[end], b'.' | b'-'))
        {
            end += 1;
        }
        while end > at + 1 && self.bytes[end - 1] == b'.' {
            end -= 1;
        }
        let domain = &self.text[at + 1..end];
        let has_tld = domain
            .rsplit_once('.')
            .is_some_and(|(host, tld)| !host.is_empty() && tld.len() >= 2);
        has_tld.then_some(end)
    }

    fn punctuation(&mut self, start: usize, c: char, len: usize) -> usize {
        let (end, kind) = match c {
            '.' => {
                let mut end = start + 1;
                while self.bytes.get(end) == Some(&b'.') {
                    end += 1;
                }
                (end, TokenKind::Punct)
            }
            '!' | '?' => {
                let mut end = start + 1;
                while matches!(self.bytes.get(end), Some(b'!' | b'?')) {
                    end += 1;
                }
                (end, TokenKind::Punct)
            }
            _ if is_punct(c) => (start + len, TokenKind::Punct),
            _ => {
                // Keep combining marks on their base symbol.
                let mut end = start + len;
                while let Some(next) = self.char_at_opt(end).filter(|&n| is_combining(n)) {
                    end += next.len_utf8();
                }
                (end, TokenKind::Symbol)
            }
        };
        self.push(start, end, kind);
        end
    }
}

/// Letters, digits and the invisible marks that live inside words (combining
/// accents, the soft hyphen used for line-breaking hints in the corpus).
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining(c) || c == '\u{AD}'
    }
}

/// Zero-width characters that separate nothing visible and carry no token.
#[inline]
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

#[inline]
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | '-'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '…'
            | '–'
            | '—'
            | '‐'
            | '‑'
            | '‒'
            | '―'
            | '¿'
            | '¡'
    )
}

/// "XIXe", "Ier", "IIIe", "Ve": Roman numerals of I, V and X only, since
/// letters such as L, C, D and M would turn "Le" or "Me" into ordinals;
/// "er" only after "I", so that "Ver" stays a word.
fn is_roman_ordinal(word: &str) -> bool {
    let numeral_len = word
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    let suffix = &word[numeral_len..];
    numeral_len > 0 && (ROMAN_ORDINAL_SUFFIXES.contains(&suffix) || word == "Ier")
}

/// Counts code points in valid UTF-8 by skipping continuation bytes.
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}
