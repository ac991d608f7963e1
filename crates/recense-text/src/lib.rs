//! Text layer of recense: loading French news articles from files, and
//! splitting their text into tokens and sentences with offsets that refer
//! to [`Article::text`].

mod date;
mod html;
mod load;
mod sentence;
mod tokenize;

pub use load::{
    discover, load_file, load_paths, Article, Discovery, Format, LoadError, LoadOptions, LoadReport, LoadWarning,
    SkipReason, Skipped,
};
pub use sentence::{split_sentences, Sentence};
pub use tokenize::{tokenize, Token, TokenKind};
