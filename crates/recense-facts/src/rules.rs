//! The cue rules: what a candidate's own words (its governing noun or verb,
//! its predicate, its counted noun) and its sentence say it measures. Their
//! verdicts are evidence for the learned event model (`model.rs`), not the
//! last word.

use crate::context::{is_infinitive_form, is_participle_form, Cand, Doc, SENTENCE_REACH};
use crate::cues::{Class, Role};
use crate::Event;
use recense_numbers::Kind;

/// How many candidates back a count may find the one it continues.
const ANTECEDENT_REACH: usize = 8;

/// Tokens a right-hand scan for a predicate looks at, at most.
const RIGHT_WINDOW: usize = 30;
/// Tokens a left-hand scan for a governing verb skips, at most.
const LEFT_SKIPS: usize = 5;
/// Tokens an apposition after a subject count may span ("deux policiers,
/// de la police routière, ont …").
const APPOSITION_REACH: usize = 8;
/// Tokens back from a quantity where the verb it is the object of may stand,
/// past an adjunct ("a blessé au couteau six").
const ADJUNCT_REACH: usize = 5;
/// Tokens back from a figure's verb where its subject noun may stand.
const MEASURED_SUBJECT_REACH: usize = 10;
/// Tokens back from a quantity where a "parmi les X" still frames it.
const AMONG_REACH: usize = 8;
/// How many words a listed count's noun may run to ("40 Israéliens", "deux
/// jeunes Américains").
const LISTED_NOUN_WORDS: usize = 3;


/// Past participles the lemma table reads as nouns or adjectives ("pris",
/// "prise"), with their infinitive.
const IRREGULAR_PARTICIPLES: [(&str, &str); 3] = [("pris", "prendre"), ("prise", "prendre"), ("prises", "prendre")];

