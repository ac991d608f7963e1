//! What the event model sees of a candidate: the cue rules' answers, the
//! quantity's kind and qualifier, what its counted noun and the words around
//! it evoke (`models/facts/lexicon.tsv`), the clusters of the nearest words,
//! the cue table's hits in its sentence and the article's topic. Words are
//! seen through what they evoke and their clusters, not as themselves: with
//! a few hundred training facts, a word seen in one article would be learnt
//! by heart. Each feature is a string hashed with FNV-1a, so that model
//! files are the same on every platform.

use recense_numbers::Kind;
use recense_text::TokenKind;

use crate::context::{Cand, Doc};
use crate::rules::RuleEvidence;
use crate::Event;

/// Words either side of the quantity whose clusters are features, and whose
/// evoked events count as near.
const NEAR: usize = 3;
/// Words either side whose evoked events are features.
const WINDOW: usize = 10;
/// Tokens either side whose cue hits count as the sentence's.
const CUE_REACH: usize = 60;

/// FNV-1a, 64 bits.
pub(crate) fn hash(feature: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in feature.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The weight the cue rules' verdict starts training with: the examples
/// then teach the model where the rules are wrong, not everything anew.
pub(crate) const RULES_PRIOR: f32 = 2.0;

/// The rules whose own answers (not only their joint verdict) start with
/// the prior.
const RULE_NAMES: [&str; 7] = ["noun", "left", "right", "counted", "anaphor", "twin", "context"];

/// The prior a training run starts from: the cue rules' verdict, and each
/// rule's own answer at half that weight.
pub fn rules_prior() -> crate::EventModel {
    let verdicts = Event::ALL.iter().map(|&e| (hash(&format!("rules={e}")), e, RULES_PRIOR));
    let answers = Event::ALL
        .iter()
        .flat_map(|&e| RULE_NAMES.iter().map(move |name| (hash(&format!("rule:{name}={e}")), e, RULES_PRIOR / 2.0)));
    crate::EventModel::with_weights(verdicts.chain(answers))
}

fn code(event: Option<Event>) -> &'static str {
    event.map_or("-", |e| e.as_str())
}

/// What the article is about, as the words that evoke events tell: the
/// events its headline evokes, the one its sentences with figures evoke
/// most, and the one each sentence evokes most.
pub(crate) struct Topic {
    headline: Vec<Event>,
    article: Option<Event>,
    sentences: Vec<Option<Event>>,
}

impl Topic {
    fn sentence(&self, s: usize) -> Option<Event> {
        self.sentences.get(s).copied().flatten()
    }
}

/// The event evoked most often (OTHER aside), ties to the earlier event.
fn most_evoked(counts: &[usize]) -> Option<Event> {
    let best = (0..counts.len()).filter(|&i| Event::ALL[i] != Event::Other).max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))?;
    (counts[best] > 0).then(|| Event::ALL[best])
}

