//! Word clusters from the French word vectors, at several granularities.
//!
//! The vectors table maps 500 k words onto 20 k rows; the row id is already a
//! fine cluster. Coarser clusters come from the signs of a fixed set of
//! random projections of each row's vector (hyperplane hashing): rows whose
//! vectors point the same way share the leading bits, so 4, 8 and 12-bit
//! prefixes of one 16-bit code give a hierarchy of clusters without k-means.

use std::cell::RefCell;
use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::frozen::{u32_at, ModelBytes, WordTable};
use crate::recent::Recent;

/// How many projection bits make a code; prefixes of it are the coarse clusters.
pub const CODE_BITS: u32 = 16;
/// The prefix lengths used as features, coarse to fine.
pub const PREFIXES: [u32; 3] = [4, 8, 12];

pub struct WordClusters {
    rows: WordTable,
    codes: Vec<u16>,
    /// The unit-length vectors, row-major, with their width: kept when read
    /// from the vectors table for training dense features, not saved.
    vectors: Option<(Vec<f32>, usize)>,
    /// Tells this table's answers apart from another's in each thread's
    /// cache of recent words ([`WordClusters::row`]).
    id: u64,
}

/// Each new table's [`WordClusters::id`] (from 1: 0 is no table's).
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// How many words a thread remembers the rows of before it starts afresh.
const RECENT_WORDS: usize = 1 << 14;

impl WordClusters {
    /// Reads a word-vectors folder (`keys.tsv.gz`, `vectors-f32le.bin.gz`,
    /// `meta.json` with the row width as `dims`), as `../shared`'s fastText
    /// vectors are laid out.
    pub fn from_vectors_dir(dir: &std::path::Path) -> io::Result<WordClusters> {
        let open = |name: &str| -> io::Result<flate2::read::GzDecoder<std::fs::File>> {
            let path = dir.join(name);
            let file = std::fs::File::open(&path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            Ok(flate2::read::GzDecoder::new(file))
        };
        let meta_path = dir.join("meta.json");
        let bad = |what: String| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {what}", meta_path.display()));
        let meta: serde_json::Value = serde_json::from_reader(std::fs::File::open(&meta_path)?).map_err(|e| bad(e.to_string()))?;
        let dims = meta["dims"].as_u64().ok_or_else(|| bad("no dims".into()))? as usize;
        WordClusters::from_vectors(io::BufReader::new(open("keys.tsv.gz")?), io::BufReader::new(open("vectors-f32le.bin.gz")?), dims)
    }

    /// Reads the vectors table: `keys` is `word<TAB>row` lines, `vectors` the
    /// rows as little-endian f32, `dims` per row. Deterministic: the
    /// projections come from a fixed seed.
    pub fn from_vectors(keys: impl BufRead, mut vectors: impl Read, dims: usize) -> io::Result<WordClusters> {
        let mut rows = WordTable::default();
        let mut row_count = 0usize;
        for line in keys.lines() {
            let line = line?;
            let Some((word, row)) = line.split_once('\t') else { continue };
            let row: u16 = row
                .trim()
                .parse()
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("bad row id in keys line {line:?}")))?;
            row_count = row_count.max(row as usize + 1);
            *rows.entry(word) = row;
        }
        let planes = random_planes(dims);
        let mut codes = Vec::with_capacity(row_count);
        let mut buf = vec![0u8; dims * 4];
        let mut vector = vec![0f32; dims];
        let mut all = Vec::with_capacity(row_count * dims);
        for _ in 0..row_count {
            vectors.read_exact(&mut buf)?;
            for (v, bytes) in vector.iter_mut().zip(buf.chunks_exact(4)) {
                *v = f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
            }
            let norm = vector.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-6);
            all.extend(vector.iter().map(|v| v / norm));
            let mut code = 0u16;
            for plane in planes.chunks_exact(dims) {
                let dot: f32 = plane.iter().zip(&vector).map(|(a, b)| a * b).sum();
                code = (code << 1) | (dot > 0.0) as u16;
            }
            codes.push(code);
        }
        Ok(WordClusters::new(rows, codes, Some((all, dims))))
    }

    fn new(rows: WordTable, codes: Vec<u16>, vectors: Option<(Vec<f32>, usize)>) -> WordClusters {
        WordClusters { rows, codes, vectors, id: NEXT_ID.fetch_add(1, Ordering::Relaxed) }
    }

    /// The unit-length vectors and their width, when read from the table.
    pub fn vectors(&self) -> Option<(&[f32], usize)> {
        self.vectors.as_ref().map(|(v, dims)| (&v[..], *dims))
    }

    /// The vector row of a word: as written first, then lower-cased
    /// (`lower` is `word` lower-cased). The table holds 500 k words, far
    /// more than a cache does, so each lookup costs two reads from memory;
    /// news repeats its words, so each thread remembers the recent ones.
    pub fn row(&self, word: &str, lower: &str) -> Option<u16> {
        thread_local! {
            static RECENT: RefCell<Recent<Option<u16>>> = RefCell::new(Recent::new(RECENT_WORDS));
        }
        RECENT.with(|recent| {
            recent.borrow_mut().get(self.id, word, || self.rows.get(word).or_else(|| if lower == word { None } else { self.rows.get(lower) }))
        })
    }

    /// How many vector rows there are (row ids run from 0 to this).
    pub fn row_count(&self) -> usize {
        self.codes.len()
    }

    /// The 16-bit hyperplane code of a row.
    pub fn code(&self, row: u16) -> u16 {
        // a row past the codes only in a corrupt model
        self.codes.get(row as usize).copied().unwrap_or(0)
    }

    /// Writes the clusters in the v2 layout, read in place by [`WordClusters::read_frozen`].
    pub fn write(&self, out: &mut impl io::Write) -> io::Result<()> {
        self.rows.write(out)?;
        write_u32(out, self.codes.len() as u32)?;
        for code in &self.codes {
            out.write_all(&code.to_le_bytes())?;
        }
        Ok(())
    }

    /// The clusters in the v2 layout at `*at`: the word table is used in place.
    pub fn read_frozen(bytes: &ModelBytes, at: &mut usize) -> io::Result<WordClusters> {
        let rows = WordTable::read(bytes, at)?;
        let count = u32_at(bytes, *at)? as usize;
        let codes_bytes = bytes.get(*at + 4..*at + 4 + 2 * count).ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "word clusters cut short"))?;
        let codes = codes_bytes.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        *at += 4 + 2 * count;
        Ok(WordClusters::new(rows, codes, None))
    }

    /// The clusters in the v1 layout (a gzip stream; models written before v2).
    pub fn read(input: &mut impl Read) -> io::Result<WordClusters> {
        let words = read_u32(input)? as usize;
        let mut rows = WordTable::default();
        let mut word = Vec::new();
        let mut codes_needed = 0usize;
        for _ in 0..words {
            let len = read_u32(input)? as usize;
            word.resize(len, 0);
            input.read_exact(&mut word)?;
            let mut row = [0u8; 2];
            input.read_exact(&mut row)?;
            let text = std::str::from_utf8(&word).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
            let row = u16::from_le_bytes(row);
            codes_needed = codes_needed.max(row as usize + 1);
            *rows.entry(text) = row;
        }
        let count = read_u32(input)? as usize;
        let mut codes = Vec::with_capacity(count);
        for _ in 0..count {
            let mut code = [0u8; 2];
            input.read_exact(&mut code)?;
            codes.push(u16::from_le_bytes(code));
        }
        if codes_needed > codes.len() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "word cluster row out of range"));
        }
        Ok(WordClusters::new(rows, codes, None))
    }
}

