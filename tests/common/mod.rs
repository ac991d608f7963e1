//! What the end-to-end tests share: running the built binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `recense` with `args` from the repository root.
#[allow(dead_code)]
pub fn recense(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_recense"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("recense runs")
}

/// A fresh scratch folder for one test: `recense-SUITE-PID-NAME` in the
/// temporary directory, emptied if a past run left it.
#[allow(dead_code)] // each test file uses its own share of these helpers
pub fn scratch(suite: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("recense-{suite}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A path as a command-line argument.
#[allow(dead_code)]
pub fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}
