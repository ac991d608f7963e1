//! Name lists: token sequences known to be entities of a label.
//!
//! Built from training entities, a gazetteer memorises them, and a tagger
//! trained with it learns to trust it blindly. So training features come from
//! a jackknifed gazetteer (each fold sees only the names of the other folds),
//! the way the tagger will meet unseen names at run time; the shipped model
//! keeps the gazetteer of all the training data.

use std::io::{self, Read, Write};
use std::sync::OnceLock;

use crate::clusters::read_u32;
use crate::frozen::{ModelBytes, WordTable};
use crate::label::Label;

/// Joins the tokens of a name in keys: a control character no token holds
/// ("2 571" is one token with a space).
pub(crate) const SEPARATOR: &str = "\u{1f}";

/// The longest name, in tokens, worth looking up.
pub const MAX_NAME_TOKENS: usize = 6;

#[derive(Default, Clone)]
pub struct Gazetteer {
    /// Token sequence joined by [`SEPARATOR`] → bit set of labels; 0 marks a proper
    /// prefix of a longer name, so that a lookup stops as soon as no name
    /// can continue.
    names: WordTable,
}

impl Gazetteer {
    pub fn add(&mut self, words: &[&str], label: Label) {
        if words.is_empty() || words.len() > MAX_NAME_TOKENS {
            return;
        }
        for n in 1..words.len() {
            self.names.entry(&words[..n].join(SEPARATOR));
        }
        *self.names.entry(&words.join(SEPARATOR)) |= 1 << label as u8;
    }

    /// For each token, the (label, is_first_token, name_length) of every
    /// listed name that covers it.
    pub fn matches(&self, words: &[&str]) -> Vec<Vec<(Label, bool, usize)>> {
        let mut out = vec![Vec::new(); words.len()];
        if self.names.is_empty() {
            return out;
        }
        let mut key = String::new();
        for start in 0..words.len() {
            key.clear();
            for end in start + 1..=(start + MAX_NAME_TOKENS).min(words.len()) {
                if end > start + 1 {
                    key.push_str(SEPARATOR);
                }
                key.push_str(words[end - 1]);
                let Some(labels) = self.names.get(&key) else { break };
                for label in Label::ALL {
                    if labels & (1 << label as u8) != 0 {
                        for (i, covered) in out[start..end].iter_mut().enumerate() {
                            covered.push((label, i == 0, end - start));
                        }
                    }
                }
            }
        }
        out
    }

    /// Writes the names (prefixes included) in the v2 layout, read in place
    /// by [`Gazetteer::read_frozen`].
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        self.names.write(out)
    }

    pub fn read_frozen(bytes: &ModelBytes, at: &mut usize) -> io::Result<Gazetteer> {
        Ok(Gazetteer { names: WordTable::read(bytes, at)? })
    }

    /// The names in the v1 layout (a gzip stream; models written before v2).
    pub fn read(input: &mut impl Read) -> io::Result<Gazetteer> {
        let count = read_u32(input)? as usize;
        let mut g = Gazetteer::default();
        for _ in 0..count {
            let len = read_u32(input)? as usize;
            let mut bytes = vec![0u8; len];
            input.read_exact(&mut bytes)?;
            let mut labels = [0u8];
            input.read_exact(&mut labels)?;
            let name = String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
            let words: Vec<&str> = name.split(SEPARATOR).collect();
            for label in Label::ALL {
                if labels[0] & (1 << label as u8) != 0 {
                    g.add(&words, label);
                }
            }
        }
        Ok(g)
    }
}

/// The country-name list, tokenised as article text is, built once.
pub fn countries() -> &'static Gazetteer {
    static COUNTRIES: OnceLock<Gazetteer> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let mut g = Gazetteer::default();
        for name in recense_places::country_names() {
            let words: Vec<&str> = recense_text::tokenize(name).iter().map(|t| t.text(name)).collect();
            g.add(&words, Label::Loc);
        }
        g
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_covering_name() {
        let mut g = Gazetteer::default();
        g.add(&["Costa", "Rica"], Label::Loc);
        g.add(&["Rica"], Label::Per);
        let m = g.matches(&["au", "Costa", "Rica", "."]);
        assert!(m[0].is_empty());
        assert_eq!(m[1], vec![(Label::Loc, true, 2)]);
        assert!(m[2].contains(&(Label::Loc, false, 2)) && m[2].contains(&(Label::Per, true, 1)));
        let mut bytes = Vec::new();
        g.write(&mut bytes).unwrap();
        let frozen = Gazetteer::read_frozen(&ModelBytes::Shared(bytes.into()), &mut 0).unwrap();
        assert_eq!(frozen.matches(&["au", "Costa", "Rica", "."]), m, "the frozen names match as the built ones");
    }

    #[test]
    fn country_list_has_french_names_tokenised() {
        let c = countries();
        assert_eq!(c.matches(&["Costa", "Rica"])[0], vec![(Label::Loc, true, 2)]);
        assert_eq!(c.matches(&["Bosnie-Herzégovine"])[0], vec![(Label::Loc, true, 1)]);
        assert!(c.matches(&["Interpol"])[0].is_empty());
    }
}
