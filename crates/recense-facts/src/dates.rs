//! When a fact happened: a date of its clause, a clock time meaning the
//! day the text was telling, a pluperfect's earlier date, or the date of the
//! same event stated elsewhere.

use chrono::NaiveDate;
use recense_numbers::{Kind, Quantity, Value};
use recense_text::TokenKind;

use crate::context::{is_infinitive_form, is_participle_form, within_reach, Cand, Doc, SENTENCE_REACH};
use crate::Event;

/// The longest place a dateline may open with ("Saint-Pierre-et-Miquelon, ").
const DATELINE_PLACE: usize = 40;

/// How many days before the article its lead's date may be the story's day.
const STORY_WEEK: i64 = 7;

/// How many days before the article the month its lead reports on may begin
/// (about three months: monthly figures are published a month or two late).
const STORY_MONTHS_DAYS: i64 = 92;

/// How many tokens before a "que" a "ne" makes it restrictive ("n'a
/// arrêté que 30 personnes").
const RESTRICTIVE_REACH: usize = 4;

/// How many sentences away the same event's date is borrowed from.
const SAME_EVENT_REACH: usize = 3;

/// How many words before "depuis" a record word may stand ("le plus bas
/// niveau depuis", "du jamais vu depuis").
const BASELINE_REACH: usize = 4;

/// Words that make the date after "depuis" a record's baseline.
const BASELINE_WORDS: [&str; 8] = ["record", "première", "premier", "jamais", "pire", "meilleur", "meilleure", "niveau"];

/// How many words a comparison's "que" or "par rapport" stands before the
/// date it compares with ("de plus qu'au mois de novembre").
const COMPARISON_REACH: usize = 4;

/// Words between a comparison's "que" and its date.
const COMPARISON_LINKS: [&str; 8] = ["en", "au", "à", "a", "le", "la", "mois", "de"];

/// What follows an impersonal "il": "il s'agit", "il faut", "il y a", "il est
/// probable", "il semble".
const IMPERSONAL_VERBS: [&str; 14] =
    ["s'", "s", "faut", "fallait", "faudra", "y", "est", "était", "semble", "semblait", "reste", "restait", "existe", "suffit"];

/// The endings of the simple future, after the future stem.
const FUTURE_ENDINGS: [&str; 6] = ["ai", "as", "a", "ons", "ez", "ont"];

/// Infinitive endings whose future stem is not the infinitive's, with
/// that stem's ending: "venir" → "viendr" also gives "devenir" →
/// "deviendr", "obtenir" → "obtiendr"; the regular stem is tried as well
/// ("prévoir" → "prévoira", "installer" is no "aller").
const IRREGULAR_FUTURE_STEMS: [(&str, &str); 17] = [
    ("être", "ser"),
    ("avoir", "aur"),
    ("aller", "ir"),
    ("faire", "fer"),
    ("pouvoir", "pourr"),
    ("devoir", "devr"),
    ("venir", "viendr"),
    ("tenir", "tiendr"),
    ("voir", "verr"),
    ("vouloir", "voudr"),
    ("savoir", "saur"),
    ("falloir", "faudr"),
    ("valoir", "vaudr"),
    ("cevoir", "cevr"),
    ("envoyer", "enverr"),
    ("mourir", "mourr"),
    ("courir", "courr"),
];

/// Tokens after a figure within which a `rate` phrase makes it a rate
/// ("6 milliards de dollars par an", "56 000 exemplaires quotidiennement").
const RATE_REACH: usize = 6;

/// The length of a year-grain date ("2016"): only finer ones are borrowed.
const YEAR_GRAIN: usize = 4;

