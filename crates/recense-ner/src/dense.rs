//! Dense word-vector features for a window of three tokens.
//!
//! Sparse row-id features only help for words seen in training; the vectors
//! themselves let the tagger generalise to unseen words whose vectors look
//! like those of known names. The weights are a `dims × tags` matrix per
//! window position. Since a vector depends only on its row, the trained
//! weights are folded into a table of tag scores per (position, row), so
//! decoding costs three lookups per token and the model need not ship vectors.

use std::io::{self, Read, Write};
use std::ops::Range;

use crate::clusters::{read_u32, write_u32};
use crate::frozen::{u32_at, ModelBytes};
use crate::label::TAG_COUNT;

/// Window offsets whose vectors are features of a token: previous, own, next.
pub const WINDOW: [isize; 3] = [-1, 0, 1];

type Row = [f32; TAG_COUNT];

/// A row's bytes in a model file.
pub const ROW_BYTES: usize = 4 * TAG_COUNT;

/// A row of tag scores from its `ROW_BYTES` little-endian bytes in a model file.
pub fn row_of(bytes: &[u8]) -> Row {
    std::array::from_fn(|t| f32::from_le_bytes([bytes[4 * t], bytes[4 * t + 1], bytes[4 * t + 2], bytes[4 * t + 3]]))
}

/// Tag scores for every (window position, vector row).
#[derive(Clone)]
pub struct DenseTable {
    rows: usize,
    scores: Scores,
}

/// The scores, row after row: owned while a model is trained or folded,
/// else read in place from the model's bytes — two thirds of a model, whose
/// copy was a third of start-up, and whose pages a short job never touches.
#[derive(Clone)]
enum Scores {
    Owned(Vec<Row>),
    /// The bytes and where the first score lies in them.
    Frozen(ModelBytes, usize),
}

impl DenseTable {
    /// Adds the window's dense scores for token `i` to `emission`.
    pub fn add(&self, rows: &[Option<u16>], i: usize, emission: &mut Row) {
        let indexes = WINDOW.iter().enumerate().filter_map(|(p, offset)| {
            let j = usize::try_from(i as isize + offset).ok()?;
            let row = usize::from((*rows.get(j)?)?);
            // a row past the table (a malformed model) scores nothing rather than another table's bytes
            (row < self.rows).then_some(p * self.rows + row)
        });
        match &self.scores {
            Scores::Owned(scores) => {
                for index in indexes {
                    emission.iter_mut().zip(&scores[index]).for_each(|(e, s)| *e += s);
                }
            }
            Scores::Frozen(bytes, start) => {
                let table = &bytes[*start..];
                for index in indexes {
                    let row = row_of(&table[index * ROW_BYTES..(index + 1) * ROW_BYTES]);
                    emission.iter_mut().zip(&row).for_each(|(e, s)| *e += s);
                }
            }
        }
    }

    /// A table of zero scores for `rows` vector rows.
    pub fn zeros(rows: usize) -> DenseTable {
        DenseTable { rows, scores: Scores::Owned(vec![[0f32; TAG_COUNT]; rows * WINDOW.len()]) }
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Adds `scores` to those of vector row `row` at window position `position`.
    pub fn add_to(&mut self, position: usize, row: u16, scores: &Row) {
        let index = position * self.rows + row as usize;
        for (s, w) in self.owned()[index].iter_mut().zip(scores) {
            *s += w;
        }
    }

    /// The scores, copied out of the model's bytes first if they lie there.
    fn owned(&mut self) -> &mut Vec<Row> {
        if let Scores::Frozen(..) = self.scores {
            self.scores = Scores::Owned(self.rows_in_order().collect());
        }
        match &mut self.scores {
            Scores::Owned(scores) => scores,
            Scores::Frozen(..) => unreachable!("copied out above"),
        }
    }

    fn rows_in_order(&self) -> Box<dyn Iterator<Item = Row> + '_> {
        match &self.scores {
            Scores::Owned(scores) => Box::new(scores.iter().copied()),
            Scores::Frozen(bytes, start) => {
                let table = &bytes[*start..start + self.rows * WINDOW.len() * ROW_BYTES];
                Box::new(table.chunks_exact(ROW_BYTES).map(row_of))
            }
        }
    }

    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        write_u32(out, self.rows as u32)?;
        for row in self.rows_in_order() {
            for s in row {
                out.write_all(&s.to_le_bytes())?;
            }
        }
        Ok(())
    }

    /// How many bytes the table written at the start of `bytes` takes.
    pub fn byte_len(bytes: &[u8]) -> io::Result<usize> {
        let rows = read_u32(&mut &bytes[..bytes.len().min(4)])? as usize;
        Ok(4 + rows * WINDOW.len() * ROW_BYTES)
    }

    /// The table at `range` of `bytes` (its length checked by [`DenseTable::byte_len`]), read in place.
    pub fn frozen(bytes: &ModelBytes, range: Range<usize>) -> io::Result<DenseTable> {
        let rows = u32_at(bytes, range.start)? as usize;
        if range.len() != 4 + rows * WINDOW.len() * ROW_BYTES || range.end > bytes.len() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "a dense table cut short"));
        }
        Ok(DenseTable { rows, scores: Scores::Frozen(bytes.clone(), range.start + 4) })
    }

    pub fn read(input: &mut impl Read) -> io::Result<DenseTable> {
        let rows = read_u32(input)? as usize;
        let mut scores = vec![[0f32; TAG_COUNT]; rows * WINDOW.len()];
        let mut bytes = [0u8; ROW_BYTES];
        for row in &mut scores {
            input.read_exact(&mut bytes)?;
            *row = row_of(&bytes);
        }
        Ok(DenseTable { rows, scores: Scores::Owned(scores) })
    }
}

