//! Tables a model file is used as, in place: no parsing and no allocation
//! at start-up (issue 13: start-up is what a small job and every worker of
//! a cluster pays).
//!
//! A table maps 64-bit keys to fixed-width values. Keys are sorted, and a
//! bucket index over their top `bits` bits gives each bucket's first key
//! (a table only ever copied out may keep another order under one bucket),
//! so a lookup reads two offsets and scans a bucket of one or two keys —
//! as few cache lines as a hash map. String keys are hashed with [`hash`]
//! (FNV-1a, stable across builds and platforms).
//!
//! Layout (little-endian): `len: u64`, `width: u32`, `bits: u32`, then
//! `2^bits + 1` bucket offsets (`u32`), then `len` entries, each a key
//! (`u64`) followed by its value (`width` bytes): a lookup touches the
//! bucket's offsets and then one entry, two cache lines as in a hash map.

use std::io;
use std::ops::Deref;
use std::sync::Arc;

use rustc_hash::FxHashMap;

/// A model's bytes: built into the binary, or read from a file and shared
/// by every table that points into them.
#[derive(Clone)]
pub enum ModelBytes {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl Deref for ModelBytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            ModelBytes::Static(bytes) => bytes,
            ModelBytes::Shared(bytes) => bytes,
        }
    }
}

impl ModelBytes {
    /// Unmaps the pages of `range` from the process once a table has been
    /// copied out of them, so that `annotate` does not hold the copy twice
    /// (8 MB of weight rows). A built-in model lies in the executable's
    /// read-only pages: unmapped, they stay in the page cache and are mapped
    /// again if ever touched (`extract` later hashes the whole model for
    /// its state file). MADV_PAGEOUT, which evicts them from the cache too,
    /// made every later run read them back from disk: start-up doubled.
    pub fn release(&self, range: std::ops::Range<usize>) {
        #[cfg(target_os = "linux")]
        if let ModelBytes::Static(bytes) = self {
            let Some(part) = bytes.get(range) else { return };
            // SAFETY: sysconf has no preconditions.
            let page = match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
                size if size > 0 => size as usize,
                _ => return,
            };
            let start = (part.as_ptr() as usize).next_multiple_of(page);
            let end = (part.as_ptr() as usize + part.len()) / page * page;
            if end > start {
                // SAFETY: whole pages inside the slice, read-only and never
                // written: MADV_DONTNEED drops the mapping, and a later read
                // maps the same file bytes again.
                unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = range;
    }
}

/// FNV-1a over the bytes: the key of a string in a frozen table.
pub fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A table read in place from [`ModelBytes`].
#[derive(Clone)]
pub struct FrozenTable {
    bytes: ModelBytes,
    len: usize,
    width: usize,
    bits: u32,
    offsets: usize,
    entries: usize,
}

impl FrozenTable {
    /// The table's bytes for `entries` (keys unique) with values of `width`
    /// bytes: about one key per bucket.
    pub fn write(out: &mut impl io::Write, entries: &mut [(u64, &[u8])], width: usize) -> io::Result<()> {
        entries.sort_unstable_by_key(|(key, _)| *key);
        let bits = usize::BITS - entries.len().max(1).leading_zeros();
        Self::write_indexed(out, entries, width, bits)
    }

    /// The table's bytes for `entries` (keys unique) in the order given,
    /// under a single bucket: for a table that is copied out in that order
    /// ([`FrozenTable::entries`]) and never looked up in place, where
    /// [`FrozenTable::get`] would scan every entry.
    pub fn write_in_order(out: &mut impl io::Write, entries: &[(u64, &[u8])], width: usize) -> io::Result<()> {
        Self::write_indexed(out, entries, width, 0)
    }