impl Doc<'_> {
    /// The date of each candidate: its clause's (a clock time: the day the
    /// sentence before names, else the story's); else that of the count it
    /// continues; else, in a pluperfect clause, the date the sentence before
    /// set; else, in a future clause, the coming date the story gives; else,
    /// in a past sentence opened by a subject pronoun, the sentence before's;
    /// else that of the nearest candidate of the same event (not OTHER) in
    /// another sentence whose clause has one, an earlier one first — the
    /// spec's "the same event's date stated elsewhere in the article"; else
    /// the day the lead paragraph gives its story ("hier", "ce lundi 4
    /// avril"); else the article's date, the day news is reported. A rate
    /// ("10 millions par jour") takes only its clause's date: none of the
    /// others is when it happened.
    pub(crate) fn dates(&self, cands: &[Cand], events: &[Event], article_date: Option<NaiveDate>) -> Vec<Option<String>> {
        let story_date = self.lead_date(article_date).or_else(|| article_date.map(|d| d.format("%Y-%m-%d").to_string()));
        let own: Vec<Option<String>> = cands
            .iter()
            .map(|c| match self.date(c) {
                Some(ClauseDate::Date(d)) => Some(d),
                // "Mardi à midi, 62 000 foyers … En Bretagne, à 20 heures, 30 000":
                // a clock time goes on the day the sentence before names
                Some(ClauseDate::ClockTime { coarse }) => self.day_of_sentence_before(c, article_date).or_else(|| story_date.clone()).or(coarse),
                None => None,
            })
            .collect();
        let sentence = |i: usize| self.sent[cands[i].s];
        // a date after the article's is a plan ("former 500 000 chômeurs
        // d'ici avril 2017"): no date of a past told after it
        let planned = |d: &String| article_date.is_some_and(|a| date_part(d) > a.format("%Y-%m-%d").to_string());
        let before = nearest_dated(cands.len(), events, &own, sentence, false);
        let after = nearest_dated(cands.len(), events, &own, sentence, true);
        (0..cands.len())
            .map(|i| {
                if own[i].is_some() {
                    return own[i].clone();
                }
                // "10 millions par jour": a rate happens on no one day
                if self.is_rate(&cands[i]) {
                    return None;
                }
                // "37 films seront présentés … mais seulement 14 participeront"
                if let Some(date) = self.antecedent(cands, i).and_then(|j| own[j].clone()) {
                    return Some(date);
                }
                if self.is_pluperfect(&cands[i]) {
                    if let Some(day) = self.day_of_sentence_before(&cands[i], None) {
                        return Some(day);
                    }
                }
                // "La compétition réunira 5 000 compétiteurs": a figure told in
                // the future happens on the coming date the story gives, not
                // on the day it is reported
                let future = self.is_future(&cands[i]);
                if let Some(date) = future.then(|| self.coming_date(&cands[i], article_date)).flatten() {
                    return Some(date);
                }
                // "… ont frappé la région mercredi. Elles ont fait quatre
                // morts": a sentence opened by a subject pronoun goes on
                // telling what the one before dated (in the past)
                if !future && self.opens_with_a_pronoun(&cands[i]) {
                    if let Some(date) = self.date_of_sentence_before(&cands[i]).filter(|d| !planned(d)) {
                        return Some(date);
                    }
                }
                if events[i] == Event::Other {
                    return story_date.clone();
                }
                // a story states an event's date first and refers back to it;
                // far from it, the same event code is likely another event
                let near = |j: &usize| sentence(*j).abs_diff(sentence(i)) <= SAME_EVENT_REACH;
                let nearest = before[i].filter(near).or(after[i].filter(near));
                // a year ("depuis le début de l'année") dates a tally, not the
                // event; a planned date is not when the others happened
                let borrowed = nearest.and_then(|j| own[j].clone()).filter(|d| d.len() > YEAR_GRAIN && !planned(d));
                borrowed.or_else(|| story_date.clone())
            })
            .collect()
    }

    /// Whether a `rate` phrase of `words.tsv` follows the candidate in its
    /// clause, within `RATE_REACH` tokens and before any other figure ("5
    /// millions d'euros par mois"; not "5 000 euros et 200 euros par jour",
    /// whose rate is the second's, nor "comme chaque année").
    fn is_rate(&self, c: &Cand) -> bool {
        let phrases = self.cues.phrases_of("rate");
        let (seg, q) = (self.seg[c.s], c.q);
        let reach = c.e..(c.e + RATE_REACH).min(self.toks.len());
        let mut clause = reach.take_while(|&k| self.seg[k] == seg && self.q_at[k].is_none_or(|other| other == q));
        clause.any(|k| &self.low[k.saturating_sub(1)] != "comme" && phrases.iter().any(|p| self.matches_at(k, p)))
    }

    /// The last day-grain date of the sentence before the candidate's (its
    /// last `SENTENCE_REACH` tokens, so that the scan stays bounded); with
    /// `near` an article date, only one within a week of it (for a clock
    /// time: an older date is background, "trois mois après l'attaque du 14
    /// juillet"); without, any (for a pluperfect, which tells an older past).
    fn day_of_sentence_before(&self, c: &Cand, near: Option<NaiveDate>) -> Option<String> {
        let (lo, hi) = self.sentence_tail(self.sent[c.s].checked_sub(1)?);
        self.figure_dates(lo, hi).rev().find_map(|(_, q, v)| {
            if v.len() < 10 || q.value_max.is_some() {
                return None;
            }
            let day = date_part(v);
            let date = NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok()?;
            near.is_none_or(|a| (a - date).num_days().abs() <= STORY_WEEK).then_some(day)
        })
    }

    /// The last `SENTENCE_REACH` tokens of sentence `s`: a scan of another
    /// sentence than the candidate's stays bounded.
    fn sentence_tail(&self, s: usize) -> (usize, usize) {
        let (lo, hi) = self.spans[s];
        (lo.max(hi.saturating_sub(SENTENCE_REACH)), hi)
    }

    /// The date quantities opening at tokens `lo..hi` that can date a
    /// figure: (token, quantity, value).
    fn figure_dates(&self, lo: usize, hi: usize) -> impl DoubleEndedIterator<Item = (usize, &Quantity, &str)> + '_ {
        (lo..hi).filter_map(move |i| {
            let qi = self.q_at[i].filter(|&qi| self.qtok[qi].0 == i)?;
            let q = &self.quantities[qi];
            match (q.kind, &q.value) {
                (Kind::Date | Kind::Datetime, Value::Text(v)) if self.dates_a_figure(i, q) => Some((i, q, v.as_str())),
                _ => None,
            }
        })
    }

    /// Whether the candidate's clause opens its sentence with a subject
    /// pronoun ("Il baisse de 3 %, soit 110 000 chômeurs de moins"), not an
    /// impersonal "il" ("Il s'agit de", "Il faut dire que").
    fn opens_with_a_pronoun(&self, c: &Cand) -> bool {
        let (lo, _) = self.sentence_span(c.s);
        // past a negation: "Il n'y a eu que deux blessés"
        let verb = if matches!(self.low.get(lo + 1), Some("n'" | "ne")) { lo + 2 } else { lo + 1 };
        let impersonal = &self.low[lo] == "il" && self.low.get(verb).is_some_and(|w| IMPERSONAL_VERBS.contains(&w));
        self.seg[lo] == self.seg[c.s] && matches!(&self.low[lo], "il" | "elle" | "ils" | "elles") && !impersonal
    }

    /// The last date of the sentence before the candidate's that can date a
    /// figure, at its grain (its last `SENTENCE_REACH` tokens); not the start
    /// of a state ("le record détenu depuis 1989").
    fn date_of_sentence_before(&self, c: &Cand) -> Option<String> {
        let (lo, hi) = self.sentence_tail(self.sent[c.s].checked_sub(1)?);
        let since = |i: usize| i > 0 && self.word(i - 1) == "depuis";
        self.figure_dates(lo, hi).rev().find(|&(i, _, _)| !since(i)).map(|(_, q, v)| fact_date(v, &q.value_max))
    }

    /// The first day-grain date of the lead, the dateline aside, in the week
    /// before the article's date: the day the story happened (an older date
    /// there is background: "trois mois après l'attentat du 14-Juillet").
    /// The lead is the dateline's paragraph, or the next one when the
    /// dateline stands alone on its line ("19 avril 2017 . –"). Else, or
    /// first when the lead names the figures it is for, the recent month
    /// it reports on.
    fn lead_date(&self, article_date: Option<NaiveDate>) -> Option<String> {
        let dateline = self.quantities.iter().position(|q| q.kind == Kind::Date && self.is_dateline(q))?;
        let start = self.quantities[dateline].end;
        let line_end = |from: usize| self.text.get(from..).and_then(|rest| rest.find('\n')).map_or(self.text.len(), |p| from + p);
        let mut lead_end = line_end(start);
        let rest_of_line = self.text.get(start..lead_end).unwrap_or("");
        if rest_of_line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '–' | '—')).is_empty() {
            let next = self.text.get(lead_end..).map_or(lead_end, |rest| lead_end + (rest.len() - rest.trim_start().len()));
            lead_end = line_end(next);
        }
        // the lead's quantities, by index
        let lead = || (dateline + 1..self.quantities.len()).take_while(|&qi| self.quantities[qi].start < lead_end);
        let day = lead()
            .map(|qi| &self.quantities[qi])
            .filter_map(|q| match (&q.kind, &q.value) {
                (Kind::Date | Kind::Datetime, Value::Text(v)) if v.len() >= 10 => Some(v[..10].to_string()),
                _ => None,
            })
            .find(|day| {
                let recent = |a: NaiveDate| NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok_and(|d| d <= a && (a - d).num_days() <= STORY_WEEK);
                article_date.is_none_or(recent)
            });
        // else the month the lead reports on ("les chiffres du chômage pour
        // le mois d'août 2017"), when it is a recent one; that month before
        // the day when the lead names the figures it is for ("Ce 26
        // décembre, Pôle emploi dévoilait les chiffres du chômage pour le
        // mois de novembre": the day they were published)
        let month = article_date.and_then(|a| {
            lead().find_map(|qi| {
                let q = &self.quantities[qi];
                match (&q.kind, &q.value, &q.value_max) {
                    (Kind::Date, Value::Text(v), None) if v.len() == 7 => {
                        let first = NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d").ok()?;
                        (first <= a && (a - first).num_days() <= STORY_MONTHS_DAYS).then(|| (v.clone(), self.figures_for_the_month(qi)))
                    }
                    _ => None,
                }
            })
        });
        match month {
            Some((month, true)) => Some(month),
            month => day.or(month.map(|(m, _)| m)),
        }
    }

    /// Whether the month quantity `qi` is the period figures are given for:
    /// "pour le mois de novembre", in a sentence that names figures
    /// ("les chiffres du chômage", "les statistiques").
    fn figures_for_the_month(&self, qi: usize) -> bool {
        // the lead's sentence may hold no figure: its words are read from the text
        let (s, _) = self.qtok[qi];
        let for_the_month = s.checked_sub(1).is_some_and(|k| self.word(k) == "pour") && self.word(s) == "le";
        let (lo, hi) = within_reach(self.sentence_span(s), s, s + 1);
        for_the_month && (lo..hi).any(|k| matches!(self.word(k).as_str(), "chiffres" | "statistiques" | "données" | "indicateurs"))
    }

    /// A dateline: a date opening its paragraph, or after a place and a comma
    /// ("Paris, 6 novembre 2024 –"), then ". -". Only the line before it is
    /// read, at most a place's length, so the test costs no more than that.
    pub(crate) fn is_dateline(&self, q: &Quantity) -> bool {
        let (Some(before), Some(after)) = (self.text.get(..q.start), self.text.get(q.end..)) else { return false };
        // the date's line before it, at most DATELINE_PLACE + 1 characters
        let line_start = before.char_indices().rev().take(DATELINE_PLACE + 1).take_while(|&(_, c)| c != '\n').last().map_or(before.len(), |(i, _)| i);
        let line = &before[line_start..];
        let opening = line.trim_matches([' ', '\t', '\u{a0}', '\r']);
        let opens_line = opening.is_empty()
            || (line.chars().count() <= DATELINE_PLACE
                && opening.ends_with(',')
                && opening.chars().next().is_some_and(char::is_uppercase)
                && !opening.contains(['.', ':', ';']));
        if !opens_line {
            return false;
        }
        let after = after.trim_start_matches([' ', '.', '\u{a0}']);
        after.starts_with('-') || after.starts_with('–') || after.starts_with('—')
    }

    /// A year that names an edition ("la CAN 2017", "Tour de France 2016",
    /// its token at `i` right after a capitalised word): when the event
    /// is held, not when a figure of the article happened.
    fn is_edition_year(&self, i: usize, q: &Quantity) -> bool {
        let year = matches!(&q.value, Value::Text(v) if v.len() == 4) && q.value_max.is_none();
        // (a capitalised word that opens its sentence or follows a mark — the
        // dateline's dash, a quote, a parenthesis — is taken for no name: "En
        // 2016, …", "2 mai 2016 . – En 2015, …"; a name runs on before it)
        let after_name = i > 1
            && self.toks[i - 1].kind == TokenKind::Word
            && self.toks[i - 1].text(self.text).chars().next().is_some_and(char::is_uppercase)
            && self.same_sentence(i - 2, i - 1)
            && self.toks[i - 2].kind != TokenKind::Punct;
        year && after_name
    }

    /// A date of birth ("nés le 16 juillet 1993", "née en 1950"): a
    /// person's, not the day a figure happened.
    fn is_birth_date(&self, i: usize) -> bool {
        // the raw words: `low` is only filled for sentences that hold a figure
        let born = |k: usize| matches!(self.word(k).as_str(), "né" | "née" | "nés" | "nées");
        let lead = |k: usize| matches!(self.word(k).as_str(), "le" | "en" | "l'" | "l’");
        (i >= 1 && born(i - 1)) || (i >= 2 && lead(i - 1) && born(i - 2))
    }

    /// Whether the candidate's clause is in the pluperfect ("Quatre civils
    /// avaient été tués"): a past told after the date that set it.
    fn is_pluperfect(&self, c: &Cand) -> bool {
        let (lo, hi) = within_reach(self.sentence_span(c.s), c.s, c.e);
        (lo..hi).any(|i| self.seg[i] == self.seg[c.s] && matches!(&self.low[i], "avait" | "avaient") && self.low.get(i + 1).is_some_and(|w| is_participle_form(w)))
    }

    /// Whether the candidate's clause tells the future: a simple future
    /// ("la compétition réunira", "qui perdront") or "aller" and an
    /// infinitive ("ils vont ramener").
    fn is_future(&self, c: &Cand) -> bool {
        let (lo, hi) = within_reach(self.sentence_span(c.s), c.s, c.e);
        (lo..hi).filter(|&i| self.seg[i] == self.seg[c.s]).any(|i| {
            let going_to = matches!(&self.low[i], "va" | "vont") && self.low.get(i + 1).is_some_and(|w| is_infinitive_form(w));
            going_to || self.is_simple_future(i)
        })
    }

    /// Whether token `i` is a simple future: its lemma's future stem and a
    /// future ending ("réunir" → "réunira", "perdre" → "perdront", "être" →
    /// "sera"). Built from the lemma, so that a passé simple ("déclara") or
    /// a noun ("opéra") is none.
    fn is_simple_future(&self, i: usize) -> bool {
        let (w, l) = (&self.low[i], self.lemma(i));
        // most words end in no future ending: no stem is built for them
        if w == l || !self.is_word(i) || !FUTURE_ENDINGS.iter().any(|e| w.ends_with(e)) {
            return false;
        }
        let regular = if l.ends_with("er") || l.ends_with("ir") {
            l.to_string()
        } else if l.ends_with("re") {
            l[..l.len() - 1].to_string()
        } else {
            String::new()
        };
        let irregular = IRREGULAR_FUTURE_STEMS.iter().filter_map(|(inf, stem)| l.strip_suffix(inf).map(|head| format!("{head}{stem}")));
        // "mener" → "mènera", "appeler" → "appellera", "payer" → "paiera"
        let changed = [regular.replacen("yer", "ier", 1), regular.replacen("eler", "eller", 1), regular.replacen("eter", "etter", 1)];
        let folded = fold_accents(w);
        irregular.chain([regular.clone()]).chain(changed).filter(|stem| !stem.is_empty()).any(|stem| {
            folded.strip_prefix(fold_accents(&stem).as_str()).is_some_and(|ending| FUTURE_ENDINGS.contains(&ending))
        })
    }

    /// The nearest date after the article's that can date a figure, in the
    /// candidate's sentence or the `SAME_EVENT_REACH` before it: the coming
    /// date a story in the future tense refers to ("va fermer ses portes en
    /// mars 2018 … les 235 salariés qui perdront leur emploi").
    fn coming_date(&self, c: &Cand, article_date: Option<NaiveDate>) -> Option<String> {
        let today = article_date?.format("%Y-%m-%d").to_string();
        let coming = |d: &str| !d.contains('W') && d.len() <= today.len() && d > &today[..d.len()];
        let sent = self.sent[c.s];
        (sent.saturating_sub(SAME_EVENT_REACH)..=sent).rev().find_map(|s| {
            let (lo, hi) = if s == sent { within_reach(self.spans[s], c.s, c.e) } else { self.sentence_tail(s) };
            let mut dates = self.figure_dates(lo, hi).map(|(i, q, v)| (i.abs_diff(c.s), fact_date(v, &q.value_max))).filter(|(_, d)| coming(d));
            if s == sent { dates.min_by_key(|(distance, _)| *distance) } else { dates.next_back() }.map(|(_, d)| d)
        })
    }

    /// Whether the date at token `i` names a night ("la nuit du 1er au 2
    /// janvier", "dans la nuit de vendredi à samedi"), its "de" outside the
    /// date or inside ("la nuit [de lundi 16 à mardi 17 janvier]").
    fn after_night(&self, i: usize) -> bool {
        let of = |k: usize| matches!(&self.low[k], "du" | "de" | "d'");
        (i >= 2 && of(i - 1) && &self.low[i - 2] == "nuit") || (i >= 1 && of(i) && &self.low[i - 1] == "nuit")
    }

    /// Whether the date quantity `q` at token `i` can date a figure: not the
    /// dateline, an edition's year or a date of birth.
    fn dates_a_figure(&self, i: usize, q: &Quantity) -> bool {
        !self.is_dateline(q) && !self.is_edition_year(i, q) && !self.is_birth_date(i) && !self.is_baseline(i) && !self.is_compared_with(i)
    }

    /// The date a figure is compared with ("42 000 de plus qu'en novembre",
    /// "moins qu'au mois de mai", "par rapport à 2015"): when the other
    /// figure held, not when this one did.
    fn is_compared_with(&self, i: usize) -> bool {
        let lo = i.saturating_sub(COMPARISON_REACH);
        let word = |k: usize| self.word(k);
        (lo..i).rev().take_while(|&k| self.same_sentence(k, i)).any(|k| {
            let w = word(k);
            // not a time's own comparison: "pas plus tôt que jeudi" is that Thursday
            let than = || {
                let of_time = k > 0 && matches!(word(k - 1).as_str(), "tôt" | "tard");
                !of_time && (k.saturating_sub(COMPARISON_REACH)..k).any(|j| matches!(word(j).as_str(), "plus" | "moins" | "autant"))
            };
            let than = matches!(w.as_str(), "qu'" | "que" | "qu’") && than();
            let against = w == "rapport" && k > 0 && word(k - 1) == "par";
            (than || against) && (k + 1..i).all(|j| COMPARISON_LINKS.contains(&word(j).as_str()))
        })
    }

    /// The date a record is measured against ("un record depuis septembre
    /// 2013", "leur pire score depuis 1933", "une première depuis 2007"):
    /// when the figure was last matched, not when it happened.
    fn is_baseline(&self, i: usize) -> bool {
        let since = i > 0 && self.word(i - 1) == "depuis";
        since && (i.saturating_sub(1 + BASELINE_REACH)..i - 1).any(|k| self.same_sentence(k, i) && BASELINE_WORDS.contains(&self.word(k).as_str()))
    }

    /// The date a candidate's own clause gives it: a night's first day
    /// ("dans la nuit de vendredi à samedi"), else the nearest date, or a
    /// clock time (the story's day) — a clock time beats a year or a span
    /// of years, which only say when the day fell. A clause with neither
    /// takes the nearest date of the clauses before it in its sentence that
    /// hold no figure of their own (not across "mais").
    fn date(&self, c: &Cand) -> Option<ClauseDate> {
        let around = self.dates_around(c);
        if let Some(day) = around.night {
            return Some(ClauseDate::Date(day));
        }
        let best = around.dates.iter().min_by_key(|d| self.date_rank(c, &around.figures, d.0)).map(|(_, v, span)| (v.clone(), *span));
        match (best, around.time) {
            (Some((v, span)), true) if v.len() <= 4 || span => Some(ClauseDate::ClockTime { coarse: Some(v) }),
            (Some((v, _)), _) => Some(ClauseDate::Date(v)),
            (None, true) => Some(ClauseDate::ClockTime { coarse: None }),
            // "inscrits pour le mois de juillet 2017 …, avec près de 6,7
            // millions": another clause's date, when no figure there owns it
            // or a colon makes ours its sequel ("Dans la nuit du 1er au 2
            // janvier, deux gangs s'affrontent … : 56 personnes perdent la vie")
            (None, false) => around
                .elsewhere
                .into_iter()
                .filter(|(i, _)| *i < c.s && (!around.busy_clauses.contains(&self.seg[*i]) || (*i..c.s).any(|k| &self.low[k] == ":")))
                .filter(|(i, _)| !(*i..c.s).any(|k| &self.low[k] == "mais"))
                .max_by_key(|(i, _)| *i)
                .map(|(_, v)| ClauseDate::Date(v)),
        }
    }

    /// The dates, times and figures of a candidate's sentence within reach,
    /// in its parenthesis level, by clause: its own and the others.
    fn dates_around(&self, c: &Cand) -> DatesAround {
        let (lo, hi) = within_reach(self.sentence_span(c.s), c.s, c.e);
        let mut around = DatesAround::default();
        for i in lo..hi {
            let Some(qi) = self.q_at[i] else { continue };
            if self.qtok[qi].0 != i || qi == c.q || self.paren[i] != self.paren[c.s] {
                continue;
            }
            let q = &self.quantities[qi];
            let date = match (q.kind, &q.value) {
                (Kind::Date | Kind::Datetime, Value::Text(v)) => Some(v),
                _ => None,
            };
            let figure = matches!(q.kind, Kind::Count | Kind::Money);
            // "dans la nuit du 1er au 2 janvier", "de vendredi à samedi": the
            // night's first day, whatever else the clause names
            let night = date.filter(|v| self.after_night(i) && v.len() >= 10);
            let dated = || date.filter(|_| self.dates_a_figure(i, q));
            if self.seg[i] != self.seg[c.s] {
                if let Some(v) = night {
                    around.elsewhere.push((i, date_part(v)));
                } else if let Some(v) = dated() {
                    around.elsewhere.push((i, fact_date(v, &q.value_max)));
                } else if figure {
                    around.busy_clauses.push(self.seg[i]);
                }
            } else if let Some(v) = night {
                around.night = Some(date_part(v));
            } else if let Some(v) = dated() {
                around.dates.push((i, fact_date(v, &q.value_max), q.value_max.is_some()));
            } else if q.kind == Kind::Time {
                around.time = true;
            } else if figure {
                around.figures.push(i);
            }
        }
        around
    }

    /// How far the date at token i is from candidate c, for the nearest:
    /// one before first on a tie; a date that belongs to another figure
    /// comes last: one with that figure between, or one after that figure
    /// in the conjunct before ours ("64 vols annulés lundi et 58 annulations
    /// prévues pour mardi"); a date across a completive or relative "que"
    /// tells when something else happened ("a démenti … vendredi que les
    /// 5 000 otages aient été libérés cette semaine"; not the restrictive
    /// "n'a arrêté que 30 personnes").
    fn date_rank(&self, c: &Cand, figures: &[usize], i: usize) -> (bool, bool, usize, bool) {
        let separated = if i < c.s {
            figures.iter().any(|&f| f < i) && (i + 1..c.s).any(|k| matches!(&self.low[k], "et" | "mais" | "puis"))
        } else {
            figures.iter().any(|&f| c.e <= f && f < i)
        };
        let (from, to) = if i < c.s { (i + 1, c.s) } else { (c.e, i) };
        let restrictive = |k: usize| (k.saturating_sub(RESTRICTIVE_REACH)..k).any(|j| matches!(&self.low[j], "ne" | "n'"));
        let across_que = (from..to).any(|k| matches!(&self.low[k], "que" | "qu'") && !restrictive(k));
        (separated, across_que, c.distance(i), i > c.s)
    }
}

