//! Text layer of recense: loading French news articles from files, and
//! splitting their text into tokens and sentences with offsets that refer
//! to [`Article::text`].

mod date;
mod decode;
mod html;
mod load;
mod months;
mod sentence;
mod tokenize;

pub use decode::{lossless, path_text};
pub use load::{
    discover, load_file, load_paths, load_text, Article, Discovery, FileRead, Format, LoadError, LoadOptions, LoadReport,
    LoadWarning, SkipReason, Skipped, DEFAULT_MAX_ARTICLE_BYTES,
};
pub use date::{compile_patterns, parse_iso_date, parse_iso_time};
pub use months::{month_names, month_number, MonthName};
pub use sentence::{split_sentences, Sentence};
pub use tokenize::{tokenize, Token, TokenKind};
