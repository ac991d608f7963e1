//! Every stage's memory is linear in the article's length: the peak of live
//! heap bytes while the whole pipeline reads an input repeated 8k times must
//! stay under 8 × 1.5 times its peak on the input repeated k times (a stage
//! that keeps a list per pair of tokens would take 64 times more). A
//! counting allocator measures the heap itself, so the allocator's habits
//! and the machine's load do not enter the figure. The inputs are those
//! of the time test (`common/shapes.rs`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

#[path = "common/shapes.rs"]
mod shapes;

use shapes::{HOSTILE_SHAPES, PARSER_WORDS};
use proptest::prelude::*;
use recense::Pipeline;
use recense_text::{Article, Format};

/// Ratio allowed between the peaks on 8× and 1× the input.
const MAX_RATIO: f64 = 12.0;

/// The system allocator, counting the bytes live now and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            // the old block and the new one are both live while it copies
            let live = LIVE.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(live, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One measurement at a time: the counters are the whole process's.
static MEASURING: Mutex<()> = Mutex::new(());

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("the shipped models load"))
}

/// The peak of heap bytes the analysis of `text` added to what was live.
fn peak_of(text: &str) -> usize {
    let article = Article { id: "t".into(), source: None, format: Format::Txt, title: None, date: None, url: None, text: text.to_string() };
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    std::hint::black_box(pipeline().analyse(&article).unwrap().to_record());
    PEAK.load(Ordering::Relaxed) - before
}

/// The ratio of the peak on `unit` repeated 8 × `copies` times to that on
/// `copies` times.
fn growth(unit: &str, copies: usize) -> f64 {
    let _one_at_a_time = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    pipeline();
    let small = peak_of(&unit.repeat(copies));
    let large = peak_of(&unit.repeat(8 * copies));
    large as f64 / small.max(1) as f64
}

#[test]
fn the_shapes_that_were_quadratic_take_memory_in_proportion() {
    for &(name, unit, copies) in HOSTILE_SHAPES {
        let ratio = growth(unit, copies);
        assert!(ratio < MAX_RATIO, "{name}: 8× the input took {ratio:.1}× the memory");
        // and it takes memory at all: a ratio near 1 would mean nothing was measured
        assert!(ratio > 2.0, "{name}: 8× the input took {ratio:.1}× the memory");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn random_mixes_of_parser_words_take_memory_in_proportion(picks in proptest::collection::vec(0..PARSER_WORDS.len(), 20..60)) {
        let unit: String = picks.iter().map(|&i| PARSER_WORDS[i]).collect::<Vec<_>>().join(" ") + " ";
        let copies = 20_000 / unit.len() + 1;
        let ratio = growth(&unit, copies);
        prop_assert!(ratio < MAX_RATIO, "{unit:?}: 8× the input took {ratio:.1}× the memory");
    }
}