/// What surrounds a candidate in its sentence (`Doc::dates_around`).
#[derive(Default)]
struct DatesAround {
    /// Its clause's dates: (token, date, a span of dates).
    dates: Vec<(usize, String, bool)>,
    /// Its clause's other counts and amounts, by token.
    figures: Vec<usize>,
    /// Whether its clause gives a clock time.
    time: bool,
    /// The first day of a night its clause names.
    night: Option<String>,
    /// Dates of the sentence's other clauses, by token.
    elsewhere: Vec<(usize, String)>,
    /// The other clauses that hold a count or an amount.
    busy_clauses: Vec<usize>,
}

/// A word with its e-accents folded, as a future's stem may gain or lose
/// one ("mener" → "mènera", "céder" → "cédera").
fn fold_accents(w: &str) -> String {
    w.chars().map(|c| if matches!(c, 'é' | 'è' | 'ê' | 'ë') { 'e' } else { c }).collect()
}

/// A date or datetime value as a fact's date: "2024-11-06T15:00" → "2024-11-06";
/// a date at a coarser grain ("2024-11", "2024-W45") as it is.
fn date_part(value: &str) -> String {
    value.get(..10).unwrap_or(value).to_string()
}

/// A date quantity as a fact's date: a range ("2016-01" … "2016-09",
/// "du 6 au 10 mars") at the grain its two ends share ("2016", "2017-03");
/// ends that share no year, at the first.
fn fact_date(value: &str, value_max: &Option<Value>) -> String {
    let first = date_part(value);
    let Some(Value::Text(last)) = value_max else { return first };
    let last = date_part(last);
    let shared = [10, 7, 4].into_iter().find(|&n| first.len() >= n && last.len() >= n && first[..n] == last[..n]);
    match shared {
        Some(n) if first != last => first[..n].to_string(),
        _ => first,
    }
}