/// `CODE_BITS` planes of `dims` Gaussian-ish components from a fixed seed.
fn random_planes(dims: usize) -> Vec<f32> {
    let mut rng = SplitMix64(0x5eed_c1a5_7e25);
    (0..CODE_BITS as usize * dims)
        .map(|_| {
            // The sum of four uniforms is close enough to a Gaussian for hyperplanes.
            (0..4).map(|_| rng.next_f32() - 0.5).sum::<f32>()
        })
        .collect()
}

/// A tiny deterministic generator, so that training and clustering are
/// reproducible without a dependency.
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn next_f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

pub(crate) fn write_u32(out: &mut impl io::Write, v: u32) -> io::Result<()> {
    out.write_all(&v.to_le_bytes())
}

pub(crate) fn read_u32(input: &mut impl Read) -> io::Result<u32> {
    let mut b = [0u8; 4];
    input.read_exact(&mut b)?;
    Ok(u32::from_le_bytes(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> WordClusters {
        let keys = "Paris\t0\nparis\t0\nLyon\t1\nchat\t2\n";
        let mut vectors = Vec::new();
        for row in [[1.0f32, 0.9, 0.1], [0.9, 1.0, 0.0], [-1.0, -0.5, 0.2]] {
            for v in row {
                vectors.extend_from_slice(&v.to_le_bytes());
            }
        }
        WordClusters::from_vectors(keys.as_bytes(), &vectors[..], 3).unwrap()
    }

    #[test]
    fn similar_vectors_share_coarse_codes_and_opposite_ones_do_not() {
        let c = tiny();
        let (paris, lyon, chat) = (c.code(0), c.code(1), c.code(2));
        assert_eq!(paris >> 12, lyon >> 12, "near vectors share the 4-bit prefix");
        assert!((paris ^ chat).count_ones() > 8, "opposite vectors differ in most bits");
    }

    #[test]
    fn lookup_prefers_the_written_case_and_round_trips() {
        let c = tiny();
        assert_eq!(c.row("Lyon", "lyon"), Some(1));
        assert_eq!(c.row("CHAT", "chat"), Some(2));
        assert_eq!(c.row("chien", "chien"), None);
        let mut bytes = Vec::new();
        c.write(&mut bytes).unwrap();
        let bytes = ModelBytes::Shared(bytes.into());
        let mut at = 0;
        let back = WordClusters::read_frozen(&bytes, &mut at).unwrap();
        assert_eq!(at, bytes.len());
        assert_eq!(back.row("Paris", "paris"), Some(0));
        assert_eq!(back.row("chien", "chien"), None);
        assert_eq!(back.code(2), c.code(2));
    }

    #[test]
    fn each_table_answers_for_itself_through_the_thread_cache() {
        let a = tiny();
        let b = WordClusters::from_vectors("chat\t0\nLyon\t2\n".as_bytes(), &[0u8; 36][..], 3).unwrap();
        for _ in 0..2 {
            assert_eq!(a.row("chat", "chat"), Some(2));
            assert_eq!(b.row("chat", "chat"), Some(0));
            assert_eq!(a.row("Paris", "paris"), Some(0));
            assert_eq!(b.row("Paris", "paris"), None);
        }
    }
}
