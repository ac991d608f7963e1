//! The event model: an averaged multi-class perceptron over the hashed
//! features of `features.rs`, one class per event code. Training is
//! deterministic (a fixed-seed shuffle per epoch), so `recense train-facts`
//! rebuilds the shipped `models/facts/events.bin` byte for byte.
//!
//! File format (little-endian): the magic `RCEVENT1`, the number of classes
//! (u32, = `Event::ALL.len()`), the number of weights (u32), then each weight
//! as (feature hash u64, class u8, weight f32), sorted by hash then class.

use std::io;

use rustc_hash::FxHashMap as HashMap;

use crate::Event;

static SHIPPED: &[u8] = include_bytes!("../../../models/facts/events.bin");
const MAGIC: &[u8; 8] = b"RCEVENT1";
/// Examples a feature must occur in to be learnt.
const MIN_FEATURE_COUNT: usize = 2;
/// Shuffled orders a training run averages (see [`EventModel::train_from`]).
const BAGGED_ORDERS: u64 = 20;

/// One candidate of a gold article: its features and its gold event.
#[derive(Clone, Debug)]
pub struct TrainingExample {
    pub features: Vec<u64>,
    pub event: Event,
}

/// Weights per feature, one per event.
#[derive(Clone, Debug, Default)]
pub struct EventModel {
    weights: HashMap<u64, Vec<f32>>,
}

impl EventModel {
    /// The model shipped in `models/facts/events.bin`, built into the binary.
    pub fn shipped() -> EventModel {
        EventModel::from_bytes(SHIPPED).expect("models/facts/events.bin is a valid event model")
    }

    /// A model that knows nothing: [`EventModel::predict`] gives `None`, and
    /// the cue rules decide.
    pub fn empty() -> EventModel {
        EventModel::default()
    }

