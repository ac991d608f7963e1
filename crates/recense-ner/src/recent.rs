//! What a thread remembers of the words it met lately: news repeats its
//! words and names, and some answers cost reads from tables far larger than
//! a cache (500 k words' vector rows, the world's place names).

use rustc_hash::FxHashMap;

/// Answers for up to `limit` words, then afresh; for one owner at a time
/// (a table's id), so that a second table never reads the first's answers.
pub struct Recent<V> {
    owner: u64,
    limit: usize,
    answers: FxHashMap<Box<str>, V>,
}

impl<V: Copy> Recent<V> {
    pub fn new(limit: usize) -> Recent<V> {
        Recent { owner: 0, limit, answers: FxHashMap::default() }
    }

    /// The owner's answer for `word`, from memory or from `answer`.
    pub fn get(&mut self, owner: u64, word: &str, answer: impl FnOnce() -> V) -> V {
        if owner != self.owner || self.answers.len() >= self.limit {
            self.answers.clear();
            self.owner = owner;
        }
        if let Some(&known) = self.answers.get(word) {
            return known;
        }
        let value = answer();
        self.answers.insert(word.into(), value);
        value
    }
}
