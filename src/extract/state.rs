//! The incremental state, `OUT/state.jsonl`: every input's analysis (its
//! manifest entry, error lines and articles) keyed by path and SHA-256, so
//! that `extract --incremental` analyses only what is new or changed and
//! still writes every table and index over everything.
//!
//! The first line is a header naming what the results depend on (version,
//! NER model, loading options); a state with another header is not used.
//! The file is staged like every output, so a killed run leaves the last
//! complete state in place and its own lines in `.state.jsonl.partial`;
//! the next `--incremental` run keeps those complete lines too (appended to
//! `state-resume.jsonl` until a run completes), so a kill costs only the
//! input it was on.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use recense_aggregate::{Staged, WriteError};
use serde::Deserialize;

use super::Processed;

const STATE: &str = "state.jsonl";
const PARTIAL: &str = ".state.jsonl.partial";
const RESUME: &str = "state-resume.jsonl";

/// Past analyses to reuse: where each input's latest line is.
pub struct Cache {
    /// The state files, each read by one worker at a time.
    files: Vec<Mutex<File>>,
    lines: HashMap<(String, String), (usize, u64, usize)>,
}

/// The key fields of a state line (serde skips the rest).
#[derive(Deserialize)]
struct Key {
    entry: KeyEntry,
}

#[derive(Deserialize)]
struct KeyEntry {
    path: String,
    sha256: Option<String>,
}

impl Cache {
    /// Nothing to reuse (a run without `--incremental`).
    pub fn empty() -> Cache {
        Cache { files: Vec::new(), lines: HashMap::new() }
    }

    /// The last complete state and the lines of runs killed since, when
    /// their header is `header`. Returns the cache and, when a state was
    /// there but not usable, why.
    pub fn open(out: &Path, header: &str) -> Result<(Cache, Option<String>), WriteError> {
        save_killed_run(out, header)?;
        let mut cache = Cache::empty();
        let mut refused = None;
        for name in [STATE, RESUME] {
            let path = out.join(name);
            let Ok(file) = File::open(&path) else { continue };
            let mut reader = BufReader::new(file);
            let mut line = String::new();
            let mut offset = reader.read_line(&mut line).map_err(|e| WriteError::new(&path, e))? as u64;
            if line.trim_end() != header {
                refused = Some(format!("{} was written by another version, NER model or loading options: every input is analysed", path.display()));
                continue;
            }
            let source = cache.files.len();
            loop {
                line.clear();
                let read = reader.read_line(&mut line).map_err(|e| WriteError::new(&path, e))?;
                if read == 0 || !line.ends_with('\n') {
                    break;
                }
                if let Ok(Key { entry: KeyEntry { path, sha256: Some(sha) } }) = serde_json::from_str::<Key>(&line) {
                    cache.lines.insert((path, sha), (source, offset, read));
                }
                offset += read as u64;
            }
            cache.files.push(Mutex::new(File::open(&path).map_err(|e| WriteError::new(&path, e))?));
        }
        Ok((cache, refused))
    }

    /// The past analysis of the input at `path` with this content, if any.
    pub fn get(&self, path: &str, sha256: &str) -> Option<Processed> {
        let &(source, offset, len) = self.lines.get(&(path.to_string(), sha256.to_string()))?;
        let mut line = vec![0; len];
        {
            let mut file = self.files[source].lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            file.seek(SeekFrom::Start(offset)).ok()?;
            file.read_exact(&mut line).ok()?;
        }
        serde_json::from_slice(&line).ok()
    }
}

/// Appends the complete lines a killed run left in its partial state to
/// `state-resume.jsonl` (kept until a run completes), then removes it.
fn save_killed_run(out: &Path, header: &str) -> Result<(), WriteError> {
    let partial = out.join(PARTIAL);
    let Ok(file) = File::open(&partial) else { return Ok(()) };
    let mut lines = BufReader::new(file).lines();
    if lines.next().and_then(Result::ok).as_deref() == Some(header) {
        let resume = out.join(RESUME);
        // lines kept from earlier kills stay only under the same header
        let same = File::open(&resume).ok().and_then(|f| BufReader::new(f).lines().next()).and_then(Result::ok).as_deref() == Some(header);
        let file = if same { File::options().append(true).open(&resume) } else { File::create(&resume) };
        let mut to = BufWriter::new(file.map_err(|e| WriteError::new(&resume, e))?);
        if !same {
            writeln!(to, "{header}").map_err(|e| WriteError::new(&resume, e))?;
        }
        // the kill may have cut the last line short: only whole JSON is kept
        for line in lines.map_while(Result::ok) {
            if serde_json::from_str::<serde::de::IgnoredAny>(&line).is_ok() {
                writeln!(to, "{line}").map_err(|e| WriteError::new(&resume, e))?;
            }
        }
        to.flush().map_err(|e| WriteError::new(&resume, e))?;
    }
    std::fs::remove_file(&partial).map_err(|e| WriteError::new(&partial, e))
}

/// The state this run writes: a line per input, in input order.
pub struct StateWriter {
    staged: Staged,
    out: BufWriter<File>,
    resume: PathBuf,
}

impl StateWriter {
    pub fn create(dir: &Path, header: &str) -> Result<StateWriter, WriteError> {
        let (staged, file) = Staged::create(dir.join(STATE))?;
        let mut out = BufWriter::new(file);
        writeln!(out, "{header}").map_err(|e| WriteError::new(&staged.path, e))?;
        Ok(StateWriter { staged, out, resume: dir.join(RESUME) })
    }

    pub fn push(&mut self, processed: &Processed) -> Result<(), WriteError> {
        let path = &self.staged.path;
        // written as serialised: a figure-dense article's line is tens of MB
        serde_json::to_writer(&mut self.out, processed).map_err(|e| WriteError::new(path, e))?;
        writeln!(self.out).map_err(|e| WriteError::new(path, e))
    }

    /// Makes this run's state the last complete one; the lines of killed
    /// runs are then of no more use.
    pub fn commit(self) -> Result<(), WriteError> {
        let StateWriter { staged, out, resume } = self;
        out.into_inner().map_err(|e| WriteError::new(&staged.path, e.error()))?.sync_all().map_err(|e| WriteError::new(&staged.path, e))?;
        staged.commit()?;
        match std::fs::remove_file(&resume) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(WriteError::new(&resume, e)),
            _ => Ok(()),
        }
    }
}
