//! An averaged structured perceptron over BIO tags with first-order
//! transitions, decoded by Viterbi under the BIO constraint.

use std::hash::BuildHasher;
use std::io::{self, Read, Write};
use std::ops::Range;

use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use crate::clusters::{read_u32, write_u32};
use crate::dense::{row_of, DenseTable, DenseTrainer, ROW_BYTES, WINDOW};
use crate::frozen::{u32_at, FrozenTable, ModelBytes};
use crate::label::{Tag, TAG_COUNT};

type Row = [f32; TAG_COUNT];

/// Learned weights: one row of tag scores per feature, and transition scores
/// (the extra last row holds the scores of starting a sentence with a tag).
#[derive(Clone)]
pub struct Weights {
    /// Feature hash → tag scores, stored inline so that a lookup touches
    /// one cache line rather than an index and then a row. (Most features
    /// of a sentence are in no model, and a hash map answers those from its
    /// control bytes alone. Rows left in the model file's frozen table, even
    /// behind such a map, made the pipeline 26 % slower — the file's pages
    /// are read at random — so a v2 model's rows are copied into one.)
    rows: FxHashMap<u64, Row>,
    transitions: [Row; TAG_COUNT + 1],
    dense: Option<DenseTable>,
}

impl Default for Weights {
    /// No features: every token scores zero for every tag.
    fn default() -> Self {
        Weights { rows: FxHashMap::default(), transitions: [[0.0; TAG_COUNT]; TAG_COUNT + 1], dense: None }
    }
}

impl Weights {
    /// The best tag sequence for a sentence given each token's sparse
    /// features and vector row.
    pub fn decode(&self, features: &[Vec<u64>], rows: &[Option<u16>]) -> Vec<Tag> {
        viterbi(&self.emissions(features, rows), &self.transitions)
    }

    /// The best tag sequence, each tag with its marginal probability: the
    /// share, over every BIO-valid tagging, of those that give the token
    /// this tag, with the scores divided by `temperature` and taken as a
    /// log-linear model (forward–backward). The tags are those of `decode`.
    pub fn decode_with_marginals(&self, features: &[Vec<u64>], rows: &[Option<u16>], temperature: f32) -> Vec<(Tag, f32)> {
        let emissions = self.emissions(features, rows);
        let tags = viterbi(&emissions, &self.transitions);
        let marginals = marginals(&emissions, &self.transitions, temperature);
        tags.into_iter().zip(marginals).map(|(tag, m)| (tag, m[tag.0 as usize])).collect()
    }

