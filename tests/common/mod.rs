//! What the end-to-end tests share: running the built binary.

use std::process::{Command, Output};

/// Runs `recense` with `args` from the repository root.
pub fn recense(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_recense"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("recense runs")
}