    /// Reads a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> io::Result<EventModel> {
        let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, format!("not an event model: {what}"));
        let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or_else(|| bad("no RCEVENT1 header"))?;
        let u32_at = |b: &[u8], at: usize| b.get(at..at + 4).map(|s| u32::from_le_bytes(s.try_into().expect("4 bytes")));
        let classes = u32_at(rest, 0).ok_or_else(|| bad("truncated header"))? as usize;
        if classes != Event::ALL.len() {
            return Err(bad(&format!("{classes} classes, this recense has {} events", Event::ALL.len())));
        }
        let count = u32_at(rest, 4).ok_or_else(|| bad("truncated header"))? as usize;
        let body = &rest[8..];
        if body.len() != count * 13 {
            return Err(bad(&format!("{count} weights announced, {} bytes of them", body.len())));
        }
        let mut weights: HashMap<u64, Vec<f32>> = HashMap::default();
        for row in body.chunks_exact(13) {
            let feature = u64::from_le_bytes(row[..8].try_into().expect("8 bytes"));
            let class = row[8] as usize;
            if class >= classes {
                return Err(bad(&format!("class {class} out of range")));
            }
            let weight = f32::from_le_bytes(row[9..].try_into().expect("4 bytes"));
            weights.entry(feature).or_insert_with(|| vec![0.0; classes])[class] = weight;
        }
        Ok(EventModel { weights })
    }

    /// A model that gives each feature's weight to its event: the prior a
    /// training run starts from.
    pub fn with_weights(weights: impl IntoIterator<Item = (u64, Event, f32)>) -> EventModel {
        let mut model = EventModel::default();
        for (feature, event, weight) in weights {
            model.weights.entry(feature).or_insert_with(|| vec![0.0; Event::ALL.len()])[event.index()] += weight;
        }
        model
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut rows: Vec<(u64, u8, f32)> = self
            .weights
            .iter()
            .flat_map(|(&f, w)| w.iter().enumerate().filter(|(_, &x)| x != 0.0).map(move |(c, &x)| (f, c as u8, x)))
            .collect();
        rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(16 + rows.len() * 13);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(Event::ALL.len() as u32).to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for (f, c, w) in rows {
            out.extend_from_slice(&f.to_le_bytes());
            out.push(c);
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// The best-scoring event, `None` for an empty model. Ties go to the
    /// earlier event of [`Event::ALL`].
    pub fn predict(&self, features: &[u64]) -> Option<Event> {
        if self.weights.is_empty() {
            return None;
        }
        let scores = self.scores(features);
        let best = (0..scores.len()).fold(0, |b, i| if scores[i] > scores[b] { i } else { b });
        Some(Event::ALL[best])
    }

    /// The best-scoring event and its share of the softmax over all events'
    /// scores: a ranking aid in [0, 1], not a calibrated probability.
    pub fn predict_with_confidence(&self, features: &[u64]) -> Option<(Event, f32)> {
        let event = self.predict(features)?;
        let scores = self.scores(features);
        let best = scores[event.index()];
        let sum: f32 = scores.iter().map(|s| (s - best).exp()).sum();
        Some((event, 1.0 / sum))
    }

    fn scores(&self, features: &[u64]) -> Vec<f32> {
        let mut scores = vec![0.0f32; Event::ALL.len()];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += x;
                }
            }
        }
        scores
    }

    /// Trains on the examples for `epochs` passes in a `seed`-shuffled
    /// order and returns the averaged weights. Features seen in fewer than
    /// `MIN_FEATURE_COUNT` examples are left out: one article's words would
    /// otherwise be learnt by heart.
    pub fn train(examples: &[TrainingExample], epochs: usize, seed: u64) -> EventModel {
        EventModel::train_from(EventModel::default(), examples, epochs, seed)
    }

    /// As [`EventModel::train`], starting from `prior`'s weights: the
    /// examples then only teach it where it is wrong. `BAGGED_ORDERS` runs
    /// from seeds `seed`, `seed + 1`, … are averaged: with a few hundred
    /// examples one shuffled order alone sways the model.
    pub fn train_from(prior: EventModel, examples: &[TrainingExample], epochs: usize, seed: u64) -> EventModel {
        let runs: Vec<EventModel> = (0..BAGGED_ORDERS).map(|k| EventModel::train_once(prior.clone(), examples, epochs, seed + k)).collect();
        let mut mean = EventModel::default();
        for run in &runs {
            for (f, w) in &run.weights {
                let row = mean.weights.entry(*f).or_insert_with(|| vec![0.0; w.len()]);
                for (m, x) in row.iter_mut().zip(w) {
                    *m += x / BAGGED_ORDERS as f32;
                }
            }
        }
        mean
    }

    fn train_once(prior: EventModel, examples: &[TrainingExample], epochs: usize, seed: u64) -> EventModel {
        let mut seen: HashMap<u64, usize> = HashMap::default();
        for ex in examples {
            for f in &ex.features {
                *seen.entry(*f).or_default() += 1;
            }
        }
        let examples: Vec<TrainingExample> = examples
            .iter()
            .map(|ex| TrainingExample {
                features: ex
                    .features
                    .iter()
                    .copied()
                    .filter(|f| seen[f] >= MIN_FEATURE_COUNT || prior.weights.contains_key(f))
                    .collect(),
                event: ex.event,
            })
            .collect();
        let classes = Event::ALL.len();
        let mut current = prior;
        // sum over updates of (step × change), for the average
        let mut totals: HashMap<u64, Vec<f32>> = HashMap::default();
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = seed.max(1);
        let mut step = 1.0f32;
        for _ in 0..epochs {
            shuffle(&mut order, &mut rng);
            for &i in &order {
                let ex = &examples[i];
                let scores = current.scores(&ex.features);
                let guess = (0..classes).fold(0, |b, k| if scores[k] > scores[b] { k } else { b });
                let truth = ex.event.index();
                if guess != truth {
                    for f in &ex.features {
                        let w = current.weights.entry(*f).or_insert_with(|| vec![0.0; classes]);
                        w[truth] += 1.0;
                        w[guess] -= 1.0;
                        let t = totals.entry(*f).or_insert_with(|| vec![0.0; classes]);
                        t[truth] += step;
                        t[guess] -= step;
                    }
                }
                step += 1.0;
            }
        }
        // averaged weights: w − totals / steps
        let mut averaged = EventModel::default();
        let unchanged = vec![0.0; classes];
        for (f, w) in current.weights {
            let t = totals.get(&f).unwrap_or(&unchanged);
            let row: Vec<f32> = w.iter().zip(t).map(|(w, t)| w - t / step).collect();
            if row.iter().any(|&x| x != 0.0) {
                averaged.weights.insert(f, row);
            }
        }
        averaged
    }
}

/// Fisher–Yates with xorshift64: the same order on every platform.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let j = (*state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(features: &[u64], event: Event) -> TrainingExample {
        TrainingExample { features: features.to_vec(), event }
    }

    #[test]
    fn learns_separable_examples_and_round_trips_its_bytes() {
        let examples = [
            ex(&[0, 1], Event::Arrest),
            ex(&[0, 2], Event::Kill),
            ex(&[0, 3], Event::Other),
            ex(&[0, 1], Event::Arrest),
            ex(&[0, 2], Event::Kill),
            ex(&[0, 3], Event::Other),
        ];
        let model = EventModel::train(&examples, 5, 7);
        assert_eq!(model.predict(&[0, 1]), Some(Event::Arrest));
        assert_eq!(model.predict(&[0, 2]), Some(Event::Kill));
        assert_eq!(model.predict(&[0, 3]), Some(Event::Other));
        let bytes = model.to_bytes();
        let again = EventModel::from_bytes(&bytes).unwrap();
        assert_eq!(again.to_bytes(), bytes);
        assert_eq!(again.predict(&[0, 2]), Some(Event::Kill));
        assert_eq!(EventModel::train(&examples, 5, 7).to_bytes(), bytes, "training is deterministic");
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        assert!(EventModel::from_bytes(b"").is_err());
        assert!(EventModel::from_bytes(b"RCEVENT1\x15\0\0\0\x01\0\0\0abc").is_err());
        assert!(EventModel::from_bytes(b"RCEVENT1\x02\0\0\0\0\0\0\0").is_err());
        assert_eq!(EventModel::empty().predict(&[1]), None);
    }

    #[test]
    fn the_shipped_model_loads() {
        assert!(EventModel::from_bytes(SHIPPED).is_ok());
    }
}