    fn emissions(&self, features: &[Vec<u64>], rows: &[Option<u16>]) -> Vec<Row> {
        features
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut e = self.emission(f);
                if let Some(dense) = &self.dense {
                    dense.add(rows, i, &mut e);
                }
                e
            })
            .collect()
    }

    fn emission(&self, features: &[u64]) -> Row {
        let mut scores = [0f32; TAG_COUNT];
        for row in features.iter().filter_map(|f| self.rows.get(f)) {
            for (s, w) in scores.iter_mut().zip(row) {
                *s += w;
            }
        }
        scores
    }

    /// Moves the scores of the features that depend on nothing but a
    /// window position's vector row (`features_of(position, row)`) into the
    /// dense table, which already holds a score row per (position, row):
    /// decoding then looks up one row where it looked up several.
    pub fn fold_row_features(&mut self, row_count: usize, features_of: impl Fn(usize, u16) -> Vec<u64>) {
        let mut dense = self.dense.take().unwrap_or_else(|| DenseTable::zeros(row_count));
        assert_eq!(dense.rows(), row_count, "the dense table and the word clusters have the same rows");
        let mut folded = FxHashSet::default();
        for position in 0..WINDOW.len() {
            for row in (0..row_count).map(|r| r as u16) {
                for feature in features_of(position, row) {
                    if let Some(scores) = self.rows.get(&feature) {
                        dense.add_to(position, row, scores);
                    }
                    folded.insert(feature);
                }
            }
        }
        self.rows.retain(|feature, _| !folded.contains(feature));
        self.dense = Some(dense);
    }

    pub fn feature_count(&self) -> usize {
        self.rows.len()
    }

    /// Writes the weights in the v2 layout, read in place by [`Weights::locate`]
    /// (the rows in the order [`FrozenWeights::thaw`] inserts them best).
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        write_u32(out, TAG_COUNT as u32)?;
        for row in &self.transitions {
            write_row(out, row)?;
        }
        let mut rows: Vec<(u64, Vec<u8>)> = self.rows.iter().map(|(&f, row)| (f, row.iter().flat_map(|w| w.to_le_bytes()).collect())).collect();
        let buckets = thawed_buckets(rows.len());
        rows.sort_unstable_by_key(|(f, _)| (FxBuildHasher.hash_one(f) & (buckets - 1), *f));
        let entries: Vec<(u64, &[u8])> = rows.iter().map(|(f, bytes)| (*f, &bytes[..])).collect();
        FrozenTable::write_in_order(out, &entries, ROW_BYTES)?;
        match &self.dense {
            Some(dense) => {
                out.write_all(&[1])?;
                dense.write(out)
            }
            None => out.write_all(&[0]),
        }
    }

    /// The weights in the v2 layout at `*at`, checked and located but not yet copied out
    /// ([`FrozenWeights::thaw`]): a model's two passes thaw in parallel.
    pub fn locate(bytes: &ModelBytes, at: &mut usize) -> io::Result<FrozenWeights> {
        if u32_at(bytes, *at)? as usize != TAG_COUNT {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "model has a different tag set"));
        }
        let mut rest = &bytes[*at + 4..];
        let mut transitions = [[0f32; TAG_COUNT]; TAG_COUNT + 1];
        for row in &mut transitions {
            *row = read_row(&mut rest)?;
        }
        *at = bytes.len() - rest.len();
        let table_start = *at;
        let rows = FrozenTable::read(bytes, at, ROW_BYTES)?;
        let table = table_start..*at;
        let dense_start = *at + 1;
        let dense = match bytes.get(*at) {
            Some(0) => None,
            Some(1) => Some(dense_start..dense_start + DenseTable::byte_len(bytes.get(dense_start..).unwrap_or_default())?),
            _ => return Err(io::Error::new(io::ErrorKind::InvalidData, "a model cut short")),
        };
        *at = dense.as_ref().map_or(dense_start, |d| d.end);
        if *at > bytes.len() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "a model cut short"));
        }
        Ok(FrozenWeights { bytes: bytes.clone(), transitions, rows, table, dense })
    }

    /// Weights in the v1 layout (a gzip stream; models written before v2).
    pub fn read(input: &mut impl Read) -> io::Result<Weights> {
        if read_u32(input)? as usize != TAG_COUNT {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "model has a different tag set"));
        }
        let mut transitions = [[0f32; TAG_COUNT]; TAG_COUNT + 1];
        for row in &mut transitions {
            *row = read_row(input)?;
        }
        let count = read_u32(input)? as usize;
        let mut rows = FxHashMap::with_capacity_and_hasher(count, Default::default());
        for _ in 0..count {
            let mut hash = [0u8; 8];
            input.read_exact(&mut hash)?;
            rows.insert(u64::from_le_bytes(hash), read_row(input)?);
        }
        let mut has_dense = [0u8];
        input.read_exact(&mut has_dense)?;
        let dense = if has_dense[0] == 1 { Some(DenseTable::read(input)?) } else { None };
        Ok(Weights { rows, transitions, dense })
    }
}

/// How many buckets the hash map that [`FrozenWeights::thaw`] fills with
/// `len` rows has (a power of two). A row's home bucket is its hash's low
/// bits, and rows written in that order are inserted front to back: in key
/// order each insert missed the cache, and the copy took most of start-up.
fn thawed_buckets(len: usize) -> u64 {
    let map = FxHashMap::<u64, Row>::with_capacity_and_hasher(len, FxBuildHasher);
    map.capacity().next_power_of_two() as u64
}

