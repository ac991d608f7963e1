//! The tense of each sentence, against which a day or month without a year
//! is resolved (past: the one before the article date; future: the one after).

use crate::data::class;
use crate::tok::Toks;
use crate::*;

/// As many past as future cues: the nearest date in an article, else past.
const TIE: i8 = -2;

impl Recognizer {
    pub(crate) fn tenses(&self, t: &Toks, sentence: &[u32]) -> Vec<i8> {
        let n = t.len();
        let mut out = vec![0i8; n];
        let mut sents = 0;
        let mut s = 0;
        while s < n {
            let mut e = s;
            while e < n && sentence[e] == sentence[s] {
                e += 1;
            }
            let mut past = 0;
            let mut fut = 0;
            for k in s..e {
                let w = t.n(k);
                if w == "a" && t.raw(k) != "a" && t.raw(k) != "A" {
                    continue;
                }
                // a reflexive passé composé: "s'est exprimé", "se sont réunis"
                let reflexive = matches!(w, "est" | "sont") && k > s && matches!(t.n(k - 1), "s'" | "se");
                let cl = self.tb.class(w);
                let perfect = (cl & class::PAST_AUX != 0 && self.participle_follows(t, k + 1, e))
                    || (cl & class::ETRE_AUX != 0 && self.etre_participle_follows(t, k + 1, e));
                if cl & class::PAST_CUE != 0 || reflexive || perfect {
                    past += 1;
                } else if cl & class::FUTURE_CUE != 0 {
                    fut += 1;
                } else if w.len() > 5 && (w.ends_with("eront") || w.ends_with("iront") || w.ends_with("erons") || w.ends_with("erai") || w.ends_with("irai") || ((w.ends_with("dra") || w.ends_with("era") || w.ends_with("ira")) && !t.first_upper(k))) {
                    fut += 1;
                }
            }
            let v = if past > fut {
                -1
            } else if fut > past {
                1
            } else if past > 0 {
                // "il publiera sa dernière édition le 26 mars": no way to tell
                TIE
            } else {
                0
            };
            for x in out.iter_mut().take(e).skip(s) {
                *x = v;
            }
            sents += 1;
            s = e;
        }
        // an article (several sentences) reports events: a sentence without a tense cue takes
        // the nearest date ("contre 45 000 au mois de mai" in July → May before), not the next
        // one (Duckling's convention for a lone expression)
        let article = sents >= 3;
        for x in out.iter_mut() {
            *x = match *x {
                0 if article => NEAREST,
                TIE if article => NEAREST,
                TIE => -1,
                v => v,
            };
        }
        out
    }

    /// Whether the word from `k` on, just after an auxiliary (past "pas",
    /// "déjà" and the like), reads as a participle: a word, not a
    /// determiner, a number or an idiom's noun ("a lieu", "a 26 ans", "ont
    /// besoin").
    fn participle_follows(&self, t: &Toks, k: usize, end: usize) -> bool {
        let k = past_adverbs(t, k, end);
        k < end && t.is_word(k) && !self.tb.present_after.contains(t.n(k)) && !self.tb.words.contains_key(t.n(k))
    }

    /// Whether the word from `k` on, just after "est" or "sont", is the
    /// participle of a verb conjugated with être, in any gender and number:
    /// "décédé", "arrivées".
    fn etre_participle_follows(&self, t: &Toks, k: usize, end: usize) -> bool {
        let k = past_adverbs(t, k, end);
        k < end && {
            let w = t.n(k);
            let stem = |suffix: &str| w.strip_suffix(suffix).is_some_and(|s| self.tb.etre_verbs.contains(s));
            self.tb.etre_verbs.contains(w) || stem("e") || stem("s") || stem("es")
        }
    }
}

/// The first word from `k` on past the adverbs that sit between an
/// auxiliary and its participle ("a déjà annoncé", "n'est pas venu"; the
/// negation's "ne" comes before the auxiliary, and "né" folds to "ne").
fn past_adverbs(t: &Toks, mut k: usize, end: usize) -> usize {
    while k < end && matches!(t.n(k), "pas" | "y" | "en" | "deja" | "jamais" | "bien" | "aussi" | "alors" | "donc" | "egalement" | "notamment") {
        k += 1;
    }
    k
}
