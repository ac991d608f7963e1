//! How a city's candidate countries are packed into the u64 value of the
//! cities index: up to three 17-bit slots, most populous first, each a
//! country (10 bits: the two letters as base-26 digits, plus one so that 0
//! means "no candidate") and a population scale (7 bits: 4 × log2).

const SLOT_BITS: u32 = 17;
const SCALE_BITS: u32 = 7;

/// Packs (alpha-2 code, population) candidates, the first three.
pub fn pack<'a>(candidates: impl Iterator<Item = (&'a str, u64)>) -> u64 {
    let mut packed = 0u64;
    for (slot, (cc, pop)) in candidates.take(3).enumerate() {
        let b = cc.as_bytes();
        if b.len() != 2 || !b.iter().all(u8::is_ascii_uppercase) {
            continue;
        }
        let country = u64::from(b[0] - b'A') * 26 + u64::from(b[1] - b'A') + 1;
        let scale = ((pop.max(1) as f64).log2() * 4.0).round().min(127.0) as u64;
        packed |= ((country << SCALE_BITS) | scale) << (SLOT_BITS * slot as u32);
    }
    packed
}

/// The candidates of a packed value: (alpha-2 code, population scale).
pub fn unpack(packed: u64) -> impl Iterator<Item = ([u8; 2], u8)> {
    (0..3).filter_map(move |slot| {
        let bits = (packed >> (SLOT_BITS * slot)) & ((1 << SLOT_BITS) - 1);
        let country = bits >> SCALE_BITS;
        (country != 0).then(|| {
            let c = country - 1;
            ([b'A' + (c / 26) as u8, b'A' + (c % 26) as u8], (bits & ((1 << SCALE_BITS) - 1)) as u8)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_round_trip_most_populous_first() {
        let packed = pack([("SY", 775_404), ("LY", 201_943), ("ZZ", 1), ("FR", 5)].into_iter());
        let back: Vec<([u8; 2], u8)> = unpack(packed).collect();
        assert_eq!(back.iter().map(|(c, _)| c).collect::<Vec<_>>(), vec![b"SY", b"LY", b"ZZ"]);
        assert!(back[0].1 > back[1].1);
        assert_eq!(unpack(0).count(), 0);
    }
}
