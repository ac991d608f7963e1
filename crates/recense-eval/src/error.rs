//! The one error type of the crate: every failure names the file and, where it
//! can, the place in it, so that a bad gold or prediction line is found at once.

use std::fmt;
use std::path::{Path, PathBuf};

/// A gold, prediction or suite file that cannot be read or breaks the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError {
    /// The file at fault.
    pub path: PathBuf,
    /// Where in the file: "line 12", "doc interpol-liberterra-ii", …
    pub place: Option<String>,
    pub message: String,
}

impl EvalError {
    pub(crate) fn new(path: &Path, message: impl Into<String>) -> Self {
        EvalError {
            path: path.to_path_buf(),
            place: None,
            message: message.into(),
        }
    }

    pub(crate) fn at(path: &Path, place: impl Into<String>, message: impl Into<String>) -> Self {
        EvalError {
            path: path.to_path_buf(),
            place: Some(place.into()),
            message: message.into(),
        }
    }

    pub(crate) fn line(path: &Path, line: usize, message: impl Into<String>) -> Self {
        Self::at(path, format!("line {line}"), message)
    }

    pub(crate) fn io(path: &Path, err: &std::io::Error) -> Self {
        Self::new(path, format!("cannot read: {err}"))
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{}: {}: {}", self.path.display(), place, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for EvalError {}