/// The dense weights while training, with the sums averaging needs.
pub struct DenseTrainer<'v> {
    vectors: &'v [f32],
    dims: usize,
    weights: Vec<f32>,
    sums: Vec<f32>,
}

impl<'v> DenseTrainer<'v> {
    /// `vectors` holds one row of `dims` floats per vector row.
    pub fn new(vectors: &'v [f32], dims: usize) -> Self {
        let size = WINDOW.len() * dims * TAG_COUNT;
        DenseTrainer { vectors, dims, weights: vec![0.0; size], sums: vec![0.0; size] }
    }

    fn vector(&self, row: u16) -> &[f32] {
        &self.vectors[row as usize * self.dims..(row as usize + 1) * self.dims]
    }

    fn window(rows: &[Option<u16>], i: usize) -> impl Iterator<Item = (usize, u16)> + '_ {
        WINDOW.iter().enumerate().filter_map(move |(p, offset)| {
            let j = i as isize + offset;
            (j >= 0).then(|| rows.get(j as usize)).flatten().copied().flatten().map(|row| (p, row))
        })
    }

    /// Adds the current dense scores of token `i` to `emission`.
    pub fn add(&self, rows: &[Option<u16>], i: usize, emission: &mut Row) {
        for (p, row) in Self::window(rows, i) {
            let w = &self.weights[p * self.dims * TAG_COUNT..(p + 1) * self.dims * TAG_COUNT];
            for (x, wd) in self.vector(row).iter().zip(w.chunks_exact(TAG_COUNT)) {
                for (e, wt) in emission.iter_mut().zip(wd) {
                    *e += x * wt;
                }
            }
        }
    }

    pub fn update(&mut self, rows: &[Option<u16>], i: usize, tag: usize, delta: f32, step: f32) {
        for (p, row) in Self::window(rows, i) {
            let base = p * self.dims * TAG_COUNT;
            for d in 0..self.dims {
                let x = self.vectors[row as usize * self.dims + d] * delta;
                self.weights[base + d * TAG_COUNT + tag] += x;
                self.sums[base + d * TAG_COUNT + tag] += step * x;
            }
        }
    }

    /// The averaged weights folded into a per-row score table.
    pub fn averaged_table(&self, step: f32) -> DenseTable {
        let averaged: Vec<f32> = self.weights.iter().zip(&self.sums).map(|(w, u)| w - u / step).collect();
        let rows = self.vectors.len() / self.dims;
        let mut scores = vec![[0f32; TAG_COUNT]; rows * WINDOW.len()];
        for p in 0..WINDOW.len() {
            let w = &averaged[p * self.dims * TAG_COUNT..(p + 1) * self.dims * TAG_COUNT];
            for row in 0..rows {
                let out = &mut scores[p * rows + row];
                for (x, wd) in self.vector(row as u16).iter().zip(w.chunks_exact(TAG_COUNT)) {
                    for (o, wt) in out.iter_mut().zip(wd) {
                        *o += x * wt;
                    }
                }
            }
        }
        DenseTable { rows, scores: Scores::Owned(scores) }
    }
}
