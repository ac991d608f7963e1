//! Word-vector clusters of `models/facts/clusters.tsv` (k-means over the
//! French fastText vectors), indexed by `build.rs`: a feature of the event
//! model, so that an unseen word speaks like its neighbours.

static CLUSTERS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clusters.fst"));

pub(crate) struct Clusters {
    map: fst::Map<&'static [u8]>,
}

impl Clusters {
    pub(crate) fn load() -> Clusters {
        Clusters { map: fst::Map::new(CLUSTERS).expect("the clusters index built by build.rs is valid") }
    }

    /// The cluster of a lower-case word, if the vectors know it.
    pub(crate) fn of(&self, word: &str) -> Option<u64> {
        self.map.get(word)
    }
}
