//! The contract every recense output and gold file follows
//! (`spec/ANNOTATIONS.md`): the entity labels, quantity kinds, `approx`
//! values and event codes, each listed once, and the `text_sha256` that ties
//! offsets to their text. Readers (the evaluator) reject what is not here;
//! writers (the stages) test that what they emit is.

pub mod fold;
pub mod record;

use sha2::{Digest, Sha256};

/// Entity labels.
pub const LABELS: [&str; 5] = ["PER", "LOC", "ORG", "EVENT", "PRODUCT"];

/// Quantity kinds.
pub const KINDS: [&str; 11] = [
    "count", "number", "percent", "money", "measure", "age", "duration", "date", "time", "datetime", "ordinal",
];

/// How a quantity's value is qualified.
pub const APPROX: [&str; 5] = ["exact", "approx", "min", "max", "range"];

/// Declares the event codes once: the enum, `Event::ALL` and the codes.
macro_rules! events {
    ($($(#[$doc:meta])* $name:ident => $code:literal,)*) => {
        /// The spec's event codes (after GDELT's GKG counts, widened for French news).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Event {
            $($(#[$doc])* $name,)*
        }

        impl Event {
            /// Every event, in the spec's order; the model's class indexes.
            pub const ALL: &'static [Event] = &[$(Event::$name,)*];

            /// The spec's code ("ARREST").
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(Event::$name => $code,)*
                }
            }
        }
    };
}

events! {
    /// people arrested, detained
    Arrest => "ARREST",
    /// people rescued, freed, saved
    Rescue => "RESCUE",
    /// people killed, dead
    Kill => "KILL",
    /// people injured
    Wound => "WOUND",
    /// people missing
    Missing => "MISSING",
    /// people abducted, taken hostage
    Kidnap => "KIDNAP",
    /// people displaced, evacuated, refugees
    Displace => "DISPLACE",
    /// people, homes, things affected, damaged, closed, cancelled
    Affect => "AFFECT",
    /// goods, money, weapons seized
    Seize => "SEIZE",
    /// goods or money stolen
    Steal => "STEAL",
    /// people convicted; sentences
    Convict => "CONVICT",
    /// protesters, strikers
    Protest => "PROTEST",
    /// participants, members, partner countries
    Participate => "PARTICIPATE",
    /// checks, inspections, controls
    Inspect => "INSPECT",
    /// things watched, surveilled
    Monitor => "MONITOR",
    /// people or vehicles intercepted
    Intercept => "INTERCEPT",
    /// people or goods smuggled, trafficked
    Smuggle => "SMUGGLE",
    /// votes, seats, voters
    Vote => "VOTE",
    /// jobs created, cut, workers laid off
    Employ => "EMPLOY",
    /// money spent, cost, budget, damage
    Cost => "COST",
    /// a count or amount that fits none of the above
    Other => "OTHER",
}

impl Event {
    /// The event of a code ("ARREST"), `None` for an unknown one.
    pub fn parse(code: &str) -> Option<Event> {
        Event::ALL.iter().copied().find(|e| e.as_str() == code)
    }

    /// The index of the event in [`Event::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place name as the contract compares places: case folded, a leading
/// article or preposition dropped ("l'Argentine", "en Argentine" and
/// "Argentine" are one place).
pub fn fold_place(name: &str) -> String {
    const LEADING: [&str; 13] = ["à ", "au ", "aux ", "en ", "dans ", "le ", "la ", "les ", "l'", "l’", "de ", "du ", "des "];
    let mut s = name.trim().to_lowercase();
    while let Some(rest) = LEADING.iter().find_map(|w| s.strip_prefix(w)) {
        s = rest.trim_start().to_string();
    }
    s
}

/// The SHA-256 of bytes, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The contract's `text_sha256` of a text: the hash of its UTF-8 bytes.
pub fn text_sha256(text: &str) -> String {
    sha256_hex(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_code_parses_back_to_its_event() {
        for (index, event) in Event::ALL.iter().enumerate() {
            assert_eq!(Event::parse(event.as_str()), Some(*event));
            assert_eq!(event.index(), index);
        }
        assert_eq!(Event::parse("ARRESTED"), None);
        assert_eq!(Event::ALL.len(), 21);
    }

    #[test]
    fn places_fold_case_and_a_leading_article_or_preposition() {
        assert_eq!(fold_place("en Argentine"), "argentine");
        assert_eq!(fold_place("l’Argentine"), fold_place("Argentine"));
        assert_eq!(fold_place("Au Mali"), "mali");
    }

    #[test]
    fn text_sha256_is_the_hex_hash_of_the_utf8_bytes() {
        assert_eq!(text_sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(text_sha256("é"), sha256_hex("é".as_bytes()));
    }
}