impl Doc<'_> {
    /// "le sauvetage de 430", "la suppression [de 8 000 à 10 000]", "collaboration avec 116".
    pub(crate) fn governing_noun(&self, c: &Cand) -> Option<Event> {
        // "la mort de « plus de 60 terroristes »": the noun is past the quote
        let quoted = c.s > 1 && matches!(&self.low[c.s - 1], "«" | "\"" | "“") && self.same_sentence(c.s - 1, c.s);
        let s = if quoted { c.s - 1 } else { c.s };
        let (prep, noun) = if matches!(&self.low[s], "de" | "d'") && s > 0 {
            ("de".to_string(), s - 1)
        } else if s >= 2 && self.same_sentence(s, s - 1) {
            let p = match &self.low[s - 1] {
                "d'" | "des" | "du" => "de".to_string(),
                other => other.to_string(),
            };
            (p, s - 2)
        } else {
            return None;
        };
        if !self.same_sentence(noun, s) {
            return None;
        }
        self.cue(noun, &Role::Noun(prep), c.class).flatten()
    }

    /// A verb to the left whose object the quantity is.
    pub(crate) fn left_verb(&self, c: &Cand) -> (Option<Event>, bool) {
        let mut j = c.s;
        let mut skipped = 0;
        while j > 0 && skipped <= LEFT_SKIPS {
            j -= 1;
            if !self.same_sentence(j, c.s) || self.q_at[j].is_some() {
                return (None, false);
            }
            if let Some(ev) = self.cue(j, &Role::Verb, c.class) {
                return (ev, true);
            }
            // "financé pour 3,5 milliards de pesos": an amount's verb is past "pour"
            let price = c.class == Class::Money && &self.low[j] == "pour";
            if self.is("skip-left", j) || self.is("aux", j) || price {
                skipped += 1;
                continue;
            }
            if self.is_verb(j) {
                // "condamnée à verser": a verb without cue in the infinitive
                // after à/de passes the object on to the verb before
                if j >= 2 && matches!(&self.low[j - 1], "à" | "de" | "d'") && !self.is("aux", j) {
                    skipped += 1;
                    j -= 1;
                    continue;
                }
                return (None, true);
            }
            // "volés dans les cinq banques": the verb of a place complement
            if self.is_word(j) {
                let prep = self.low[j].to_string();
                let mut k = j;
                let mut n = 0;
                while k > 0 && n < 3 {
                    k -= 1;
                    if !self.same_sentence(k, j) {
                        break;
                    }
                    if let Some(ev) = self.cue(k, &Role::VerbPrep(prep.clone()), c.class) {
                        return (ev, true);
                    }
                    if !(self.is("aux", k) || self.is("skip-left", k)) {
                        break;
                    }
                    n += 1;
                }
            }
            return (None, false);
        }
        (None, false)
    }

    /// The predicate of a quantity that is a subject: "45 autres victimes
    /// ont été libérés", "Trois jeunes femmes … sont mortes", "29 supporteurs
    /// blessés" (a twin before a link, "14 mineurs et 45 …", gets it through
    /// the coordination rule).
    pub(crate) fn right_predicate(&self, c: &Cand) -> Option<Event> {
        let n = self.toks.len();
        let (seg, depth) = (self.seg[c.s], self.paren[c.s]);
        let mut k = c.e;
        let end = (c.e + RIGHT_WINDOW).min(n);
        while k < end {
            if !self.same_sentence(k, c.s) {
                return None;
            }
            if self.paren[k] > depth {
                k += 1;
                continue;
            }
            if self.seg[k] != seg || self.is("stop-right", k) {
                return None;
            }
            // another count after a link has its own predicate ("20 morts
            // jeudi et 4 000 personnes ont été secourues"); a coordinated twin
            // shares it through the coordination rule, and a whole ("217 des
            // 441 représentants ont voté") is no other count
            let other_count = self.q_at[k].is_some_and(|q| q != c.q && self.quantities[q].kind == Kind::Count);
            if other_count && matches!(&self.low[k - 1], "et" | "ou" | "," | "mais") {
                return None;
            }
            if self.q_at[k].is_none() {
                let w = &self.low[k];
                let participle = is_participle_form(w);
                // an auxiliary or adverb-and-auxiliary before: "ont été grièvement blessées"
                let aux_before = (k.saturating_sub(3)..k).any(|j| j >= c.e && self.is("aux", j));
                if let Some(ev) = self.cue(k, &Role::Verb, c.class) {
                    // "1,3 million d'électeurs se sont déplacés": moving oneself is no displacement
                    let reflexive = (c.e..k).any(|j| matches!(&self.low[j], "se" | "s'"));
                    // a bare participle is an adjective or a noun ("d'anciens détenus")
                    if (!participle || aux_before || self.modifies_counted_noun(c, k)) && !(reflexive && ev == Some(Event::Displace)) {
                        return ev;
                    }
                } else if self.is_verb(k)
                    && !participle
                    && !self.is("aux", k)
                    && !is_infinitive_form(w)
                    // after a determiner or preposition it is a noun ("un réseau de fraude")
                    && !matches!(&self.low[k - 1], "de" | "d'" | "du" | "des" | "le" | "la" | "les" | "l'" | "un" | "une" | "à" | "au" | "aux" | "en" | "sa" | "son" | "ses" | "leur" | "leurs" | "cette" | "ce" | "ces")
                {
                    // another finite verb: the quantity's predicate has no cue,
                    // unless it is the verb of a relative clause ("qui contrôlent")
                    let relative = (k.saturating_sub(3)..k).any(|j| matches!(&self.low[j], "qui" | "que" | "qu'" | "dont" | "où"));
                    if !relative {
                        return None;
                    }
                }
            }
            k += 1;
        }
        None
    }

    /// Whether the participle at `k` follows the quantity's counted noun, an
    /// adjective and an adverb at most between: a reduced passive ("29
    /// supporteurs blessés", "deux églises coptes visées", "trois personnes
    /// grièvement blessées"), not a participle used as the noun itself
    /// ("d'anciens détenus"). The noun is told from a participle by its
    /// ending, so a noun that ends like one ("enfants", "soldats") is left
    /// out: known gap, since reading it as a verb form instead measured flat
    /// and would have meant retraining the event model (stop 27).
    fn modifies_counted_noun(&self, c: &Cand, k: usize) -> bool {
        let mut noun = c.e;
        while noun < k && self.is("prenominal", noun) {
            noun += 1;
        }
        if !(noun < k && self.is_word(noun) && !is_participle_form(&self.low[noun])) {
            return false;
        }
        // what may stand between: an adjective (a plain lower-case word, no
        // verb or participle) then an adverb
        let mut i = noun + 1;
        let adjective = |i: usize| {
            self.is_word(i)
                && !self.is_verb(i)
                && !is_participle_form(&self.low[i])
                && !self.is_function_word(i)
                && self.toks[i].text(self.text).chars().next().is_some_and(char::is_lowercase)
        };
        if i < k && adjective(i) {
            i += 1;
        }
        if i < k && self.low[i].ends_with("ment") {
            i += 1;
        }
        i == k
    }

    /// A reduced passive after the counted noun the quantity names, whatever
    /// the noun's ending: "16 000 clients touchés", "des milliers d'habitants
    /// évacués", "huit enfants choqués et légèrement blessés" — the nouns in
    /// -t(s) that `modifies_counted_noun` must leave out, since it tells a
    /// noun from a participle by its ending alone. Participles joined by "et"
    /// and adverbs may come before the cue; a cue in the unlearnt tier.
    fn participle_after_named_noun(&self, c: &Cand) -> Option<Event> {
        let noun = self.named_noun(c)?;
        let mut k = noun + 1;
        // a coordinated noun first: "huit enfants et un adulte choqués"
        if self.low.get(k).is_some_and(|w| w == "et") && k + 2 < self.toks.len() && matches!(&self.low[k + 1], "un" | "une") && self.is_word(k + 2) && !self.is_verb(k + 2) {
            k += 3;
        }
        let end = (k + 6).min(self.toks.len());
        while k < end && self.same_sentence(k, c.s) {
            let w = &self.low[k];
            if let Some(ev) = self.verb_cue_of_any_participle(k, c.class).filter(|_| is_participle_form(w)) {
                return Some(ev);
            }
            let joins = w == "et" || w.ends_with("ment");
            if !(joins || (is_participle_form(w) && self.is_word(k) && !self.is_function_word(k))) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The verb cue of token `k`, a participle in -u included: the lemma
    /// table reads "détenus", "perdu", "abattus" as adjectives or nouns, and
    /// the learnt rules guess infinitives for -é and -i forms only; here
    /// "détenus" is also tried as "détenir" and "perdu la vie" as "perdre
    /// la vie".
    fn verb_cue_of_any_participle(&self, k: usize, class: Class) -> Option<Event> {
        if let Some(ev) = self.cue(k, &Role::Verb, class) {
            return ev;
        }
        let w = &self.low[k];
        // the verb, or a multi-word cue it opens ("perdu la vie": "perdre la vie")
        let cue_of = |verb: &str| {
            let phrases = self.phrases_at(k, verb).find_map(|p| self.cues.get(p, &Role::Verb, class).flatten());
            self.cues.get(verb, &Role::Verb, class).flatten().or(phrases)
        };
        if let Some((_, verb)) = IRREGULAR_PARTICIPLES.iter().find(|(p, _)| *p == w) {
            return cue_of(verb);
        }
        let stem = ["ues", "us", "ue", "u"].iter().find_map(|suf| w.strip_suffix(suf)).filter(|stem| stem.chars().count() >= 3)?;
        ["ir", "re"].iter().find_map(|inf| cue_of(&format!("{stem}{inf}")))
    }

    /// "On dénombre 68 enfants parmi les victimes": a count whose noun is
    /// framed by "parmi" and a noun that names an event right after it. A
    /// cue in the unlearnt tier.
    fn among_after(&self, c: &Cand) -> Option<Event> {
        let noun = self.named_noun(c)?;
        let parmi = (noun + 1..(noun + 3).min(self.toks.len())).find(|&k| self.same_sentence(k, c.s) && &self.low[k] == "parmi")?;
        let framing = (parmi + 1..(parmi + 3).min(self.toks.len())).find(|&k| self.same_sentence(k, c.s) && self.is_word(k) && !self.is_function_word(k))?;
        self.cue(framing, &Role::Counted, c.class).flatten().or_else(|| self.cues.get(self.lemma(framing), &Role::Counted, c.class).flatten())
    }

    /// The token of the noun the recogniser counted, right after the count
    /// (past pre-nominal words and "de"): "16 000 [clients]", "plusieurs
    /// milliers d'[habitants]".
    fn named_noun(&self, c: &Cand) -> Option<usize> {
        let unit = self.counted_word(c.q).filter(|_| c.class == Class::Count)?;
        let mut noun = c.e;
        // a few pre-nominal words at most: the walk stays bounded in "mille jeunes mille jeunes …"
        while noun < self.toks.len() && noun < c.e + 3 && self.is("prenominal", noun) && self.same_sentence(noun, c.s) {
            noun += 1;
        }
        let named = noun < self.toks.len() && self.same_sentence(noun, c.s) && (self.lemma(noun) == unit || &self.low[noun] == unit);
        named.then_some(noun)
    }

    /// The predicate of a subject count past an apposition between commas:
    /// "deux policiers, de la police routière, ont perdu la vie". A cue in
    /// the unlearnt tier.
    fn predicate_past_an_apposition(&self, c: &Cand) -> Option<Event> {
        let noun = self.named_noun(c)?;
        let n = self.toks.len();
        if noun + 1 >= n || &self.low[noun + 1] != "," {
            return None;
        }
        let close = (noun + 2..(noun + 2 + APPOSITION_REACH).min(n))
            .take_while(|&k| self.same_sentence(k, c.s) && self.q_at[k].is_none())
            .find(|&k| &self.low[k] == ",")?;
        self.predicate_from(c, close + 1)
    }

    /// The predicate of a subject count whose participle the lemma table
    /// reads as a noun: "douze surveillants ont été pris en otage", "5 000
    /// personnes ont pris part à la marche". A cue in the unlearnt tier.
    fn predicate_of_an_irregular_participle(&self, c: &Cand) -> Option<Event> {
        let noun = self.named_noun(c)?;
        let k = self.predicate_token(c, noun + 1)?;
        IRREGULAR_PARTICIPLES.iter().any(|(p, _)| *p == &self.low[k]).then(|| self.verb_cue_of_any_participle(k, c.class)).flatten()
    }

    /// The verb cue at token `from` of the count `c`'s sentence, past
    /// auxiliaries and adverbs.
    fn predicate_from(&self, c: &Cand, from: usize) -> Option<Event> {
        let k = self.predicate_token(c, from)?;
        self.verb_cue_of_any_participle(k, c.class)
    }

    /// The first token from `from` of the count `c`'s sentence that is
    /// neither an auxiliary nor an adverb (four tokens at most).
    fn predicate_token(&self, c: &Cand, from: usize) -> Option<usize> {
        (from..(from + 4).min(self.toks.len()))
            .take_while(|&k| self.same_sentence(k, c.s))
            .find(|&k| !(self.is("aux", k) || self.low[k].ends_with("ment")))
    }

    /// A cue verb whose object the quantity is, past what `left_verb` does
    /// not cross: an adverb, an opening quote or a short phrase opened by a
    /// preposition of manner ("a blessé au couteau six personnes", "ont tué
    /// par balles deux policiers", "a blessé grièvement trois passants",
    /// "avait coûté « 381 759 euros"), never an object ("a tué le père de
    /// trois enfants"). A cue in the unlearnt tier.
    fn verb_past_an_adjunct(&self, c: &Cand) -> Option<Event> {
        let verb = (c.s.saturating_sub(ADJUNCT_REACH + 1)..c.s)
            .rev()
            .take_while(|&j| self.same_sentence(j, c.s) && self.q_at[j].is_none())
            .find(|&j| self.cue(j, &Role::Verb, c.class).is_some())?;
        // the quantity must be the verb's object, not a preposition's ("blessé
        // par cinq balles", "achetée à Sanofi à 20 euros")
        const PREPOSITIONS: [&str; 7] = ["à", "au", "aux", "par", "avec", "sans", "en"];
        if c.s == 0 || PREPOSITIONS.contains(&&self.low[c.s - 1]) || matches!(&self.low[c.s - 1], "de" | "d'" | "du" | "des" | "pour" | "sur") {
            return None;
        }
        let mut k = verb + 1;
        let mut crossed = false;
        while k < c.s {
            let w = &self.low[k];
            if (w.ends_with("ment") && self.is_word(k)) || matches!(w, "«" | "“" | "\"") {
                k += 1;
            } else if PREPOSITIONS.contains(&w) {
                // the phrase: one word at least, none a verb or "de"
                let words = k + 1;
                k = words;
                while k < c.s && self.is_word(k) && !self.is_verb(k) && !matches!(&self.low[k], "de" | "d'" | "du" | "des") {
                    k += 1;
                }
                if k == words {
                    return None;
                }
            } else {
                return None;
            }
            crossed = true;
        }
        self.cue(verb, &Role::Verb, c.class).flatten().filter(|_| crossed)
    }

    /// The subject of a verb that states a figure: "le coût de la journée
    /// s'élève à 70 millions d'euros", "le budget atteint 3 milliards". The
    /// subject's head noun — the first noun of the verb's clause, after a
    /// determiner — speaks for the figure as it would through "de" ("le
    /// coût de 70 millions"); a noun further in ("depuis le vol de sa
    /// voiture, le montant …") does not. A cue in the unlearnt tier.
    fn subject_of_a_measuring_verb(&self, c: &Cand) -> Option<Event> {
        // "s'élève" reads as the noun "élève" in the lemma table: the reflexive tells
        let reflexive = |k: usize| k > 0 && matches!(&self.low[k - 1], "s'" | "se");
        let stated = |k: usize| {
            matches!(self.lemma(k), "élever" | "monter" | "chiffrer" | "atteindre" | "estimer" | "évaluer")
                || (reflexive(k) && (["élev", "élèv", "chiffr"].iter().any(|p| self.low[k].starts_with(p)) || matches!(&self.low[k], "monte" | "montent" | "montait" | "montaient")))
        };
        let verb = (c.s.saturating_sub(3)..c.s).rev().find(|&k| self.same_sentence(k, c.s) && stated(k))?;
        // the clause's first token: after a comma, a segment's start or the sentence's
        let start = (verb.saturating_sub(MEASURED_SUBJECT_REACH)..verb)
            .rev()
            .take_while(|&k| self.same_sentence(k, verb) && self.seg[k] == self.seg[verb] && &self.low[k] != "," && self.q_at[k].is_none())
            .last()?;
        let determiner = |k: usize| matches!(&self.low[k], "le" | "la" | "les" | "l'" | "son" | "sa" | "ses" | "leur" | "leurs" | "ce" | "cette" | "ces");
        let head = (start..verb).find(|&k| determiner(k))? + 1;
        (head < verb).then(|| self.cue(head, &Role::Noun("de".to_string()), c.class).flatten()).flatten()
    }

    /// The counted noun: the quantity's unit, the noun right after it, the X
    /// of "parmi les X" shortly before it, or the X of "le nombre de X" in
    /// its clause.
    pub(crate) fn counted_noun(&self, c: &Cand) -> Option<Event> {
        if let Some(unit) = self.counted_word(c.q) {
            let u = unit.to_lowercase();
            if let Some(ev) = self.cues.get(&u, &Role::Counted, c.class).flatten() {
                return Some(ev);
            }
        }
        // the noun after the number, past "autres", "de", quotes
        let n = self.toks.len();
        let mut k = c.e;
        let mut hops = 0;
        while k < n && hops <= 3 && self.same_sentence(k, c.s) {
            if self.is("prenominal", k) {
                k += 1;
                hops += 1;
                continue;
            }
            if let Some(ev) = self.cue(k, &Role::Counted, c.class).flatten() {
                return Some(ev);
            }
            break;
        }
        if let Some(ev) = self.among_noun(c) {
            return Some(ev);
        }
        // "le nombre d'emplois menacés est de 75 000"
        let seg = self.seg[c.s];
        let (lo, hi) = self.sentence_span(c.s);
        for i in lo.max(c.s.saturating_sub(SENTENCE_REACH))..hi.min(c.e + SENTENCE_REACH) {
            if self.seg[i] != seg || self.cues.get(self.lemma(i), &Role::NumberOf, Class::Count).is_none() {
                continue;
            }
            let mut k = i + 1;
            while k < hi && matches!(&self.low[k], "de" | "d'" | "des") {
                k += 1;
            }
            if k < hi {
                if let Some(ev) = self.cue(k, &Role::Counted, c.class).flatten() {
                    return Some(ev);
                }
            }
        }
        None
    }

    /// Read with the cues written after the model, the event of a feminine
    /// counted noun whose masculine is a counted cue ("huit autres
    /// compétitrices" → "compétiteur", "deux élues" → "élu").
    fn feminine_counted_noun(&self, c: &Cand) -> Option<Event> {
        if !self.reads_unlearnt_cues || c.class != Class::Count {
            return None;
        }
        let unit = self.counted_word(c.q)?.to_lowercase();
        let event = masculine_forms(&unit).find_map(|masculine| self.cues.get(&masculine, &Role::Counted, c.class).flatten());
        event
    }

    /// The noun of a "parmi les X" shortly before the quantity, in its
    /// sentence: the group it is counted out of ("Parmi les blessés, on
    /// dénombre quatre Français").
    fn among_noun(&self, c: &Cand) -> Option<Event> {
        let (lo, _) = self.sentence_span(c.s);
        let among = (lo.max(c.s.saturating_sub(AMONG_REACH))..c.s).rev().find(|&k| &self.low[k] == "parmi")?;
        let noun = among + 1 + usize::from(matches!(self.low.get(among + 1), Some("les" | "des" | "ces" | "ses" | "leurs")));
        (noun < c.s).then(|| self.cue(noun, &Role::Counted, c.class).flatten()).flatten()
    }

    pub(crate) fn sentence_span(&self, i: usize) -> (usize, usize) {
        self.spans[self.sent[i]]
    }

    /// "le montant est plutôt de 700 000 euros", "il s'agit de deux Polonais":
    /// an anaphor in the clause before the quantity.
    pub(crate) fn has_anaphor(&self, c: &Cand) -> bool {
        let (lo, _) = self.sentence_span(c.s);
        let from = c.s.saturating_sub(10).max(lo);
        (from..c.s).any(|i| self.seg[i] == self.seg[c.s] && self.cue(i, &Role::Anaphor, c.class).is_some())
    }

    /// Whether two quantities are coordinated: few words between, one of them a link.
    pub(crate) fn linked(&self, a: &Cand, b: &Cand) -> bool {
        if a.e > b.s || !self.same_sentence(a.s, b.s) || b.s - a.e > 5 {
            return false;
        }
        let gap = a.e..b.s;
        if gap.is_empty() {
            return false;
        }
        let mut has_link = false;
        for i in gap {
            if self.paren[i] != self.paren[a.s] && &self.low[i] != "(" {
                return false;
            }
            if self.is("link", i) || &self.low[i] == "(" {
                has_link = true;
            } else if self.is_verb(i) && !self.is("prenominal", i) {
                return false;
            }
        }
        has_link
    }

    /// Context cues of the sentence, or the nearest event noun or verb cue to the left in the sentence ("D'autres
    /// arrestations ont eu lieu en Serbie, où 12 individus …"), and context cues
    /// anywhere in it.
    pub(crate) fn sentence_context(&self, c: &Cand, governed: bool) -> Option<Event> {
        let (lo, hi) = self.sentence_span(c.s);
        // context cues: the nearest, either side
        let mut best: Option<(usize, Event)> = None;
        for i in lo.max(c.s.saturating_sub(SENTENCE_REACH))..hi.min(c.e + SENTENCE_REACH) {
            if (c.s..c.e).contains(&i) {
                continue;
            }
            if let Some(Some(ev)) = self.cue(i, &Role::Context, c.class) {
                let d = c.distance(i);
                if best.map_or(true, |(bd, _)| d < bd) {
                    best = Some((d, ev));
                }
            }
        }
        if let Some((_, ev)) = best {
            return Some(ev);
        }
        if governed || c.class != Class::Count {
            return None;
        }
        // only for a quantity opening a relative clause on a place or event
        // ("… ont eu lieu en Serbie, où 12 individus …"): the event before "où"
        let mut i = c.s;
        let mut hops = 0;
        loop {
            if i <= lo || hops > 3 {
                return None;
            }
            i -= 1;
            hops += 1;
            if self.is("relative", i) {
                break;
            }
            if !self.is_function_word(i) {
                return None;
            }
        }
        while i > lo {
            i -= 1;
            if self.q_at[i].is_some() {
                continue;
            }
            for role in [Role::Noun("de".to_string()), Role::Verb] {
                if let Some(Some(ev)) = self.cue(i, &role, c.class) {
                    return Some(ev);
                }
            }
        }
        None
    }

    /// What the cue rules say of each candidate: each rule's own answer
    /// and the verdict they reach together (own words first, then an
    /// anaphor, a coordinated twin, then the sentence), and apart from
    /// them the unlearnt tier's answer (no feature of the model).
    pub(crate) fn rule_events(&self, cands: &[Cand]) -> Vec<RuleEvidence> {
        let mut out: Vec<RuleEvidence> = cands.iter().map(|c| self.own_evidence(c)).collect();
        for i in 0..cands.len() {
            out[i].context = self.sentence_context(&cands[i], out[i].governed);
            self.combine(cands, i, &mut out);
        }
        for i in 0..cands.len() {
            if out[i].own_words().is_none() {
                out[i].unlearnt = out[i].unlearnt.or_else(|| self.among_them(cands, i, &out));
            }
        }
        out
    }

    /// The rules that read the quantity's own words, and the unlearnt
    /// tier's where none of them answers.
    fn own_evidence(&self, c: &Cand) -> RuleEvidence {
        let governing_noun = self.governing_noun(c);
        let (left_verb, verb_governs) = self.left_verb(c);
        // a verb without cue governs it: its predicate is that verb's
        let right_predicate = if verb_governs { None } else { self.right_predicate(c) };
        let counted_noun = self.counted_noun(c).or_else(|| self.feminine_counted_noun(c));
        // the quantity's own words, in that order; governed: nothing
        // further away speaks for it
        let (own, governed) = if governing_noun.is_some() {
            (governing_noun, true)
        } else if left_verb.is_some() {
            (left_verb, true)
        } else if right_predicate.is_some() {
            (right_predicate, false)
        } else {
            (counted_noun, verb_governs)
        };
        let unlearnt = if own.is_none() {
            self.participle_after_named_noun(c)
                .or_else(|| self.predicate_past_an_apposition(c))
                .or_else(|| self.among_after(c))
                .or_else(|| self.verb_past_an_adjunct(c))
                .or_else(|| self.subject_of_a_measuring_verb(c))
                .or_else(|| self.predicate_of_an_irregular_participle(c))
        } else {
            None
        };
        RuleEvidence { governing_noun, left_verb, right_predicate, counted_noun, own, governed, unlearnt, ..RuleEvidence::default() }
    }

    /// The verdict for candidate i: its own words', else an anaphor's, a
    /// whole's it is part of, a coordinated twin's (the verdicts before i
    /// are final, the one after only its own words), else its sentence's.
    fn combine(&self, cands: &[Cand], i: usize, out: &mut [RuleEvidence]) {
        let c = &cands[i];
        if out[i].own.is_some() {
            out[i].combined = out[i].own;
            return;
        }
        let group = |x: Class| if x == Class::Money { 0 } else { 1 };
        let names_event = |e: Option<Event>| e.is_some_and(|e| e != Event::Other);
        // an anaphor: the previous fact of the same kind, within 3 sentences
        if self.has_anaphor(c) {
            let prev = (0..i)
                .rev()
                .take_while(|&j| self.sent[cands[j].s] + 3 >= self.sent[c.s])
                .find(|&j| group(cands[j].class) == group(c.class) && names_event(out[j].combined));
            if let Some(j) = prev {
                out[i].anaphor = out[j].combined;
                out[i].combined = out[j].combined;
                return;
            }
        }
        // a part of the figure before it: "Dix personnes ont défilé, dont six à Quimper"
        let whole = self.whole_of(cands, i);
        if let Some(j) = whole.filter(|&j| names_event(out[j].combined)) {
            out[i].coordinated = out[j].combined;
            out[i].combined = out[j].combined;
            return;
        }
        // a part of a whole that is no figure: "Des milliers ont défilé, dont 12 000 à Lyon"
        if let Some(event) = self.verb_before_dont(c).filter(|_| whole.is_none()) {
            out[i].coordinated = Some(event);
            out[i].combined = Some(event);
            return;
        }
        // coordination with the previous quantity, then with the next one,
        // an amount with an amount and a count with a count ("2 milliards
        // d'euros et 30 otages" share no event)
        if i > 0 && group(cands[i - 1].class) == group(c.class) && self.linked(&cands[i - 1], c) && names_event(out[i - 1].combined) {
            out[i].coordinated = out[i - 1].combined;
            out[i].combined = out[i - 1].combined;
            return;
        }
        if i + 1 < cands.len() && group(cands[i + 1].class) == group(c.class) && self.linked(c, &cands[i + 1]) && out[i + 1].own.is_some() {
            out[i].coordinated = out[i + 1].own;
            out[i].combined = out[i + 1].own;
            return;
        }
        out[i].combined = out[i].context;
    }

    /// "On dénombre 20 blessés. Parmi eux, se trouvent trois lycéens": a
    /// count framed by "parmi eux" (or "elles") shortly before it in its
    /// sentence takes the event of the nearest count before that "parmi",
    /// within two sentences: the group it is drawn from. A cue in the
    /// unlearnt tier.
    fn among_them(&self, cands: &[Cand], i: usize, out: &[RuleEvidence]) -> Option<Event> {
        let c = &cands[i];
        if c.class != Class::Count {
            return None;
        }
        let parmi = (c.s.saturating_sub(AMONG_REACH)..c.s).find(|&k| {
            self.same_sentence(k, c.s) && &self.low[k] == "parmi" && self.low.get(k + 1).is_some_and(|w| w == "eux" || w == "elles")
        })?;
        (0..i)
            .rev()
            .filter(|&j| cands[j].e <= parmi)
            .take_while(|&j| self.sent[cands[j].s] + 2 >= self.sent[c.s])
            .find(|&j| cands[j].class == Class::Count)
            .and_then(|j| out[j].own_words().or(out[j].combined))
            .filter(|&e| e != Event::Other)
    }
}

impl Doc<'_> {
    /// "213 ont voté contre, dont l'ensemble des démocrates et 20
    /// républicains": the figure before the "dont" that opens, in its clause,
    /// a list candidate `i` is further on in. Whatever event that whole is
    /// given, its parts share (the first of the list has it from the rules:
    /// `verb_before_dont`).
    pub(crate) fn whole_of_a_list(&self, cands: &[Cand], i: usize) -> Option<usize> {
        let c = &cands[i];
        let dont = (c.s.saturating_sub(AMONG_REACH)..c.s).rev().take_while(|&k| self.seg[k] == self.seg[c.s]).find(|&k| &self.low[k] == "dont")?;
        (0..i).rev().take(AMONG_REACH).find(|&j| cands[j].e <= dont).filter(|&j| self.same_sentence(cands[j].s, c.s) && cands[j].class == c.class)
    }

    /// Whether count `a` is listed right before count `b`: a comma or "et"
    /// before `b`, and between them only `a`'s noun (a word or two, no
    /// verb) and asides in parentheses ("259 Palestiniens (en majorité …),
    /// 40 Israéliens").
    pub(crate) fn listed_before(&self, a: &Cand, b: &Cand) -> bool {
        let depth = self.paren[a.s];
        if a.class != Class::Count || b.class != Class::Count || b.s <= a.e || !self.same_sentence(a.s, b.s) || self.paren[b.s] != depth {
            return false;
        }
        let between: Vec<usize> = (a.e..b.s).filter(|&k| self.paren[k] == depth && !matches!(&self.low[k], "(" | ")")).collect();
        let Some((&link, noun)) = between.split_last() else { return false };
        let words_only = noun.iter().all(|&k| self.is_word(k) && !self.is_verb(k));
        between.len() <= LISTED_NOUN_WORDS + 1 && matches!(&self.low[link], "," | "et") && words_only
    }

    /// The count candidate `i` continues: the nearest before it in its
    /// sentence that counts the same noun ("37 films … mais seulement 14").
    pub(crate) fn antecedent(&self, cands: &[Cand], i: usize) -> Option<usize> {
        let c = &cands[i];
        let unit = self.counted_word(c.q).filter(|_| c.class == Class::Count)?;
        // a few counts back at most: the walk stays linear in a hostile sentence of thousands
        (0..i)
            .rev()
            .take(ANTECEDENT_REACH)
            .take_while(|&j| self.same_sentence(cands[j].s, c.s))
            .find(|&j| cands[j].class == Class::Count && self.counted_word(cands[j].q) == Some(unit))
    }

    /// The candidate that candidate `i` is a part of: the figure before it
    /// in its sentence, when "dont" opens it ("3 222 victimes, dont 45
    /// enfants"). Totals leave such parts out.
    pub(crate) fn whole_of(&self, cands: &[Cand], i: usize) -> Option<usize> {
        let c = &cands[i];
        let subset = c.s > 0 && &self.low[c.s - 1] == "dont";
        (subset && i > 0 && self.same_sentence(cands[i - 1].s, c.s)).then(|| i - 1)
    }
}

