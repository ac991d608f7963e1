//! Where a fact happened: the places of its sentence (a fronted locative, a
//! place after a locative preposition, a description standing for a named
//! place), the headline's place for a headline figure (and for an event
//! whose sentence names none), never a destination.

use recense_text::{Token, TokenKind};

use crate::context::{is_infinitive_form, is_participle_form, split_elision, within_reach, Cand, Doc};
use recense_places::{Gazetteer, Known};
use crate::Place;

/// Prepositions after which a capitalised name the gazetteer knows is a
/// place even when the tagger missed it ("six à Quimper, trois à Morlaix").
const PLACE_PREPOSITIONS: [&str; 6] = ["à", "en", "dans", "au", "aux", "près"];
/// Articles after which a capitalised name the gazetteer knows as a country
/// is a place even when the tagger missed it ("l'Équateur déplore 21 morts").
const COUNTRY_ARTICLES: [&str; 4] = ["l'", "la", "le", "les"];
/// How many tokens from a figure a phrase that makes it the whole world's
/// may start ("450 suppressions de postes dans le monde").
const WORLDWIDE_REACH: usize = 6;
/// Capitalised words a place name may run to.
const PLACE_WORDS: usize = 4;

/// Places the entities missed: a capitalised name after a place preposition
/// or opening a line before a colon ("Qatar : …") that the gazetteer knows
/// as a city, region or country, or after an article one it knows as a
/// country, overlapping none of `known`. Sorted by start.
pub fn places_the_entities_missed(text: &str, tokens: &[Token], known: &[Place]) -> Vec<Place> {
    let gaz = Gazetteer::shared();
    let word = |t: &Token| text.get(t.start..t.end).unwrap_or("");
    let capitalised = |t: &Token| t.kind == TokenKind::Word && word(t).chars().next().is_some_and(char::is_uppercase);
    let overlaps_known = overlap_test(known);
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        let after = &tokens[i + 1];
        // "Qatar : quatre femmes nommées …": a line opened by a place and a colon
        if i == 0 || text.get(tokens[i - 1].end..tokens[i].start).is_some_and(|gap| gap.contains('\n')) {
            if let Some(j) = line_opening_place(text, tokens, i, &overlaps_known) {
                let (a, b) = (&tokens[i], &tokens[j]);
                out.push(Place { start: a.start, end: b.end, cp_start: a.cp_start, cp_end: b.cp_end });
                i = j + 1;
                continue;
            }
        }
        // after an article only a country: "tandis que l'Équateur déplore 21 morts"
        // (or "l' Équateur", where the apostrophe is a token of its own)
        let lead = folded_word(text, tokens, i);
        let article = COUNTRY_ARTICLES.contains(&lead.as_str());
        if !((article || PLACE_PREPOSITIONS.contains(&lead.as_str())) && capitalised(after)) {
            i += 1;
            continue;
        }
        if overlaps_known(after.start, after.end) {
            i += 1;
            continue;
        }
        // the longest run of capitalised words (with "de", "la" inside) the gazetteer knows
        let mut last = i + 1;
        let mut found = None;
        for j in i + 1..(i + 1 + PLACE_WORDS * 2).min(tokens.len()) {
            let t = &tokens[j];
            if capitalised(t) {
                last = j;
                let name = &text[after.start..t.end];
                if if article { gaz.is_country(name) } else { gaz.lookup(name).is_some() } {
                    found = Some(j);
                }
            } else if !(matches!(word(t), "de" | "du" | "la" | "-" | "sur" | "en") && j == last + 1) {
                break;
            }
        }
        // a name that runs on past the known part is another name: "en Grand
        // Chelem" is no town called Grand
        match found.filter(|&j| j == last) {
            Some(j) => {
                let (a, b) = (after, &tokens[j]);
                out.push(Place { start: a.start, end: b.end, cp_start: a.cp_start, cp_end: b.cp_end });
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Countries named at the end of another name, after "de", "du", "des" or
/// "d'" ("le Conseil de la Choura du Qatar", "la Banque centrale
/// d'Égypte"): the tagger gives the whole its label, the country is a place
/// all the same. `names` are byte spans of entities that are not places.
pub fn countries_ending_names(text: &str, tokens: &[Token], names: &[(usize, usize)]) -> Vec<Place> {
    let gaz = Gazetteer::shared();
    let mut out = Vec::new();
    for &(start, end) in names {
        let first = tokens.partition_point(|t| t.start < start);
        let last = tokens.partition_point(|t| t.start < end);
        if last < first + 3 {
            continue;
        }
        let name_end = &tokens[last - 1];
        // the longest country name the name ends with ("de la République
        // centrafricaine": up to PLACE_WORDS words), after its "de"
        let from = last.saturating_sub(PLACE_WORDS * 2).max(first + 2);
        let found = (from..last).find(|&k| {
            let of = folded_word(text, tokens, k - 1);
            let of = if matches!(of.as_str(), "la" | "l'") { folded_word(text, tokens, k - 2) } else { of };
            matches!(of.as_str(), "de" | "du" | "des" | "d'") && gaz.is_country(&text[tokens[k].start..name_end.end])
        });
        if let Some(k) = found {
            let a = &tokens[k];
            out.push(Place { start: a.start, end: name_end.end, cp_start: a.cp_start, cp_end: name_end.cp_end });
        }
    }
    out
}

/// Prepositions after which a name the tagger gave another label is a
/// place when the gazetteer knows it ("aux Deux Alpes"); not "au", which
/// as often names a club ("au Barça").
const ENTITY_PLACE_PREPOSITIONS: [&str; 4] = ["à", "aux", "en", "dans"];

/// Whether the entity starting at byte `start` follows one of
/// `ENTITY_PLACE_PREPOSITIONS`, past a definite article ("à l'Isle-Adam",
/// "à l' Isle-Adam" with the apostrophe a token of its own).
pub fn after_a_place_preposition(text: &str, tokens: &[Token], start: usize) -> bool {
    let Some(mut k) = tokens.partition_point(|t| t.start < start).checked_sub(1) else { return false };
    if matches!(folded_word(text, tokens, k).as_str(), "le" | "la" | "les" | "l'") {
        // "l" and "'" apart are two tokens
        let article_tokens = if matches!(text.get(tokens[k].start..tokens[k].end), Some("'" | "’")) { 2 } else { 1 };
        let Some(before) = k.checked_sub(article_tokens) else { return false };
        k = before;
    }
    ENTITY_PLACE_PREPOSITIONS.contains(&folded_word(text, tokens, k).as_str())
}

/// Token `k` in lower case with a typographic apostrophe made plain, an
/// elision written apart read whole ("l' Équateur": both tokens read "l'").
fn folded_word(text: &str, tokens: &[Token], k: usize) -> String {
    split_elision(text, tokens, k).unwrap_or_else(|| text.get(tokens[k].start..tokens[k].end).unwrap_or("").to_lowercase().replace('’', "'"))
}

/// The last token of a place the gazetteer knows that opens a line at token
/// `i` and ends right before a colon ("France : …", "Lyon : 12 000").
fn line_opening_place(text: &str, tokens: &[Token], i: usize, overlaps_known: &impl Fn(usize, usize) -> bool) -> Option<usize> {
    let word = |t: &Token| text.get(t.start..t.end).unwrap_or("");
    let colon = (i..(i + PLACE_WORDS * 2).min(tokens.len())).find(|&j| word(&tokens[j]) == ":")?;
    let last = colon.checked_sub(1).filter(|&j| j >= i)?;
    let (a, b) = (&tokens[i], &tokens[last]);
    let name = text.get(a.start..b.end)?;
    let known = name.chars().next().is_some_and(char::is_uppercase) && !name.contains('\n') && Gazetteer::shared().lookup(name).is_some();
    (known && !overlaps_known(a.start, b.end)).then_some(last)
}

/// Whether a byte span overlaps one of `places`, in O(log n) per call: with
/// places sorted by start, those starting before the span's end are a
/// prefix, and one of them reaches into the span when the furthest end of
/// that prefix does.
fn overlap_test(places: &[Place]) -> impl Fn(usize, usize) -> bool {
    let mut spans: Vec<(usize, usize)> = places.iter().map(|p| (p.start, p.end)).collect();
    spans.sort_unstable();
    let starts: Vec<usize> = spans.iter().map(|s| s.0).collect();
    let furthest_end: Vec<usize> = spans.iter().scan(0, |max, s| { *max = (*max).max(s.1); Some(*max) }).collect();
    move |start, end| {
        let before_end = starts.partition_point(|&s| s < end);
        before_end > 0 && furthest_end[before_end - 1] > start
    }
}

/// How many tokens back a count in a parenthesis looks for its start.
const PARENTHESIS_REACH: usize = 64;

/// The most words of a counted noun and its adjectives before the "de" of
/// its place ("deux grandes villes de").
const COUNTED_NOUN_WORDS: usize = 2;

/// How many tokens apart a country and a place within it may stand for the
/// place to be the more specific location ("à Marseille, en France").
const BESIDE: usize = 6;

/// How many tokens from a count a known town may stand to be preferred to
/// an unknown site of its clause.
const SITE_TOWN_REACH: usize = 12;

/// How many of the places named before it a description weighs, latest first.
const DESCRIPTION_CANDIDATES: usize = 16;

/// How many sentences back a description ("la capitale espagnole") looks
/// for the place it stands for.
const DESCRIPTION_REACH: usize = 20;

/// How far after "la ville de" a count still belongs to the description
/// ("la ville de près de 70 000 habitants").
const DESCRIPTION_HOLDS: usize = 3;

/// How many places back "le pays" looks for the name of the country its
/// last place lies in.
const COUNTRY_NAME_REACH: usize = 64;

impl Doc<'_> {
    /// The countries the article's places name, once each: the countries
    /// it names, then those of the places only one country holds ("Lyon").
    /// A city name several countries share goes to one of them: "Brest"
    /// beside "Lyon" is the French one.
    pub(crate) fn countries_named(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let explicit = (0..self.places.len()).filter_map(|p| match self.f.gaz.lookup(self.place_name(p)) {
            Some(Known::Country(c)) => Some(c),
            _ => None,
        });
        let implied = (0..self.places.len()).filter_map(|p| self.f.gaz.sole_country(self.place_name(p)));
        for c in explicit.collect::<Vec<_>>().into_iter().chain(implied) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// The country of a place: the gazetteer's, else (a stadium, a station,
    /// a street the data does not know) that of a known place its sentence
    /// also names: after it ("la gare Saint-Charles à Marseille",
    /// "l'aéroport Atatürk d'Istanbul"), or before it unless that one is the
    /// complement of a noun, which names something else ("les accords de
    /// Minsk … coupe le Donbass" is no Belarusian Donbass).
    pub(crate) fn country_of(&self, p: usize, named: &[String]) -> Option<String> {
        if let Some(c) = self.f.gaz.country_near(self.place_name(p), named) {
            return Some(c);
        }
        let (s, e) = self.ptok[p];
        let sent = *self.sent.get(s)?;
        let sentence = self.places_in_sentence.get(sent)?;
        let (from, to) = within_reach(*self.spans.get(sent)?, s, e);
        let first = sentence.partition_point(|&q| self.ptok[q].0 < from);
        sentence[first..]
            .iter()
            .take_while(|&&q| self.ptok[q].0 < to)
            .filter(|&&q| q != p && (self.ptok[q].0 > s || !self.complement_of_a_noun(self.ptok[q].0)))
            .find_map(|&q| self.f.gaz.country_near(self.place_name(q), named))
    }

    /// Whether the place at token `s` is a noun's complement: after "de",
    /// "du", "des" or "d'" ("les accords de Minsk"), not where "de" ends a
    /// locative phrase ("près de Lyon", "au nord de Kiev", "dans la région
    /// de Kharkiv").
    fn complement_of_a_noun(&self, s: usize) -> bool {
        let Some(k) = self.before_article(s).filter(|&k| self.same_sentence(k, s)) else { return false };
        let after_de = matches!(&self.low[k], "de" | "d'" | "du" | "des");
        let locative_phrase = k > 0 && ["locative", "locative-head", "description"].iter().any(|class| self.is(class, k - 1));
        after_de && !locative_phrase
    }

    /// The country the article is about: the headline's, else the one its
    /// places name most often (ties to the first named). Given to a place the
    /// data does not know ("Promenade des Anglais").
    pub(crate) fn main_country(&self, named: &[String]) -> Option<String> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        let mut headline = None;
        for p in 0..self.places.len() {
            let Some(c) = self.f.gaz.country_near(self.place_name(p), named) else { continue };
            let (s, _) = self.ptok[p];
            if headline.is_none() && self.headline.is_some() && self.sent.get(s).copied() == self.headline {
                headline = Some(c.clone());
            }
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        headline.or_else(|| {
            let best = counts.iter().map(|(_, n)| *n).max()?;
            counts.into_iter().find(|(_, n)| *n == best).map(|(c, _)| c)
        })
    }

    /// A place's name as a fact's location: with the common noun that is
    /// part of it ("monts Mandara", "place Tahrir"; the tagger leaves it out).
    pub(crate) fn location_name(&self, p: usize) -> String {
        let (s, _) = self.ptok[p];
        let name = self.place_name(p);
        let generic = s.checked_sub(1).filter(|&k| self.same_sentence(k, s) && self.is("place-generic", k));
        match generic.map(|k| &self.text[self.toks[k].start..self.toks[k].end]) {
            Some(noun) if noun.chars().all(char::is_lowercase) => format!("{noun} {name}"),
            _ => name.to_string(),
        }
    }

    pub(crate) fn place_name(&self, p: usize) -> &str {
        let pl = &self.places[p];
        self.text.get(pl.start..pl.end).unwrap_or("").trim()
    }

    /// The token before `i`, past articles.
    pub(crate) fn before_article(&self, i: usize) -> Option<usize> {
        let mut k = i.checked_sub(1)?;
        while self.is_definite_article(k) {
            k = k.checked_sub(1)?;
        }
        Some(k)
    }

    /// "le", "la", "les", "l'" (both tokens of an "l' " written apart read
    /// "l'": `context::split_elision`).
    fn is_definite_article(&self, k: usize) -> bool {
        matches!(&self.low[k], "le" | "la" | "les" | "l'")
    }

    /// A place the count did not happen at: a destination, an origin or an
    /// opponent ("vers les États-Unis", "face à la Suède"), the source of
    /// the figure ("selon l'AFP", "selon LCI"), or the agent of a passive
    /// ("la coalition menée par les États-Unis").
    pub(crate) fn is_destination(&self, s: usize) -> bool {
        let lo = s.saturating_sub(3);
        // not a way through ("passés par la Grèce")
        let through = |k: usize| matches!(self.lemma(k), "passer" | "passé" | "transiter");
        let agent = self
            .before_article(s)
            .is_some_and(|k| &self.low[k] == "par" && k > 0 && self.same_sentence(k - 1, s) && self.is_passive_participle(k - 1) && !through(k - 1));
        agent || (lo..s).any(|k| self.same_sentence(k, s) && (self.is("destination", k) || self.is("source", k)))
    }

    /// Whether token `k` is a past participle: its ending says so and the
    /// lemma table makes it a verb ("menée", not "surtout", "soit", "est").
    fn is_passive_participle(&self, k: usize) -> bool {
        is_participle_form(&self.low[k]) && self.is_verb(k) && !self.is_function_word(k) && !self.is("aux", k)
    }

    /// A place after a locative preposition ("à Lyon", "dans les Vosges"),
    /// or named by a locative description ("sur la commune de Plouër",
    /// "dans la ville d'Alep").
    pub(crate) fn is_locative(&self, s: usize) -> bool {
        let Some(k) = self.before_article(s).filter(|&k| self.same_sentence(k, s)) else { return false };
        // "l'attentat de Nice": where the event happened
        if self.is("locative", k) || self.after_de_of(s, "event-place") {
            return true;
        }
        let named_by_description = matches!(&self.low[k], "de" | "d'") && k > 0 && self.is("description", k - 1);
        named_by_description && self.before_article(k - 1).is_some_and(|j| self.same_sentence(j, s) && self.is("locative", j))
    }

    /// Whether the place at token `s` is the "de" ("d'", "du", "des")
    /// complement, past articles, of a word of `class` ("au large de la
    /// Libye": `locative-head`; "l'attentat de Nice": `event-place`).
    fn after_de_of(&self, s: usize, class: &str) -> bool {
        let Some(k) = self.before_article(s).filter(|&k| self.same_sentence(k, s)) else { return false };
        matches!(&self.low[k], "de" | "d'" | "du" | "des") && k > 0 && self.is(class, k - 1)
    }

    /// "En Argentine, …": a place opening its sentence, then a comma (not the
    /// place of a dateline, "Paris, 6 novembre 2024 –", where it was written).
    pub(crate) fn is_fronted(&self, s: usize, e: usize) -> bool {
        let (lo, _) = self.sentence_span(s);
        let dateline_after = || self.q_at.get(e + 1).copied().flatten().is_some_and(|q| self.is_dateline(&self.quantities[q]));
        s <= lo + 2 && (lo..s).all(|k| self.is_function_word(k)) && self.low.get(e).is_some_and(|w| w == ",") && !dateline_after()
    }

    /// Place candidates of a sentence: (token, place index, tier, fronted).
    /// Descriptions ("dans la capitale espagnole") stand for the last place
    /// named before them that is no country.
    /// Only places within reach of tokens `near` (and fronted ones) are
    /// read: a sentence may run for pages.
    pub(crate) fn sentence_places(&self, sent: usize, near: (usize, usize)) -> Vec<(usize, usize, u8, bool)> {
        let (Some(here), Some(&span)) = (self.places_in_sentence.get(sent), self.spans.get(sent)) else {
            return Vec::new();
        };
        let (from, to) = within_reach(span, near.0, near.1);
        let mut out = self.named_places(here, span, (from, to));
        out.extend((from..to).filter_map(|i| self.description_place(sent, here, i, near)));
        out
    }

    /// The places named in the sentence `span` (`here`, by start) that
    /// start within `from..to`, and those that open it; each once,
    /// destinations left out.
    fn named_places(&self, here: &[usize], span: (usize, usize), (from, to): (usize, usize)) -> Vec<(usize, usize, u8, bool)> {
        let first = here.partition_point(|&p| self.ptok[p].0 < from);
        let fronted_ones = here.iter().take_while(|&&p| self.ptok[p].0 <= span.0 + 2);
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for &p in fronted_ones.chain(here[first..].iter().take_while(|&&p| self.ptok[p].0 < to)) {
            if seen.contains(&p) {
                continue;
            }
            seen.push(p);
            let (s, e) = self.ptok[p];
            if self.is_destination(s) {
                continue;
            }
            let fronted = self.is_fronted(s, e);
            let tier = if fronted || self.is_locative(s) { 0 } else { 1 };
            out.push((s, p, tier, fronted));
        }
        out
    }

    /// A description at token i that stands for a place named before it:
    /// "dans la capitale espagnole", "de la ville", "du pays" (a contracted
    /// article) or, as subject or object, "le pays", "la ville" ("le séisme
    /// qui a frappé le pays", read after the governed ones), or a
    /// demonstrative ("cette ville de quatre millions d'habitants"); "sur le
    /// reste du pays" stands for a country.
    fn description_place(&self, sent: usize, here: &[usize], i: usize, near: (usize, usize)) -> Option<(usize, usize, u8, bool)> {
        let country = self.is("description-country", i);
        if !(country || self.is("description", i)) || i < 2 {
            return None;
        }
        let demonstrative = matches!(&self.low[i - 1], "ce" | "cet" | "cette");
        let k = self.before_article(if demonstrative { i - 1 } else { i }).filter(|&k| self.same_sentence(k, i));
        let contracted = k.is_some_and(|k| matches!(&self.low[k], "du" | "au" | "aux"));
        let governed = k.is_some_and(|k| self.is("locative", k) || matches!(&self.low[k], "de" | "du"));
        let definite = demonstrative || (self.is_definite_article(i - 1) && &self.low[i - 1] != "les" && self.same_sentence(i - 1, i));
        let bare = !demonstrative && k.is_some_and(|k| k + 1 == i);
        if (bare && !contracted) || !(governed || definite) {
            return None;
        }
        // "la ville de 70 000 habitants": the description holds the count
        let holds_count = self.low.get(i + 1).is_some_and(|w| w == "de") && near.0 > i && near.0 <= i + 1 + DESCRIPTION_HOLDS;
        let p = self.place_described(sent, here, i, country)?;
        Some((i, p, if governed || holds_count { 0 } else { 1 }, false))
    }

    /// The place a description at token i stands for, among the places
    /// before it, latest first, within reach: this sentence's up to the
    /// description (a sentence may hold thousands), then the earlier
    /// sentences', a few at most; of the right sort (a country or not).
    /// A place the data knows first (a town for "la ville", a region for
    /// "le département", a country for "le pays"; "Nice" rather than
    /// "Alpes-Maritimes"), else the last one.
    fn place_described(&self, sent: usize, here: &[usize], i: usize, country: bool) -> Option<usize> {
        let here_before = &here[..here.partition_point(|&p| self.ptok[p].0 < i)];
        let mut before = here_before
            .iter()
            .rev()
            .chain((sent.saturating_sub(DESCRIPTION_REACH)..sent).rev().flat_map(|s| self.places_in_sentence[s].iter().rev()))
            .copied()
            .filter(|&p| self.ptok[p].1 <= i)
            .take(DESCRIPTION_CANDIDATES)
            .filter(|&p| self.f.gaz.is_country(self.place_name(p)) == country);
        let latest = before.next();
        let region = self.is("description-region", i);
        let known = |p: usize| {
            let name = self.place_name(p);
            if country {
                self.f.gaz.lookup(name).is_some()
            } else if region {
                self.f.gaz.is_subdivision(name)
            } else {
                self.f.gaz.is_city(name)
            }
        };
        let named = latest.into_iter().chain(before).find(|&p| known(p)).or(latest);
        // "… reprendre Mossoul … dans le nord du pays": the country of the
        // last place named, where the article names that country
        if country {
            self.country_of_the_last_place(i).or(named)
        } else {
            named
        }
    }

    /// The country "le pays" at token `i` stands for: that of the last place
    /// named before it, as the article names that country: "reprendre
    /// Mossoul … dans le nord du pays" is Iraq, wherever the article last
    /// named another country. The walk back is bounded (places sorted by
    /// start).
    fn country_of_the_last_place(&self, i: usize) -> Option<usize> {
        let upto = self.ptok.partition_point(|&(s, _)| s < i);
        let back = || (0..upto).rev().filter(|&p| self.ptok[p].1 <= i);
        let code = back().take(DESCRIPTION_CANDIDATES).find_map(|p| self.f.gaz.lookup(self.place_name(p)))?.into_country();
        let names_it = |p: &usize| matches!(self.f.gaz.lookup(self.place_name(*p)), Some(Known::Country(c)) if c == code);
        back().take(COUNTRY_NAME_REACH).find(names_it)
    }

    /// Whether the words beside the candidate say it counts the whole world
    /// ("5 000 dans le monde entier", "450 suppressions de postes dans le
    /// monde", "À l'échelle mondiale, 30 usines"): no one place is where it
    /// happened.
    pub(crate) fn worldwide(&self, c: &Cand) -> bool {
        let phrases = self.cues.phrases_of("worldwide");
        let seg = self.seg[c.s];
        let after = (c.e..(c.e + WORLDWIDE_REACH).min(self.toks.len())).filter(|&k| self.seg[k] == seg);
        let ends_before = |k: usize, p: &[String]| k + p.len() <= c.s && c.s - (k + p.len()) <= 1;
        let before = (c.s.saturating_sub(WORLDWIDE_REACH)..c.s).filter(|&k| self.sent[k] == self.sent[c.s]);
        after.into_iter().any(|k| phrases.iter().any(|p| self.matches_at(k, p)))
            || before.into_iter().any(|k| phrases.iter().any(|p| ends_before(k, p) && self.matches_at(k, p)))
    }

    /// The place of a candidate: in a headline the headline's place
    /// ([`Doc::headline_location`]); in the body the nearest of its clause (a
    /// fronted or prepositional place first), else a place after a locative
    /// preposition in an aside of the clause ("(à Londres)"). A country gives
    /// way to a place within it that the same clause names ("à Marseille, en
    /// France" → Marseille).
    pub(crate) fn location(&self, c: &Cand, named: &[String]) -> Option<usize> {
        let sent = self.sent[c.s];
        if self.headline == Some(sent) {
            return self.headline_location(sent, (c.s, c.e), named);
        }
        let cands = self.sentence_places(sent, (c.s, c.e));
        let in_clause = |seg: usize, paren: u16| -> Vec<(usize, usize, u8, bool)> {
            cands.iter().copied().filter(|&(t, _, _, fronted)| fronted || (self.seg[t] == seg && self.paren[t] == paren)).collect()
        };
        let here = in_clause(self.seg[c.s], self.paren[c.s]);
        // a count in a parenthesis that names no place takes its clause's:
        // "la ville de Mocoa (40 000 habitants)"
        let in_scope = match self.enclosing_clause(c.s) {
            Some((seg, paren)) if here.iter().all(|x| x.3) => in_clause(seg, paren),
            _ => here,
        };
        // a clause that names its place only in an aside: "l'attentat de
        // Westminster (à Londres) … a causé la mort de quatre personnes"
        let aside = |t: usize| self.paren[t].checked_sub(1) == Some(self.paren[c.s]) && self.is_locative(t) && self.enclosing_clause(t) == Some((self.seg[c.s], self.paren[c.s]));
        let in_scope = if in_scope.is_empty() { cands.iter().copied().filter(|x| aside(x.0)).collect() } else { in_scope };
        // a clause after a colon that names no place is where the clause
        // before it was, when that one says where ("dans une prison de
        // Manaus, dans le nord du pays, aboutissant à un carnage : 56
        // personnes perdent la vie"; not "le quinquennat Hollande : …")
        let in_scope = match self.clause_before_a_colon(c.s).map(|(seg, paren)| in_clause(seg, paren)) {
            Some(before) if in_scope.is_empty() && before.iter().any(|x| x.2 == 0) => before,
            _ => in_scope,
        };
        // "deux villes de l'État de Borno", "300 habitants de Lyon": the place
        // the counted noun is of, unless the clause says where after the
        // count ("six supporters de Lyon ont été blessés en Bavière"; not
        // the country it lies in, "…de Borno, dans le nord-est du Nigeria")
        let said_after = |p: usize| in_scope.iter().any(|x| x.2 == 0 && x.0 > c.e && x.1 != p && !self.country_holding(x.1, p, named));
        let of_the_noun = in_scope.iter().find(|x| self.of_the_counted_noun(c.e, x.0) && !said_after(x.1)).map(|x| x.1);
        let chosen = of_the_noun.or_else(|| in_scope.iter().min_by_key(|&&(t, _, tier, _)| (tier, c.distance(t))).map(|x| x.1))?;
        let chosen = self.town_of_a_site(chosen, &in_scope, named);
        let chosen = self.known_town_over_a_site(chosen, &in_scope, named, c);
        Some(self.more_specific(chosen, &in_scope, named, false))
    }

    /// Whether place `q` is the country place `p` lies in.
    fn country_holding(&self, q: usize, p: usize, named: &[String]) -> bool {
        match self.f.gaz.lookup(self.place_name(q)) {
            Some(Known::Country(country)) => self.country_of(p, named).is_some_and(|c| c == country),
            _ => false,
        }
    }

    /// Whether the place at token `s` is the complement of the noun a count
    /// ending at token `e` counts: the noun (and an adjective), "de", and at
    /// most one noun of its own between ("300 habitants de Lyon", "deux
    /// villes de l'État de Borno").
    fn of_the_counted_noun(&self, e: usize, s: usize) -> bool {
        let de = |i: usize| matches!(&self.low[i], "de" | "d'" | "du" | "des");
        let Some(k) = self.before_article(s).filter(|&k| k > e && de(k) && self.same_sentence(e, s)) else { return false };
        // not a participle ("40 personnes venues de Lyon": where they came from)
        let participle = |j: usize| is_participle_form(&self.low[j]) && self.lemma(j) != &self.low[j] && is_infinitive_form(self.lemma(j));
        let plain = |j: usize| self.is_word(j) && !self.is_verb(j) && !self.is_function_word(j) && !participle(j);
        let Some(first_de) = (e..=k).find(|&i| de(i)) else { return false };
        if first_de == e || first_de - e > COUNTED_NOUN_WORDS || !(e..first_de).all(plain) {
            return false;
        }
        let mut between = (first_de + 1..k).filter(|&j| !self.is_definite_article(j));
        match (between.next(), between.next()) {
            (None, _) => true,
            (Some(j), None) => plain(j),
            _ => false,
        }
    }

    /// The place of headline `sent` (its places within reach of tokens
    /// `near`): where the figure after the colon happened (a place after a
    /// locative preposition, else near one, "au large de la Libye"; the
    /// nearest), else the place before the colon, else the first ("Madrid :
    /// trois morts …"); a country giving way to a place within it the
    /// headline names ("Somalie : … à Mogadiscio").
    fn headline_location(&self, sent: usize, near: (usize, usize), named: &[String]) -> Option<usize> {
        let in_scope = self.sentence_places(sent, near);
        let colon = in_scope.iter().find(|&&(t, p, _, _)| {
            let e = self.ptok[p].1;
            t == self.ptok[p].0 && self.low.get(e).is_some_and(|w| w == ":")
        });
        // where the figure happened, after a locative preposition, beats the
        // topic before the colon: "Turquie : … saisissent 13 tonnes … au
        // large de la Libye", "France : trois soldats tués au Mali"
        let where_it_happened = |x: &&(usize, usize, u8, bool)| x.2 == 0 || self.after_de_of(x.0, "locative-head");
        let after_colon = colon.filter(|c| near.0 > c.0);
        let happened_at = after_colon.and_then(|c| in_scope.iter().filter(|x| x.0 > c.0).filter(where_it_happened).min_by_key(|x| (x.2 != 0, x.0.abs_diff(near.0))));
        let chosen = happened_at.or(colon).or_else(|| in_scope.iter().min_by_key(|x| x.0)).map(|x| x.1)?;
        let chosen = self.town_of_a_site(chosen, &in_scope, named);
        Some(self.more_specific(chosen, &in_scope, named, true))
    }

    /// The headline's place as the place of an event the article reports
    /// whose own sentence names none; only a place the gazetteer knows as a
    /// country, region or large city, not a name the tagger may have
    /// mistaken for one.
    pub(crate) fn headline_place(&self, named: &[String]) -> Option<usize> {
        let sent = self.headline?;
        let (start, end) = *self.spans.get(sent)?;
        (start < end)
            .then(|| self.headline_location(sent, (start, start + 1), named))
            .flatten()
            .filter(|&p| self.f.gaz.is_major_place(self.place_name(p)) || self.f.gaz.spans_countries(self.place_name(p)))
    }

    /// The clause (segment, depth) before the colon that opens the clause
    /// of token `i`, if a colon opens it (within reach; a parenthesis
    /// between, "carnage : selon la police (AFP), 56 …", ends the walk).
    fn clause_before_a_colon(&self, i: usize) -> Option<(usize, u16)> {
        let (lo, _) = self.sentence_span(i);
        let mut k = i;
        while k > lo && k + PARENTHESIS_REACH > i && self.seg[k - 1] == self.seg[i] {
            k -= 1;
        }
        (k > lo && &self.low[k] == ":").then(|| (self.seg[k - 1], self.paren[k - 1]))
    }

    /// The clause (segment, depth) around the parenthesis token `i` is in,
    /// if it is in one: that of the last token before the parenthesis.
    fn enclosing_clause(&self, i: usize) -> Option<(usize, u16)> {
        let depth = self.paren[i];
        if depth == 0 {
            return None;
        }
        // within reach: a parenthesis may run for pages in a hostile input
        let (lo, _) = self.sentence_span(i);
        (lo.max(i.saturating_sub(PARENTHESIS_REACH))..i).rev().find(|&k| self.paren[k] < depth).map(|k| (self.seg[k], self.paren[k]))
    }

    /// A site the gazetteer does not know, named with its town right after
    /// ("la gare Saint-Charles à Marseille", "au Manchester Arena, à
    /// Manchester"): the town, as a reader would give it.
    fn town_of_a_site(&self, p: usize, scope: &[(usize, usize, u8, bool)], named: &[String]) -> usize {
        if self.is_known_place(p, named) {
            return p;
        }
        let end = self.ptok[p].1;
        scope
            .iter()
            .map(|x| x.1)
            .find(|&q| {
                let start = self.ptok[q].0;
                start > end
                    && start <= end + 3
                    && self.same_sentence(end, start)
                    && (end..start).all(|k| matches!(&self.low[k], "à" | "," | "de" | "en"))
                    && matches!(self.f.gaz.lookup_near(self.place_name(q), named), Some(Known::Within(_)))
            })
            .unwrap_or(p)
    }

    /// A site the gazetteer does not know ("l'autoroute A7") gives way to a
    /// town it knows that the clause governs as well, near the count ("près
    /// de Seyssuel, une camionnette a fauché trois personnes sur l'autoroute
    /// A7"): the town, as a reader would give it.
    fn known_town_over_a_site(&self, p: usize, scope: &[(usize, usize, u8, bool)], named: &[String], c: &Cand) -> usize {
        if self.is_known_place(p, named) {
            return p;
        }
        let town = |q: usize| self.f.gaz.is_city(self.place_name(q)) && matches!(self.f.gaz.lookup_near(self.place_name(q), named), Some(Known::Within(_)));
        // as governed as the site ("près de Seyssuel", not "le régiment de Saint-Christol … sous le col")
        let tier = scope.iter().find(|x| x.1 == p).map_or(u8::MAX, |x| x.2);
        scope
            .iter()
            .filter(|x| x.1 != p && x.2 <= tier && town(x.1) && c.distance(x.0) <= SITE_TOWN_REACH)
            .min_by_key(|x| (x.2, c.distance(x.0)))
            .map_or(p, |x| x.1)
    }

    /// Whether the gazetteer knows place `p` (a site it does not know may
    /// give way to a town it does).
    fn is_known_place(&self, p: usize, named: &[String]) -> bool {
        self.f.gaz.lookup_near(self.place_name(p), named).is_some()
    }

    /// The town just before subdivision `p` that lies in the same country,
    /// which `p` locates ("à Agde, dans l'Hérault"), or a place the
    /// gazetteer does not know that `p` is set beside as its locator ("à
    /// Tignieu-Jameyzieu, en Isère", "Tignieu-Jameyzieu (Isère)"); else `p`.
    fn town_before_its_subdivision(&self, p: usize, country: &str, scope: &[(usize, usize, u8, bool)], named: &[String]) -> usize {
        let ps = self.ptok[p].0;
        let town_of_its_country = |q: usize| {
            self.f.gaz.is_city(self.place_name(q)) && matches!(self.f.gaz.lookup_near(self.place_name(q), named), Some(Known::Within(c)) if c == country)
        };
        // only a comma or a parenthesis, a locative preposition and an article between
        let apposed = |qe: usize| {
            let opened = matches!(self.low.get(qe), Some("," | "("));
            opened && (qe + 1..ps).all(|k| matches!(&self.low[k], "en" | "dans" | "l'" | "le" | "la" | "les" | "'"))
        };
        scope
            .iter()
            .map(|x| x.1)
            .find(|&q| {
                let (qs, qe) = self.ptok[q];
                let unknown = self.f.gaz.lookup(self.place_name(q)).is_none() && apposed(qe);
                q != p && qe <= ps && ps - qe <= BESIDE && self.same_sentence(qs, ps) && (town_of_its_country(q) || unknown)
            })
            .unwrap_or(p)
    }

    /// A place of `scope` within the country `p` names, if `p` is a country:
    /// anywhere in a headline ("Somalie : … à Mogadiscio"), beside it in the
    /// body ("à Marseille, en France"; not "… aux États-Unis », a déclaré
    /// Donald Trump … en Floride").
    fn more_specific(&self, p: usize, scope: &[(usize, usize, u8, bool)], named: &[String], headline: bool) -> usize {
        let country = match self.f.gaz.lookup(self.place_name(p)) {
            Some(Known::Country(country)) => country,
            Some(Known::Within(country)) if self.f.gaz.is_subdivision(self.place_name(p)) => return self.town_before_its_subdivision(p, &country, scope, named),
            _ => return p,
        };
        let (ps, pe) = self.ptok[p];
        // a country the clause names through a description ("le nord du
        // pays") is not at its own name's tokens: the whole clause counts
        let named_here = scope.iter().any(|x| x.1 == p && x.0 == ps);
        let beside = |q: usize| {
            let (qs, qe) = self.ptok[q];
            headline || !named_here || qs.saturating_sub(pe).max(ps.saturating_sub(qe)) <= BESIDE
        };
        scope
            .iter()
            .map(|x| x.1)
            .find(|&q| q != p && beside(q) && matches!(self.f.gaz.lookup_near(self.place_name(q), named), Some(Known::Within(c)) if c == country))
            .unwrap_or(p)
    }
}