fn write_row(out: &mut impl Write, row: &Row) -> io::Result<()> {
    for w in row {
        out.write_all(&w.to_le_bytes())?;
    }
    Ok(())
}

fn read_row(input: &mut impl Read) -> io::Result<Row> {
    let mut bytes = [0u8; ROW_BYTES];
    input.read_exact(&mut bytes)?;
    Ok(row_of(&bytes))
}

/// Weights located in a model's bytes, to be copied out.
pub struct FrozenWeights {
    bytes: ModelBytes,
    transitions: [Row; TAG_COUNT + 1],
    rows: FrozenTable,
    /// The rows' table in `bytes`, handed back once copied.
    table: Range<usize>,
    dense: Option<Range<usize>>,
}

impl FrozenWeights {
    /// The weights, their rows copied into a hash map (see [`Weights`]).
    pub fn thaw(self) -> io::Result<Weights> {
        let rows = self.rows.entries().map(|(f, bytes)| (f, row_of(bytes))).collect();
        self.bytes.release(self.table);
        let dense = self.dense.map(|d| DenseTable::frozen(&self.bytes, d)).transpose()?;
        Ok(Weights { rows, transitions: self.transitions, dense })
    }
}

/// The transition scores with those that break BIO at −∞, so that the
/// decoders' inner loops need no test.
fn allowed(transitions: &[Row; TAG_COUNT + 1]) -> [Row; TAG_COUNT + 1] {
    let mut allowed = *transitions;
    for (p, row) in allowed.iter_mut().enumerate() {
        let previous = (p < TAG_COUNT).then_some(Tag(p as u8));
        for (t, score) in row.iter_mut().enumerate() {
            if !Tag(t as u8).may_follow(previous) {
                *score = f32::NEG_INFINITY;
            }
        }
    }
    allowed
}

/// Each token's tag marginals under the scores divided by `temperature`
/// (forward–backward with per-token scaling, so the inner loops multiply
/// and never take a logarithm; BIO-invalid paths excluded).
fn marginals(emissions: &[Row], transitions: &[Row; TAG_COUNT + 1], temperature: f32) -> Vec<Row> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let scale = 1.0 / temperature;
    let allowed = allowed(transitions);
    // exp of the scaled transitions (0 where forbidden), once per sentence
    let mut moves = [[0f32; TAG_COUNT]; TAG_COUNT + 1];
    for (row, allowed_row) in moves.iter_mut().zip(&allowed) {
        for (m, a) in row.iter_mut().zip(allowed_row) {
            *m = (a * scale).exp();
        }
    }
    // exp of each token's scaled emissions, less its best (values in (0, 1])
    let weights: Vec<Row> = emissions
        .iter()
        .map(|e| {
            let best = e.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            std::array::from_fn(|t| ((e[t] - best) * scale).exp())
        })
        .collect();
    let normalise = |row: &mut Row| {
        let sum: f32 = row.iter().sum();
        if sum > 0.0 {
            row.iter_mut().for_each(|v| *v /= sum);
        }
        sum
    };
    let mut forward = vec![[0f32; TAG_COUNT]; n];
    let mut sums = vec![1f32; n];
    forward[0] = std::array::from_fn(|t| moves[TAG_COUNT][t] * weights[0][t]);
    sums[0] = normalise(&mut forward[0]);
    for i in 1..n {
        let (before, here) = forward.split_at_mut(i);
        for t in 0..TAG_COUNT {
            let incoming: f32 = (0..TAG_COUNT).map(|p| before[i - 1][p] * moves[p][t]).sum();
            here[0][t] = incoming * weights[i][t];
        }
        sums[i] = normalise(&mut here[0]);
    }
    let mut backward = vec![[1f32; TAG_COUNT]; n];
    for i in (0..n - 1).rev() {
        for p in 0..TAG_COUNT {
            let outgoing: f32 = (0..TAG_COUNT).map(|t| moves[p][t] * weights[i + 1][t] * backward[i + 1][t]).sum();
            backward[i][p] = if sums[i + 1] > 0.0 { outgoing / sums[i + 1] } else { 0.0 };
        }
    }
    (0..n)
        .map(|i| {
            let mut row: Row = std::array::from_fn(|t| forward[i][t] * backward[i][t]);
            normalise(&mut row);
            row
        })
        .collect()
}

