//! Every stage is linear in the article's length: the whole pipeline on an
//! input repeated k times and 8k times must take less than 8 × 3 times
//! longer (a quadratic stage takes 64 times longer). The inputs are the
//! shapes that were once quadratic (issue 13) and random mixes of the words
//! the parsers dwell on. Timings are the best of three, so a noisy machine
//! does not fail the test; the bound is a ratio, never a wall-clock limit.

use std::time::{Duration, Instant};

#[path = "common/shapes.rs"]
mod shapes;

use shapes::{HOSTILE_SHAPES, PARSER_WORDS};
use proptest::prelude::*;
use recense::Pipeline;
use recense_text::{Article, Format};

/// Ratio allowed between 8× and 1× the input.
const MAX_RATIO: f64 = 24.0;

fn article(text: String) -> Article {
    Article { id: "t".into(), source: None, format: Format::Txt, title: None, date: None, url: None, text }
}

fn best_of_three(pipeline: &Pipeline, text: &str) -> Duration {
    let article = article(text.to_string());
    (0..3)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(pipeline.analyse(&article).unwrap().to_record());
            started.elapsed()
        })
        .min()
        .unwrap()
}

/// The ratio of the time on `unit` repeated 8 × `copies` times to that on
/// `copies` times.
fn growth(pipeline: &Pipeline, unit: &str, copies: usize) -> f64 {
    let small = best_of_three(pipeline, &unit.repeat(copies));
    let large = best_of_three(pipeline, &unit.repeat(8 * copies));
    large.as_secs_f64() / small.as_secs_f64().max(1e-6)
}

fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("the shipped models load"))
}

#[test]
fn the_shapes_that_were_quadratic_grow_linearly() {
    for &(name, unit, copies) in HOSTILE_SHAPES {
        let ratio = growth(pipeline(), unit, copies);
        assert!(ratio < MAX_RATIO, "{name}: 8× the input took {ratio:.1}× the time");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn random_mixes_of_parser_words_grow_linearly(picks in proptest::collection::vec(0..PARSER_WORDS.len(), 20..60)) {
        let unit: String = picks.iter().map(|&i| PARSER_WORDS[i]).collect::<Vec<_>>().join(" ") + " ";
        let copies = 20_000 / unit.len() + 1;
        let ratio = growth(pipeline(), &unit, copies);
        prop_assert!(ratio < MAX_RATIO, "{unit:?}: 8× the input took {ratio:.1}× the time");
    }
}