/// What a candidate's clause says of its date.
enum ClauseDate {
    /// A date, as the contract writes it.
    Date(String),
    /// A clock time: the day the story happened (else the year or span of
    /// years the clause also gives).
    ClockTime { coarse: Option<String> },
}

/// For each candidate, the nearest candidate before it (or after it, with
/// `forward`) of the same event, with a date of its own, in another
/// sentence: in its own sentence, a date of another clause belongs to
/// another figure ("75 000 …, contre 45 000 en mai"). One sweep: the last
/// dated candidate per event is kept, from sentences already left.
fn nearest_dated(
    n: usize,
    events: &[Event],
    own: &[Option<String>],
    sentence: impl Fn(usize) -> usize,
    forward: bool,
) -> Vec<Option<usize>> {
    let mut out = vec![None; n];
    let mut settled: Vec<Option<usize>> = vec![None; Event::ALL.len()];
    let mut current: Vec<Option<usize>> = vec![None; Event::ALL.len()];
    let mut current_sentence = usize::MAX;
    let order: Box<dyn Iterator<Item = usize>> = if forward { Box::new((0..n).rev()) } else { Box::new(0..n) };
    for i in order {
        if sentence(i) != current_sentence {
            for (s, c) in settled.iter_mut().zip(current.iter_mut()) {
                if c.is_some() {
                    *s = c.take();
                }
            }
            current_sentence = sentence(i);
        }
        let e = events[i].index();
        out[i] = settled[e];
        if own[i].is_some() {
            current[e] = Some(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_dates_a_fact_at_the_grain_its_ends_share() {
        let text = |s: &str| Some(Value::Text(s.to_string()));
        assert_eq!(fact_date("2016-01", &text("2016-09")), "2016");
        assert_eq!(fact_date("2017-03-06", &text("2017-03-10")), "2017-03");
        assert_eq!(fact_date("2015", &text("2016")), "2015", "no shared year: the first end");
        assert_eq!(fact_date("2024-11-06T15:00", &None), "2024-11-06");
    }
}