    /// `entries` under a bucket index over their keys' top `bits` bits
    /// (sorted by key unless `bits` is 0).
    fn write_indexed(out: &mut impl io::Write, entries: &[(u64, &[u8])], width: usize, bits: u32) -> io::Result<()> {
        let mut keys: Vec<u64> = entries.iter().map(|(key, _)| *key).collect();
        keys.sort_unstable();
        if keys.windows(2).any(|w| w[0] == w[1]) {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "two entries of a frozen table share a key"));
        }
        let mut offsets = vec![0u32; (1 << bits) + 1];
        for key in &keys {
            offsets[bucket(*key, bits) + 1] += 1;
        }
        for b in 1..offsets.len() {
            offsets[b] += offsets[b - 1];
        }
        out.write_all(&(entries.len() as u64).to_le_bytes())?;
        out.write_all(&(width as u32).to_le_bytes())?;
        out.write_all(&bits.to_le_bytes())?;
        for offset in &offsets {
            out.write_all(&offset.to_le_bytes())?;
        }
        for (key, value) in entries.iter() {
            if value.len() != width {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "a frozen table's values differ in width"));
            }
            out.write_all(&key.to_le_bytes())?;
            out.write_all(value)?;
        }
        Ok(())
    }

    /// The table at `*at` in `bytes` (checked to fit, not copied); `*at`
    /// moves past it.
    pub fn read(bytes: &ModelBytes, at: &mut usize, width: usize) -> io::Result<FrozenTable> {
        let len = usize::try_from(u64_at(bytes, *at)?).map_err(|_| bad("a frozen table too long"))?;
        if u32_at(bytes, *at + 8)? as usize != width {
            return Err(bad("a frozen table with values of another width"));
        }
        let bits = u32_at(bytes, *at + 12)?;
        if bits > 40 {
            return Err(bad("a frozen table with too many buckets"));
        }
        let offsets = *at + 16;
        let entries = offsets + 4 * ((1usize << bits) + 1);
        let end = entries + (8 + width) * len;
        if end > bytes.len() || u32_at(bytes, entries - 4)? as usize != len {
            return Err(bad("a frozen table cut short"));
        }
        // offsets rising and within the entries, so that lookups need not check
        let mut previous = 0;
        for b in 0..=1usize << bits {
            let offset = u32_at(bytes, offsets + 4 * b)? as usize;
            if offset < previous || offset > len {
                return Err(bad("a frozen table's bucket index is out of order"));
            }
            previous = offset;
        }
        *at = end;
        Ok(FrozenTable { bytes: bytes.clone(), len, width, bits, offsets, entries })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The value of `key`, if the table holds it.
    pub fn get(&self, key: u64) -> Option<&[u8]> {
        let bytes: &[u8] = &self.bytes;
        let at = self.offsets + 4 * bucket(key, self.bits);
        let word = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("four bytes")) as usize;
        let stride = 8 + self.width;
        let (mut entry, end) = (self.entries + stride * word(at), self.entries + stride * word(at + 4));
        while entry < end {
            if u64::from_le_bytes(bytes[entry..entry + 8].try_into().expect("eight bytes")) == key {
                return Some(&bytes[entry + 8..entry + stride]);
            }
            entry += stride;
        }
        None
    }

    /// Every (key, value), in the order written (key order unless written
    /// by [`FrozenTable::write_in_order`]).
    pub fn entries(&self) -> impl Iterator<Item = (u64, &[u8])> + '_ {
        let stride = 8 + self.width;
        self.bytes[self.entries..self.entries + stride * self.len].chunks_exact(stride).map(|entry| {
            let key = u64::from_le_bytes([entry[0], entry[1], entry[2], entry[3], entry[4], entry[5], entry[6], entry[7]]);
            (key, &entry[8..])
        })
    }
}

/// Words (or word sequences) → small numbers, keyed by [`hash`]: a map
/// while a model is built or read from a v1 file, a frozen table of 2-byte
/// values once read from a v2 one (thawed back into a map if changed).
#[derive(Clone)]
pub enum WordTable {
    Map(FxHashMap<u64, u16>),
    Frozen(FrozenTable),
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable::Map(FxHashMap::default())
    }
}