/// Viterbi over tags; transitions that break BIO are never taken.
fn viterbi(emissions: &[Row], transitions: &[Row; TAG_COUNT + 1]) -> Vec<Tag> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let allowed = allowed(transitions);
    let mut score = vec![[f32::NEG_INFINITY; TAG_COUNT]; n];
    let mut back = vec![[0u8; TAG_COUNT]; n];
    for t in 0..TAG_COUNT {
        score[0][t] = allowed[TAG_COUNT][t] + emissions[0][t];
    }
    for i in 1..n {
        for t in 0..TAG_COUNT {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            for p in 0..TAG_COUNT {
                let s = score[i - 1][p] + allowed[p][t];
                if s > best {
                    (best, arg) = (s, p as u8);
                }
            }
            score[i][t] = best + emissions[i][t];
            back[i][t] = arg;
        }
    }
    let mut last = (0..TAG_COUNT).fold(0, |b, t| if score[n - 1][t] > score[n - 1][b] { t } else { b }) as u8;
    let mut tags = vec![Tag::OUTSIDE; n];
    for i in (0..n).rev() {
        tags[i] = Tag(last);
        last = back[i][last as usize];
    }
    tags
}

/// Training state: current weights plus the running sums that averaging needs
/// (the "u" of Daumé's trick: average = w − u / c).
pub struct Trainer<'v> {
    current: Weights,
    sums: FxHashMap<u64, Row>,
    transition_sums: [Row; TAG_COUNT + 1],
    dense: Option<DenseTrainer<'v>>,
    step: f32,
}

impl<'v> Trainer<'v> {
    /// A trainer with dense vector features when `dense` is given.
    pub fn new(dense: Option<DenseTrainer<'v>>) -> Self {
        Trainer {
            current: Weights::default(),
            sums: FxHashMap::default(),
            transition_sums: [[0.0; TAG_COUNT]; TAG_COUNT + 1],
            dense,
            step: 1.0,
        }
    }