impl Doc<'_> {
    /// The verb cue nearest before the "dont" that opens a candidate, in its
    /// sentence: what the whole did, which its part did too.
    fn verb_before_dont(&self, c: &Cand) -> Option<Event> {
        if c.s < 2 || &self.low[c.s - 1] != "dont" {
            return None;
        }
        (c.s.saturating_sub(SENTENCE_REACH)..c.s - 1)
            .rev()
            .take_while(|&k| self.same_sentence(k, c.s))
            .find_map(|k| self.cue(k, &Role::Verb, c.class).flatten())
    }
}

/// The masculine forms a feminine noun may have, most specific first:
/// "compétitrice" → "compétiteur", "nageuse" → "nageur", "infirmière" →
/// "infirmier", "lycéenne" → "lycéen", "sportive" → "sportif", and the noun
/// without its final "e" ("manifestante" → "manifestant", "élue" → "élu").
/// Keys that are no word ("compétitric") find no cue.
fn masculine_forms(noun: &str) -> impl Iterator<Item = String> + '_ {
    const ENDINGS: [(&str, &str); 7] = [("trice", "teur"), ("euse", "eur"), ("ière", "ier"), ("enne", "en"), ("onne", "on"), ("ive", "if"), ("e", "")];
    ENDINGS.iter().filter_map(move |(fem, masc)| noun.strip_suffix(fem).filter(|stem| stem.chars().count() >= 3).map(|stem| format!("{stem}{masc}")))
}