impl WordTable {
    pub fn get(&self, word: &str) -> Option<u16> {
        let key = hash(word.as_bytes());
        match self {
            WordTable::Map(map) => map.get(&key).copied(),
            WordTable::Frozen(table) => table.get(key).map(|v| u16::from_le_bytes([v[0], v[1]])),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            WordTable::Map(map) => map.len(),
            WordTable::Frozen(table) => table.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The word's value to change, 0 when it had none.
    pub fn entry(&mut self, word: &str) -> &mut u16 {
        if let WordTable::Frozen(table) = self {
            *self = WordTable::Map(table.entries().map(|(k, v)| (k, u16::from_le_bytes([v[0], v[1]]))).collect());
        }
        match self {
            WordTable::Map(map) => map.entry(hash(word.as_bytes())).or_default(),
            WordTable::Frozen(_) => unreachable!("thawed above"),
        }
    }

    pub fn write(&self, out: &mut impl io::Write) -> io::Result<()> {
        let values: Vec<(u64, [u8; 2])> = match self {
            WordTable::Map(map) => map.iter().map(|(&k, v)| (k, v.to_le_bytes())).collect(),
            WordTable::Frozen(table) => table.entries().map(|(k, v)| (k, [v[0], v[1]])).collect(),
        };
        let mut entries: Vec<(u64, &[u8])> = values.iter().map(|(k, v)| (*k, &v[..])).collect();
        FrozenTable::write(out, &mut entries, 2)
    }

    pub fn read(bytes: &ModelBytes, at: &mut usize) -> io::Result<WordTable> {
        Ok(WordTable::Frozen(FrozenTable::read(bytes, at, 2)?))
    }
}

fn bucket(key: u64, bits: u32) -> usize {
    if bits == 0 {
        0
    } else {
        (key >> (64 - bits)) as usize
    }
}

fn bad(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

pub fn u32_at(bytes: &[u8], at: usize) -> io::Result<u32> {
    let b = bytes.get(at..at + 4).ok_or_else(|| bad("a model cut short"))?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

pub fn u64_at(bytes: &[u8], at: usize) -> io::Result<u64> {
    let b = bytes.get(at..at + 8).ok_or_else(|| bad("a model cut short"))?;
    Ok(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_no_other() {
        let values: Vec<[u8; 2]> = (0..1000u16).map(|v| v.to_le_bytes()).collect();
        let mut entries: Vec<(u64, &[u8])> = values.iter().enumerate().map(|(i, v)| (hash(format!("mot{i}").as_bytes()), &v[..])).collect();
        let mut bytes = b"head".to_vec();
        FrozenTable::write(&mut bytes, &mut entries, 2).unwrap();
        bytes.extend_from_slice(b"tail");
        let bytes = ModelBytes::Shared(bytes.into());
        let mut at = 4;
        let table = FrozenTable::read(&bytes, &mut at, 2).unwrap();
        assert_eq!(&bytes[at..], b"tail");
        assert_eq!(table.len(), 1000);
        for i in 0..1000u16 {
            assert_eq!(table.get(hash(format!("mot{i}").as_bytes())), Some(&i.to_le_bytes()[..]));
        }
        assert_eq!(table.get(hash(b"absent")), None);
        assert_eq!(table.entries().count(), 1000);
    }

    #[test]
    fn a_table_in_order_keeps_it_and_still_answers() {
        let values: Vec<[u8; 2]> = (0..300u16).map(|v| v.to_le_bytes()).collect();
        let entries: Vec<(u64, &[u8])> = values.iter().enumerate().map(|(i, v)| (1000 - i as u64, &v[..])).collect();
        let mut bytes = Vec::new();
        FrozenTable::write_in_order(&mut bytes, &entries, 2).unwrap();
        let model = ModelBytes::Shared(bytes.into());
        let table = FrozenTable::read(&model, &mut 0, 2).unwrap();
        assert!(table.entries().eq(entries.iter().copied()));
        assert_eq!(table.get(1000 - 7), Some(&7u16.to_le_bytes()[..]));
        assert_eq!(table.get(5), None);
        let twice = [(3, &b"ab"[..]), (3, &b"cd"[..])];
        assert!(FrozenTable::write_in_order(&mut Vec::new(), &twice, 2).is_err());
    }

    #[test]
    fn an_empty_table_and_a_cut_one() {
        let mut bytes = Vec::new();
        FrozenTable::write(&mut bytes, &mut [], 44).unwrap();
        let model = ModelBytes::Shared(bytes.clone().into());
        let table = FrozenTable::read(&model, &mut 0, 44).unwrap();
        assert!(table.len() == 0 && table.get(7).is_none());
        let cut = ModelBytes::Shared(bytes[..bytes.len() - 1].to_vec().into());
        assert!(FrozenTable::read(&cut, &mut 0, 44).is_err());
    }
}
