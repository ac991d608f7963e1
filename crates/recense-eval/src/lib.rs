//! Evaluation for recense: reads gold annotations in the formats of
//! `shared/spec/ANNOTATIONS.md` (and the corpora it names), and scores
//! predictions against them by the contract's rules.
//!
//! - [`record`]: the contract's JSON records, shared by gold and predictions;
//! - [`read`]: gold readers (contract JSONL, brat/WiNER, HIPE TSV, BIO) and the
//!   predictions reader;
//! - [`labels`]: other taggers' entity labels mapped onto the contract's;
//! - [`score`]: entity, quantity and fact scores of predictions against gold;
//! - [`suite`]: number suites, scored case by case.

mod error;
mod matching;

pub mod labels;
pub mod read;
pub use recense_contract::record;
pub mod score;
pub mod suite;

pub use error::EvalError;
pub use matching::values_equal;
