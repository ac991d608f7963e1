//! Splitting a document into model-sized windows on sentence boundaries, and
//! choosing, for each word, the window whose prediction it takes.
//!
//! Everything here counts sub-tokens (the model's pieces), without the
//! special tokens a window is wrapped in.

use std::ops::Range;

/// A run of whole words that goes into one model input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// Word indices into the document.
    pub words: Range<usize>,
    /// Whether the window starts at the document's first word / ends at its
    /// last: a document edge is not a truncation, so a word there does not
    /// lack context.
    pub at_start: bool,
    pub at_end: bool,
}

/// Pieces of at most `capacity` sub-tokens, in order, covering
/// every word in `sentences` (word ranges, in order): one per sentence that
/// fits, and a sentence longer than that cut between words. A single word
/// longer than `capacity` is a segment of its own (its pieces are truncated
/// when the window is built; only its first piece labels it).
pub fn segments(pieces: &[usize], sentences: &[Range<usize>], capacity: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for sentence in sentences {
        let mut start = sentence.start;
        let mut used = 0;
        for word in sentence.clone() {
            let n = pieces[word];
            if used + n > capacity && word > start {
                out.push(start..word);
                start = word;
                used = 0;
            }
            used += n;
        }
        if sentence.end > start {
            out.push(start..sentence.end);
        }
    }
    out
}

/// Windows over `segments` (from [`segments`]): each as many whole segments as
/// fit in `capacity` sub-tokens; consecutive windows overlap by whole
/// segments of at most `overlap` sub-tokens together (or by the last
/// segment alone when that is longer but at most half a window), so that the
/// words near a cut also get predicted with context on both sides.
pub fn windows(pieces: &[usize], segments: &[Range<usize>], capacity: usize, overlap: usize) -> Vec<Window> {
    let size = |s: &Range<usize>| pieces[s.clone()].iter().sum::<usize>();
    let sizes: Vec<usize> = segments.iter().map(size).collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < segments.len() {
        // As many segments as fit (at least one).
        let mut end = start + 1;
        let mut used = sizes[start];
        while end < segments.len() && used + sizes[end] <= capacity {
            used += sizes[end];
            end += 1;
        }
        out.push(Window {
            words: segments[start].start..segments[end - 1].end,
            at_start: start == 0,
            at_end: end == segments.len(),
        });
        if end == segments.len() {
            break;
        }
        // The next window starts with the last segments of this one that
        // fit in `overlap` (at least the last one when it is at most half a
        // window), and always moves forward.
        let mut next = end;
        let mut shared = 0;
        while next > start + 1 {
            let n = sizes[next - 1];
            let fits = shared + n <= overlap || (next == end && 2 * n <= capacity);
            if !fits {
                break;
            }
            next -= 1;
            shared += n;
        }
        start = next;
    }
    out
}

/// How far a word is from a truncated edge of its window, in sub-tokens: the
/// larger, the more context it had on its nearer side. `position` is the
/// offset of the word's first piece in the window, `len` the window's length.
pub fn margin(window: &Window, position: usize, len: usize) -> usize {
    let left = if window.at_start { usize::MAX } else { position };
    let right = if window.at_end { usize::MAX } else { len.saturating_sub(position + 1) };
    left.min(right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_sentences_are_cut_between_words() {
        let pieces = [1, 2, 3, 1, 1, 9, 1];
        assert_eq!(segments(&pieces, &[0..3, 3..7], 4), vec![0..2, 2..3, 3..5, 5..6, 6..7]);
        // A sentence that fits is one segment.
        assert_eq!(segments(&pieces, &[0..3, 3..5], 6), vec![0..3, 3..5]);
    }

    #[test]
    fn windows_cover_everything_and_overlap() {
        // Ten sentences of three words of one piece each.
        let pieces = vec![1; 30];
        let sentences: Vec<_> = (0..10).map(|i| 3 * i..3 * i + 3).collect();
        let segs = segments(&pieces, &sentences, 9);
        let ws = windows(&pieces, &segs, 9, 3);
        assert_eq!(ws[0].words, 0..9);
        assert!(ws[0].at_start && !ws[0].at_end);
        // The next window starts one sentence back.
        assert_eq!(ws[1].words, 6..15);
        assert_eq!(ws.last().unwrap().words.end, 30);
        assert!(ws.last().unwrap().at_end);
        for pair in ws.windows(2) {
            assert!(pair[1].words.start > pair[0].words.start);
            assert!(pair[1].words.start <= pair[0].words.end);
        }
        for w in &ws {
            assert!(w.words.len() <= 9);
            assert_eq!(w.words.start % 3, 0, "windows start on sentence boundaries");
        }
    }

    #[test]
    fn one_window_when_it_fits() {
        let pieces = vec![2; 5];
        let segs = segments(&pieces, &[0..2, 2..5], 100);
        let ws = windows(&pieces, &segs, 100, 25);
        assert_eq!(ws, vec![Window { words: 0..5, at_start: true, at_end: true }]);
    }

    #[test]
    fn the_last_sentence_is_shared_when_it_is_at_most_half_a_window() {
        let pieces = vec![1; 12];
        let segs = segments(&pieces, &[0..3, 3..7, 7..12], 9);
        let ws = windows(&pieces, &segs, 9, 2);
        assert_eq!(ws.iter().map(|w| w.words.clone()).collect::<Vec<_>>(), vec![0..7, 3..12]);
    }

    #[test]
    fn no_overlap_when_segments_are_large() {
        let pieces = vec![1; 12];
        let segs = segments(&pieces, &[0..6, 6..12], 6);
        let ws = windows(&pieces, &segs, 6, 2);
        assert_eq!(ws.iter().map(|w| w.words.clone()).collect::<Vec<_>>(), vec![0..6, 6..12]);
    }

    #[test]
    fn margins_ignore_document_edges() {
        let w = Window { words: 0..10, at_start: true, at_end: false };
        assert_eq!(margin(&w, 0, 10), 9);
        assert_eq!(margin(&w, 9, 10), 0);
        let w = Window { words: 5..15, at_start: false, at_end: false };
        assert_eq!(margin(&w, 4, 10), 4);
        assert_eq!(margin(&w, 6, 10), 3);
    }
}