impl Doc<'_> {
    /// The article's topic, read once per article.
    pub(crate) fn topic(&self) -> Topic {
        let mut article = vec![0usize; Event::ALL.len()];
        let mut sentences = Vec::with_capacity(self.spans.len());
        for &(lo, hi) in &self.spans {
            let mut counts = vec![0usize; Event::ALL.len()];
            for i in lo..hi {
                if self.low[i].is_empty() {
                    continue;
                }
                for e in self.f.event_words.of(self.lemma(i)) {
                    counts[e.index()] += 1;
                }
            }
            for (a, c) in article.iter_mut().zip(&counts) {
                *a += c;
            }
            sentences.push(most_evoked(&counts));
        }
        let mut headline = Vec::new();
        if let Some(&(lo, hi)) = self.headline.and_then(|h| self.spans.get(h)) {
            for i in lo..hi {
                for &e in self.f.event_words.of(self.lemma(i)) {
                    if !headline.contains(&e) {
                        headline.push(e);
                    }
                }
            }
        }
        Topic { headline, article: most_evoked(&article), sentences }
    }

    /// The hashed features of one candidate.
    pub(crate) fn features(&self, c: &Cand, rules: &RuleEvidence, topic: &Topic) -> Vec<u64> {
        let mut out: Vec<String> = Vec::with_capacity(64);
        let q = &self.quantities[c.q];
        let kind = match q.kind {
            Kind::Money => "money",
            Kind::Measure => "measure",
            Kind::Count => "count",
            _ => "bare",
        };
        out.push("bias".into());
        out.push(format!("kind={kind}"));
        out.push(format!("approx={}", q.approx.as_str()));
        let answers = [
            rules.governing_noun,
            rules.left_verb,
            rules.right_predicate,
            rules.counted_noun,
            rules.anaphor,
            rules.coordinated,
            rules.context,
        ];
        for (name, event) in RULE_NAMES.iter().zip(answers) {
            if event.is_some() {
                out.push(format!("rule:{name}={}", code(event)));
            }
        }
        out.push(format!("rules={}", rules.verdict()));
        out.push(format!("rules={}|{kind}", rules.verdict()));
        if rules.governed {
            out.push("governed".into());
        }
        if let Some(unit) = self.counted_word(c.q) {
            let unit = unit.to_lowercase();
            for event in self.f.event_words.of(&unit) {
                out.push(format!("evokes:unit={event}"));
            }
            if let Some(cluster) = self.f.clusters.of(&unit) {
                out.push(format!("unit~{cluster}"));
            }
        }
        if self.headline == Some(self.sent[c.s]) {
            out.push("headline".into());
        }
        for event in &topic.headline {
            out.push(format!("evokes:headline={event}"));
        }
        if let Some(event) = topic.article {
            out.push(format!("topic={event}"));
        }
        if let Some(event) = topic.sentence(self.sent[c.s]) {
            out.push(format!("topic:sentence={event}"));
        }
        self.window_features(c, &mut out);
        out.iter().map(|f| hash(f)).collect()
    }

    /// The first `WINDOW` words of one side, nearest first: the events each
    /// evokes, and the clusters of the `NEAR` nearest. A feature's name says
    /// the side and whether the word is in the quantity's clause
    /// (`inside`) or beyond a clause boundary (`outside`).
    fn side_features(&self, tokens: impl Iterator<Item = usize>, c: &Cand, (inside, outside): (&str, &str), out: &mut Vec<String>) {
        let words = tokens.take(WINDOW * 2).filter(|&i| matches!(self.toks[i].kind, TokenKind::Word | TokenKind::Elision));
        for (rank, i) in words.take(WINDOW).enumerate() {
            let place = if self.seg[i] == self.seg[c.s] { inside } else { outside };
            let near = rank < NEAR;
            self.evokes(i, place, near, out);
            if let Some(cluster) = self.f.clusters.of(self.lemma(i)).filter(|_| near) {
                out.push(format!("{place}~{cluster}"));
            }
        }
    }

    /// The events a word evokes, by side and clause, and whether it is near.
    fn evokes(&self, i: usize, place: &str, near: bool, out: &mut Vec<String>) {
        let (lemma, form) = (self.lemma(i), &self.low[i]);
        let mut events: Vec<Event> = self.f.event_words.of(lemma).to_vec();
        for &event in self.f.event_words.of(form) {
            if !events.contains(&event) {
                events.push(event);
            }
        }
        for event in events {
            out.push(format!("evokes:{place}={event}"));
            if near {
                out.push(format!("evokes:near={event}"));
            }
        }
    }

    /// The words around the quantity (what they evoke, the nearest ones'
    /// clusters) and the cue hits of its sentence.
    fn window_features(&self, c: &Cand, out: &mut Vec<String>) {
        let (lo, hi) = self.sentence_span(c.s);
        self.side_features((lo..c.s).rev(), c, ("L", "l"), out);
        self.side_features(c.e..hi, c, ("R", "r"), out);
        // the sentence's cue hits, within reach (a sentence may run for pages)
        for i in lo.max(c.s.saturating_sub(CUE_REACH))..hi.min(c.e + CUE_REACH) {
            for &id in self.tcues.of(i) {
                let (role, cue) = self.cues.cue(id);
                if let Some(event) = cue.event {
                    out.push(format!("cue:{role:?}={event}"));
                }
            }
        }
    }
}
