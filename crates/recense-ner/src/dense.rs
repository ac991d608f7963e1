//! Dense word-vector features for a window of three tokens.
//!
//! Sparse row-id features only help for words seen in training; the vectors
//! themselves let the tagger generalise to unseen words whose vectors look
//! like those of known names. The weights are a `dims × tags` matrix per
//! window position. Since a vector depends only on its row, the trained
//! weights are folded into a table of tag scores per (position, row), so
//! decoding costs three lookups per token and the model need not ship vectors.

use std::io::{self, Read, Write};

use crate::clusters::{read_u32, write_u32};
use crate::label::TAG_COUNT;

/// Window offsets whose vectors are features of a token: previous, own, next.
pub const WINDOW: [isize; 3] = [-1, 0, 1];

type Row = [f32; TAG_COUNT];

/// Tag scores for every (window position, vector row).
#[derive(Clone)]
pub struct DenseTable {
    rows: usize,
    scores: Vec<Row>,
}

impl DenseTable {
    /// Adds the window's dense scores for token `i` to `emission`.
    pub fn add(&self, rows: &[Option<u16>], i: usize, emission: &mut Row) {
        for (p, offset) in WINDOW.iter().enumerate() {
            let j = i as isize + offset;
            if let Some(Some(row)) = (j >= 0).then(|| rows.get(j as usize)).flatten().copied() {
                for (e, s) in emission.iter_mut().zip(&self.scores[p * self.rows + row as usize]) {
                    *e += s;
                }
            }
        }
    }

    /// A table of zero scores for `rows` vector rows.
    pub fn zeros(rows: usize) -> DenseTable {
        DenseTable { rows, scores: vec![[0f32; TAG_COUNT]; rows * WINDOW.len()] }
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Adds `scores` to those of vector row `row` at window position `position`.
    pub fn add_to(&mut self, position: usize, row: u16, scores: &Row) {
        for (s, w) in self.scores[position * self.rows + row as usize].iter_mut().zip(scores) {
            *s += w;
        }
    }

    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        write_u32(out, self.rows as u32)?;
        for row in &self.scores {
            for s in row {
                out.write_all(&s.to_le_bytes())?;
            }
        }
        Ok(())
    }

    /// How many bytes the table written at the start of `bytes` takes.
    pub fn byte_len(bytes: &[u8]) -> io::Result<usize> {
        let rows = read_u32(&mut &bytes[..bytes.len().min(4)])? as usize;
        Ok(4 + rows * WINDOW.len() * 4 * TAG_COUNT)
    }

    pub fn read(input: &mut impl Read) -> io::Result<DenseTable> {
        let rows = read_u32(input)? as usize;
        let mut scores = vec![[0f32; TAG_COUNT]; rows * WINDOW.len()];
        let mut bytes = [0u8; 4 * TAG_COUNT];
        for row in &mut scores {
            input.read_exact(&mut bytes)?;
            for (s, b) in row.iter_mut().zip(bytes.chunks_exact(4)) {
                *s = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            }
        }
        Ok(DenseTable { rows, scores })
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
        DenseTable { rows, scores }
    }
}
