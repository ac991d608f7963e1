//! The tense of each sentence, against which a day or month without a year
//! is resolved (past: the one before the article date; future: the one after).

use crate::tok::Toks;
use crate::*;

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
                if self.tb.past_cues.contains(w) || reflexive {
                    past += 1;
                } else if self.tb.future_cues.contains(w) {
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
                -1
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
        if sents >= 3 {
            for x in out.iter_mut() {
                if *x == 0 {
                    *x = NEAREST;
                }
            }
        }
        out
    }
}