/// Each cue rule's answer for one candidate, kept apart so that the event
/// model can weigh them.
#[derive(Clone, Debug, Default)]
pub(crate) struct RuleEvidence {
    pub governing_noun: Option<Event>,
    pub left_verb: Option<Event>,
    pub right_predicate: Option<Event>,
    pub counted_noun: Option<Event>,
    /// the first of the above, in that order
    pub own: Option<Event>,
    /// a verb without cue governs the quantity
    pub governed: bool,
    pub anaphor: Option<Event>,
    pub coordinated: Option<Event>,
    pub context: Option<Event>,
    /// what the rules decide together
    pub combined: Option<Event>,
    /// a cue found by rules newer than the shipped event model: it stands as
    /// the count's own words but is no feature, so the model is the one it
    /// was trained as until a retrain folds it in (`README` of models/facts)
    pub unlearnt: Option<Event>,
}

impl RuleEvidence {
    /// What the count's own noun, verb or state says (its governing noun or
    /// verb, its predicate, its counted noun, or that of the twin it is
    /// coordinated with, or the unlearnt tier's): the spec's "choose the
    /// specific event whenever the count's own noun, verb or state names
    /// one". Such a cue stands; the event model decides the rest.
    pub(crate) fn own_words(&self) -> Option<Event> {
        self.governing_noun
            .or(self.left_verb)
            .or(self.right_predicate)
            .or(self.counted_noun)
            .or(self.coordinated)
            .or(self.unlearnt)
            .filter(|&e| e != Event::Other)
    }

    /// The rules' verdict: OTHER when none speaks.
    pub(crate) fn verdict(&self) -> Event {
        self.combined.unwrap_or(Event::Other)
    }
}