    /// Decodes one sentence with the current weights and corrects them where
    /// the decoding differs from the gold tags. Returns whether it was right.
    pub fn learn(&mut self, features: &[Vec<u64>], rows: &[Option<u16>], gold: &[Tag]) -> bool {
        let emissions: Vec<Row> = features
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut e = self.current.emission(f);
                if let Some(dense) = &self.dense {
                    dense.add(rows, i, &mut e);
                }
                e
            })
            .collect();
        let predicted = viterbi(&emissions, &self.current.transitions);
        let right = predicted == gold;
        if !right {
            for (i, f) in features.iter().enumerate() {
                if predicted[i] != gold[i] {
                    for &feature in f {
                        self.update(feature, gold[i], 1.0);
                        self.update(feature, predicted[i], -1.0);
                    }
                    if let Some(dense) = &mut self.dense {
                        dense.update(rows, i, gold[i].0 as usize, 1.0, self.step);
                        dense.update(rows, i, predicted[i].0 as usize, -1.0, self.step);
                    }
                }
                let prev = |tags: &[Tag]| if i == 0 { TAG_COUNT } else { tags[i - 1].0 as usize };
                if (prev(gold), gold[i]) != (prev(&predicted), predicted[i]) {
                    self.update_transition(prev(gold), gold[i], 1.0);
                    self.update_transition(prev(&predicted), predicted[i], -1.0);
                }
            }
        }
        self.step += 1.0;
        right
    }

    fn update(&mut self, feature: u64, tag: Tag, delta: f32) {
        self.current.rows.entry(feature).or_insert([0.0; TAG_COUNT])[tag.0 as usize] += delta;
        self.sums.entry(feature).or_insert([0.0; TAG_COUNT])[tag.0 as usize] += self.step * delta;
    }

    fn update_transition(&mut self, from: usize, to: Tag, delta: f32) {
        self.current.transitions[from][to.0 as usize] += delta;
        self.transition_sums[from][to.0 as usize] += self.step * delta;
    }

    /// The averaged weights, without features whose weights all average to zero.
    pub fn averaged(&self) -> Weights {
        let avg = |w: &Row, u: &Row| -> Row {
            let mut out = [0f32; TAG_COUNT];
            for t in 0..TAG_COUNT {
                out[t] = w[t] - u[t] / self.step;
            }
            out
        };
        let mut rows = FxHashMap::default();
        for (&hash, w) in &self.current.rows {
            let row = avg(w, &self.sums[&hash]);
            if row.iter().any(|w| w.abs() > 1e-3) {
                rows.insert(hash, row);
            }
        }
        let mut transitions = [[0f32; TAG_COUNT]; TAG_COUNT + 1];
        for (t, (w, u)) in transitions.iter_mut().zip(self.current.transitions.iter().zip(&self.transition_sums)) {
            *t = avg(w, u);
        }
        let dense = self.dense.as_ref().map(|d| d.averaged_table(self.step));
        Weights { rows, transitions, dense }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::Label;

    #[test]
    fn viterbi_never_starts_or_jumps_into_inside() {
        let mut emissions = vec![[0f32; TAG_COUNT]; 2];
        // I-PER scores best everywhere but may not start a sentence, nor
        // follow B-LOC: the best legal path is B-PER I-PER, not I-PER I-PER
        // nor B-LOC I-PER.
        emissions[0][Tag::inside(Label::Per).0 as usize] = 5.0;
        emissions[0][Tag::begin(Label::Loc).0 as usize] = 1.0;
        emissions[1][Tag::inside(Label::Per).0 as usize] = 5.0;
        let tags = viterbi(&emissions, &[[0.0; TAG_COUNT]; TAG_COUNT + 1]);
        assert_eq!(tags, vec![Tag::begin(Label::Per), Tag::inside(Label::Per)]);
        emissions[1][Tag::inside(Label::Per).0 as usize] = 0.5;
        let tags = viterbi(&emissions, &[[0.0; TAG_COUNT]; TAG_COUNT + 1]);
        assert_eq!(tags[0], Tag::begin(Label::Loc));
        assert_ne!(tags[1], Tag::inside(Label::Per));
    }

    #[test]
    fn perceptron_learns_a_separable_toy_problem() {
        let per = Tag::begin(Label::Per);
        let data = vec![(vec![vec![1u64], vec![2]], vec![per, Tag::OUTSIDE]), (vec![vec![2u64], vec![1]], vec![Tag::OUTSIDE, per])];
        let mut trainer = Trainer::new(None);
        let no_rows = [None, None];
        for _ in 0..5 {
            for (f, g) in &data {
                trainer.learn(f, &no_rows, g);
            }
        }
        let weights = trainer.averaged();
        for (f, g) in &data {
            assert_eq!(&weights.decode(f, &no_rows), g);
        }
        let mut bytes = b"model:".to_vec();
        weights.write(&mut bytes).unwrap();
        let bytes = ModelBytes::Shared(bytes.into());
        let mut at = 6;
        let back = Weights::locate(&bytes, &mut at).and_then(FrozenWeights::thaw).unwrap();
        assert_eq!(at, bytes.len());
        for (f, g) in &data {
            assert_eq!(&back.decode(f, &no_rows), g, "the frozen rows score as the map did");
        }
        assert_eq!(back.feature_count(), weights.feature_count());
    }

    #[test]
    fn folding_row_features_keeps_every_score() {
        // feature 1 is any feature; 1000 + 10 * position + row those of a
        // vector row at a window position
        let row_features = |position: usize, row: u16| vec![1000 + 10 * position as u64 + row as u64];
        let mut weights = Weights::default();
        for (k, feature) in [1u64, 1000, 1001, 1011, 1020, 1022].into_iter().enumerate() {
            weights.rows.insert(feature, std::array::from_fn(|t| ((k * 7 + t * 3) % 5) as f32 - 2.0));
        }
        let rows = [Some(0u16), Some(1), None, Some(2)];
        let features: Vec<Vec<u64>> = (0..rows.len())
            .map(|i| {
                let window = WINDOW.iter().enumerate().filter_map(|(p, offset)| {
                    let j = i.checked_add_signed(*offset)?;
                    Some(row_features(p, (*rows.get(j)?)?))
                });
                std::iter::once(vec![1]).chain(window).flatten().collect()
            })
            .collect();
        let mut folded = weights.clone();
        folded.fold_row_features(3, row_features);
        assert_eq!(folded.feature_count(), 1, "only the feature of no row is left");
        let before = weights.emissions(&features, &rows);
        let after = folded.emissions(&vec![vec![1]; rows.len()], &rows);
        for (b, a) in before.iter().flatten().zip(after.iter().flatten()) {
            assert!((a - b).abs() < 1e-5, "{before:?} {after:?}");
        }
        let mut bytes = Vec::new();
        folded.write(&mut bytes).unwrap();
        let bytes = ModelBytes::Shared(bytes.into());
        let mut read = Weights::locate(&bytes, &mut 0).and_then(FrozenWeights::thaw).unwrap();
        assert_eq!(read.emissions(&vec![vec![1]; rows.len()], &rows), after, "the dense table read in place scores as the owned one");
        // a row feature to fold again: the table read in place is copied out first
        let mut owned = folded.clone();
        for weights in [&mut read, &mut owned] {
            weights.rows.insert(1011, [0.5; TAG_COUNT]);
            weights.fold_row_features(3, row_features);
        }
        let refolded = read.emissions(&vec![vec![1]; rows.len()], &rows);
        assert_eq!(refolded, owned.emissions(&vec![vec![1]; rows.len()], &rows));
        assert_ne!(refolded, after, "the new feature's scores were added");
    }

    #[test]
    fn a_v1_stream_still_reads() {
        let mut v1 = Vec::new();
        write_u32(&mut v1, TAG_COUNT as u32).unwrap();
        for _ in 0..=TAG_COUNT {
            write_row(&mut v1, &[0.0; TAG_COUNT]).unwrap();
        }
        write_u32(&mut v1, 1).unwrap();
        v1.extend_from_slice(&7u64.to_le_bytes());
        let mut row = [0.0; TAG_COUNT];
        row[Tag::begin(Label::Loc).0 as usize] = 2.0;
        write_row(&mut v1, &row).unwrap();
        v1.push(0);
        let weights = Weights::read(&mut &v1[..]).unwrap();
        assert_eq!(weights.decode(&[vec![7]], &[None]), vec![Tag::begin(Label::Loc)]);
    }
}

#[cfg(test)]
mod marginal_tests {
    use super::*;

    #[test]
    fn marginals_sum_to_one_and_follow_the_scores() {
        let mut transitions = [[0.0; TAG_COUNT]; TAG_COUNT + 1];
        transitions[0][1] = 0.5;
        let emissions: Vec<Row> = (0..4).map(|i| std::array::from_fn(|t| ((i * 7 + t * 3) % 5) as f32)).collect();
        let m = marginals(&emissions, &transitions, 1.0);
        for row in &m {
            let sum: f32 = row.iter().sum();
            assert!((sum - 1.0).abs() < 1e-4, "{row:?}");
        }
        // a hotter model is less sure of its best tag
        let tags = viterbi(&emissions, &transitions);
        let hot = marginals(&emissions, &transitions, 10.0);
        for (i, tag) in tags.iter().enumerate() {
            assert!(hot[i][tag.0 as usize] <= m[i][tag.0 as usize] + 1e-4);
        }
        // an I tag cannot open a sentence: its marginal there is zero
        let inside = (0..TAG_COUNT).find(|&t| !Tag(t as u8).may_follow(None)).unwrap();
        assert_eq!(m[0][inside], 0.0);
    }
}
